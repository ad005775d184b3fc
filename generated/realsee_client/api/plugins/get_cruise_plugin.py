from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.cruise_plugin_data import CruisePluginData
from ...types import UNSET, Response

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_cruise_plugin",
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
        "url": "/open/v1/plugin/CruisePlugin",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[CruisePluginData]:
    return OPERATION.build_response(response, CruisePluginData.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> Response[CruisePluginData]:
    """Get a VR work's automatic cruise data

     The keyframes of a work's automatic cruise (`auto_camera`), for the viewer SDK's cruise
    plugin, to hand to it as they come.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/plugin/cruise.yaml
    (`GET /open/v1/plugin/CruisePlugin`).

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[CruisePluginData]: The raw response, with ``parsed`` set on
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
) -> CruisePluginData:
    """Get a VR work's automatic cruise data

     The keyframes of a work's automatic cruise (`auto_camera`), for the viewer SDK's cruise
    plugin, to hand to it as they come.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/plugin/cruise.yaml
    (`GET /open/v1/plugin/CruisePlugin`).

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        CruisePluginData
    """

    return sync_detailed(
        client=client,
        vr_code=vr_code,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
) -> Response[CruisePluginData]:
    """Get a VR work's automatic cruise data

     The keyframes of a work's automatic cruise (`auto_camera`), for the viewer SDK's cruise
    plugin, to hand to it as they come.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/plugin/cruise.yaml
    (`GET /open/v1/plugin/CruisePlugin`).

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[CruisePluginData]: The raw response, with ``parsed`` set on
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
) -> CruisePluginData:
    """Get a VR work's automatic cruise data

     The keyframes of a work's automatic cruise (`auto_camera`), for the viewer SDK's cruise
    plugin, to hand to it as they come.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/plugin/cruise.yaml
    (`GET /open/v1/plugin/CruisePlugin`).

    Args:
        vr_code (str): The work's VR code.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        CruisePluginData
    """

    return (
        await asyncio_detailed(
            client=client,
            vr_code=vr_code,
        )
    ).unwrap()
