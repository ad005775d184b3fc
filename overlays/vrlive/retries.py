"""Retries with exponential backoff and full jitter, as httpx transports (sync and async).

A request is retried after a connection error, or after 429, 502, 503 and 504, up to
``max_retries`` times; ``Retry-After`` is honoured. An operation that creates something
(``x-idempotent: false`` in its spec) is retried only when the request certainly did not reach
the server: the connection was never established.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable

import httpx
from attrs import field, frozen

from vrlive.logs import logger
from vrlive_core.envelope import retry_after_seconds
from vrlive_core.operation import operation_of

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@frozen
class RetryPolicy:
    """When and how long to wait before sending a request again.

    Attributes:
        max_retries: Retries after the first attempt (0 disables retrying).
        base_delay: The backoff before the first retry's jitter, doubled each retry.
        max_delay: The longest backoff.
        retry_statuses: Response statuses worth another attempt.
        max_retry_after: The longest ``Retry-After`` honoured; longer ones are capped to it.
        sleep, async_sleep: Injected for tests (a fake clock instead of real waiting).
        jitter: A uniform draw in [0, 1) (injected for tests).
    """

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, eq=False, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, eq=False, repr=False)
    jitter: Callable[[], float] = field(default=random.random, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {self.max_retries}")

    def backoff(self, retry: int) -> float:
        """Full jitter: a uniform draw below the exponential bound of retry number ``retry`` (from 0)."""
        return self.jitter() * min(self.max_delay, self.base_delay * 2.0**retry)

    def delay(self, retry: int, response: httpx.Response | None) -> float:
        """How long to wait before retry ``retry``: the server's Retry-After (capped), else backoff."""
        if response is not None:
            asked = retry_after_seconds(response.headers)
            if asked is not None:
                return min(asked, self.max_retry_after)
        return self.backoff(retry)

    def retries_error(self, request: httpx.Request, error: httpx.TransportError) -> bool:
        return isinstance(error, _NEVER_SENT) or _replayable(request)

    def retries_response(self, request: httpx.Request, response: httpx.Response) -> bool:
        return response.status_code in self.retry_statuses and _replayable(request)


def _replayable(request: httpx.Request) -> bool:
    """Whether sending the request again cannot do anything twice."""
    operation = operation_of(request)
    return operation.idempotent if operation is not None else request.method in _SAFE_METHODS


def _log_retry(request: httpx.Request, retry: int, policy: RetryPolicy, delay: float, reason: str) -> None:
    # The path only: queries can carry signatures.
    logger.info(
        "retrying %s %s in %.2fs (retry %d of %d): %s",
        request.method, request.url.path, delay, retry + 1, policy.max_retries, reason,
    )  # fmt: skip


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and retries what ``policy`` allows."""

    def __init__(self, transport: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self._transport = transport
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.policy
        for retry in range(policy.max_retries + 1):
            last = retry == policy.max_retries
            try:
                response = self._transport.handle_request(request)
            except httpx.TransportError as error:
                if last or not policy.retries_error(request, error):
                    raise
                delay = policy.delay(retry, None)
                _log_retry(request, retry, policy, delay, type(error).__name__)
            else:
                if last or not policy.retries_response(request, response):
                    return response
                delay = policy.delay(retry, response)
                response.close()
                _log_retry(request, retry, policy, delay, f"HTTP {response.status_code}")
            policy.sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`."""

    def __init__(self, transport: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._transport = transport
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.policy
        for retry in range(policy.max_retries + 1):
            last = retry == policy.max_retries
            try:
                response = await self._transport.handle_async_request(request)
            except httpx.TransportError as error:
                if last or not policy.retries_error(request, error):
                    raise
                delay = policy.delay(retry, None)
                _log_retry(request, retry, policy, delay, type(error).__name__)
            else:
                if last or not policy.retries_response(request, response):
                    return response
                delay = policy.delay(retry, response)
                await response.aclose()
                _log_retry(request, retry, policy, delay, f"HTTP {response.status_code}")
            await policy.async_sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def aclose(self) -> None:
        await self._transport.aclose()
