from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.work_download import WorkDownload
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_work_download_url",
    inputs={"vr_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}}},
)


def _get_kwargs(
    *,
    vr_code: str,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "vr_code": vr_code,
        }
    )

    params: dict[str, Any] = {}

    params["vr_code"] = vr_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/work/download",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[WorkDownload]:
    return OPERATION.build_response(response, WorkDownload.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> Response[WorkDownload]:
    """Get the download address of a work's offline package

     Presigned addresses (Tencent COS, public) of the tar package a `work-compress` task made:
    `images/` (the panoramas), `materials/` (model textures), `model/`, `screenshot/` (cover
    and title pictures) and `work.json` (the basic data of `get_vr`, without Realsee's CDN).
    The first address is enough. Upload the folders recursively to your own storage, then
    sign the edited `work.json` with `sign_work`. Not open to every application.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/transfer/fetch_download_url.yaml
    (`GET /open/v1/work/download`). Its table types `expired_timestamp` as an integer, its
    schema as a string (default `"0"`, beside `"[]"` as the default of an array): the spec
    follows the table, as a Unix time like the document's other expiries.

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[WorkDownload]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        vr_code=vr_code,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> WorkDownload:
    """Get the download address of a work's offline package

     Presigned addresses (Tencent COS, public) of the tar package a `work-compress` task made:
    `images/` (the panoramas), `materials/` (model textures), `model/`, `screenshot/` (cover
    and title pictures) and `work.json` (the basic data of `get_vr`, without Realsee's CDN).
    The first address is enough. Upload the folders recursively to your own storage, then
    sign the edited `work.json` with `sign_work`. Not open to every application.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/transfer/fetch_download_url.yaml
    (`GET /open/v1/work/download`). Its table types `expired_timestamp` as an integer, its
    schema as a string (default `"0"`, beside `"[]"` as the default of an array): the spec
    follows the table, as a Unix time like the document's other expiries.

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        WorkDownload
    """

    return sync_detailed(
        client=client,
        vr_code=vr_code,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> Response[WorkDownload]:
    """Get the download address of a work's offline package

     Presigned addresses (Tencent COS, public) of the tar package a `work-compress` task made:
    `images/` (the panoramas), `materials/` (model textures), `model/`, `screenshot/` (cover
    and title pictures) and `work.json` (the basic data of `get_vr`, without Realsee's CDN).
    The first address is enough. Upload the folders recursively to your own storage, then
    sign the edited `work.json` with `sign_work`. Not open to every application.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/transfer/fetch_download_url.yaml
    (`GET /open/v1/work/download`). Its table types `expired_timestamp` as an integer, its
    schema as a string (default `"0"`, beside `"[]"` as the default of an array): the spec
    follows the table, as a Unix time like the document's other expiries.

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[WorkDownload]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        vr_code=vr_code,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> WorkDownload:
    """Get the download address of a work's offline package

     Presigned addresses (Tencent COS, public) of the tar package a `work-compress` task made:
    `images/` (the panoramas), `materials/` (model textures), `model/`, `screenshot/` (cover
    and title pictures) and `work.json` (the basic data of `get_vr`, without Realsee's CDN).
    The first address is enough. Upload the folders recursively to your own storage, then
    sign the edited `work.json` with `sign_work`. Not open to every application.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/transfer/fetch_download_url.yaml
    (`GET /open/v1/work/download`). Its table types `expired_timestamp` as an integer, its
    schema as a string (default `"0"`, beside `"[]"` as the default of an array): the spec
    follows the table, as a Unix time like the document's other expiries.

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        WorkDownload
    """

    return (
        await asyncio_detailed(
            client=client,
            vr_code=vr_code,
        )
    ).unwrap()
