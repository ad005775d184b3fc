"""The transports the facades send through by default. They move bytes; what they need from a call
is the request's ``timeout`` extension, which the call's loop cuts to the time the attempt has
(`vrlive.calls`).

httpx's timeouts bound each network operation, not the exchange: a server that sends one byte
every 0.2 s never trips a 2 s read timeout, and holds the call for as long as it likes. So the sync
transport here is httpx's HTTP transport made of httpcore's public parts, a `ConnectionPool` (or an
`HTTPProxy`, a `SOCKSProxy`) on a network backend of its own: every connect, read and write it
makes for a request ends by the request's deadline, the longest of its ``timeout`` values from the
moment the request is handed over, its answer's body included; past it, the next operation times
out at once. The async facades need no such backend: their loop bounds each attempt with
``asyncio.timeout``, so they send through httpx's own transport, or aiohttp's when it is
installed (`vrlive.aiohttp_transport`: it scales to hundreds of tasks).
"""

from __future__ import annotations

import ssl
import time
import urllib.request
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any, Final
from urllib.parse import urlsplit

import httpcore
import httpx

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
"""httpx keeps 20 idle connections by default; 100 concurrent tasks would reconnect on every call."""

_DEADLINE: Final[ContextVar[float | None]] = ContextVar("vrlive_exchange_deadline", default=None)
"""The deadline (``time.monotonic()``) of the exchange this thread is in, for the network backend:
set by `HTTPTransport` around each step of an exchange, and only there."""


def _capped(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """``timeout`` cut to the time left before the exchange's deadline; raises ``expired`` when
    there is none."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the exchange's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _capped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _capped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(ssl_context, server_hostname, _capped(timeout, httpcore.ConnectTimeout))
        return _Stream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


Options = Iterable[Any] | None
"""httpcore's socket options, passed through as they are."""


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, every operation of which ends by the exchange's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend | None = None) -> None:
        self._backend = backend or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Options = None,
    ) -> httpcore.NetworkStream:
        timeout = _capped(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Options = None
    ) -> httpcore.NetworkStream:
        timeout = _capped(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


_ERRORS: Final[tuple[tuple[type[Exception], type[httpx.TransportError]], ...]] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)
"""httpcore's errors as httpx's, most specific first (as httpx's own transport maps them)."""


def _as_httpx(error: Exception, request: httpx.Request) -> httpx.TransportError | None:
    """``error`` as httpx's error of its kind, when it is one of httpcore's."""
    for theirs, ours in _ERRORS:
        if isinstance(error, theirs):
            return ours(str(error), request=request)
    return None


class _Body(httpx.SyncByteStream):
    """An answer's body as httpcore reads it, each read within the exchange's deadline.

    (The deadline is set and reset around each step in line, not with a context manager: these
    steps run for every answer, and a generator-based one would cost as much as the step.)
    """

    def __init__(self, stream: Iterable[bytes], request: httpx.Request, deadline: float | None) -> None:
        self._stream = stream
        self._request = request
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        pieces = iter(self._stream)
        while True:
            token = _DEADLINE.set(self._deadline)
            try:
                piece = next(pieces, None)
            except Exception as error:
                mapped = _as_httpx(error, self._request)
                if mapped is None:
                    raise
                raise mapped from error
            finally:
                _DEADLINE.reset(token)
            if piece is None:
                return
            yield piece

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is None:
            return
        token = _DEADLINE.set(self._deadline)
        try:
            close()
        except Exception as error:
            mapped = _as_httpx(error, self._request)
            if mapped is None:
                raise
            raise mapped from error
        finally:
            _DEADLINE.reset(token)


class HTTPTransport(httpx.BaseTransport):
    """httpx's HTTP transport on httpcore's public parts, each exchange ending by its deadline: the
    longest of the request's ``timeout`` values, counted from when it is handed over.

    Args:
        limits: The connection pool's limits.
        proxy: A proxy URL (``http://``, ``https://``, or ``socks5://`` with httpx's ``socks``
            extra) for every request.
        tls: What verifies certificates (`vrlive.config.tls_context()`); None: certifi's bundle.
    """

    def __init__(
        self,
        limits: httpx.Limits = DEFAULT_LIMITS,
        proxy: str | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        context = tls or httpx.create_ssl_context(trust_env=False)
        pool: dict[str, Any] = {
            "ssl_context": context,
            "max_connections": limits.max_connections,
            "max_keepalive_connections": limits.max_keepalive_connections,
            "keepalive_expiry": limits.keepalive_expiry,
            "network_backend": DeadlineBackend(),
        }
        self._pool: httpcore.ConnectionPool
        if proxy is None:
            self._pool = httpcore.ConnectionPool(**pool)
            return
        through = httpx.Proxy(proxy)
        url = httpcore.URL(
            scheme=through.url.raw_scheme,
            host=through.url.raw_host,
            port=through.url.port,
            target=through.url.raw_path,
        )
        if through.url.scheme in ("http", "https"):
            self._pool = httpcore.HTTPProxy(
                proxy_url=url,
                proxy_auth=through.raw_auth,
                proxy_headers=through.headers.raw,
                proxy_ssl_context=through.ssl_context,
                **pool,
            )
        elif through.url.scheme in ("socks5", "socks5h"):
            self._pool = httpcore.SOCKSProxy(proxy_url=url, proxy_auth=through.raw_auth, **pool)
        else:
            raise ValueError(f"proxy {proxy!r}: not an http://, https://, socks5:// or socks5h:// URL")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        timeouts = [
            value for value in (request.extensions.get("timeout") or {}).values() if value is not None
        ]
        deadline = time.monotonic() + max(timeouts) if timeouts else None
        exchange = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        token = _DEADLINE.set(deadline)
        try:
            answer = self._pool.handle_request(exchange)
        except Exception as error:
            mapped = _as_httpx(error, request)
            if mapped is None:
                raise
            raise mapped from error
        finally:
            _DEADLINE.reset(token)
        assert isinstance(answer.stream, Iterable)
        return httpx.Response(
            answer.status,
            headers=answer.headers,
            stream=_Body(answer.stream, request, deadline),
            extensions=answer.extensions,
        )

    def close(self) -> None:
        self._pool.close()


def http_transport(
    limits: httpx.Limits = DEFAULT_LIMITS, proxy: str | None = None, tls: ssl.SSLContext | None = None
) -> HTTPTransport:
    """The sync facades' default transport (`HTTPTransport`)."""
    return HTTPTransport(limits, proxy, tls)


def async_http_transport(
    limits: httpx.Limits = DEFAULT_LIMITS, proxy: str | None = None, tls: ssl.SSLContext | None = None
) -> httpx.AsyncHTTPTransport:
    """httpx's async HTTP transport (``tls`` as for `HTTPTransport`); the async loop bounds each
    attempt's whole exchange itself."""
    return httpx.AsyncHTTPTransport(limits=limits, proxy=proxy, verify=tls or True, trust_env=False)


def default_async_transport(
    limits: httpx.Limits = DEFAULT_LIMITS, proxy: str | None = None, tls: ssl.SSLContext | None = None
) -> httpx.AsyncBaseTransport:
    """aiohttp's connector when aiohttp is installed (it scales to hundreds of tasks), else httpx's."""
    try:
        from vrlive.aiohttp_transport import AiohttpTransport  # noqa: PLC0415 - an optional extra
    except ImportError:
        return async_http_transport(limits, proxy, tls)
    return AiohttpTransport(limits, proxy, tls)


def environment_proxy(url: str) -> str | None:
    """The proxy the environment names for ``url`` (None when there is none, or NO_PROXY excludes it)."""
    parts = urlsplit(url)
    proxies = urllib.request.getproxies_environment()
    if not proxies or urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return proxies.get(parts.scheme) or proxies.get("all")


__all__ = [
    "DEFAULT_LIMITS",
    "DeadlineBackend",
    "HTTPTransport",
    "async_http_transport",
    "default_async_transport",
    "environment_proxy",
    "http_transport",
]
