"""Deadlines for a whole exchange: connecting, sending, and reading the answer to its last byte.

httpx's timeouts bound each network operation, not the exchange: a server that sends one byte
every 0.2 s never trips a 2 s read timeout, and holds the call for as long as it likes. So the
retrying transport (`vrlive.retries`) sets a deadline for each attempt (`until()`), and
the facades' own HTTP transports run on a network backend that gives every connect, read and
write at most the time left before it: past the deadline, the next operation times out at once.

The deadline lives in a context variable: it follows the request through httpcore in the thread
(sync) or the task (async) that sends it, and no further.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Final, TypeVar

import httpcore
import httpx

_DEADLINE: Final[ContextVar[float | None]] = ContextVar("vrlive_deadline", default=None)

E = TypeVar("E", bound=httpcore.TimeoutException)


@contextmanager
def until(deadline: float | None) -> Iterator[None]:
    """Network operations started in this context end by ``deadline`` (``time.monotonic()`` seconds)."""
    token = _DEADLINE.set(deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def time_left() -> float | None:
    """Seconds before the current deadline (0 or less when it has passed); None without one."""
    deadline = _DEADLINE.get()
    return None if deadline is None else deadline - time.monotonic()


def _capped(timeout: float | None, expired: type[E]) -> float | None:
    """``timeout`` cut to the time left; raises ``expired`` when there is none."""
    left = time_left()
    if left is None:
        return timeout
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
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(ssl_context, server_hostname, _capped(timeout, httpcore.ConnectTimeout))
        return _Stream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _capped(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _capped(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = _capped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


Options = Iterable[Any] | None
"""httpcore's socket options, passed through as they are."""


class DeadlineBackend(httpcore.NetworkBackend):
    """A network backend whose every operation ends by the current deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

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


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """The async twin of `DeadlineBackend`."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Options = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _capped(timeout, httpcore.ConnectTimeout)
        stream = await self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Options = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = _capped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def http_transport(
    limits: httpx.Limits, proxy: str | None = None, tls: ssl.SSLContext | None = None
) -> httpx.HTTPTransport:
    """httpx's HTTP transport, on a network backend that keeps deadlines.

    ``tls`` verifies certificates (`vrlive.config.tls_context()`); without it, certifi's bundle
    (the environment's TLS variables are read by the facades, for https only).
    """
    transport = httpx.HTTPTransport(limits=limits, proxy=proxy, verify=tls or True, trust_env=False)
    # httpx builds its connection pool without a way to pass a backend; httpcore's pool keeps it here.
    pool: Any = transport._pool
    pool._network_backend = DeadlineBackend(pool._network_backend)
    return transport


def async_http_transport(
    limits: httpx.Limits, proxy: str | None = None, tls: ssl.SSLContext | None = None
) -> httpx.AsyncHTTPTransport:
    """httpx's async HTTP transport, on a network backend that keeps deadlines (``tls`` as for
    `http_transport()`)."""
    transport = httpx.AsyncHTTPTransport(limits=limits, proxy=proxy, verify=tls or True, trust_env=False)
    pool: Any = transport._pool
    pool._network_backend = AsyncDeadlineBackend(pool._network_backend)
    return transport


__all__ = [
    "AsyncDeadlineBackend",
    "DeadlineBackend",
    "async_http_transport",
    "http_transport",
    "time_left",
    "until",
]
