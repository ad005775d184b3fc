"""Waiting for a state: poll, stop when it holds, give up after a timeout. Sync and async.

The generic half of every ``wait_*`` method: what to poll and what "done" means come from the
facade (a task's status, a relay's status, a session's readiness). A poll function may raise to
end the wait early (a failed task, a rejected relay). A poll that fails for a transient reason
(no connection, a server error, rate limiting: after the request's own retries) does not end a
long wait: it is logged and the next poll comes at the next interval, or, when the server said
how long to wait (a rate limit's ``retry_after``), after that long, within the wait's timeout.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

from vrlive import clock as timing
from vrlive.errors import RateLimitError, ServerError, TransportError, WaitCancelledError, WaitTimeoutError
from vrlive.logs import logger

T = TypeVar("T")

TRANSIENT: tuple[type[Exception], ...] = (TransportError, ServerError, RateLimitError)
"""Poll failures that wait out the interval instead of ending the wait."""


class _Progress(Generic[T]):
    """The bookkeeping both twins share: the last state, the schedule, and the decisions."""

    def __init__(
        self,
        until: Callable[[T], bool],
        on_poll: Callable[[T], None] | None,
        *,
        interval: float,
        timeout: float,
        backoff: float,
        max_interval: float | None,
        what: str,
        clock: Callable[[], float],
    ) -> None:
        if interval <= 0 or timeout < 0 or backoff < 1:
            raise ValueError(
                f"need interval > 0, timeout >= 0 and backoff >= 1; got {interval}, {timeout}, {backoff}"
            )
        self.until, self.on_poll, self.what, self.clock = until, on_poll, what, clock
        self.timeout, self.backoff = timeout, backoff
        self.max_interval = max_interval if max_interval is not None else float("inf")
        self.pause = interval
        self.started = clock()
        self.state: T | None = None

    def polled(self, state: T) -> bool:
        """Record a state; whether it is the one waited for."""
        self.state = state
        if self.on_poll is not None:
            self.on_poll(state)
        return self.until(state)

    def failed(self, error: Exception) -> None:
        logger.warning("polling for %s failed (%s); trying again at the next interval", self.what, error)

    def next_pause(self, failure: Exception | None) -> float:
        """Seconds to sleep before the next poll; raises WaitTimeoutError when time is up."""
        waited = self.clock() - self.started
        if waited >= self.timeout:
            message = f"gave up waiting for {self.what} after {waited:.1f}s"
            raise WaitTimeoutError(message, last_state=self.state, waited=waited) from failure
        asked = getattr(failure, "retry_after", None) if isinstance(failure, RateLimitError) else None
        step = min(max(self.pause, asked or 0.0), self.timeout - waited)
        self.pause = min(self.pause * self.backoff, self.max_interval)
        logger.debug("waiting %.2fs more for %s", step, self.what)
        return step

    def cancelled(self) -> WaitCancelledError:
        return WaitCancelledError(f"stopped waiting for {self.what}: cancelled", last_state=self.state)


def wait(
    poll: Callable[[], T],
    until: Callable[[T], bool],
    *,
    interval: float = 5.0,
    timeout: float = 600.0,
    backoff: float = 1.0,
    max_interval: float | None = None,
    on_poll: Callable[[T], None] | None = None,
    cancel: threading.Event | None = None,
    what: str = "the condition",
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> T:
    """Poll until ``until(state)`` holds and return that state.

    Args:
        poll: Fetches the current state. Exceptions it raises end the wait, except transient ones
            (`TRANSIENT`), after which the next poll comes at the next interval.
        until: Whether a state is the one waited for.
        interval: Seconds between polls, multiplied by ``backoff`` after each (up to ``max_interval``).
        timeout: Seconds before giving up with [`WaitTimeoutError`][vrlive.errors.WaitTimeoutError], which
            carries the last state polled (None if no poll succeeded) and, when the last poll failed,
            that failure as cause.
        on_poll: Called with every state polled (progress display, logging).
        cancel: Setting this event ends the wait with
            [`WaitCancelledError`][vrlive.errors.WaitCancelledError] at once.
        what: Named in messages ("task abc to finish").
        clock, sleep: Injected for tests; by default `vrlive.clock`'s (virtual time in the
            sandbox's pytest plugin).
    """
    time_source = timing.current()
    progress = _Progress(
        until, on_poll, interval=interval, timeout=timeout, backoff=backoff,
        max_interval=max_interval, what=what, clock=clock or time_source.monotonic,
    )  # fmt: skip
    pause = sleep or time_source.sleep
    while True:
        failure: Exception | None = None
        try:
            state = poll()
        except TRANSIENT as error:
            failure = error
            progress.failed(error)
        else:
            if progress.polled(state):
                return state
        step = progress.next_pause(failure)
        if cancel is None:
            pause(step)
        elif time_source.wait(cancel, step):
            raise progress.cancelled()


async def wait_async(
    poll: Callable[[], Awaitable[T]],
    until: Callable[[T], bool],
    *,
    interval: float = 5.0,
    timeout: float = 600.0,
    backoff: float = 1.0,
    max_interval: float | None = None,
    on_poll: Callable[[T], None] | None = None,
    cancel: asyncio.Event | None = None,
    what: str = "the condition",
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> T:
    """The async twin of `wait()`. Cancelling the awaiting task also stops it, as usual in asyncio."""
    time_source = timing.current()
    progress = _Progress(
        until, on_poll, interval=interval, timeout=timeout, backoff=backoff,
        max_interval=max_interval, what=what, clock=clock or time_source.monotonic,
    )  # fmt: skip
    pause = sleep or time_source.async_sleep
    while True:
        failure: Exception | None = None
        try:
            state = await poll()
        except TRANSIENT as error:
            failure = error
            progress.failed(error)
        else:
            if progress.polled(state):
                return state
        step = progress.next_pause(failure)
        if cancel is None:
            await pause(step)
        elif await time_source.async_wait(cancel, step):
            raise progress.cancelled()
