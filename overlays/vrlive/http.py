"""The httpx clients behind every vrlive facade: one base URL, retries and timeout, per-client auth."""

from __future__ import annotations

import ssl
import urllib.request
from collections.abc import Sequence
from types import TracebackType
from typing import Final, Protocol, Self, TypeVar
from urllib.parse import urlsplit

import httpx
from attrs import field, frozen

from vrlive.config import tls_context
from vrlive.deadlines import async_http_transport, http_transport
from vrlive.errors import ConfigurationError
from vrlive.retries import AsyncRetryTransport, RetryPolicy, RetryTransport
from vrlive_core.bodies import ENCODINGS, ResponseLimits


class GeneratedClient(Protocol):
    """What the generated ``Client``/``AuthenticatedClient`` classes offer for custom httpx clients."""

    def set_httpx_client(self, client: httpx.Client) -> Self: ...
    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self: ...
    def get_httpx_client(self) -> httpx.Client: ...
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


C = TypeVar("C", bound=GeneratedClient)

_ACCEPTED: Final = {"Accept-Encoding": ", ".join(ENCODINGS)}
"""The codings the body reader decompresses within its limit (httpx would also ask for br and zstd
when their packages are installed)."""

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
"""httpx keeps 20 idle connections by default; 100 concurrent tasks would reconnect on every call."""


@frozen
class Connection:
    """How a facade reaches its API.

    Attributes:
        base_url: The API's base URL.
        policy: When to retry.
        timeout: Seconds for each attempt's whole exchange, its answer's body included (or an
            ``httpx.Timeout``: its longest value is the attempt's deadline, each phase keeps its own).
        transport: What sync calls go through (default: httpx's HTTP transport, on a network
            backend that keeps deadlines: `vrlive.deadlines`; for an https base URL, verifying
            certificates with `vrlive.config.tls_context()`).
        async_transport: What async calls go through (default: `vrlive.aiohttp_transport`
            when aiohttp is installed, else httpx's, on a network backend that keeps deadlines).
        limits: Connection pool limits of the default transports.
        proxy: A proxy for the default transports; None: the environment's (``HTTPS_PROXY``,
            ``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``), as httpx reads it. httpx ignores the
            environment once a transport is given, so the facades read it themselves.
        response_limits: The largest answer (after decompression) and the deepest JSON read.
    """

    base_url: str
    policy: RetryPolicy = field(factory=RetryPolicy)
    timeout: float | httpx.Timeout = 30.0
    transport: httpx.BaseTransport | None = field(default=None, repr=False)
    async_transport: httpx.AsyncBaseTransport | None = field(default=None, repr=False)
    limits: httpx.Limits = DEFAULT_LIMITS
    proxy: str | None = field(default=None, repr=False)
    response_limits: ResponseLimits = field(factory=ResponseLimits)

    def _proxy(self) -> str | None:
        return self.proxy or environment_proxy(self.base_url)

    def attach(self, client: C, auth: httpx.Auth | None) -> C:
        """Give a generated client a sync httpx client with this connection and ``auth``."""
        transport = self.transport or http_transport(self.limits, self._proxy(), tls_context(self.base_url))
        client.set_httpx_client(
            _without_idle_cookies(
                httpx.Client(
                    base_url=self.base_url,
                    auth=auth,
                    timeout=self.timeout,
                    trust_env=False,
                    headers=_ACCEPTED,
                    transport=RetryTransport(transport, self.policy, self.response_limits),
                )
            )
        )
        return client

    def attach_async(self, client: C, auth: httpx.Auth | None) -> C:
        """Give a generated client an async httpx client with this connection and ``auth``."""
        transport = self.async_transport or default_async_transport(
            self.limits, self._proxy(), tls_context(self.base_url)
        )
        client.set_async_httpx_client(
            _without_idle_cookies(
                httpx.AsyncClient(
                    base_url=self.base_url,
                    auth=auth,
                    timeout=self.timeout,
                    trust_env=False,
                    headers=_ACCEPTED,
                    transport=AsyncRetryTransport(transport, self.policy, self.response_limits),
                )
            )
        )
        return client


class _Cookies(httpx.Cookies):
    """httpx's cookies, looked for only in answers that set some.

    httpx hands every answer to ``http.cookiejar`` (building urllib request and response objects
    for it): a tenth of a call's own time, for APIs that set no cookie. An answer with
    ``Set-Cookie`` is still read, and its cookies sent after, as httpx does.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


H = TypeVar("H", httpx.Client, httpx.AsyncClient)


def _without_idle_cookies(client: H) -> H:
    # httpx copies what `cookies=` is given into a plain Cookies, so its attribute is replaced.
    client._cookies = _Cookies(client.cookies)
    return client


def response_limits(max_response_bytes: int, max_json_depth: int) -> ResponseLimits:
    """The facades' ``max_response_bytes`` and ``max_json_depth``, checked."""
    try:
        return ResponseLimits(max_response_bytes, max_json_depth)
    except ValueError as error:
        raise ConfigurationError(str(error)) from None


def environment_proxy(url: str) -> str | None:
    """The proxy the environment names for ``url`` (None when there is none, or NO_PROXY excludes it)."""
    parts = urlsplit(url)
    proxies = urllib.request.getproxies_environment()
    if not proxies or urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return proxies.get(parts.scheme) or proxies.get("all")


def default_async_transport(
    limits: httpx.Limits, proxy: str | None, tls: ssl.SSLContext | None = None
) -> httpx.AsyncBaseTransport:
    """aiohttp's connector when aiohttp is installed (it scales to hundreds of tasks), else httpx's."""
    try:
        from vrlive.aiohttp_transport import AiohttpTransport  # noqa: PLC0415 - an optional extra
    except ImportError:
        return async_http_transport(limits, proxy, tls)
    return AiohttpTransport(limits, proxy, tls)


class SyncFacade:
    """Closing a sync facade's generated clients, and using it as a context manager.

    Subclasses say which clients they own in `_clients()`.
    """

    def _clients(self) -> Sequence[GeneratedClient]:
        raise NotImplementedError

    def close(self) -> None:
        """Close the connections (or leave the ``with`` block)."""
        for client in self._clients():
            client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


class AsyncFacade:
    """Closing an async facade's generated clients, and using it as an async context manager."""

    def _clients(self) -> Sequence[GeneratedClient]:
        raise NotImplementedError

    async def aclose(self) -> None:
        """Close the connections (or leave the ``async with`` block)."""
        for client in self._clients():
            await client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()
