"""Waiters declared in a document (``x-waiters``, documents/waiters.yaml), generated and run against
a loopback server, with and without an envelope: what ends a wait, what it returns, its schedule
(on a fake clock), its arguments as the operation takes them, and its errors."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.clocks import FakeClock
from tests.constructs.conftest import Api
from vrlive_core import clock
from vrlive_core.errors import APIError, StateUnreachableError, WaitCancelledError, WaitTimeoutError
from vrlive_core.strict import strict
from vrlive_core.waiters import Hooks


@pytest.fixture
def time() -> Iterator[FakeClock]:
    fake = FakeClock()
    with clock.use(fake):
        yield fake


def job(state: str, **more: Any) -> dict[str, Any]:
    return {"id": "j1", "state": state, "published": False, "result": {"url": ""}, **more}


def client(waiters: Api, *, asynchronous: bool = False, hooks: Any = None) -> Any:
    """The package's resources with its waiters mixed in, as a facade does."""
    resources = waiters.module("resources")
    module = waiters.module("waiters")
    bases = (
        (resources.AsyncClientResources, module.AsyncWaiters)
        if asynchronous
        else (resources.ClientResources, module.Waiters)
    )
    found = type("Client", bases, {"waiter_hooks": hooks or {}})
    return found(waiters.client())


def answering(waiters: Api, *answers: dict[str, Any]) -> Callable[[object], None]:
    """An ``on_poll`` that makes the server answer the next of ``answers`` after each poll."""
    queue = list(answers)

    def next_answer(state: object) -> None:
        if queue:
            waiters.succeed(queue.pop(0))

    return next_answer


def test_a_wait_polls_until_success_and_returns_the_declared_field(
    api: Callable[[str], Api], time: FakeClock
) -> None:
    waiters = api("waiters")
    waiters.succeed(job("queued"))
    seen: list[str] = []
    on_poll = answering(waiters, job("running"), job("running"), job("done", result={"url": "https://x/1"}))

    def record(state: Any) -> None:
        seen.append(str(state.state))
        on_poll(state)

    assert client(waiters).wait_for_job("j1", on_poll=record) == "https://x/1"
    assert seen == ["queued", "running", "running", "done"]
    assert time.slept == [2, 4, 5]  # x2 from 2 s, up to 5 s: the spec's schedule
    assert {seen.path for seen in waiters.stub.seen} == {"/jobs/j1"}


def test_a_failure_value_raises_with_the_state_and_its_reason(
    api: Callable[[str], Api], time: FakeClock
) -> None:
    waiters = api("waiters")
    waiters.succeed(job("failed", message="out of memory"))
    with pytest.raises(StateUnreachableError) as caught:
        client(waiters).wait_for_job("j1")
    assert (
        str(caught.value) == "stopped waiting for job j1 to be done: state is FAILED (message out of memory)"
    )
    assert caught.value.last_state.state.value == "failed"  # type: ignore[attr-defined]
    assert time.slept == []


def test_until_overrides_the_success_values_and_a_failure_value_can_be_waited_for(
    api: Callable[[str], Api], time: FakeClock
) -> None:
    waiters = api("waiters")
    waiters.succeed(job("failed"))
    state = waiters.models.JobState
    assert client(waiters).wait_for_job("j1", {state.FAILED, state.DONE}) == ""


def test_a_value_the_spec_does_not_list_keeps_the_wait_going(
    api: Callable[[str], Api], time: FakeClock
) -> None:
    waiters = api("waiters")
    waiters.succeed(job("paused"))
    with strict(False), pytest.raises(WaitTimeoutError) as caught:
        client(waiters).wait_for_job("j1", timeout=7)
    assert caught.value.last_state.state.is_known is False  # type: ignore[attr-defined]
    assert str(caught.value) == "gave up waiting for job j1 to be done after 7.0s"
    assert sum(time.slept) == caught.value.waited == 7


def test_a_boolean_field_and_the_whole_state_returned(api: Callable[[str], Api], time: FakeClock) -> None:
    waiters = api("waiters")
    waiters.succeed(job("running"))
    published = client(waiters).wait_until_published(
        "j1", on_poll=answering(waiters, job("running"), job("done", published=True)), interval=3
    )
    assert published == waiters.models.Job.from_dict(job("done", published=True))
    assert time.slept == [3, 3]


def test_a_body_field_argument_and_an_integer_enum(api: Callable[[str], Api], time: FakeClock) -> None:
    waiters = api("waiters")
    waiters.succeed({"id": 7, "phase": 2})
    built = client(waiters).wait_for_build(7, on_poll=answering(waiters, {"id": 7, "phase": 3}))
    assert built.phase.name == "BUILT"
    assert {json.loads(seen.body)["build_id"] for seen in waiters.stub.seen} == {7}
    waiters.succeed({"id": 7, "phase": 4, "code": 137})
    with pytest.raises(
        StateUnreachableError, match=r"build 7 to become BUILT: phase is BROKEN \(code 137\)$"
    ):
        client(waiters).wait_for_build(7)
    waiters.succeed({"id": 7, "phase": 1})
    with pytest.raises(WaitTimeoutError, match=r"build 7 to become COMPILING, BUILT after 5\.0s$"):
        client(waiters).wait_for_build(7, {waiters.models.Phase.BUILT, waiters.models.Phase.COMPILING})


def test_the_async_twin_and_the_clients_hooks(api: Callable[[str], Api], time: FakeClock) -> None:
    waiters = api("waiters")

    class TooSlow(WaitTimeoutError[Any]):
        pass

    hooks = {
        "wait_for_job": Hooks[Any](
            failed=lambda state, arguments: StateUnreachableError(
                f"job {arguments['job_id']} broke", last_state=state
            ),
            timed_out=lambda error, arguments: TooSlow(
                f"job {arguments['job_id']}: {error}", last_state=error.last_state, waited=error.waited
            ),
        )
    }
    asynchronous = client(waiters, asynchronous=True, hooks=hooks)

    async def run() -> None:
        waiters.succeed(job("running"))
        done = answering(waiters, job("done", result={"url": "https://x/2"}))
        assert await asynchronous.wait_for_job("j1", on_poll=done) == "https://x/2"
        assert time.slept == [2]
        waiters.succeed(job("failed"))
        with pytest.raises(StateUnreachableError, match=r"^job j1 broke$"):
            await asynchronous.wait_for_job("j1")
        waiters.succeed(job("running"))
        with pytest.raises(TooSlow, match=r"^job j1: gave up waiting for job j1 to be done after 30\.0s$"):
            await asynchronous.wait_for_job("j1")

    asyncio.run(run())


def test_cancelling_and_an_error_that_is_not_transient(api: Callable[[str], Api], time: FakeClock) -> None:
    waiters = api("waiters")
    waiters.succeed(job("running"))
    cancel = asyncio.Event()
    cancel.set()
    with pytest.raises(WaitCancelledError) as caught:
        asyncio.run(client(waiters, asynchronous=True).wait_for_job("j1", cancel=cancel))
    assert caught.value.last_state.state.value == "running"  # type: ignore[attr-defined]
    time.slept.clear()
    waiters.stub.answer(404, json_body={"code": 404, "message": "no such job"})
    with pytest.raises(APIError):
        client(waiters).wait_for_job("j1")
    assert time.slept == []  # not waited out: only transient failures are
