"""Where vrlive reads the time and sleeps: [`vrlive_core.clock`][vrlive_core.clock] under the
overlay's name (one process-wide clock, which the sandbox's pytest plugin swaps for virtual time).

    from vrlive import clock

    with clock.use(my_clock):  # a `Clock`: time, monotonic, sleep, async_sleep, wait, async_wait
        ...
"""

from __future__ import annotations

from vrlive_core.clock import Clock, SystemClock, async_sleep, current, monotonic, now, sleep, use

__all__ = ["Clock", "SystemClock", "async_sleep", "current", "monotonic", "now", "sleep", "use"]
