"""Access tokens.

Resource classes of the ``auth`` operations:
[`Auth`][realsee_client.resources.auth.Auth] and
[`AsyncAuth`][realsee_client.resources.auth.AsyncAuth] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from vrlive_core.resource import body_or_fields as _body_or_fields
from vrlive_core.resource import build as _build

from ..api.auth import get_access_token as _get_access_token
from ..models.access_token import AccessToken
from ..models.access_token_request import AccessTokenRequest
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Auth:
    """Access tokens."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AuthWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AuthWithRawResponse(self._source)

    @overload
    def get_access_token(
        self,
        *,
        app_key: str,
        app_secret: str,
    ) -> AccessToken: ...

    @overload
    def get_access_token(
        self,
        *,
        body: AccessTokenRequest,
    ) -> AccessToken: ...

    def get_access_token(
        self,
        *,
        app_key: str | Unset = UNSET,
        app_secret: str | Unset = UNSET,
        body: AccessTokenRequest | Unset = UNSET,
    ) -> AccessToken:
        """Get an access_token

        Trades the application's `app_key`/`app_secret` for an `access_token` (about five minutes;
        `expire_at` is a Unix time in seconds). Wrong credentials give `code -1, status "illegal app"`,
        which this operation maps to an authentication error.

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 1)

        Args:
            app_key (str): The application's AppKey from the open platform console.
            app_secret (str): The application's AppSecret from the open platform console.
            body (AccessTokenRequest): The request prebuilt, instead of its fields.

        Returns:
            AccessToken: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            AccessTokenRequest,
            body,
            {
                "app_key": app_key,
                "app_secret": app_secret,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                AccessTokenRequest,
                {
                    "app_key": app_key,
                    "app_secret": app_secret,
                },
            )
        return _get_access_token.sync(
            client=self._source.public_client(),
            body=body,
        )


class AuthWithRawResponse:
    """The ``auth`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    def get_access_token(
        self,
        *,
        app_key: str,
        app_secret: str,
    ) -> Response[AccessToken]: ...

    @overload
    def get_access_token(
        self,
        *,
        body: AccessTokenRequest,
    ) -> Response[AccessToken]: ...

    def get_access_token(
        self,
        *,
        app_key: str | Unset = UNSET,
        app_secret: str | Unset = UNSET,
        body: AccessTokenRequest | Unset = UNSET,
    ) -> Response[AccessToken]:
        """Get an access_token

        Trades the application's `app_key`/`app_secret` for an `access_token` (about five minutes;
        `expire_at` is a Unix time in seconds). Wrong credentials give `code -1, status "illegal app"`,
        which this operation maps to an authentication error.

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 1)

        Args:
            app_key (str): The application's AppKey from the open platform console.
            app_secret (str): The application's AppSecret from the open platform console.
            body (AccessTokenRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[AccessToken]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            AccessTokenRequest,
            body,
            {
                "app_key": app_key,
                "app_secret": app_secret,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                AccessTokenRequest,
                {
                    "app_key": app_key,
                    "app_secret": app_secret,
                },
            )
        return _get_access_token.sync_detailed(
            client=self._source.public_client(),
            body=body,
        )


class AsyncAuth:
    """Access tokens. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncAuthWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncAuthWithRawResponse(self._source)

    @overload
    async def get_access_token(
        self,
        *,
        app_key: str,
        app_secret: str,
    ) -> AccessToken: ...

    @overload
    async def get_access_token(
        self,
        *,
        body: AccessTokenRequest,
    ) -> AccessToken: ...

    async def get_access_token(
        self,
        *,
        app_key: str | Unset = UNSET,
        app_secret: str | Unset = UNSET,
        body: AccessTokenRequest | Unset = UNSET,
    ) -> AccessToken:
        """Get an access_token

        Trades the application's `app_key`/`app_secret` for an `access_token` (about five minutes;
        `expire_at` is a Unix time in seconds). Wrong credentials give `code -1, status "illegal app"`,
        which this operation maps to an authentication error.

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 1)

        Args:
            app_key (str): The application's AppKey from the open platform console.
            app_secret (str): The application's AppSecret from the open platform console.
            body (AccessTokenRequest): The request prebuilt, instead of its fields.

        Returns:
            AccessToken: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            AccessTokenRequest,
            body,
            {
                "app_key": app_key,
                "app_secret": app_secret,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                AccessTokenRequest,
                {
                    "app_key": app_key,
                    "app_secret": app_secret,
                },
            )
        return await _get_access_token.asyncio(
            client=self._source.public_client(),
            body=body,
        )


class AsyncAuthWithRawResponse:
    """The ``auth`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    async def get_access_token(
        self,
        *,
        app_key: str,
        app_secret: str,
    ) -> Response[AccessToken]: ...

    @overload
    async def get_access_token(
        self,
        *,
        body: AccessTokenRequest,
    ) -> Response[AccessToken]: ...

    async def get_access_token(
        self,
        *,
        app_key: str | Unset = UNSET,
        app_secret: str | Unset = UNSET,
        body: AccessTokenRequest | Unset = UNSET,
    ) -> Response[AccessToken]:
        """Get an access_token

        Trades the application's `app_key`/`app_secret` for an `access_token` (about five minutes;
        `expire_at` is a Unix time in seconds). Wrong credentials give `code -1, status "illegal app"`,
        which this operation maps to an authentication error.

        Vendor docs: https://open-platform.realsee.com/developer/docs/reconstruction/pano-to-vr/ (step 1)

        Args:
            app_key (str): The application's AppKey from the open platform console.
            app_secret (str): The application's AppSecret from the open platform console.
            body (AccessTokenRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[AccessToken]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            AccessTokenRequest,
            body,
            {
                "app_key": app_key,
                "app_secret": app_secret,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                AccessTokenRequest,
                {
                    "app_key": app_key,
                    "app_secret": app_secret,
                },
            )
        return await _get_access_token.asyncio_detailed(
            client=self._source.public_client(),
            body=body,
        )


__all__ = [
    "AsyncAuth",
    "AsyncAuthWithRawResponse",
    "Auth",
    "AuthWithRawResponse",
]
