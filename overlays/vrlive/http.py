"""The httpx clients behind every vrlive facade: one base URL, retries and timeout, per-client auth."""

from __future__ import annotations

from typing import Protocol, Self, TypeVar

import httpx
from attrs import field, frozen

from vrlive.retries import AsyncRetryTransport, RetryPolicy, RetryTransport


class GeneratedClient(Protocol):
    """What the generated ``Client``/``AuthenticatedClient`` classes offer for custom httpx clients."""

    def set_httpx_client(self, client: httpx.Client) -> Self: ...
    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self: ...
    def get_httpx_client(self) -> httpx.Client: ...
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


C = TypeVar("C", bound=GeneratedClient)


@frozen
class Connection:
    """How a facade reaches its API.

    Attributes:
        base_url: The API's base URL.
        policy: When to retry.
        timeout: Seconds per request (or an ``httpx.Timeout``).
        transport, async_transport: What to send through (default: httpx's HTTP transports).
    """

    base_url: str
    policy: RetryPolicy = field(factory=RetryPolicy)
    timeout: float | httpx.Timeout = 30.0
    transport: httpx.BaseTransport | None = field(default=None, repr=False)
    async_transport: httpx.AsyncBaseTransport | None = field(default=None, repr=False)

    def attach(self, client: C, auth: httpx.Auth | None) -> C:
        """Give a generated client sync and async httpx clients with this connection and ``auth``."""
        client.set_httpx_client(
            httpx.Client(
                base_url=self.base_url,
                auth=auth,
                timeout=self.timeout,
                transport=RetryTransport(self.transport or httpx.HTTPTransport(), self.policy),
            )
        )
        client.set_async_httpx_client(
            httpx.AsyncClient(
                base_url=self.base_url,
                auth=auth,
                timeout=self.timeout,
                transport=AsyncRetryTransport(
                    self.async_transport or httpx.AsyncHTTPTransport(), self.policy
                ),
            )
        )
        return client


def close(*clients: GeneratedClient) -> None:
    for client in clients:
        client.get_httpx_client().close()


async def aclose(*clients: GeneratedClient) -> None:
    for client in clients:
        await client.get_async_httpx_client().aclose()
