"""QnLive, the facade over ``qnlive_client``: user tokens (minted or provided), retries, relay waiting.

Usage::

    from vrlive.qnlive import QnLive
    from qnlive_client.api.relay import start_relay

    # A backend with the Qiniu AK/SK (QNLIVE_ACCESS_KEY, QNLIVE_SECRET_KEY) mints tokens itself:
    live = QnLive(base_url, app_id="live_app_1", user_id="host_1")
    # A client given a token by its backend, refreshed through a callable when it expires:
    live = QnLive(base_url, token=token, token_provider=ask_my_backend)
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import threading
from collections.abc import Callable, Collection, Generator

import httpx

from qnlive_client import AuthenticatedClient
from qnlive_client.api.relay import get_relay_session
from qnlive_client.api.server import get_user_token
from qnlive_client.envelope import ENVELOPE
from qnlive_client.models import RelaySession, RelayStatus, UserToken
from qnlive_client.types import UNSET
from vrlive.auth import RawToken, RefreshingTokenAuth, Token
from vrlive.config import setting, settings
from vrlive.errors import AuthenticationError, ConfigurationError, StateUnreachableError
from vrlive.http import Connection, Facade
from vrlive.logs import register_secret
from vrlive.retries import RetryPolicy
from vrlive.waiters import wait, wait_async

DEFAULT_BASE_URL = "https://live-api.qiniu.com"
ENDED = frozenset({RelayStatus.RECEIVER_REJECTED, RelayStatus.ENDED})


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
    """A user token from the caller's ``provider``, replaced once when the API refuses it (401 or 499)."""

    def __init__(self, provider: Callable[[], str | UserToken], token: str | None = None) -> None:
        super().__init__(envelope=ENVELOPE, refresh_on=AuthenticationError)
        self._provider = provider
        if token is not None:
            self._token = self._store(Token(token, None))

    def fetch(self) -> Token:
        provided = self._provider()
        if isinstance(provided, UserToken):
            return Token.received(provided.access_token, provided.expires_at, now=self._clock())
        return Token(provided, None)

    async def fetch_async(self) -> Token:
        return await asyncio.to_thread(self.fetch)


class QnLive(Facade):
    """Qiniu's low-code live API (cross-room relay) with the user's token handled.

    Args:
        base_url: The service; else ``QNLIVE_BASE_URL``, else Qiniu's hosted ``live-api.qiniu.com``.
        token: The user's token, sent raw in ``Authorization``.
        token_provider: Called for a token (a string or a ``UserToken``) when there is none yet or
            the API refuses the current one (HTTP 401, codes 401 and 499): once, then the request
            is sent again.
        access_key, secret_key: The Qiniu AK/SK for :meth:`mint_token` (backends only); else
            ``QNLIVE_ACCESS_KEY`` and ``QNLIVE_SECRET_KEY``.
        app_id, user_id: With the AK/SK and no token or provider, tokens are minted for this user
            (``app_id`` else ``QNLIVE_APP_ID``).
        max_retries, timeout, deadline, retry_policy, transport, async_transport: As for every
            vrlive facade (see :class:`~vrlive.realsee.Realsee`).

    Attributes:
        client: The generated ``qnlive_client.AuthenticatedClient`` (sync and async).
    """

    def __init__(
        self,
        base_url: str | None = None,
        token: str | None = None,
        token_provider: Callable[[], str | UserToken] | None = None,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
        app_id: str | None = None,
        user_id: str | None = None,
        max_retries: int = 2,
        timeout: float = 30.0,
        deadline: float | None = 60.0,
        retry_policy: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.connection = Connection(
            base_url=(setting(base_url, "QNLIVE_BASE_URL", DEFAULT_BASE_URL) or DEFAULT_BASE_URL).rstrip("/"),
            policy=retry_policy or RetryPolicy(max_retries=max_retries, deadline=deadline),
            timeout=timeout,
            transport=transport,
            async_transport=async_transport,
        )
        self._access_key = setting(access_key, "QNLIVE_ACCESS_KEY")
        self._secret_key = setting(secret_key, "QNLIVE_SECRET_KEY")
        app_id = setting(app_id, "QNLIVE_APP_ID")
        if token_provider is None and token is None:
            if not (app_id and user_id and self._access_key and self._secret_key):
                raise ConfigurationError(
                    "QnLive needs token, token_provider, or app_id and user_id with the Qiniu AK/SK "
                    "(access_key/secret_key or QNLIVE_ACCESS_KEY/QNLIVE_SECRET_KEY) to mint tokens; "
                    "app_id may come from QNLIVE_APP_ID"
                )
            mint_app, mint_user = app_id, user_id
            token_provider = lambda: self.mint_token(mint_app, mint_user)  # noqa: E731
        self._server: AuthenticatedClient | None = None
        self.auth: httpx.Auth = (
            ProvidedToken(token_provider, token) if token_provider is not None else RawToken(str(token))
        )
        self.client = self.connection.attach(
            AuthenticatedClient(base_url=self.connection.base_url, auth=self.auth), auth=self.auth
        )

    def __repr__(self) -> str:
        return f"QnLive(base_url={self.connection.base_url!r})"

    # Minting tokens (backends).

    def _server_client(self) -> AuthenticatedClient:
        if self._server is None:
            found = settings(
                "Minting Qiniu user tokens",
                access_key=(self._access_key, "QNLIVE_ACCESS_KEY"),
                secret_key=(self._secret_key, "QNLIVE_SECRET_KEY"),
            )
            signature = QiniuSignature(found["access_key"], found["secret_key"])
            self._server = self.connection.attach(
                AuthenticatedClient(base_url=self.connection.base_url, auth=signature), auth=signature
            )
        return self._server

    def mint_token(
        self, app_id: str, user_id: str, *, device_id: str | None = None, expires_at: int | None = None
    ) -> UserToken:
        """A user's access token from ``GET /server/auth/token``, signed with the AK/SK."""
        return get_user_token.sync(
            client=self._server_client(),
            app_id=app_id,
            user_id=user_id,
            device_id=device_id if device_id is not None else UNSET,
            expires_at=expires_at if expires_at is not None else UNSET,
        )

    async def mint_token_async(
        self, app_id: str, user_id: str, *, device_id: str | None = None, expires_at: int | None = None
    ) -> UserToken:
        """The async twin of :meth:`mint_token`."""
        return await get_user_token.asyncio(
            client=self._server_client(),
            app_id=app_id,
            user_id=user_id,
            device_id=device_id if device_id is not None else UNSET,
            expires_at=expires_at if expires_at is not None else UNSET,
        )

    # Waiting for a relay.

    @staticmethod
    def _reached(relay_id: str, until: frozenset[RelayStatus]) -> Callable[[RelaySession], bool]:
        def reached(session: RelaySession) -> bool:
            if session.status in until:
                return True
            if session.status in ENDED:
                wanted = ", ".join(status.name for status in sorted(until))
                raise StateUnreachableError(
                    f"relay {relay_id} is {session.status.name}; it can no longer become {wanted}",
                    last_state=session,
                )
            return False

        return reached

    def wait_for_relay(
        self,
        relay_id: str,
        until: Collection[RelayStatus] = frozenset({RelayStatus.RECEIVER_ACCEPTED}),
        *,
        interval: float = 2.0,
        timeout: float = 120.0,
        on_poll: Callable[[RelaySession], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> RelaySession:
        """Poll a relay until its status is one of ``until`` and return the session.

        Raises:
            StateUnreachableError: The relay was rejected or ended first.
            WaitTimeoutError, WaitCancelledError: As :func:`vrlive.waiters.wait`.
        """
        wanted = frozenset(until)
        return wait(
            lambda: get_relay_session.sync(relay_id, client=self.client),
            self._reached(relay_id, wanted),
            interval=interval,
            timeout=timeout,
            on_poll=on_poll,
            cancel=cancel,
            what=f"relay {relay_id} to become {', '.join(status.name for status in sorted(wanted))}",
        )

    async def wait_for_relay_async(
        self,
        relay_id: str,
        until: Collection[RelayStatus] = frozenset({RelayStatus.RECEIVER_ACCEPTED}),
        *,
        interval: float = 2.0,
        timeout: float = 120.0,
        on_poll: Callable[[RelaySession], None] | None = None,
    ) -> RelaySession:
        """The async twin of :meth:`wait_for_relay`."""
        wanted = frozenset(until)

        async def poll() -> RelaySession:
            return await get_relay_session.asyncio(relay_id, client=self.client)

        return await wait_async(
            poll,
            self._reached(relay_id, wanted),
            interval=interval,
            timeout=timeout,
            on_poll=on_poll,
            what=f"relay {relay_id} to become {', '.join(status.name for status in sorted(wanted))}",
        )

    # Lifetime.

    def _clients(self) -> list[AuthenticatedClient]:
        return [self.client] if self._server is None else [self.client, self._server]
