from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.vr import Vr
from ...models.work_json import WorkJson
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="sign_work",
    inputs={
        "vr_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "body": {
            "in": "body",
            "required": True,
            "schema": {"type": "object", "model": "WorkJson", "properties": {}, "required": [], "additional": {}},
        },
    },
)


def _get_kwargs(
    *,
    body: WorkJson,
    vr_code: str,
) -> dict[str, Any]:
    OPERATION.check(
        {
            "vr_code": vr_code,
            "body": body,
        }
    )
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["vr_code"] = vr_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open/v1/work/sign",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _build_response(response: httpx.Response) -> Response[Vr]:
    return OPERATION.build_response(response, Vr.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkJson,
    vr_code: str,
) -> Response[Vr]:
    """Sign a work's edited basic data

     Signs the `work.json` of an offline package after its `base_url` has been replaced by
    where you host the package's files (check that `base_url` + each picture's path loads
    first), sent whole as the body. The answer is the same data with `certificate` and
    `_signature` added: store it and hand it to the viewer unchanged - any later change stops
    the VR from loading. To serve smaller pictures (1024 or 512), sign one copy per size.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/transfer/work_sign.yaml
    (`POST /open/v1/work/sign`). Its text calls the added field `signature`; the basic data's
    schema calls it `_signature`, which the spec follows.

    Args:
        vr_code (str): The work's VR code.
        body (WorkJson): The `work.json` of a work's offline package, edited (its `base_url`
            pointing at your own
            storage) and sent whole, as it is: the vendor documents the body only as an object. Its
            format is the basic data of `get_vr` (`Vr`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[Vr]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        body=body,
        vr_code=vr_code,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    body: WorkJson,
    vr_code: str,
) -> Vr:
    """Sign a work's edited basic data

     Signs the `work.json` of an offline package after its `base_url` has been replaced by
    where you host the package's files (check that `base_url` + each picture's path loads
    first), sent whole as the body. The answer is the same data with `certificate` and
    `_signature` added: store it and hand it to the viewer unchanged - any later change stops
    the VR from loading. To serve smaller pictures (1024 or 512), sign one copy per size.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/transfer/work_sign.yaml
    (`POST /open/v1/work/sign`). Its text calls the added field `signature`; the basic data's
    schema calls it `_signature`, which the spec follows.

    Args:
        vr_code (str): The work's VR code.
        body (WorkJson): The `work.json` of a work's offline package, edited (its `base_url`
            pointing at your own
            storage) and sent whole, as it is: the vendor documents the body only as an object. Its
            format is the basic data of `get_vr` (`Vr`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        Vr
    """

    return sync_detailed(
        client=client,
        body=body,
        vr_code=vr_code,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkJson,
    vr_code: str,
) -> Response[Vr]:
    """Sign a work's edited basic data

     Signs the `work.json` of an offline package after its `base_url` has been replaced by
    where you host the package's files (check that `base_url` + each picture's path loads
    first), sent whole as the body. The answer is the same data with `certificate` and
    `_signature` added: store it and hand it to the viewer unchanged - any later change stops
    the VR from loading. To serve smaller pictures (1024 or 512), sign one copy per size.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/transfer/work_sign.yaml
    (`POST /open/v1/work/sign`). Its text calls the added field `signature`; the basic data's
    schema calls it `_signature`, which the spec follows.

    Args:
        vr_code (str): The work's VR code.
        body (WorkJson): The `work.json` of a work's offline package, edited (its `base_url`
            pointing at your own
            storage) and sent whole, as it is: the vendor documents the body only as an object. Its
            format is the basic data of `get_vr` (`Vr`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[Vr]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        body=body,
        vr_code=vr_code,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WorkJson,
    vr_code: str,
) -> Vr:
    """Sign a work's edited basic data

     Signs the `work.json` of an offline package after its `base_url` has been replaced by
    where you host the package's files (check that `base_url` + each picture's path loads
    first), sent whole as the body. The answer is the same data with `certificate` and
    `_signature` added: store it and hand it to the viewer unchanged - any later change stops
    the VR from loading. To serve smaller pictures (1024 or 512), sign one copy per size.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/transfer/work_sign.yaml
    (`POST /open/v1/work/sign`). Its text calls the added field `signature`; the basic data's
    schema calls it `_signature`, which the spec follows.

    Args:
        vr_code (str): The work's VR code.
        body (WorkJson): The `work.json` of a work's offline package, edited (its `base_url`
            pointing at your own
            storage) and sent whole, as it is: the vendor documents the body only as an object. Its
            format is the basic data of `get_vr` (`Vr`).

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        Vr
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            vr_code=vr_code,
        )
    ).unwrap()
