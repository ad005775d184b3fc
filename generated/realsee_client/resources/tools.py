"""Links to a work, such as its VR viewing link.

Resource classes of the ``tools`` operations:
[`Tools`][realsee_client.resources.tools.Tools] and
[`AsyncTools`][realsee_client.resources.tools.AsyncTools] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..api.tools import get_space_url as _get_space_url
from ..models.space_url import SpaceUrl
from ..types import Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Tools:
    """Links to a work, such as its VR viewing link."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> ToolsWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return ToolsWithRawResponse(self._source)

    def get_space_url(
        self,
        *,
        vr_code: str,
        expire: int | Unset = 300,
    ) -> SpaceUrl:
        """Get a VR work's viewing link

        A link that opens the work in Realsee's viewer, and when it stops working.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/tool/url_toolbox.yaml
        (`GET /open/v1/url/space`). It describes the `expire` parameter as the link's expiry as a
        Unix time but gives it the default `300`, which reads as a lifetime in seconds; whether it
        is honoured depends on the application's permissions. The spec passes it on as given.

        Args:
            vr_code (str): The work's VR code.
            expire (int | Unset): When the link should stop working (the vendor's default is 300); honoured only
                with the application's permission. Default: 300.

        Returns:
            SpaceUrl: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_space_url.sync(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            expire=expire,
        )


class ToolsWithRawResponse:
    """The ``tools`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def get_space_url(
        self,
        *,
        vr_code: str,
        expire: int | Unset = 300,
    ) -> Response[SpaceUrl]:
        """Get a VR work's viewing link

        A link that opens the work in Realsee's viewer, and when it stops working.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/tool/url_toolbox.yaml
        (`GET /open/v1/url/space`). It describes the `expire` parameter as the link's expiry as a
        Unix time but gives it the default `300`, which reads as a lifetime in seconds; whether it
        is honoured depends on the application's permissions. The spec passes it on as given.

        Args:
            vr_code (str): The work's VR code.
            expire (int | Unset): When the link should stop working (the vendor's default is 300); honoured only
                with the application's permission. Default: 300.

        Returns:
            Response[SpaceUrl]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_space_url.sync_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            expire=expire,
        )


class AsyncTools:
    """Links to a work, such as its VR viewing link. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncToolsWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncToolsWithRawResponse(self._source)

    async def get_space_url(
        self,
        *,
        vr_code: str,
        expire: int | Unset = 300,
    ) -> SpaceUrl:
        """Get a VR work's viewing link

        A link that opens the work in Realsee's viewer, and when it stops working.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/tool/url_toolbox.yaml
        (`GET /open/v1/url/space`). It describes the `expire` parameter as the link's expiry as a
        Unix time but gives it the default `300`, which reads as a lifetime in seconds; whether it
        is honoured depends on the application's permissions. The spec passes it on as given.

        Args:
            vr_code (str): The work's VR code.
            expire (int | Unset): When the link should stop working (the vendor's default is 300); honoured only
                with the application's permission. Default: 300.

        Returns:
            SpaceUrl: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_space_url.asyncio(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            expire=expire,
        )


class AsyncToolsWithRawResponse:
    """The ``tools`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def get_space_url(
        self,
        *,
        vr_code: str,
        expire: int | Unset = 300,
    ) -> Response[SpaceUrl]:
        """Get a VR work's viewing link

        A link that opens the work in Realsee's viewer, and when it stops working.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/tool/url_toolbox.yaml
        (`GET /open/v1/url/space`). It describes the `expire` parameter as the link's expiry as a
        Unix time but gives it the default `300`, which reads as a lifetime in seconds; whether it
        is honoured depends on the application's permissions. The spec passes it on as given.

        Args:
            vr_code (str): The work's VR code.
            expire (int | Unset): When the link should stop working (the vendor's default is 300); honoured only
                with the application's permission. Default: 300.

        Returns:
            Response[SpaceUrl]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_space_url.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            vr_code=vr_code,
            expire=expire,
        )


__all__ = [
    "AsyncTools",
    "AsyncToolsWithRawResponse",
    "Tools",
    "ToolsWithRawResponse",
]
