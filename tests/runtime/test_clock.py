"""The one process-wide clock lives in vrlive_core (the generated waiters read it), and
``vrlive.clock`` is that clock under the overlay's name: swapping either swaps both."""

from __future__ import annotations

import asyncio

import vrlive.clock
from tests.clocks import FakeClock
from vrlive_core import clock
from vrlive_core.waiters import wait, wait_async


def test_vrlive_clock_is_the_runtime_clock() -> None:
    assert vrlive.clock.current is clock.current
    assert vrlive.clock.use is clock.use
    assert vrlive.clock.SystemClock is clock.SystemClock
    fake = FakeClock(100.0)
    with vrlive.clock.use(fake):
        assert clock.current() is fake
        assert (clock.now(), clock.monotonic()) == (100.0, 100.0)
    assert isinstance(clock.current(), clock.SystemClock)


def test_the_wait_loop_sleeps_on_the_clock_in_use() -> None:
    fake = FakeClock()
    states = iter(["a", "b", "c"])

    async def poll() -> str:
        return next(states)

    with vrlive.clock.use(fake):
        assert wait(lambda: "x", lambda state: fake.now >= 6, interval=2) == "x"
        assert asyncio.run(wait_async(poll, lambda state: state == "c", interval=3)) == "c"
    assert fake.slept == [2, 2, 2, 3, 3]
