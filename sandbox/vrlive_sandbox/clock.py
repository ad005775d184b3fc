"""The sandbox's clock: real time plus an offset that tests advance instead of sleeping."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Clock:
    """Wall-clock seconds, moved forward on demand (token expiry, task progress, session readiness)."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()
        self._expected: list[float] = []
        self._listeners: list[Callable[[], None]] = []

    def now(self) -> float:
        with self._lock:
            return time.time() + self._offset

    def advance(self, seconds: float) -> float:
        """Move the clock ``seconds`` forward (never back) and return the new time."""
        if seconds < 0:
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._offset += seconds
        self._moved()
        return self.now()

    def advance_to(self, moment: float) -> float:
        """Move the clock forward to ``moment`` (Unix seconds), unless it is already there or later;
        the time after. Sleepers that share the clock wake at their own time this way: each moves
        it to the end of its sleep, so concurrent sleeps do not add up."""
        with self._lock:
            self._offset += max(0.0, moment - (time.time() + self._offset))
            now = time.time() + self._offset
        self._moved()
        return now

    def expect(self, moment: float) -> None:
        """Note that the sandbox itself acts at ``moment`` (a downstream message of the IVH command
        channel due then): virtual time moves its clock to such moments as to the end of a sleep."""
        with self._lock:
            self._expected.append(moment)

    def fulfil(self, moment: float) -> None:
        """The sandbox acted at ``moment`` (or will not)."""
        with self._lock:
            if moment in self._expected:
                self._expected.remove(moment)

    def expected(self) -> list[float]:
        """The moments the sandbox expects to act at."""
        with self._lock:
            return list(self._expected)

    def on_move(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` (from the thread moving it) each time the clock is moved forward."""
        self._listeners.append(listener)

    def _moved(self) -> None:
        for listener in list(self._listeners):
            listener()

    def reset(self) -> None:
        with self._lock:
            self._offset = 0.0
            self._expected.clear()
