from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.vr import Vr
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_vr",
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
        "url": "/open/v1/entity/vr",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[Vr]:
    return OPERATION.build_response(response, Vr.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> Response[Vr]:
    """Get a VR work's basic data

     The data the viewer SDK renders a work from (panoramas, model, observers, initial view),
    meant to be handed to the SDK unchanged. It is also the format of the `work.json` in a
    work's offline package (see `get_work_download_url` and `sign_work`).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml
    (`GET /open/v1/entity/vr`); seed 000's navigation lists it as "VR Basic Data".

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[Vr]: The raw response, with ``parsed`` set on
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
) -> Vr:
    """Get a VR work's basic data

     The data the viewer SDK renders a work from (panoramas, model, observers, initial view),
    meant to be handed to the SDK unchanged. It is also the format of the `work.json` in a
    work's offline package (see `get_work_download_url` and `sign_work`).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml
    (`GET /open/v1/entity/vr`); seed 000's navigation lists it as "VR Basic Data".

    Args:
        vr_code (str): The work's VR code.

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
        vr_code=vr_code,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> Response[Vr]:
    """Get a VR work's basic data

     The data the viewer SDK renders a work from (panoramas, model, observers, initial view),
    meant to be handed to the SDK unchanged. It is also the format of the `work.json` in a
    work's offline package (see `get_work_download_url` and `sign_work`).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml
    (`GET /open/v1/entity/vr`); seed 000's navigation lists it as "VR Basic Data".

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[Vr]: The raw response, with ``parsed`` set on
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
) -> Vr:
    """Get a VR work's basic data

     The data the viewer SDK renders a work from (panoramas, model, observers, initial view),
    meant to be handed to the SDK unchanged. It is also the format of the `work.json` in a
    work's offline package (see `get_work_download_url` and `sign_work`).

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/openapi.yaml
    (`GET /open/v1/entity/vr`); seed 000's navigation lists it as "VR Basic Data".

    Args:
        vr_code (str): The work's VR code.

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
            vr_code=vr_code,
        )
    ).unwrap()
