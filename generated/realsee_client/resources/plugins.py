"""Data for the viewer SDK's plugins (panorama ruler, automatic cruise), handed to the SDK as it comes.

Resource classes of the ``plugins`` operations:
[`Plugins`][realsee_client.resources.plugins.Plugins] and
[`AsyncPlugins`][realsee_client.resources.plugins.AsyncPlugins] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..api.plugins import get_cruise_plugin as _get_cruise_plugin
from ..api.plugins import get_pano_ruler_plugin as _get_pano_ruler_plugin
from ..models.cruise_plugin_data import CruisePluginData
from ..models.get_pano_ruler_plugin_locate import GetPanoRulerPluginLocate
from ..models.pano_ruler_plugin_data import PanoRulerPluginData
from ..types import Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Plugins:
    """Data for the viewer SDK's plugins (panorama ruler, automatic cruise), handed to the SDK as it comes."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> PluginsWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return PluginsWithRawResponse(self._source)

    def get_pano_ruler_plugin(
        self,
        *,
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
            locate (GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset): The language of the
                ruler's texts (the vendor's parameter name, not `locale`). Default: GetPanoRulerPluginLocate.ZH_CN.

        Returns:
            PanoRulerPluginData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_pano_ruler_plugin.sync(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            version=version,
            locate=locate,
        )

    def get_cruise_plugin(
        self,
        *,
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

        Returns:
            CruisePluginData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_cruise_plugin.sync(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )


class PluginsWithRawResponse:
    """The ``plugins`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def get_pano_ruler_plugin(
        self,
        *,
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
            locate (GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset): The language of the
                ruler's texts (the vendor's parameter name, not `locale`). Default: GetPanoRulerPluginLocate.ZH_CN.

        Returns:
            Response[PanoRulerPluginData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_pano_ruler_plugin.sync_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            version=version,
            locate=locate,
        )

    def get_cruise_plugin(
        self,
        *,
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

        Returns:
            Response[CruisePluginData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_cruise_plugin.sync_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )


class AsyncPlugins:
    """Data for the viewer SDK's plugins (panorama ruler, automatic cruise), handed to the SDK as it comes. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncPluginsWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncPluginsWithRawResponse(self._source)

    async def get_pano_ruler_plugin(
        self,
        *,
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
            locate (GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset): The language of the
                ruler's texts (the vendor's parameter name, not `locale`). Default: GetPanoRulerPluginLocate.ZH_CN.

        Returns:
            PanoRulerPluginData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_pano_ruler_plugin.asyncio(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            version=version,
            locate=locate,
        )

    async def get_cruise_plugin(
        self,
        *,
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

        Returns:
            CruisePluginData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_cruise_plugin.asyncio(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )


class AsyncPluginsWithRawResponse:
    """The ``plugins`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def get_pano_ruler_plugin(
        self,
        *,
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
            locate (GetPanoRulerPluginLocate | Literal["en-US", "zh-CN", "ja-JP"] | Unset): The language of the
                ruler's texts (the vendor's parameter name, not `locale`). Default: GetPanoRulerPluginLocate.ZH_CN.

        Returns:
            Response[PanoRulerPluginData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_pano_ruler_plugin.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            version=version,
            locate=locate,
        )

    async def get_cruise_plugin(
        self,
        *,
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

        Returns:
            Response[CruisePluginData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_cruise_plugin.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
        )


__all__ = [
    "AsyncPlugins",
    "AsyncPluginsWithRawResponse",
    "Plugins",
    "PluginsWithRawResponse",
]
