"""The sandbox's clock: real time plus an offset that tests advance instead of sleeping."""

from __future__ import annotations

import threading
import time


class Clock:
    """Wall-clock seconds, moved forward on demand (token expiry, task progress, session readiness)."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return time.time() + self._offset

    def advance(self, seconds: float) -> float:
        """Move the clock ``seconds`` forward (never back) and return the new time."""
        if seconds < 0:
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._offset += seconds
        return self.now()

    def advance_to(self, moment: float) -> float:
        """Move the clock forward to ``moment`` (Unix seconds), unless it is already there or later;
        the time after. Sleepers that share the clock wake at their own time this way: each moves
        it to the end of its sleep, so concurrent sleeps do not add up."""
        with self._lock:
            self._offset += max(0.0, moment - (time.time() + self._offset))
            return time.time() + self._offset

    def reset(self) -> None:
        with self._lock:
            self._offset = 0.0
