"""Waiting for a state: poll, stop when it holds, give up after a timeout. Sync and async.

The one engine behind every waiter. A spec declares its waiters (``x-waiters``: the operation to
poll, the field to read, the values that end the wait in success or failure, the schedule) and the
generator writes each as a method that hands a [`Waiter`][vrlive_core.waiters.Waiter] (that
declaration as data) and a poll function to this module; `wait()` and `wait_async()` are the loop
itself, for any poll and condition.

A poll function may raise to end the wait early. A poll that fails for a transient reason (no
connection, a server error, rate limiting: after the request's own retries) does not end a long
wait: it is logged and the next poll comes at the next interval, or, when the server said how long
to wait (a rate limit's ``retry_after``), after that long, within the wait's timeout. Time is read
and slept on [`vrlive_core.clock`][vrlive_core.clock] (virtual time under the sandbox's pytest plugin).
"""

from __future__ import annotations

import asyncio
import logging
import math
import string
import threading
from collections.abc import Awaitable, Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from enum import Enum
from typing import Generic, TypeVar

from attrs import frozen

from vrlive_core import clock as timing
from vrlive_core.errors import (
    RateLimitError,
    ServerError,
    StateUnreachableError,
    TransportError,
    WaitCancelledError,
    WaitTimeoutError,
)
from vrlive_core.types import Unset

T = TypeVar("T")
S = TypeVar("S")

logger = logging.getLogger("vrlive")

TRANSIENT: tuple[type[Exception], ...] = (TransportError, ServerError, RateLimitError)
"""Poll failures that wait out the interval instead of ending the wait."""


class _Progress(Generic[T]):
    """The bookkeeping both loops share: the last state, the schedule, and the decisions."""

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
        self.max_interval = max_interval if max_interval is not None else math.inf
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
        until: Whether a state is the one waited for (it may raise to end the wait).
        interval: Seconds between polls, multiplied by ``backoff`` after each (up to ``max_interval``).
        timeout: Seconds before giving up with [`WaitTimeoutError`][vrlive_core.errors.WaitTimeoutError],
            which carries the last state polled (None if no poll succeeded) and, when the last poll
            failed, that failure as cause.
        on_poll: Called with every state polled (progress display, logging).
        cancel: Setting this event ends the wait with
            [`WaitCancelledError`][vrlive_core.errors.WaitCancelledError] at once.
        what: Named in messages ("task abc to finish").
        clock: Seconds on a monotonic clock (tests); by default `vrlive_core.clock`'s.
        sleep: How to let seconds pass (tests); by default `vrlive_core.clock`'s.
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


# Declared waiters.


@frozen
class Schedule:
    """How often a waiter polls: after ``interval`` seconds, then ``backoff`` times longer each time
    up to ``max_interval``, for ``timeout`` seconds."""

    interval: float
    timeout: float
    backoff: float = 1.0
    max_interval: float = math.inf


@frozen
class Hooks(Generic[S]):
    """What a client adds to a declared waiter: its own errors for the outcomes, in its own words.

    The spec says when a wait fails or times out; a hook says how, from the state and the
    arguments of the call (by their Python names).

    Attributes:
        failed: Makes the error raised when the state reaches a failure value (instead of a plain
            [`StateUnreachableError`][vrlive_core.errors.StateUnreachableError]); it should carry the
            state as ``last_state``.
        timed_out: Makes the error raised when the wait times out, from the one the engine made
            (its message, ``last_state`` and ``waited``).
    """

    failed: Callable[[S, Mapping[str, object]], StateUnreachableError] | None = None
    timed_out: Callable[[WaitTimeoutError[S], Mapping[str, object]], WaitTimeoutError[S]] | None = None


def shown(value: object) -> str:
    """A field's value as messages name it: an enum member's name, else its repr."""
    return value.name if isinstance(value, Enum) else repr(value)


def _read(state: object, path: tuple[str, ...]) -> object:
    """The attribute at ``path`` of ``state``; None when a step is missing or unset (not there yet)."""
    found = state
    for name in path:
        found = getattr(found, name, None)
        if found is None or isinstance(found, Unset):
            return None
    return found


@frozen
class Waiter(Generic[S]):
    """One waiter as a spec declares it (``x-waiters``), for the generated method that runs it.

    Attributes:
        name: The waiter's (and its method's) name.
        field: The attribute path of the field polled in the operation's data (``("status",)``).
        field_name: That field as the spec names it, for messages.
        success: The values that end the wait, returning the state (the default of ``until``).
        failure: The values after which the success values can no longer come: the wait raises.
            Every other value, known or not, keeps it waiting.
        waiting_for: What is waited for, in messages: a format string over the call's arguments
            (Python names) and ``until`` (the names of the values waited for).
        schedule: The default schedule.
        reason: The attribute path of a field that says why a failure happened, named in its message.
        reason_name: That field as the spec names it.
    """

    name: str
    field: tuple[str, ...]
    field_name: str
    success: frozenset[object]
    failure: frozenset[object]
    waiting_for: str
    schedule: Schedule
    reason: tuple[str, ...] = ()
    reason_name: str = ""

    def run(
        self,
        poll: Callable[[], S],
        arguments: Mapping[str, object],
        *,
        until: Collection[object],
        interval: float,
        backoff: float,
        max_interval: float,
        timeout: float,
        on_poll: Callable[[S], None] | None = None,
        cancel: threading.Event | None = None,
        hooks: Hooks[S] | None = None,
    ) -> S:
        """Poll until the field holds one of ``until`` and return that state.

        Raises:
            StateUnreachableError: The field reached a failure value (or a hook's subclass of it).
            WaitTimeoutError: Still waiting after ``timeout`` seconds (or a hook's subclass of it).
            WaitCancelledError: ``cancel`` was set.
        """
        what = self.describe(arguments, until)
        with _timeouts(arguments, hooks):
            state = wait(
                poll, self._judge(arguments, until, what, hooks), interval=interval, timeout=timeout,
                backoff=backoff, max_interval=max_interval, on_poll=on_poll, cancel=cancel, what=what,
            )  # fmt: skip
        logger.info("done waiting for %s", what)
        return state

    async def run_async(
        self,
        poll: Callable[[], Awaitable[S]],
        arguments: Mapping[str, object],
        *,
        until: Collection[object],
        interval: float,
        backoff: float,
        max_interval: float,
        timeout: float,
        on_poll: Callable[[S], None] | None = None,
        cancel: asyncio.Event | None = None,
        hooks: Hooks[S] | None = None,
    ) -> S:
        """The async twin of `run()`. Cancelling the awaiting task also stops it."""
        what = self.describe(arguments, until)
        with _timeouts(arguments, hooks):
            state = await wait_async(
                poll, self._judge(arguments, until, what, hooks), interval=interval, timeout=timeout,
                backoff=backoff, max_interval=max_interval, on_poll=on_poll, cancel=cancel, what=what,
            )  # fmt: skip
        logger.info("done waiting for %s", what)
        return state

    def describe(self, arguments: Mapping[str, object], until: Collection[object]) -> str:
        """What is waited for, as messages say it (``relay r1 to become RECEIVER_ACCEPTED``)."""
        names = ", ".join(shown(value) for value in sorted(until, key=_order))
        return string.Formatter().vformat(self.waiting_for, (), {**arguments, "until": names})

    def _judge(
        self, arguments: Mapping[str, object], until: Collection[object], what: str, hooks: Hooks[S] | None
    ) -> Callable[[S], bool]:
        wanted = frozenset(until)

        def done(state: S) -> bool:
            value = _read(state, self.field)
            if value in wanted:
                return True
            if value in self.failure:
                if hooks is not None and hooks.failed is not None:
                    raise hooks.failed(state, arguments)
                raise StateUnreachableError(self._failure_message(what, value, state), last_state=state)
            return False

        return done

    def _failure_message(self, what: str, value: object, state: object) -> str:
        why = _read(state, self.reason) if self.reason else None
        said = f" ({self.reason_name} {why})" if why not in (None, "", 0) else ""
        return f"stopped waiting for {what}: {self.field_name} is {shown(value)}{said}"


@contextmanager
def _timeouts(arguments: Mapping[str, object], hooks: Hooks[S] | None) -> Iterator[None]:
    """A wait's timeout, as the client's ``timed_out`` hook makes it (its cause kept)."""
    try:
        yield
    except WaitTimeoutError as error:
        if hooks is None or hooks.timed_out is None:
            raise
        raise hooks.timed_out(error, arguments) from error.__cause__


def _order(value: object) -> tuple[str, float, str]:
    """Values in a stable order for messages: numbers by size, other values by their text."""
    raw = value.value if isinstance(value, Enum) else value
    number = float(raw) if isinstance(raw, int | float) else 0.0
    return (type(raw).__name__, number, str(raw))


__all__ = ["TRANSIENT", "Hooks", "Schedule", "Waiter", "shown", "wait", "wait_async"]
