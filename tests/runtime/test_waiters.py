"""The wait loop (vrlive_core.waiters), with a fake clock: schedule, timeout, transient failures,
cancellation."""

from __future__ import annotations

import asyncio
import threading

import pytest

from tests.clocks import FakeClock
from vrlive_core.errors import RateLimitError, ServerError, WaitCancelledError, WaitTimeoutError
from vrlive_core.waiters import wait, wait_async


def test_polls_until_done_with_backoff_and_reports_each_state() -> None:
    time = FakeClock()
    states = iter(["pending", "processing", "processing", "success"])
    seen: list[str] = []
    result = wait(
        lambda: next(states), lambda state: state == "success",
        interval=1, backoff=2, max_interval=3, on_poll=seen.append, clock=time.monotonic, sleep=time.sleep,
    )  # fmt: skip
    assert result == "success"
    assert seen == ["pending", "processing", "processing", "success"]
    assert time.slept == [1, 2, 3]


def test_timeout_carries_the_last_state_and_the_time_waited() -> None:
    time = FakeClock()
    with pytest.raises(WaitTimeoutError) as caught:
        wait(
            lambda: "pending",
            lambda state: False,
            interval=4,
            timeout=10,
            clock=time.monotonic,
            sleep=time.sleep,
        )
    assert caught.value.last_state == "pending"
    assert caught.value.waited == 10
    assert time.slept == [4, 4, 2]  # the last sleep ends at the deadline


def test_transient_failures_do_not_end_the_wait() -> None:
    time = FakeClock()
    answers: list[object] = [
        ServerError("down", status_code=503),
        "pending",
        ServerError("down", status_code=502),
        "done",
    ]

    def poll() -> str:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return str(answer)

    assert (
        wait(poll, lambda state: state == "done", interval=1, clock=time.monotonic, sleep=time.sleep)
        == "done"
    )


def test_a_rate_limited_poll_waits_what_the_server_asked_within_the_timeout() -> None:
    time = FakeClock()
    answers: list[object] = [RateLimitError("slow down", retry_after=45, status_code=429), "pending", "done"]

    def poll() -> str:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return str(answer)

    assert wait(
        poll, lambda state: state == "done", interval=5, timeout=600, clock=time.monotonic, sleep=time.sleep
    )
    assert time.slept == [45, 5]  # the server's Retry-After, then the schedule again
    answers[:] = [RateLimitError("slow down", retry_after=3600, status_code=429)] * 3
    with pytest.raises(WaitTimeoutError):
        wait(poll, lambda state: False, interval=5, timeout=100, clock=time.monotonic, sleep=time.sleep)
    assert time.slept[2:] == [100]  # no longer than the wait has left


def test_timeout_after_failures_names_the_failure_as_cause() -> None:
    time = FakeClock()
    failure = ServerError("down", status_code=503)

    def poll() -> str:
        raise failure

    with pytest.raises(WaitTimeoutError) as caught:
        wait(poll, lambda state: True, interval=1, timeout=2, clock=time.monotonic, sleep=time.sleep)
    assert caught.value.last_state is None
    assert caught.value.__cause__ is failure


def test_other_errors_end_the_wait() -> None:
    def poll() -> str:
        raise KeyError("boom")

    with pytest.raises(KeyError):
        wait(poll, lambda state: True, interval=1)


def test_cancel_event_stops_a_sleeping_wait() -> None:
    cancel = threading.Event()
    threading.Timer(0.05, cancel.set).start()
    with pytest.raises(WaitCancelledError) as caught:
        wait(lambda: "pending", lambda state: False, interval=60, cancel=cancel)
    assert caught.value.last_state == "pending"


@pytest.mark.parametrize(("interval", "timeout", "backoff"), [(0, 1, 1), (1, -1, 1), (1, 1, 0.5)])
def test_nonsense_schedules_are_refused(interval: float, timeout: float, backoff: float) -> None:
    with pytest.raises(ValueError, match="need interval > 0"):
        wait(lambda: 1, lambda state: True, interval=interval, timeout=timeout, backoff=backoff)


def test_async_twin_and_its_cancellation() -> None:
    time = FakeClock()
    states = iter(["a", "b", "c"])

    async def poll() -> str:
        return next(states)

    async def run() -> tuple[str, str]:
        done = await wait_async(
            poll, lambda state: state == "c", interval=2, clock=time.monotonic, sleep=time.async_sleep
        )
        cancel = asyncio.Event()
        asyncio.get_running_loop().call_later(0.05, cancel.set)

        async def pending() -> str:
            return "pending"

        try:
            await wait_async(pending, lambda state: False, interval=60, cancel=cancel)
        except WaitCancelledError as error:
            return done, str(error.last_state)
        return done, "not cancelled"

    assert asyncio.run(run()) == ("c", "pending")
    assert time.slept == [2, 2]
