"""How a facade reaches its API: one base URL, the call policy and timeouts, the transports, and
the httpx clients it gives the generated clients."""

from __future__ import annotations

from typing import Any, Final, TypeVar

import httpx
from attrs import field, frozen

from vrlive.calls import AsyncPolicyClient, PolicyClient, RetryPolicy
from vrlive.config import tls_context
from vrlive.errors import ConfigurationError
from vrlive.transports import DEFAULT_LIMITS, default_async_transport, environment_proxy, http_transport
from vrlive_core.bodies import ENCODINGS, ResponseLimits
from vrlive_core.resource import GeneratedClient

C = TypeVar("C", bound=GeneratedClient)

_ACCEPTED: Final = {"Accept-Encoding": ", ".join(ENCODINGS)}
"""The codings the body reader decompresses within its limit (httpx would also ask for br and zstd
when their packages are installed)."""


@frozen
class Connection:
    """How a facade reaches its API.

    Attributes:
        base_url: The API's base URL.
        policy: When to retry, and the call's deadline (`vrlive.calls`).
        timeout: Seconds for each attempt's whole exchange, its answer's body included (or an
            ``httpx.Timeout``: its longest value is the attempt's deadline, each phase keeps its own).
        transport: What sync calls go through (default: `vrlive.transports.HTTPTransport`, which
            bounds each exchange by its deadline; for an https base URL, verifying certificates
            with `vrlive.config.tls_context()`).
        async_transport: What async calls go through (default: `vrlive.aiohttp_transport`
            when aiohttp is installed, else httpx's).
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
        return client.set_httpx_client(PolicyClient(transport=transport, **self._options(auth)))

    def attach_async(self, client: C, auth: httpx.Auth | None) -> C:
        """Give a generated client an async httpx client with this connection and ``auth``."""
        transport = self.async_transport or default_async_transport(
            self.limits, self._proxy(), tls_context(self.base_url)
        )
        return client.set_async_httpx_client(AsyncPolicyClient(transport=transport, **self._options(auth)))

    def _options(self, auth: httpx.Auth | None) -> dict[str, Any]:
        """What the policy clients are made with, but their transport."""
        return {
            "policy": self.policy,
            "response_limits": self.response_limits,
            "base_url": self.base_url,
            "auth": auth,
            "timeout": self.timeout,
            "trust_env": False,
            "headers": _ACCEPTED,
        }


def response_limits(max_response_bytes: int, max_json_depth: int) -> ResponseLimits:
    """The facades' ``max_response_bytes`` and ``max_json_depth``, checked."""
    try:
        return ResponseLimits(max_response_bytes, max_json_depth)
    except ValueError as error:
        raise ConfigurationError(str(error)) from None
