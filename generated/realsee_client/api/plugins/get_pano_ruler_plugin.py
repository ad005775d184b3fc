from typing import Any, Literal

import httpx

from vrlive_core.inputs import as_member
from vrlive_core.operation import Operation

from ...client import AuthenticatedClient
from ...envelope import ENVELOPE
from ...models.get_pano_ruler_plugin_locate import GetPanoRulerPluginLocate
from ...models.pano_ruler_plugin_data import PanoRulerPluginData
from ...types import UNSET, Response, Unset

OPERATION = Operation(
    envelope=ENVELOPE,
    id="get_pano_ruler_plugin",
    inputs={
        "vr_code": {"in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
        "version": {"in": "query", "required": False, "schema": {"type": "string"}},
        "locate": {
            "in": "query",
            "required": False,
            "schema": {"enum": ["en-US", "zh-CN", "ja-JP"], "class": "GetPanoRulerPluginLocate"},
        },
    },
)


def _get_kwargs(
    *,
    vr_code: str,
    version: str | Unset = "0",
    locate: GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset = GetPanoRulerPluginLocate.ZH_CN,
) -> dict[str, Any]:
    locate = UNSET if locate is None else as_member(GetPanoRulerPluginLocate, locate)
    OPERATION.check(
        {
            "vr_code": vr_code,
            "version": version,
            "locate": locate,
        }
    )

    params: dict[str, Any] = {}

    params["vr_code"] = vr_code

    params["version"] = version

    json_locate: str | Unset = UNSET
    if not isinstance(locate, Unset):
        json_locate = locate.value

    params["locate"] = json_locate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open/v1/plugin/PangRulerPlugin",
        "params": params,
    }

    return _kwargs


def _build_response(response: httpx.Response) -> Response[PanoRulerPluginData]:
    return OPERATION.build_response(response, PanoRulerPluginData.from_dict)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
    version: str | Unset = "0",
    locate: GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset = GetPanoRulerPluginLocate.ZH_CN,
) -> Response[PanoRulerPluginData]:
    """Get a VR work's panorama ruler data

     The data of the viewer SDK's panorama ruler plugin (`PanoRulerPlugin`) for a work, to hand
    to the plugin as it comes. The path is spelled `PangRulerPlugin`, as the vendor has it.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/plugin/pano_ruler.yaml
    (`GET /open/v1/plugin/PangRulerPlugin`). It types `version` as a string with the number
    `0` as its default (the spec: the string `"0"`), and lists `en-US`, `zh-CN` and `ja-JP`
    for `locate` while the English document's default is `en-CN` (the Chinese one's is
    `zh-CN`): the spec takes the three listed values.

    Args:
        vr_code (str): The work's VR code.
        version (str | Unset): The plugin's data version; only `"0"` exists. Default: '0'.
        locate (GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset): The
            language of the ruler's texts (the vendor's parameter name, not `locale`). Default:
            GetPanoRulerPluginLocate.ZH_CN.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[PanoRulerPluginData]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        vr_code=vr_code,
        version=version,
        locate=locate,
    )
    response = OPERATION.send(client.get_httpx_client(), kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient,
    vr_code: str,
    version: str | Unset = "0",
    locate: GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset = GetPanoRulerPluginLocate.ZH_CN,
) -> PanoRulerPluginData:
    """Get a VR work's panorama ruler data

     The data of the viewer SDK's panorama ruler plugin (`PanoRulerPlugin`) for a work, to hand
    to the plugin as it comes. The path is spelled `PangRulerPlugin`, as the vendor has it.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/plugin/pano_ruler.yaml
    (`GET /open/v1/plugin/PangRulerPlugin`). It types `version` as a string with the number
    `0` as its default (the spec: the string `"0"`), and lists `en-US`, `zh-CN` and `ja-JP`
    for `locate` while the English document's default is `en-CN` (the Chinese one's is
    `zh-CN`): the spec takes the three listed values.

    Args:
        vr_code (str): The work's VR code.
        version (str | Unset): The plugin's data version; only `"0"` exists. Default: '0'.
        locate (GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset): The
            language of the ruler's texts (the vendor's parameter name, not `locale`). Default:
            GetPanoRulerPluginLocate.ZH_CN.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        PanoRulerPluginData
    """

    return sync_detailed(
        client=client,
        vr_code=vr_code,
        version=version,
        locate=locate,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vr_code: str,
    version: str | Unset = "0",
    locate: GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset = GetPanoRulerPluginLocate.ZH_CN,
) -> Response[PanoRulerPluginData]:
    """Get a VR work's panorama ruler data

     The data of the viewer SDK's panorama ruler plugin (`PanoRulerPlugin`) for a work, to hand
    to the plugin as it comes. The path is spelled `PangRulerPlugin`, as the vendor has it.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/plugin/pano_ruler.yaml
    (`GET /open/v1/plugin/PangRulerPlugin`). It types `version` as a string with the number
    `0` as its default (the spec: the string `"0"`), and lists `en-US`, `zh-CN` and `ja-JP`
    for `locate` while the English document's default is `en-CN` (the Chinese one's is
    `zh-CN`): the spec takes the three listed values.

    Args:
        vr_code (str): The work's VR code.
        version (str | Unset): The plugin's data version; only `"0"` exists. Default: '0'.
        locate (GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset): The
            language of the ruler's texts (the vendor's parameter name, not `locale`). Default:
            GetPanoRulerPluginLocate.ZH_CN.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).

    Returns:
        Response[PanoRulerPluginData]: The raw response, with ``parsed`` set on
        success and ``error`` set to the typed error otherwise (nothing is raised for those).
    """

    kwargs = _get_kwargs(
        vr_code=vr_code,
        version=version,
        locate=locate,
    )
    response = await OPERATION.send_async(client.get_async_httpx_client(), kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    vr_code: str,
    version: str | Unset = "0",
    locate: GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset = GetPanoRulerPluginLocate.ZH_CN,
) -> PanoRulerPluginData:
    """Get a VR work's panorama ruler data

     The data of the viewer SDK's panorama ruler plugin (`PanoRulerPlugin`) for a work, to hand
    to the plugin as it comes. The path is spelled `PangRulerPlugin`, as the vendor has it.

    Vendor docs: https://github.com/realsee-developer/realsee-
    developer.github.com/blob/main/static/api/plugin/pano_ruler.yaml
    (`GET /open/v1/plugin/PangRulerPlugin`). It types `version` as a string with the number
    `0` as its default (the spec: the string `"0"`), and lists `en-US`, `zh-CN` and `ja-JP`
    for `locate` while the English document's default is `en-CN` (the Chinese one's is
    `zh-CN`): the spec takes the three listed values.

    Args:
        vr_code (str): The work's VR code.
        version (str | Unset): The plugin's data version; only `"0"` exists. Default: '0'.
        locate (GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset): The
            language of the ruler's texts (the vendor's parameter name, not `locale`). Default:
            GetPanoRulerPluginLocate.ZH_CN.

    Raises:
        vrlive_core.errors.TransportError: If no response arrived (RequestTimeoutError if in time).
        vrlive_core.errors.APIError: If the response reports a failure; the subclass says which
            (TokenExpiredError, NotFoundError, ...) and carries the vendor's code and request id.
        vrlive_core.errors.ResponseValidationError: If the response does not match its schema.

    Returns:
        PanoRulerPluginData
    """

    return (
        await asyncio_detailed(
            client=client,
            vr_code=vr_code,
            version=version,
            locate=locate,
        )
    ).unwrap()
