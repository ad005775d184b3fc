"""How a call is made: the policy, one state object per call, and the sync and async loops that
drive it, in the shape of openai-python's base client.

A call is sent again after a connection error, an error while reading its answer (a reset, a body
shorter than its Content-Length), or 429, 502, 503 and 504, up to ``max_retries`` times, after a
backoff with full jitter or the server's ``Retry-After``. An operation that creates something
(``x-idempotent: false`` in its spec) is sent again only when the request certainly did not reach
the server: the connection was never established.

Time is bounded twice. The request's timeout (httpx's: the client's, or the call's own) bounds the
whole exchange of each attempt, its answer read to the last byte, not each network operation. The
policy's ``deadline`` bounds the whole call: attempts, and the waits between them. A wait that
would end past it is not slept: the last answer is returned at once (a 429 raises RateLimitError
with the server's ``retry_after``), or the last error raised.

Size is bounded too: each answer is read through `vrlive_core.bodies.BodyReader`, decompressed as
it arrives and cut off past the facade's ``max_response_bytes``; the call then raises
ResponseValidationError naming the limit.

An answer that refuses the call's credential (an expired token: `RenewableAuth.refused`) has it
renewed and the request sent once more, within the same deadline; a second refusal is the
caller's.

`Call` holds all of that for one call, and decides; `PolicyClient.send` and
`AsyncPolicyClient.send` are the two loops, doing only the I/O between decisions. What an attempt
needs from the call reaches the transport through httpx's public ``timeout`` extension, cut to the
time the attempt has: the facades' sync transport bounds the whole exchange by it
(`vrlive.transports`), and the async loop bounds each attempt with ``asyncio.timeout`` whatever
the transport.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, Final

import httpx
from attrs import evolve, field, frozen

from vrlive import clock as timing
from vrlive.logs import logger
from vrlive_core.bodies import BodyReader, ResponseLimits
from vrlive_core.envelope import NOTE_EXTENSION, retry_after_seconds
from vrlive_core.errors import describe_transport_error
from vrlive_core.operation import operation_of

_SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_NEVER_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


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


def policy_for(max_retries: int, deadline: float | None, given: RetryPolicy | None) -> RetryPolicy:
    """The policy a facade retries with: ``given`` (with ``deadline`` when it sets none of its
    own), else the default one with ``max_retries`` and ``deadline``."""
    if given is None:
        return RetryPolicy(max_retries=max_retries, deadline=deadline)
    return given if given.deadline is not None else evolve(given, deadline=deadline)


class RenewableAuth(httpx.Auth):
    """An auth flow whose credential an API may refuse, and that can fetch another.

    The loops apply the flow once per call, ask `refused()` of its final answer and, when it says
    so, `renew()` the credential, apply the flow again and send the request once more.
    """

    def refused(self, response: httpx.Response) -> bool:
        """Whether ``response`` refuses the credential its request carried."""
        raise NotImplementedError

    def renew(self, request: httpx.Request) -> None:
        """Replace the credential ``request`` carried, unless another request already did."""
        raise NotImplementedError

    async def renew_async(self, request: httpx.Request) -> None:
        """The async `renew()`."""
        raise NotImplementedError


class Renew(enum.Enum):
    """What `Call.after_response()` says when the answer refused the call's credential."""

    RENEW = "renew the credential and send the request again"


RENEW: Final = Renew.RENEW


class Call:
    """One call's state, shared by the sync and the async loop: its attempts and retries, its time
    (the call's deadline, the current attempt's), whether its request may be sent again, and
    whether its credential was renewed.

    Its time is the real time of its attempts plus what its waits were asked to last: the two
    differ when waits only move a clock (the sandbox plugin's virtual time, a test's fake sleep);
    such a wait still uses up the deadline, as it would in real time.
    """

    def __init__(self, request: httpx.Request, policy: RetryPolicy, limits: ResponseLimits) -> None:
        self.request = request
        self.policy = policy
        self.limits = limits
        operation = operation_of(request)
        self.what = operation.id if operation is not None else f"{request.method} {request.url.path}"
        self.replayable = operation.idempotent if operation is not None else request.method in _SAFE_METHODS
        """Whether sending the request again cannot do anything twice."""
        self.timeouts: dict[str, float | None] = dict(request.extensions.get("timeout") or {})
        given = [value for value in self.timeouts.values() if value is not None]
        self.timeout = max(given) if given else None
        self.started = time.monotonic()
        self.waited = 0.0
        self.waited_really = 0.0
        self.attempts = 0
        self.retry = 0
        """Retries taken since the call began, or since its credential was renewed."""
        self.renewed = False
        self.attempt_started = self.started
        self.attempt_ends: float | None = None
        self.call_ends: float | None = None

    # Time.

    def elapsed(self) -> float:
        return time.monotonic() - self.started - self.waited_really + self.waited

    def attempt(self) -> None:
        """Begin an attempt: its deadline (``time.monotonic()``), and the request's timeouts cut
        to the time it has."""
        now = self.attempt_started = time.monotonic()
        self.attempts += 1
        deadline = self.policy.deadline
        self.call_ends = None if deadline is None else now + deadline - self.elapsed()
        ends = (self.call_ends, None if self.timeout is None else now + self.timeout)
        self.attempt_ends = min((moment for moment in ends if moment is not None), default=None)
        if self.attempt_ends is not None:
            left = max(self.attempt_ends - now, 0.001)
            self.request.extensions["timeout"] = {
                name: left if value is None else min(value, left) for name, value in self.timeouts.items()
            }

    def time_left(self) -> float | None:
        """Seconds before the current attempt must end (None: no bound)."""
        return None if self.attempt_ends is None else max(self.attempt_ends - time.monotonic(), 0.0)

    def check(self) -> None:
        """Raise ReadTimeout once the attempt's deadline has passed (between pieces of a body)."""
        if self.attempt_ends is not None and time.monotonic() >= self.attempt_ends:
            raise self.expired(httpx.ReadTimeout)

    def expired(self, kind: type[httpx.TimeoutException]) -> httpx.TimeoutException:
        """The timeout of an attempt that ran out of time, saying which bound it reached."""
        if self.policy.deadline is not None and self.attempt_ends == self.call_ends:
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

    def _can_wait(self, delay: float) -> bool:
        """Whether waiting ``delay`` seconds leaves the call any time for another attempt."""
        deadline = self.policy.deadline
        return deadline is None or self.elapsed() + delay < deadline

    def waiting(self, delay: float, started: float) -> None:
        """Count a wait of ``delay`` seconds that began at ``started`` (``time.monotonic()``)."""
        self.waited += delay
        self.waited_really += time.monotonic() - started

    # Deciding.

    def after_error(self, error: httpx.TransportError) -> float:
        """How long to wait before sending the request again after ``error`` (called where it was
        caught); raises it, `explain()`-ed, when the call ends with it."""
        retried = self.retry < self.policy.max_retries and (isinstance(error, _NEVER_SENT) or self.replayable)
        delay = self._retrying(self.policy.delay(self.retry, None), type(error).__name__) if retried else None
        if delay is not None:
            return delay
        failure = self.explain(error)
        if failure is error:
            raise error
        raise failure from error

    def after_response(self, auth: httpx.Auth | None, response: httpx.Response) -> float | Renew | None:
        """What follows ``response``: a wait (seconds) before sending the request again; `RENEW`
        its credential, refused, and send it again at once (once per call, with retries of its
        own); or None, the call ends with it. A status that would have been retried but for the
        operation creating something says so in the error it raises
        (`vrlive_core.envelope.NOTE_EXTENSION`)."""
        if response.status_code not in self.policy.retry_statuses:
            return self._renewing(auth, response)
        if not self.replayable:
            response.extensions[NOTE_EXTENSION] = (
                f"not retried: {self.what} creates something, and this request may have done so already"
            )
            return None
        if self.retry >= self.policy.max_retries:
            return None
        return self._retrying(self.policy.delay(self.retry, response), f"HTTP {response.status_code}")

    def _renewing(self, auth: httpx.Auth | None, response: httpx.Response) -> Renew | None:
        if self.renewed or not isinstance(auth, RenewableAuth) or not auth.refused(response):
            return None
        self.renewed = True
        self.retry = 0
        return RENEW

    def _retrying(self, delay: float, reason: str) -> float | None:
        request = self.request
        if not self._can_wait(delay):
            logger.info(
                "not retrying %s %s (%s): waiting %.1fs would pass the call's deadline",
                request.method, request.url.path, reason, delay,
            )  # fmt: skip
            return None
        # The path only: queries can carry signatures.
        logger.info(
            "retrying %s %s in %.2fs (retry %d of %d): %s",
            request.method, request.url.path, delay, self.retry + 1, self.policy.max_retries, reason,
        )  # fmt: skip
        self.retry += 1
        return delay


def _body_error(error: httpx.TransportError, request: httpx.Request) -> httpx.TransportError:
    if isinstance(error, httpx.TimeoutException):
        return error
    return type(error)(f"reading the response body: {describe_transport_error(error)}", request=request)


def _answered(read: httpx.Response, call: Call) -> httpx.Response:
    """``read`` (an answer's body, read) as the answer to the call's request, in its attempt's time."""
    read.request = call.request
    read.elapsed = datetime.timedelta(seconds=time.monotonic() - call.attempt_started)
    read.read()
    return read


def _read_already(answer: httpx.Response, call: Call) -> httpx.Response:
    """An answer read already (by a transport of one's own: decoded, as httpx reads), held to the
    limits too."""
    headers = answer.headers.copy()
    headers.pop("content-encoding", None)
    reader = BodyReader(headers, call.limits)
    reader.feed(answer.content)
    return reader.response(httpx.Response(answer.status_code, headers=headers, extensions=answer.extensions))


def _read(answer: httpx.Response, call: Call) -> httpx.Response:
    """``answer`` with its body read, decompressed and bounded (`vrlive_core.bodies`)."""
    if answer.is_stream_consumed:
        answer.close()
        return _answered(_read_already(answer, call), call)
    reader = BodyReader(answer.headers, call.limits)
    try:
        for piece in answer.iter_raw():
            if not reader.feed(piece):
                break
            call.check()
    except httpx.TransportError as error:
        raise _body_error(error, call.request) from error
    finally:
        answer.close()
    return _answered(reader.response(answer), call)


async def _read_async(answer: httpx.Response, call: Call) -> httpx.Response:
    """The async `_read()`."""
    if answer.is_stream_consumed:
        await answer.aclose()
        return _answered(_read_already(answer, call), call)
    reader = BodyReader(answer.headers, call.limits)
    try:
        async for piece in answer.aiter_raw():
            if not reader.feed(piece):
                break
            call.check()
    except httpx.TransportError as error:
        raise _body_error(error, call.request) from error
    finally:
        await answer.aclose()
    return _answered(reader.response(answer), call)


class _Cookies(httpx.Cookies):
    """httpx's cookies, looked for only in answers that set some.

    httpx hands every answer to ``http.cookiejar`` (building urllib request and response objects
    for it): a tenth of a call's own time, for APIs that set no cookie. An answer with
    ``Set-Cookie`` is still read, and its cookies sent after, as httpx does.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class _PolicyOptions:
    """What both policy clients add to httpx's: the policy, the limits, and their cookies."""

    def _with_policy(
        self, policy: RetryPolicy, response_limits: ResponseLimits, cookies: dict[str, str] | None
    ) -> None:
        self.policy = policy
        self.response_limits = response_limits
        self._answered_cookies = _Cookies(cookies)

    @property
    def cookies(self) -> httpx.Cookies:
        """Cookie values to include when sending requests (httpx's, read from answers that set some)."""
        return self._answered_cookies

    @cookies.setter
    def cookies(self, cookies: dict[str, str] | httpx.Cookies) -> None:
        self._answered_cookies = _Cookies(cookies)

    def _auth_of(self, auth: Any, default: httpx.Auth | None) -> httpx.Auth | None:
        if auth is httpx.USE_CLIENT_DEFAULT:
            return default
        if auth is None or isinstance(auth, httpx.Auth):
            return auth
        raise TypeError(
            f"a policy client's requests take an httpx.Auth flow (or None), not {type(auth).__name__}"
        )


def _authenticate(auth: httpx.Auth | None, request: httpx.Request) -> None:
    """Apply ``auth``'s flow to ``request`` (its first request; the loops renew credentials themselves)."""
    if auth is None:
        return
    if auth.requires_request_body:
        request.read()
    flow = auth.sync_auth_flow(request)
    next(flow)
    flow.close()


async def _authenticate_async(auth: httpx.Auth | None, request: httpx.Request) -> None:
    if auth is None:
        return
    if auth.requires_request_body:
        await request.aread()
    flow = auth.async_auth_flow(request)
    await flow.__anext__()
    await flow.aclose()


class PolicyClient(_PolicyOptions, httpx.Client):
    """An httpx client that sends every request under a call policy (the sync loop).

    Args:
        policy: When to retry, and the call's deadline.
        response_limits: The largest answer read, and the deepest JSON.
        **options: httpx.Client's. Its ``auth`` is applied once per call (and once more after a
            renewal), not on every attempt; ``send`` always reads the answer, within the limits.
    """

    def __init__(
        self,
        *,
        policy: RetryPolicy,
        response_limits: ResponseLimits,
        cookies: dict[str, str] | None = None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self._with_policy(policy, response_limits, cookies)

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Send ``request`` under the policy: its answer, read; or the error the call ended with."""
        flow = self._auth_of(auth, self.auth)
        _authenticate(flow, request)
        call = Call(request, self.policy, self.response_limits)
        while True:
            call.attempt()
            try:
                answer = super().send(request, stream=True, auth=None, follow_redirects=follow_redirects)
                response = _read(answer, call)
            except httpx.TransportError as error:
                delay = call.after_error(error)
            else:
                step = call.after_response(flow, response)
                if step is None:
                    return response
                if step is RENEW:
                    assert isinstance(flow, RenewableAuth)
                    flow.renew(request)
                    _authenticate(flow, request)
                    continue
                response.close()
                delay = step
            started = time.monotonic()
            self.policy.sleep(delay)
            call.waiting(delay, started)


class AsyncPolicyClient(_PolicyOptions, httpx.AsyncClient):
    """An httpx async client that sends every request under a call policy (the async loop): as
    `PolicyClient`, each attempt bounded by ``asyncio.timeout`` as well, whatever the transport."""

    def __init__(
        self,
        *,
        policy: RetryPolicy,
        response_limits: ResponseLimits,
        cookies: dict[str, str] | None = None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self._with_policy(policy, response_limits, cookies)

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Send ``request`` under the policy: its answer, read; or the error the call ended with."""
        flow = self._auth_of(auth, self.auth)
        await _authenticate_async(flow, request)
        call = Call(request, self.policy, self.response_limits)
        while True:
            call.attempt()
            try:
                response = await self._attempt(request, call, follow_redirects)
            except httpx.TransportError as error:
                delay = call.after_error(error)
            else:
                step = call.after_response(flow, response)
                if step is None:
                    return response
                if step is RENEW:
                    assert isinstance(flow, RenewableAuth)
                    await flow.renew_async(request)
                    await _authenticate_async(flow, request)
                    continue
                await response.aclose()
                delay = step
            started = time.monotonic()
            await self.policy.async_sleep(delay)
            call.waiting(delay, started)

    async def _attempt(self, request: httpx.Request, call: Call, follow_redirects: Any) -> httpx.Response:
        """One exchange, its answer read, ending by the attempt's deadline whatever the transport."""
        try:
            async with asyncio.timeout(call.time_left()):
                answer = await super().send(
                    request, stream=True, auth=None, follow_redirects=follow_redirects
                )
                return await _read_async(answer, call)
        except TimeoutError:
            raise call.expired(httpx.ReadTimeout) from None


__all__ = ["AsyncPolicyClient", "Call", "PolicyClient", "RenewableAuth", "RetryPolicy", "policy_for"]
