"""Calls made by your backend, signed with the Qiniu AccessKey/SecretKey.

Resource classes of the ``server`` operations:
[`Server`][qnlive_client.resources.server.Server] and
[`AsyncServer`][qnlive_client.resources.server.AsyncServer] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..api.server import get_user_token as _get_user_token
from ..models.user_token import UserToken
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Server:
    """Calls made by your backend, signed with the Qiniu AccessKey/SecretKey."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> ServerWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return ServerWithRawResponse(self._source)

    def get_user_token(
        self,
        *,
        app_id: str,
        user_id: str,
        device_id: str | Unset = UNSET,
        expires_at: int | Unset = UNSET,
    ) -> UserToken:
        """Mint a user's access token

        Issues the token a client sends on every relay call (default lifetime seven days). Called by
        your backend and signed with the Qiniu AK/SK:
        `Authorization: Qiniu <AK>:<urlsafe_base64(hmac_sha1(SK, S))>` where
        `S = "<METHOD> <path>[?<query>]\\nHost: <host>[\\nContent-Type: <type>]\\n\\n[<body>]"`, the body
        included only when a content type is set and it is not `application/octet-stream`.

        Vendor docs: https://developer.qiniu.com/lowcode/12010

        Args:
            app_id (str): The live application's id.
            user_id (str): Your system's id of the user; one token per user.
            device_id (str | Unset): The client's device id.
            expires_at (int | Unset): When the token expires, as a Unix time in seconds; default seven days from
                now.

        Returns:
            UserToken: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _get_user_token.sync(
            client=self._source.client_for("QiniuSignature"),
            app_id=app_id,
            user_id=user_id,
            device_id=device_id,
            expires_at=expires_at,
        )


class ServerWithRawResponse:
    """The ``server`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    def get_user_token(
        self,
        *,
        app_id: str,
        user_id: str,
        device_id: str | Unset = UNSET,
        expires_at: int | Unset = UNSET,
    ) -> Response[UserToken]:
        """Mint a user's access token

        Issues the token a client sends on every relay call (default lifetime seven days). Called by
        your backend and signed with the Qiniu AK/SK:
        `Authorization: Qiniu <AK>:<urlsafe_base64(hmac_sha1(SK, S))>` where
        `S = "<METHOD> <path>[?<query>]\\nHost: <host>[\\nContent-Type: <type>]\\n\\n[<body>]"`, the body
        included only when a content type is set and it is not `application/octet-stream`.

        Vendor docs: https://developer.qiniu.com/lowcode/12010

        Args:
            app_id (str): The live application's id.
            user_id (str): Your system's id of the user; one token per user.
            device_id (str | Unset): The client's device id.
            expires_at (int | Unset): When the token expires, as a Unix time in seconds; default seven days from
                now.

        Returns:
            Response[UserToken]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _get_user_token.sync_detailed(
            client=self._source.client_for("QiniuSignature"),
            app_id=app_id,
            user_id=user_id,
            device_id=device_id,
            expires_at=expires_at,
        )


class AsyncServer:
    """Calls made by your backend, signed with the Qiniu AccessKey/SecretKey. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncServerWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncServerWithRawResponse(self._source)

    async def get_user_token(
        self,
        *,
        app_id: str,
        user_id: str,
        device_id: str | Unset = UNSET,
        expires_at: int | Unset = UNSET,
    ) -> UserToken:
        """Mint a user's access token

        Issues the token a client sends on every relay call (default lifetime seven days). Called by
        your backend and signed with the Qiniu AK/SK:
        `Authorization: Qiniu <AK>:<urlsafe_base64(hmac_sha1(SK, S))>` where
        `S = "<METHOD> <path>[?<query>]\\nHost: <host>[\\nContent-Type: <type>]\\n\\n[<body>]"`, the body
        included only when a content type is set and it is not `application/octet-stream`.

        Vendor docs: https://developer.qiniu.com/lowcode/12010

        Args:
            app_id (str): The live application's id.
            user_id (str): Your system's id of the user; one token per user.
            device_id (str | Unset): The client's device id.
            expires_at (int | Unset): When the token expires, as a Unix time in seconds; default seven days from
                now.

        Returns:
            UserToken: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _get_user_token.asyncio(
            client=self._source.client_for("QiniuSignature"),
            app_id=app_id,
            user_id=user_id,
            device_id=device_id,
            expires_at=expires_at,
        )


class AsyncServerWithRawResponse:
    """The ``server`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    async def get_user_token(
        self,
        *,
        app_id: str,
        user_id: str,
        device_id: str | Unset = UNSET,
        expires_at: int | Unset = UNSET,
    ) -> Response[UserToken]:
        """Mint a user's access token

        Issues the token a client sends on every relay call (default lifetime seven days). Called by
        your backend and signed with the Qiniu AK/SK:
        `Authorization: Qiniu <AK>:<urlsafe_base64(hmac_sha1(SK, S))>` where
        `S = "<METHOD> <path>[?<query>]\\nHost: <host>[\\nContent-Type: <type>]\\n\\n[<body>]"`, the body
        included only when a content type is set and it is not `application/octet-stream`.

        Vendor docs: https://developer.qiniu.com/lowcode/12010

        Args:
            app_id (str): The live application's id.
            user_id (str): Your system's id of the user; one token per user.
            device_id (str | Unset): The client's device id.
            expires_at (int | Unset): When the token expires, as a Unix time in seconds; default seven days from
                now.

        Returns:
            Response[UserToken]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _get_user_token.asyncio_detailed(
            client=self._source.client_for("QiniuSignature"),
            app_id=app_id,
            user_id=user_id,
            device_id=device_id,
            expires_at=expires_at,
        )


__all__ = [
    "AsyncServer",
    "AsyncServerWithRawResponse",
    "Server",
    "ServerWithRawResponse",
]
