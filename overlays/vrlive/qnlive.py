"""QnLive and AsyncQnLive, the facades over ``qnlive_client``: user tokens (minted or provided),
retries, every operation as a resource method, relay waiting (``wait_for_relay``, declared in the
spec).

Usage::

    from vrlive import QnLive

    # A backend with the Qiniu AK/SK (QNLIVE_ACCESS_KEY, QNLIVE_SECRET_KEY) mints tokens itself:
    with QnLive(app_id="live_app_1", user_id="host_1") as live:
        relay = live.relay.start_relay(init_room_id="live_1", recv_room_id="live_2", recv_user_id="host_2")
    # A client given a token by its backend, refreshed through a callable when it expires:
    live = QnLive(token=token, token_provider=ask_my_backend)
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import inspect
from collections.abc import Awaitable, Callable, Generator, Mapping
from typing import ClassVar, Final, Unpack

import httpx

from qnlive_client import AuthenticatedClient
from qnlive_client.envelope import ENVELOPE
from qnlive_client.models import RelaySession, RelayStatus, UserToken
from qnlive_client.resources import AsyncResources, Resources
from qnlive_client.servers import REGIONS
from qnlive_client.types import UNSET
from qnlive_client.waiters import AsyncWaiters, WaiterHooks, Waiters
from vrlive import clock as timing
from vrlive.auth import RawToken, RefreshingTokenAuth, Token
from vrlive.errors import AuthenticationError, ConfigurationError, WaitTimeoutError
from vrlive.facade import ConnectionOptions, Facade, Setting, Vendor
from vrlive.logs import register_secret
from vrlive_core.waiters import Hooks

SERVER_SCHEME = "QiniuSignature"
"""The spec's security scheme of the server calls (signed with the AK/SK)."""

Provided = str | UserToken
TokenProvider = Callable[[], Provided] | Callable[[], Awaitable[Provided]]


class QiniuSignature(httpx.Auth):
    """Signs a server call with the Qiniu AccessKey/SecretKey: ``Authorization: Qiniu <AK>:<sign>``.

    ``sign`` is urlsafe base64 of HMAC-SHA1(SK, ``"<METHOD> <path>[?<query>]\\nHost: <host>
    [\\nContent-Type: <type>]\\n\\n[<body>]"``), the body included only with a content type other
    than ``application/octet-stream``.
    """

    requires_request_body = True

    def __init__(self, access_key: str, secret_key: str) -> None:
        self._access_key = access_key
        self._secret_key = secret_key
        register_secret(secret_key)

    def __repr__(self) -> str:
        return f"QiniuSignature(access_key={self._access_key!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        content_type = request.headers.get("content-type")
        signing = f"{request.method} {request.url.raw_path.decode()}\nHost: {request.headers['host']}"
        if content_type:
            signing += f"\nContent-Type: {content_type}"
        data = (signing + "\n\n").encode()
        if content_type and content_type != "application/octet-stream":
            data += request.content
        digest = hmac.new(self._secret_key.encode(), data, hashlib.sha1).digest()
        sign = base64.urlsafe_b64encode(digest).decode()
        register_secret(sign)
        request.headers["Authorization"] = f"Qiniu {self._access_key}:{sign}"
        yield request


class ProvidedToken(RefreshingTokenAuth):
    """A user token from the caller's ``provider``, replaced once when the API refuses it (401 or 499).

    The provider returns a token string or a ``UserToken``; an ``async def`` provider is awaited
    (by the async facade), a plain one runs in a worker thread there.
    """

    def __init__(self, provider: TokenProvider, token: str | None = None) -> None:
        super().__init__(envelope=ENVELOPE, refresh_on=AuthenticationError)
        self._provider = provider
        if token is not None:
            self._token = self._store(Token(token, None))

    def _token_of(self, provided: Provided) -> Token:
        if isinstance(provided, UserToken):
            return Token.received(provided.access_token, provided.expires_at, now=self._clock())
        return Token(provided, None)

    def fetch(self) -> Token:
        if inspect.iscoroutinefunction(self._provider):
            raise ConfigurationError(
                "an async token_provider needs AsyncQnLive; QnLive calls it synchronously"
            )
        provided = self._provider()
        assert not inspect.isawaitable(provided)
        return self._token_of(provided)

    async def fetch_async(self) -> Token:
        if inspect.iscoroutinefunction(self._provider):
            return self._token_of(await self._provider())
        provided = await asyncio.to_thread(self._provider)
        assert not inspect.isawaitable(provided)
        return self._token_of(provided)


UNANSWERED_UNDER_THE_PLUGIN: Final = (
    "; the receiver never answered: under the sandbox's pytest plugin a relay is answered only "
    'as @pytest.mark.vrlive_sandbox(relay_answer="accept") (or "reject") says, or by the '
    "vrlive_sandbox fixture's accept_relay(relay_id)"
)


def _unanswered(
    error: WaitTimeoutError[RelaySession], arguments: Mapping[str, object]
) -> WaitTimeoutError[RelaySession]:
    """A relay wait that timed out with the receiver silent, in virtual time (the sandbox's pytest
    plugin swapped the clock): its message says how the sandbox answers relays."""
    state = error.last_state
    silent = state is not None and state.status is RelayStatus.WAITING_FOR_RECEIVER
    if not silent or isinstance(timing.current(), timing.SystemClock):
        return error
    return WaitTimeoutError(str(error) + UNANSWERED_UNDER_THE_PLUGIN, last_state=state, waited=error.waited)


QNLIVE: Final = Vendor(
    name="QnLive",
    settings=(
        Setting("access_key", "QNLIVE_ACCESS_KEY"),
        Setting("secret_key", "QNLIVE_SECRET_KEY"),
        Setting("app_id", "QNLIVE_APP_ID"),
    ),
    regions=REGIONS,
    base_url_variable="QNLIVE_BASE_URL",
)
"""Qiniu's declaration: the AK/SK and application of the server calls (each needed only to mint
tokens), its hosted service (the spec's server; ``QNLIVE_BASE_URL`` for a self-hosted one)."""
USER_SCHEME: Final = "UserToken"
"""The spec's security scheme of the user's calls (the token, raw in ``Authorization``)."""


class _QnLive(Facade[AuthenticatedClient, AuthenticatedClient]):
    """What both facades are: Qiniu's declaration, the user's client and the server's (signed)."""

    vendor = QNLIVE
    waiter_hooks: ClassVar[WaiterHooks] = {"wait_for_relay": Hooks(timed_out=_unanswered)}

    def __init__(
        self,
        base_url: str | None = None,
        token: str | None = None,
        token_provider: TokenProvider | None = None,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
        app_id: str | None = None,
        user_id: str | None = None,
        **options: Unpack[ConnectionOptions],
    ) -> None:
        """Settings not given as arguments are read from the environment variables named here.

        Args:
            base_url: The service; else ``QNLIVE_BASE_URL``, else Qiniu's hosted ``live-api.qiniu.com``.
            token: The user's token, sent raw in ``Authorization``.
            token_provider: Called for a token (a string or a ``UserToken``; ``async def`` with
                AsyncQnLive) when there is none yet or the API refuses the current one (HTTP 401,
                codes 401 and 499): once, then the request is sent again.
            access_key: The Qiniu AccessKey for the server calls (``qnlive.server``, ``mint_token``;
                backends only); else ``QNLIVE_ACCESS_KEY``.
            secret_key: The Qiniu SecretKey; else ``QNLIVE_SECRET_KEY``.
            app_id: With the AK/SK and no token or provider, tokens are minted for ``user_id`` of this
                application; else ``QNLIVE_APP_ID``.
            user_id: The user tokens are minted for.
            **options: How calls are made, as for every facade (`vrlive.facade.ConnectionOptions`):
                ``max_retries``, ``timeout``, ``deadline``, ``retry_policy``, ``transport``,
                ``async_transport``, ``proxy``, ``max_response_bytes``, ``max_json_depth``.

        Attributes:
            client (AuthenticatedClient): The generated ``qnlive_client.AuthenticatedClient`` of the user's
                calls.
        """
        super().__init__(base_url=base_url, **options)
        self._access_key = self.vendor.value("access_key", access_key)
        self._secret_key = self.vendor.value("secret_key", secret_key)
        app_id = self.vendor.value("app_id", app_id)
        if token_provider is None and token is None:
            if not (app_id and user_id and self._access_key and self._secret_key):
                raise ConfigurationError(
                    f"{type(self).__name__} needs token, token_provider, or app_id and user_id with the "
                    "Qiniu AK/SK (access_key/secret_key or QNLIVE_ACCESS_KEY/QNLIVE_SECRET_KEY) to mint "
                    "tokens; app_id may come from QNLIVE_APP_ID"
                )
            token_provider = self._minting(app_id, user_id)
        self._server: AuthenticatedClient | None = None
        self._auth: httpx.Auth = (
            ProvidedToken(token_provider, token) if token_provider is not None else RawToken(str(token))
        )
        client = AuthenticatedClient(base_url=self.connection.base_url, auth=self._auth)
        self.client = self.public(self.scheme(USER_SCHEME, self.made(client, self._auth)))

    def _minting(self, app_id: str, user_id: str) -> TokenProvider:
        raise NotImplementedError

    def client_for(self, scheme: str) -> AuthenticatedClient:
        return self._server_client() if scheme == SERVER_SCHEME else super().client_for(scheme)

    def _server_client(self) -> AuthenticatedClient:
        """The server's client, signing with the AK/SK: made when a server call first needs it."""
        if self._server is None:
            found = self.vendor.read(
                "Qiniu's server calls (minting user tokens)",
                access_key=self._access_key,
                secret_key=self._secret_key,
            )
            signature = QiniuSignature(found["access_key"], found["secret_key"])
            client = AuthenticatedClient(base_url=self.connection.base_url, auth=signature)
            self._server = self.scheme(SERVER_SCHEME, self.made(client, signature))
        return self._server


class QnLive(_QnLive, Resources, Waiters):
    """Qiniu's low-code live API (cross-room relay) with the user's token handled: ``qnlive.relay``
    and ``qnlive.server`` hold every operation of the spec."""

    def _minting(self, app_id: str, user_id: str) -> TokenProvider:
        return lambda: self.mint_token(app_id, user_id)

    def mint_token(
        self, app_id: str, user_id: str, *, device_id: str | None = None, expires_at: int | None = None
    ) -> UserToken:
        """A user's access token from ``GET /server/auth/token``, signed with the AK/SK."""
        return self.server.get_user_token(
            app_id=app_id,
            user_id=user_id,
            device_id=device_id if device_id is not None else UNSET,
            expires_at=expires_at if expires_at is not None else UNSET,
        )


class AsyncQnLive(_QnLive, AsyncResources, AsyncWaiters):
    """The async [`QnLive`][vrlive.qnlive.QnLive]: the same resources and methods, awaited
    (``async with``)."""

    def _minting(self, app_id: str, user_id: str) -> TokenProvider:
        async def mint() -> UserToken:
            return await self.mint_token(app_id, user_id)

        return mint

    async def mint_token(
        self, app_id: str, user_id: str, *, device_id: str | None = None, expires_at: int | None = None
    ) -> UserToken:
        """A user's access token from ``GET /server/auth/token``, signed with the AK/SK."""
        return await self.server.get_user_token(
            app_id=app_id,
            user_id=user_id,
            device_id=device_id if device_id is not None else UNSET,
            expires_at=expires_at if expires_at is not None else UNSET,
        )


__all__ = ["AsyncQnLive", "ProvidedToken", "QiniuSignature", "QnLive"]
