"""Where vrlive reads the time and sleeps: one place, so tests can run it in virtual time.

The generated clients' waiters (poll intervals, timeouts) and the ``vrlive`` overlay's retries
(backoff, ``Retry-After``, the call deadline) and token flows (expiry) ask `current()` instead of
the ``time`` module; ``vrlive.clock`` is this module under the overlay's name. Normally that is the
system's clock. The sandbox's pytest plugin swaps in a clock whose sleeps move the sandbox's time
forward instead of waiting, so a test that waits for a 30-second task schedule takes no wall time
and still sees every timeout fire when its (virtual) time is up.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class Clock(Protocol):
    """What vrlive needs of a clock."""

    def time(self) -> float:
        """Unix seconds (token expiry)."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (deadlines, how long a wait took)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Let ``seconds`` pass."""
        ...

    async def async_sleep(self, seconds: float) -> None:
        """Let ``seconds`` pass without blocking the event loop."""
        ...

    def wait(self, event: threading.Event, seconds: float) -> bool:
        """Let up to ``seconds`` pass, or until ``event`` is set; whether it was set."""
        ...

    async def async_wait(self, event: asyncio.Event, seconds: float) -> bool:
        """The async twin of `wait()`."""
        ...


class SystemClock:
    """Real time."""

    def time(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    def wait(self, event: threading.Event, seconds: float) -> bool:
        return event.wait(seconds)

    async def async_wait(self, event: asyncio.Event, seconds: float) -> bool:
        try:
            await asyncio.wait_for(event.wait(), seconds)
        except TimeoutError:
            return False
        return True

    def __repr__(self) -> str:
        return "SystemClock()"


_current: Clock = SystemClock()


def current() -> Clock:
    """The clock vrlive uses now."""
    return _current


def now() -> float:
    """Unix seconds on the current clock (a default for ``clock=`` arguments)."""
    return _current.time()


def monotonic() -> float:
    return _current.monotonic()


def sleep(seconds: float) -> None:
    _current.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    await _current.async_sleep(seconds)


@contextmanager
def use(clock: Clock) -> Iterator[Clock]:
    """Use ``clock`` inside a ``with`` block (for the whole process), then the previous one again."""
    global _current  # noqa: PLW0603 - one process-wide clock, like the logging configuration
    previous, _current = _current, clock
    try:
        yield clock
    finally:
        _current = previous


__all__ = ["Clock", "SystemClock", "async_sleep", "current", "monotonic", "now", "sleep", "use"]
