"""A fake clock for tests of waiting: time moves only when something sleeps on it, and every
sleep is recorded. It is a ``vrlive_core.clock.Clock``: pass its methods as ``clock=``/``sleep=``,
or install it for everything with ``vrlive_core.clock.use(FakeClock())``."""

from __future__ import annotations

import asyncio
import threading


class FakeClock:
    def __init__(self, now: float = 0.0) -> None:
        self.now = now
        self.slept: list[float] = []

    def time(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def wait(self, event: threading.Event, seconds: float) -> bool:
        if not event.is_set():
            self.sleep(seconds)
        return event.is_set()

    async def async_wait(self, event: asyncio.Event, seconds: float) -> bool:
        if not event.is_set():
            self.sleep(seconds)
        return event.is_set()
