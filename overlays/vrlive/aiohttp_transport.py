"""An httpx async transport on aiohttp: the async facades' default when aiohttp is installed.

With a hundred tasks or more on one event loop, httpcore's connection pool is what a call waits
on (it walks every connection on every request: encode/httpcore#1035); aiohttp's connector is
not. So when aiohttp can be imported (``pip install "vrlive-sdk[aiohttp]"``), the async facades
send through `AiohttpTransport`, and through httpx's own transport otherwise.

Everything above the transport stays httpx: auth flows (token refresh, signatures), the call's
loop with its retries and deadlines (`vrlive.calls`), redaction. What the transport itself keeps:

- the whole exchange of an attempt ends by its deadline, the longest of the request's timeouts
  (the loop cuts them to the time the attempt has): aiohttp's ``total`` timeout, with the
  request's connect and read timeouts per operation;
- failures become the httpx exceptions the retry policy decides on: ``ConnectError`` (never sent:
  always retried), ``ReadError`` / ``RemoteProtocolError`` (an answer broken or cut short:
  retried for idempotent operations only), ``ConnectTimeout`` / ``ReadTimeout``;
- a proxy (``proxy=`` on the facades, or ``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``NO_PROXY``);
- the body as it arrives, still compressed, read by whoever reads the response: the call's loop
  reads it within the facade's limits (`vrlive_core.bodies`), never aiohttp whole.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
from aiohttp.http_exceptions import HttpProcessingError
from yarl import URL


def _timeout(request: httpx.Request) -> aiohttp.ClientTimeout:
    timeouts: dict[str, float | None] = request.extensions.get("timeout") or {}
    given = [value for value in timeouts.values() if value is not None]
    total = max(given) if given else None
    return aiohttp.ClientTimeout(
        total=total,
        sock_connect=timeouts.get("connect"),
        sock_read=timeouts.get("read"),
        connect=timeouts.get("pool"),
    )


_ERRORS: tuple[
    tuple[type[BaseException] | tuple[type[BaseException], ...], type[httpx.TransportError]], ...
] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    ((asyncio.TimeoutError, aiohttp.ServerTimeoutError), httpx.ReadTimeout),
    ((aiohttp.ClientProxyConnectionError, aiohttp.ClientHttpProxyError), httpx.ProxyError),
    (aiohttp.ClientConnectorError, httpx.ConnectError),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
)
"""aiohttp's failures as httpx's, most specific first. Only a failure to connect counts as never
sent (the retry policy replays those even for creators): any other may have reached the server,
so it is a ReadError."""


_OS_ERROR = re.compile(r"\w+Error\((\d+), '([^']+)'\)")


def _reason(error: BaseException) -> str:
    """What aiohttp's payload error says, without its wrapping: the parser's message, the OS's."""
    reasons = []
    seen: BaseException | None = error
    while seen is not None:
        for part in (seen, *seen.args):
            if isinstance(part, HttpProcessingError) and part.message not in reasons:
                reasons.append(part.message)
            elif isinstance(part, OSError) and part.strerror:
                reasons.append(f"[Errno {part.errno}] {part.strerror}")
        seen = seen.__cause__ or seen.__context__
    # aiohttp names a reset connection only in its message: "... ConnectionResetError(104, '...')".
    for errno, text in _OS_ERROR.findall(str(error)):
        reasons.append(f"[Errno {errno}] {text}")
    return "; ".join(dict.fromkeys(reason.rstrip(".") for reason in reasons)) or str(error)


def _mapped(error: BaseException, request: httpx.Request) -> httpx.TransportError:
    kind = next((mine for theirs, mine in _ERRORS if isinstance(error, theirs)), httpx.ReadError)
    return kind(str(error) or type(error).__name__, request=request)


class _Body(httpx.AsyncByteStream):
    """An answer's body as aiohttp receives it (still compressed), piece by piece: whoever reads
    it decides how much to take (`vrlive.calls` stops at the limit); closing it releases the
    connection."""

    def __init__(self, answer: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._answer = answer
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for piece in self._answer.content.iter_chunked(_PIECE):
                yield piece
        except aiohttp.ClientPayloadError as error:  # the answer broke off or fell short
            raise httpx.ReadError(
                f"reading the response body: {_reason(error)}", request=self._request
            ) from error
        except (TimeoutError, aiohttp.ClientError) as error:
            raise _mapped(error, self._request) from error

    async def aclose(self) -> None:
        self._answer.release()


_PIECE = 65536
"""Bytes read at a time, as httpcore reads."""


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx requests through one aiohttp session (made on first use, in the running loop).

    Args:
        limits: Connections at most (``max_connections``) and how long idle ones live.
        proxy: A proxy URL for every request (the facades pass the environment's, see
            `vrlive.transports.environment_proxy()`).
        tls: What verifies certificates (`vrlive.config.tls_context()`); None: aiohttp's default.
    """

    def __init__(
        self, limits: httpx.Limits, proxy: str | None = None, tls: ssl.SSLContext | None = None
    ) -> None:
        self._limits = limits
        self._proxy = proxy
        self._tls = tls
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._limits.max_connections or 0,
                keepalive_timeout=self._limits.keepalive_expiry or 5.0,
                ssl=self._tls or True,
            )
            # Not trust_env: the facades read the environment's proxy once (vrlive.transports); aiohttp
            # would look it up, and for a netrc file, in a worker thread on every request.
            self._session = aiohttp.ClientSession(connector=connector, trust_env=False, auto_decompress=False)
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        options: dict[str, Any] = {"proxy": self._proxy} if self._proxy else {}
        try:
            answer = await self._client().request(
                request.method,
                URL(str(request.url), encoded=True),  # httpx encoded it already: not twice
                headers=list(request.headers.multi_items()),
                data=body or None,
                allow_redirects=False,
                compress=None,
                timeout=_timeout(request),
                skip_auto_headers=("User-Agent", "Accept-Encoding", "Accept", "Content-Type"),
                **options,
            )
        except (TimeoutError, aiohttp.ClientError) as error:
            raise _mapped(error, request) from error
        return httpx.Response(
            answer.status,
            headers=list(answer.raw_headers),
            stream=_Body(answer, request),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (answer.reason or "").encode()},
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


__all__ = ["AiohttpTransport"]
