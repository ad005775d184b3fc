"""Virtual time: the clock vrlive reads while a test runs on the sandbox's pytest plugin.

The plugin hands [`VirtualTime`][vrlive_sandbox.virtual_time.VirtualTime] to
``vrlive.clock.use`` for the test; the reasons for a clock on the client's side are in
[`vrlive_sandbox.pytest_plugin`][vrlive_sandbox.pytest_plugin].
"""

from __future__ import annotations

import asyncio
import os
import threading
import time

from vrlive_sandbox.clock import Clock

SETTLE = 0.005
"""Real seconds without a sleep starting or ending before the clock jumps (see ``VirtualTime``)."""
BUSY_LIMIT = 1.0
"""Real seconds a thread that keeps running (a CPU-bound loop) may hold a jump back."""


class VirtualTime:
    """A ``vrlive.clock.Clock`` on the sandbox's clock, whose sleeps move that clock forward.

    A sleep that starts at virtual time ``t`` for ``s`` seconds ends when the clock reads ``t + s``,
    as it would in real time. Every thread and task sleeps on the same timeline, and the clock jumps
    to the earliest end of a sleep still ahead of it once the process has settled: no sleep has
    started or ended for ``settle`` real seconds (time for the tasks that began together to start
    theirs too) and, where Linux's /proc tells, no other thread is running or waiting for a CPU (a
    thread that began with the others but was not scheduled yet; a request being served), for at
    most ``BUSY_LIMIT``. So ten tasks or threads sleeping 5 s at once move the clock 5 s, not 50,
    and no sleeper wakes before its time. Each sleep costs at least ``settle`` of real time. The
    sandbox's clock also runs in real time.
    """

    def __init__(self, clock: Clock, *, settle: float = SETTLE) -> None:
        self._clock = clock
        self._started = clock.now()
        self._settle = settle
        self._changed = threading.Condition()
        self._wake_ups: list[float] = []
        """When each pending sleep ends, on the sandbox's clock."""
        self._last_change = time.monotonic()
        """Real time a sleep last started or ended, or the clock last jumped."""

    def time(self) -> float:
        return self._clock.now()

    def monotonic(self) -> float:
        return self._clock.now() - self._started

    def sleep(self, seconds: float) -> None:
        self.wait(threading.Event(), seconds)

    async def async_sleep(self, seconds: float) -> None:
        await self.async_wait(asyncio.Event(), seconds)

    def wait(self, event: threading.Event, seconds: float) -> bool:
        if event.is_set() or seconds <= 0:
            return event.is_set()
        wake_up = self._begin(seconds)
        try:
            while not event.is_set() and self._clock.now() < wake_up:
                pause = self._look()
                with self._changed:
                    # Another thread setting the event does not notify this condition: the pauses
                    # are short enough (at most `settle`) to notice it.
                    if pause and not event.is_set() and self._clock.now() < wake_up:
                        self._changed.wait(pause)
        finally:
            self._end(wake_up)
        return event.is_set()

    async def async_wait(self, event: asyncio.Event, seconds: float) -> bool:
        if event.is_set() or seconds <= 0:
            await asyncio.sleep(0)  # still let other tasks run, as a real sleep would
            return event.is_set()
        wake_up = self._begin(seconds)
        try:
            while not event.is_set() and self._clock.now() < wake_up:
                await asyncio.sleep(self._look())
        finally:
            self._end(wake_up)
        return event.is_set()

    def _begin(self, seconds: float) -> float:
        with self._changed:
            wake_up = self._clock.now() + seconds
            self._wake_ups.append(wake_up)
            self._last_change = time.monotonic()
        return wake_up

    def _end(self, wake_up: float) -> None:
        with self._changed:
            self._wake_ups.remove(wake_up)
            self._last_change = time.monotonic()

    def _look(self) -> float:
        """Jump to the next end of a sleep once the sleepers have settled; the real seconds to wait
        before looking again."""
        with self._changed:
            changed_at = self._last_change
        quiet = time.monotonic() - changed_at
        if quiet < self._settle:
            return self._settle - quiet
        # Looked at without the lock, which a thread about to start its sleep may need.
        if quiet < BUSY_LIMIT and _another_thread_is_running():
            # A thread with work to do (one that began with this sleeper but waits for a CPU, a
            # request being served) may be about to sleep too: jump when the process is idle.
            return self._settle
        with self._changed:
            if self._last_change != changed_at:  # a sleep began or ended meanwhile
                return self._settle
            now = self._clock.now()
            # A sleeper whose time has come may not have run yet (a task on an event loop that
            # this thread blocks): it must not hold the others back.
            ahead = [wake_up for wake_up in self._wake_ups if wake_up > now]
            # What the sandbox does at a moment of its own (a message of the IVH command channel
            # due) is what a sleeper may be waiting for: the clock stops there first.
            ahead += [moment for moment in self._clock.expected() if now < moment < min(ahead, default=now)]
            if ahead:
                self._clock.advance_to(min(ahead))
                self._last_change = time.monotonic()
                self._changed.notify_all()
        return 0.0

    def __repr__(self) -> str:
        return f"VirtualTime(sleeping={len(self._wake_ups)})"


def _another_thread_is_running() -> bool:
    """Whether another thread of this process runs or waits for a CPU (Linux's /proc; elsewhere,
    False: the settle time alone then lets threads start their sleeps)."""
    this_one = str(threading.get_native_id())
    try:
        threads = os.listdir("/proc/self/task")
    except OSError:
        return False
    for thread in threads:
        if thread == this_one:
            continue
        try:
            with open(f"/proc/self/task/{thread}/stat", "rb") as stat:
                fields = stat.read()
        except OSError:  # it ended
            continue
        # "tid (name) state ...": the name may hold spaces and parentheses, the state follows the last ")".
        if fields[fields.rindex(b")") + 2 : fields.rindex(b")") + 3] == b"R":
            return True
    return False


__all__ = ["SETTLE", "VirtualTime"]
