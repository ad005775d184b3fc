"""Retries with exponential backoff and full jitter, within deadlines, as httpx transports (sync and async).

A request is retried after a connection error, an error while reading its answer (a reset, a body
shorter than its Content-Length), or 429, 502, 503 and 504, up to ``max_retries`` times;
``Retry-After`` is honoured. An operation that creates something (``x-idempotent: false`` in its
spec) is retried only when the request certainly did not reach the server: the connection was
never established.

Time is bounded twice. The request's timeout (httpx's: the client's, or the call's own) bounds the
whole exchange of each attempt, not each network operation: the answer's body is read here, in
the transport, up to its last byte, and the facades' HTTP transports cut every connect, read and
write to the attempt's time left (`vrlive.deadlines`). The policy's ``deadline`` bounds the
whole call: attempts, and the waits between them. A wait that would end past it is not slept:
the last answer is returned at once (a 429 raises RateLimitError with the server's
``retry_after``), or the last error raised.

Size is bounded too: each answer is read through `vrlive_core.bodies.BodyReader`, decompressed as
it arrives and cut off past the facade's ``max_response_bytes``; the call then raises
ResponseValidationError naming the limit.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from typing import Final

import httpx
from attrs import evolve, field, frozen

from vrlive import clock as timing
from vrlive.deadlines import until
from vrlive.logs import logger
from vrlive_core.bodies import BodyReader, ResponseLimits
from vrlive_core.envelope import NOTE_EXTENSION, retry_after_seconds
from vrlive_core.errors import describe_transport_error
from vrlive_core.operation import operation_of

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_TIMEOUTS: Final = "vrlive.timeouts"
"""Request extension: the request's own timeouts, before an attempt cut them to its time left."""
_CALL_TIME: Final = "vrlive.call_time"
"""Request extension: the call's ``_CallTime``, kept across an auth flow's replay."""


@frozen
class RetryPolicy:
    """When and how long to wait before sending a request again.

    Attributes:
        max_retries: Retries after the first attempt (0 disables retrying).
        base_delay: The backoff before the first retry's jitter, doubled each retry.
        max_delay: The longest backoff.
        retry_statuses: Response statuses worth another attempt.
        max_retry_after: The longest ``Retry-After`` honoured; longer ones are capped to it.
        deadline: Seconds the whole call may take, attempts and waits included (None: no bound
            but the attempts' own timeouts). A wait that would pass it is not slept. A wait counts
            for what it was asked to last, even where sleeping only moves a clock.
        sleep, async_sleep: How to wait between attempts; by default `vrlive.clock`'s (so
            the sandbox's pytest plugin turns them into virtual time). Injected for tests.
        jitter: A uniform draw in [0, 1) (injected for tests).
    """

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    max_retry_after: float = 60.0
    deadline: float | None = None
    sleep: Callable[[float], None] = field(default=timing.sleep, eq=False, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=timing.async_sleep, eq=False, repr=False)
    jitter: Callable[[], float] = field(default=random.random, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, not {self.max_retries}")
        if self.deadline is not None and self.deadline <= 0:
            raise ValueError(f"deadline must be more than 0 seconds (or None), not {self.deadline}")

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

    def answered(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """The response a call ends with; when its status would have been retried but for the
        operation creating something, its error says so (`vrlive_core.envelope.NOTE_EXTENSION`)."""
        operation = operation_of(request)
        if response.status_code in self.retry_statuses and not _replayable(request):
            what = operation.id if operation is not None else f"{request.method} {request.url.path}"
            response.extensions[NOTE_EXTENSION] = (
                f"not retried: {what} creates something, and this request may have done so already"
            )
        return response


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


class _CallTime:
    """How long a call has taken: the real time of its attempts, and the time its waits let pass.

    The two differ when waits only move a clock (the sandbox plugin's virtual time, a test's fake
    sleep): such a wait still uses up the deadline, as it would in real time, while attempts, which
    always take real time, are measured on the real clock; time other calls let pass meanwhile is
    not this call's.
    """

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.waited = 0.0
        self.waited_really = 0.0

    def elapsed(self) -> float:
        return time.monotonic() - self.started - self.waited_really + self.waited

    def waiting(self, seconds: float, started: float) -> None:
        self.waited += seconds
        self.waited_really += time.monotonic() - started


class _Call:
    """One call's time: its deadline, and each attempt's (the request's timeout from its start)."""

    def __init__(self, request: httpx.Request, policy: RetryPolicy) -> None:
        self.request = request
        self.policy = policy
        extensions = request.extensions
        self.timeouts: dict[str, float | None] = extensions.setdefault(
            _TIMEOUTS, dict(extensions.get("timeout") or {})
        )
        given = [value for value in self.timeouts.values() if value is not None]
        self.timeout = max(given) if given else None
        self.time: _CallTime = extensions.setdefault(_CALL_TIME, _CallTime())
        self.deadline = policy.deadline
        self.attempt_ends: float | None = None
        self.call_ends: float | None = None
        self.attempts = 0

    def attempt(self) -> float | None:
        """Begin an attempt: its deadline (``time.monotonic()``), with the request's timeouts cut
        to the time it has."""
        now = time.monotonic()
        self.attempts += 1
        self.call_ends = None if self.deadline is None else now + self.deadline - self.time.elapsed()
        ends = (self.call_ends, None if self.timeout is None else now + self.timeout)
        self.attempt_ends = min((moment for moment in ends if moment is not None), default=None)
        if self.attempt_ends is not None:
            left = max(self.attempt_ends - now, 0.001)
            self.request.extensions["timeout"] = {
                name: left if value is None else min(value, left) for name, value in self.timeouts.items()
            }
        return self.attempt_ends

    def can_wait(self, delay: float) -> bool:
        """Whether waiting ``delay`` seconds leaves the call any time for another attempt."""
        return self.deadline is None or self.time.elapsed() + delay < self.deadline

    def wait(self, delay: float) -> None:
        started = time.monotonic()
        self.policy.sleep(delay)
        self.time.waiting(delay, started)

    async def wait_async(self, delay: float) -> None:
        started = time.monotonic()
        await self.policy.async_sleep(delay)
        self.time.waiting(delay, started)

    def check(self) -> None:
        """Raise ReadTimeout once the attempt's deadline has passed (between pieces of a body)."""
        if self.attempt_ends is not None and time.monotonic() >= self.attempt_ends:
            raise self.expired(httpx.ReadTimeout)

    def expired(self, kind: type[httpx.TimeoutException]) -> httpx.TimeoutException:
        if self.deadline is not None and self.attempt_ends == self.call_ends:
            message = (
                f"no complete answer within the call's deadline of {self.policy.deadline:g}s "
                f"({self.attempts} attempt{'s' if self.attempts != 1 else ''})"
            )
        else:
            message = f"no complete answer within {self.timeout:g}s (the timeout bounds the whole exchange)"
        return kind(message, request=self.request)

    def explain(self, error: httpx.TransportError) -> httpx.TransportError:
        """A timeout that a deadline caused, said so; other errors as they are."""
        ended = self.attempt_ends is not None and time.monotonic() >= self.attempt_ends - 0.01
        if isinstance(error, httpx.TimeoutException) and ended and "no complete answer" not in str(error):
            return self.expired(type(error))
        return error


def _body_error(error: httpx.TransportError, request: httpx.Request) -> httpx.TransportError:
    if isinstance(error, httpx.TimeoutException):
        return error
    return type(error)(f"reading the response body: {describe_transport_error(error)}", request=request)


def _read_already(response: httpx.Response, limits: ResponseLimits) -> httpx.Response:
    """A response a wrapped transport read already (decoded, as httpx reads), held to the limits too."""
    headers = response.headers.copy()
    headers.pop("content-encoding", None)
    reader = BodyReader(headers, limits)
    reader.feed(response.content)
    return reader.response(
        httpx.Response(response.status_code, headers=headers, extensions=response.extensions)
    )


def _read(response: httpx.Response, call: _Call, limits: ResponseLimits) -> httpx.Response:
    """The response with its body read, decompressed and bounded (`vrlive_core.bodies`)."""
    if response.is_stream_consumed:
        return _read_already(response, limits)
    reader = BodyReader(response.headers, limits)
    try:
        for piece in response.iter_raw():
            if not reader.feed(piece):
                break
            call.check()
    except httpx.TransportError as error:
        raise _body_error(error, call.request) from error
    finally:
        response.close()
    return reader.response(response)


async def _read_async(response: httpx.Response, call: _Call, limits: ResponseLimits) -> httpx.Response:
    if response.is_stream_consumed:
        return _read_already(response, limits)
    reader = BodyReader(response.headers, limits)
    try:
        async for piece in response.aiter_raw():
            if not reader.feed(piece):
                break
            call.check()
    except httpx.TransportError as error:
        raise _body_error(error, call.request) from error
    finally:
        await response.aclose()
    return reader.response(response)


def _giving_up(request: httpx.Request, delay: float, what: str) -> None:
    logger.info(
        "not retrying %s %s (%s): waiting %.1fs would pass the call's deadline",
        request.method, request.url.path, what, delay,
    )  # fmt: skip


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and retries what ``policy`` allows, within the request's deadlines."""

    def __init__(
        self, transport: httpx.BaseTransport, policy: RetryPolicy, limits: ResponseLimits | None = None
    ) -> None:
        self._transport = transport
        self.policy = policy
        self.limits = limits or ResponseLimits()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.policy
        call = _Call(request, policy)
        for retry in range(policy.max_retries + 1):
            last = retry == policy.max_retries
            try:
                with until(call.attempt()):
                    response = _read(self._transport.handle_request(request), call, self.limits)
            except httpx.TransportError as error:
                failure = call.explain(error)
                delay = policy.delay(retry, None)
                if last or not policy.retries_error(request, failure) or not call.can_wait(delay):
                    if not last and policy.retries_error(request, failure):
                        _giving_up(request, delay, type(error).__name__)
                    if failure is error:
                        raise
                    raise failure from error
                _log_retry(request, retry, policy, delay, type(error).__name__)
            else:
                if last or not policy.retries_response(request, response):
                    return policy.answered(request, response)
                delay = policy.delay(retry, response)
                if not call.can_wait(delay):
                    _giving_up(request, delay, f"HTTP {response.status_code}")
                    return response
                response.close()
                _log_retry(request, retry, policy, delay, f"HTTP {response.status_code}")
            call.wait(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`."""

    def __init__(
        self, transport: httpx.AsyncBaseTransport, policy: RetryPolicy, limits: ResponseLimits | None = None
    ) -> None:
        self._transport = transport
        self.policy = policy
        self.limits = limits or ResponseLimits()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.policy
        call = _Call(request, policy)
        for retry in range(policy.max_retries + 1):
            last = retry == policy.max_retries
            try:
                with until(call.attempt()):
                    response = await _read_async(
                        await self._transport.handle_async_request(request), call, self.limits
                    )
            except httpx.TransportError as error:
                failure = call.explain(error)
                delay = policy.delay(retry, None)
                if last or not policy.retries_error(request, failure) or not call.can_wait(delay):
                    if not last and policy.retries_error(request, failure):
                        _giving_up(request, delay, type(error).__name__)
                    if failure is error:
                        raise
                    raise failure from error
                _log_retry(request, retry, policy, delay, type(error).__name__)
            else:
                if last or not policy.retries_response(request, response):
                    return policy.answered(request, response)
                delay = policy.delay(retry, response)
                if not call.can_wait(delay):
                    _giving_up(request, delay, f"HTTP {response.status_code}")
                    return response
                await response.aclose()
                _log_retry(request, retry, policy, delay, f"HTTP {response.status_code}")
            await call.wait_async(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def aclose(self) -> None:
        await self._transport.aclose()


def policy_for(max_retries: int, deadline: float | None, given: RetryPolicy | None) -> RetryPolicy:
    """The policy a facade retries with: ``given`` (with ``deadline`` when it sets none of its
    own), else the default one with ``max_retries`` and ``deadline``."""
    if given is None:
        return RetryPolicy(max_retries=max_retries, deadline=deadline)
    return given if given.deadline is not None else evolve(given, deadline=deadline)
