from typing import Any

import httpx

from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.vr_meta import VrMeta
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_vr_meta",
    inputs={
        "vr_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "locale": {"in": "query", "required": False, "schema": {"type": "string"}},
    },
)


def _get_kwargs(
    *,
    vr_code: str,
    locale: str | Unset = "zh_CN",
) -> dict[str, Any]:
    OPERATION.check(
        {
            "vr_code": vr_code,
            "locale": locale,
        }
    )

    params: dict[str, Any] = {}

    params["vr_code"] = vr_code

    params["locale"] = locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/entity/meta",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[VrMeta]:
    return OPERATION.build_response(response, VrMeta.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
    locale: str | Unset = "zh_CN",
) -> Response[VrMeta]:
    """Get a VR work's metadata

     A work's title and source, how it was shot or rendered (device, engine, layout group,
    design style, cube size), its render state, and the viewer's five central parameters.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/entity/meta.yaml
    (`GET /open/v1/entity/meta`). It types `status` as `enums`, which is no JSON Schema type:
    the spec says a string enum (`RenderStatus`, the states the AI render page lists).

    Args:
        vr_code (str): The work's VR code.
        locale (str | Unset): The language of the texts, as a locale name with an underscore
            (`zh_CN`, the default; `en_US`...). Default: 'zh_CN'.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[VrMeta]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        vr_code=vr_code,
        locale=locale,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    vr_code: str,
    locale: str | Unset = "zh_CN",
) -> VrMeta:
    """Get a VR work's metadata

     A work's title and source, how it was shot or rendered (device, engine, layout group,
    design style, cube size), its render state, and the viewer's five central parameters.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/entity/meta.yaml
    (`GET /open/v1/entity/meta`). It types `status` as `enums`, which is no JSON Schema type:
    the spec says a string enum (`RenderStatus`, the states the AI render page lists).

    Args:
        vr_code (str): The work's VR code.
        locale (str | Unset): The language of the texts, as a locale name with an underscore
            (`zh_CN`, the default; `en_US`...). Default: 'zh_CN'.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        VrMeta
    """

    return sync_detailed(
        client=client,
        vr_code=vr_code,
        locale=locale,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
    locale: str | Unset = "zh_CN",
) -> Response[VrMeta]:
    """Get a VR work's metadata

     A work's title and source, how it was shot or rendered (device, engine, layout group,
    design style, cube size), its render state, and the viewer's five central parameters.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/entity/meta.yaml
    (`GET /open/v1/entity/meta`). It types `status` as `enums`, which is no JSON Schema type:
    the spec says a string enum (`RenderStatus`, the states the AI render page lists).

    Args:
        vr_code (str): The work's VR code.
        locale (str | Unset): The language of the texts, as a locale name with an underscore
            (`zh_CN`, the default; `en_US`...). Default: 'zh_CN'.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[VrMeta]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        vr_code=vr_code,
        locale=locale,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    vr_code: str,
    locale: str | Unset = "zh_CN",
) -> VrMeta:
    """Get a VR work's metadata

     A work's title and source, how it was shot or rendered (device, engine, layout group,
    design style, cube size), its render state, and the viewer's five central parameters.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/entity/meta.yaml
    (`GET /open/v1/entity/meta`). It types `status` as `enums`, which is no JSON Schema type:
    the spec says a string enum (`RenderStatus`, the states the AI render page lists).

    Args:
        vr_code (str): The work's VR code.
        locale (str | Unset): The language of the texts, as a locale name with an underscore
            (`zh_CN`, the default; `en_US`...). Default: 'zh_CN'.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        VrMeta
    """

    return (
        await asyncio_detailed(
            client=client,
            vr_code=vr_code,
            locale=locale,
        )
    ).unwrap()
