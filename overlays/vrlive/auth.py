"""Token handling as an httpx auth flow, sync and async: the shared half of Realsee and Qiniu.

The token is fetched lazily, refreshed before it expires (advisory and mandatory margins, as
botocore does for its credentials) and, when the API answers that it expired, renewed: the call's
loop (`vrlive.calls`) then sends the request once more; a second refusal is returned to the
caller, not retried in a loop. However
many threads or tasks need a new token at once, one fetch happens: the others wait for it.

Expiry is the server's: ``expire_at`` is on its clock, which need not agree with ours. So each
token keeps the skew between the two, estimated from the ``Date`` header of the response that
brought it (as botocore estimates clock skew), and its lifetime on the server's clock; margins
are cut to a share of that lifetime, so a token that lives less than a margin is still used. A
token that arrives expired already, even by the server's own clock, is used until the server
refuses it (then refreshed once, as any refused token). A token fetched while a request waited
for it is used by that request, fresh or not: whatever the clocks say, no request fetches a
token that another one has just fetched.
"""

from __future__ import annotations

import asyncio
import email.utils
import threading
import weakref
from abc import abstractmethod
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from typing import Final

import httpx
from attrs import frozen

from vrlive import clock as timing
from vrlive.calls import RenewableAuth
from vrlive.logs import logger, register_secret
from vrlive_core.envelope import Envelope
from vrlive_core.errors import APIError, RateLimitError, ServerError, TransportError

MARGIN_SHARES: Final = (0.5, 0.25)
"""The most of a token's lifetime the advisory and the mandatory margins may take."""


@frozen
class Token:
    """A token and when it expires.

    Attributes:
        expires_at: Unix seconds on the server's clock; None when unknown (then only refusals
            refresh it).
        skew: The server's clock minus ours when the token arrived (0 when it did not say).
        lifetime: Seconds the token was valid for when it arrived, on the server's clock. A
            token that arrived expired already (0 or less) is judged by refusals only, like one
            whose expiry is unknown: the server gave it, so it is used until the server refuses
            it, not replaced before every call.
    """

    value: str
    expires_at: float | None
    skew: float = 0.0
    lifetime: float | None = None

    @classmethod
    def received(
        cls, value: str, expires_at: float | None, *, now: float, headers: Mapping[str, str] | None = None
    ) -> Token:
        """A token that arrived at ``now`` (our clock) in a response with these ``headers``."""
        server_now = server_time(headers) if headers is not None else None
        skew = 0.0 if server_now is None else server_now - now
        lifetime = None if expires_at is None else expires_at - (now + skew)
        if lifetime is not None and lifetime <= 0:
            clock = "its own clock (Date)" if server_now is not None else "this machine's clock (no Date)"
            logger.warning(
                "the new token expired %.0fs before it arrived, by %s; using it until the server refuses it",
                -lifetime, clock,
            )  # fmt: skip
        return cls(value, expires_at, skew, lifetime)

    def left(self, now: float) -> float | None:
        """Seconds it has left at ``now`` on our clock, judged on the server's; None when unknown
        (or when it arrived expired: see ``lifetime``)."""
        if self.expires_at is None or (self.lifetime is not None and self.lifetime <= 0):
            return None
        return self.expires_at - (now + self.skew)

    def margin(self, wanted: float, share: float) -> float:
        """``wanted`` seconds of margin, but no more than ``share`` of the token's lifetime."""
        if self.lifetime is None:
            return wanted
        return min(wanted, max(self.lifetime, 0.0) * share)

    def __repr__(self) -> str:
        return f"Token(expires_at={self.expires_at!r}, skew={self.skew:.0f})"


def server_time(headers: Mapping[str, str]) -> float | None:
    """The server's clock when it answered, from the response's ``Date`` header (None if absent)."""
    value = headers.get("date")
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


_TRANSIENT = (TransportError, ServerError, RateLimitError)


class RawToken(httpx.Auth):
    """A fixed token, sent as it is (no ``Bearer``) in a header."""

    def __init__(self, token: str, header: str = "Authorization") -> None:
        self._token = token
        self._header = header
        register_secret(token)

    def __repr__(self) -> str:
        return "RawToken()"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._token
        yield request


class RefreshingTokenAuth(RenewableAuth):
    """Sends a token raw in a header; subclasses say how to fetch one.

    Args:
        envelope: The vendor's envelope, to recognise a refusal of the token in a response.
        refresh_on: Refusals (error classes) that mean "get a new token": TokenExpiredError, or
            AuthenticationError for APIs that say 401 when a token is invalid.
        advisory: Within this many seconds of expiry, fetch a new token, but keep using the old
            one if that fetch fails for a transient reason.
        mandatory: Within this many seconds of expiry, a new token is required.
        clock: Unix time now (injected for tests).
    """

    def __init__(
        self,
        *,
        envelope: Envelope,
        refresh_on: type[APIError],
        header: str = "Authorization",
        advisory: float = 30.0,
        mandatory: float = 10.0,
        clock: Callable[[], float] = timing.now,
    ) -> None:
        self._envelope = envelope
        self._refresh_on = refresh_on
        self._header = header
        self._advisory = advisory
        self._mandatory = mandatory
        self._clock = clock
        self._token: Token | None = None
        self._lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    @abstractmethod
    def fetch(self) -> Token:
        """Get a new token (sync)."""

    @abstractmethod
    async def fetch_async(self) -> Token:
        """Get a new token (async)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={'set' if self._token else 'not fetched'})"

    # The flows: the token on each call; a refused one renewed by the call's loop (vrlive.calls).

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._current().value
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers[self._header] = (await self._current_async()).value
        yield request

    def refused(self, response: httpx.Response) -> bool:
        """Whether ``response`` refuses the token (the envelope's failure is one of ``refresh_on``)."""
        failure = self._envelope.failure(response)
        return failure is not None and issubclass(failure, self._refresh_on)

    def renew(self, request: httpx.Request) -> None:
        """A new token in place of the one ``request`` carried (unless another request replaced it)."""
        self._log_renewal()
        self._replace(request.headers.get(self._header))

    async def renew_async(self, request: httpx.Request) -> None:
        self._log_renewal()
        await self._replace_async(request.headers.get(self._header))

    def _log_renewal(self) -> None:
        logger.info(
            "%s: token refused, fetching a new one and sending the request again", type(self).__name__
        )

    # Deciding.

    def _fresh(self, token: Token | None, mandatory: bool = False) -> bool:
        """Whether ``token`` has more than the (advisory or mandatory) margin left, on the server's clock."""
        if token is None:
            return False
        left = token.left(self._clock())
        if left is None:
            return True
        advisory_share, mandatory_share = MARGIN_SHARES
        if mandatory:
            return left > token.margin(self._mandatory, mandatory_share)
        return left > token.margin(self._advisory, advisory_share)

    def _keep(self, error: Exception) -> Token:
        """After a failed fetch: the old token if it is still good enough, else the error."""
        token = self._token
        if isinstance(error, _TRANSIENT) and token is not None and self._fresh(token, mandatory=True):
            logger.warning(
                "could not refresh the token (%s); using the current one until it must be replaced", error
            )
            return token
        raise error

    def _store(self, token: Token) -> Token:
        register_secret(token.value)
        self._token = token
        logger.debug("%s: new token, expires at %s", type(self).__name__, token.expires_at)
        return token

    # Sync: one thread fetches, the others wait on the lock and reuse its token.

    def _current(self) -> Token:
        token = self._token
        if token is not None and self._fresh(token):
            return token
        with self._lock:
            latest = self._token
            if latest is not None and (latest is not token or self._fresh(latest)):
                return latest  # fetched while this request waited: used, fresh or not
            try:
                return self._store(self.fetch())
            except Exception as error:
                return self._keep(error)

    def _replace(self, refused: str | None) -> Token:
        with self._lock:
            if self._token is not None and self._token.value != refused:
                return self._token  # another request already replaced it
            return self._store(self.fetch())

    # Async: the same, with one asyncio lock per event loop.

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    async def _current_async(self) -> Token:
        token = self._token
        if token is not None and self._fresh(token):
            return token
        async with self._async_lock():
            latest = self._token
            if latest is not None and (latest is not token or self._fresh(latest)):
                return latest
            try:
                return self._store(await self.fetch_async())
            except Exception as error:
                return self._keep(error)

    async def _replace_async(self, refused: str | None) -> Token:
        async with self._async_lock():
            if self._token is not None and self._token.value != refused:
                return self._token
            return self._store(await self.fetch_async())
