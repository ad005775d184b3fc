"""The facades against a vendor that misbehaves: bodies dripped, cut short or reset; Retry-After for
an hour. A call ends in its time, and is retried only where replaying it cannot do anything twice.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import pytest

from realsee_client.models import SubmitPanoTaskRequest
from tests.clocks import FakeClock
from tests.hostile import (
    FLAVOURS,
    HostileServer,
    Seen,
    answer,
    async_realsee,
    drip,
    head,
    realsee,
    reset,
    task_status,
    with_tokens,
)
from vrlive import AsyncRealsee, RateLimitError, Realsee, RequestTimeoutError, RetryPolicy, TransportError

STATUS = "/open/v1/pano/task/status"
SUBMIT = "/open/v1/pano/task/submit"
SUBMITTED = b'{"code": 0, "status": "success", "data": {"task_code": "t1", "project_id": "p1"}}'


def status_call(client: Realsee) -> Callable[[], object]:
    return lambda: client.pano.get_pano_task_status(task_code="t1")


def async_status_call(client: AsyncRealsee) -> Awaitable[object]:
    return client.pano.get_pano_task_status(task_code="t1")


def timed(call: Callable[[], object]) -> tuple[float, BaseException | None]:
    started = time.monotonic()
    try:
        call()
    except Exception as error:  # the caller checks it
        return time.monotonic() - started, error
    return time.monotonic() - started, None


def timed_async(
    make: Callable[[], AsyncRealsee], call: Callable[[AsyncRealsee], Awaitable[object]]
) -> tuple[float, BaseException | None]:
    """``call`` on a facade ``make`` gives, in one event loop, closing the facade afterwards."""

    async def run() -> None:
        async with make() as client:
            await call(client)

    return timed(lambda: asyncio.run(run()))


# D3: `timeout` is a deadline for the whole exchange of one attempt.


def drip_body(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
    body = task_status()
    connection.sendall(head(length=len(body)))
    drip(connection, body, stop)  # ~20 s for the whole body, one byte every 0.2 s


def drip_headers(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
    body = task_status()
    drip(connection, head(length=len(body)) + body, stop)


@pytest.mark.parametrize("script", [drip_body, drip_headers], ids=["body", "headers"])
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_dripping_server_cannot_hold_a_call_past_its_timeout(script: Any, flavour: str) -> None:
    with HostileServer(with_tokens(script)) as server:
        client = realsee(server, flavour, timeout=2, max_retries=0)
        asynchronous = partial(async_realsee, server, flavour, timeout=2, max_retries=0)
        if flavour.startswith("sync"):
            elapsed, error = timed(status_call(client))
        else:
            elapsed, error = timed_async(asynchronous, async_status_call)
    assert isinstance(error, RequestTimeoutError), error
    assert "no complete answer within 2s" in str(error)
    assert elapsed < 6, f"a 2 s timeout held the call {elapsed:.1f}s"  # bounded, not hung (was ~20 s)


def test_the_deadline_bounds_every_attempt_and_the_waits_between() -> None:
    with HostileServer(with_tokens(drip_body)) as server:
        client = realsee(server, timeout=2, max_retries=5, deadline=3)
        elapsed, error = timed(status_call(client))
    assert isinstance(error, RequestTimeoutError), error
    assert elapsed < 6, f"a 3 s deadline held the call {elapsed:.1f}s"
    assert server.paths(STATUS) <= 2  # a first attempt of 2 s, a second cut to what was left


def rate_limited(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
    answer(connection, b'{"title": "Too Many Requests"}', status=429, headers={"Retry-After": "3600"})


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_retry_after_past_the_deadline_is_not_slept_but_raised(flavour: str) -> None:
    sleeps = FakeClock()
    policy = RetryPolicy(sleep=sleeps.sleep, async_sleep=sleeps.async_sleep, deadline=60)  # type: ignore[arg-type]
    with HostileServer(with_tokens(rate_limited)) as server:
        client = realsee(server, flavour, retry_policy=policy)
        asynchronous = partial(async_realsee, server, flavour, retry_policy=policy)
        call = status_call(client)
        if flavour.startswith("sync"):
            _, error = timed(call)
        else:
            _, error = timed_async(asynchronous, async_status_call)
    assert isinstance(error, RateLimitError), error
    assert error.retry_after == 3600
    assert str(error) == "realsee get_pano_task_status: Too Many Requests (HTTP 429, retry after 3600s)"
    assert sleeps.slept == []  # it used to sleep 60 s twice (the cap), then raise anyway
    assert server.paths(STATUS) == 1


def test_a_retry_after_within_the_deadline_is_slept() -> None:
    sleeps = FakeClock()
    policy = RetryPolicy(sleep=sleeps.sleep, deadline=60)
    answers = iter([429, 200])

    def once_limited(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        if next(answers) == 429:
            answer(connection, b"{}", status=429, headers={"Retry-After": "3"})
        else:
            answer(connection, task_status())

    with HostileServer(with_tokens(once_limited)) as server:
        status_call(realsee(server, retry_policy=policy))()
    assert sleeps.slept == [3.0]


def always_limited(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
    answer(connection, b"{}", status=429, headers={"Retry-After": "4"})


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_waits_that_take_no_real_time_still_count_against_the_deadline(flavour: str) -> None:
    """Sleeps that only move a clock (the sandbox plugin's virtual time, a test's fake) use up the
    call's deadline as real ones do: 4 s + 4 s fit in 10 s, a third 4 s does not."""
    sleeps = FakeClock()
    policy = RetryPolicy(max_retries=5, sleep=sleeps.sleep, async_sleep=sleeps.async_sleep, deadline=10)  # type: ignore[arg-type]
    with HostileServer(with_tokens(always_limited)) as server:
        if flavour.startswith("sync"):
            _, error = timed(status_call(realsee(server, flavour, retry_policy=policy)))
        else:
            _, error = timed_async(
                partial(async_realsee, server, flavour, retry_policy=policy), async_status_call
            )
    assert isinstance(error, RateLimitError), error
    assert sleeps.slept == [4.0, 4.0]
    assert server.paths(STATUS) == 3


def test_a_retry_policy_of_ones_own_keeps_the_facades_deadline() -> None:
    """``retry_policy=`` says how to retry; the call's deadline still applies unless it sets one."""
    sleeps = FakeClock()
    with HostileServer(with_tokens(rate_limited)) as server:
        client = realsee(server, retry_policy=RetryPolicy(sleep=sleeps.sleep), deadline=60)
        _, error = timed(status_call(client))
    assert isinstance(error, RateLimitError), error
    assert sleeps.slept == []  # a Retry-After of an hour is past the 60 s deadline: not slept


# D4: errors while reading the body are retried, for operations that can be replayed.


def short_body(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
    body = task_status() if seen.path.startswith(STATUS) else SUBMITTED
    connection.sendall(head(length=len(body) + 100) + body)  # 100 bytes promised, never sent


def reset_mid_body(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
    body = task_status() if seen.path.startswith(STATUS) else SUBMITTED
    connection.sendall(head(length=len(body)) + body[:10])
    time.sleep(0.05)
    reset(connection)


def first_broken(broken: Any) -> Any:
    """``broken`` for each path's first request, then proper answers."""
    first: set[str] = set()

    def serve(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        path = seen.path.split("?")[0]
        if path not in first:
            first.add(path)
            broken(seen, connection, stop)
        else:
            answer(connection, task_status() if path == STATUS else SUBMITTED)

    return serve


@pytest.mark.parametrize("broken", [short_body, reset_mid_body], ids=["short body", "reset"])
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_read_broken_mid_body_is_retried_for_a_status_poll(broken: Any, flavour: str) -> None:
    policy = RetryPolicy(sleep=lambda seconds: None, async_sleep=FakeClock().async_sleep)  # type: ignore[arg-type]
    with HostileServer(with_tokens(first_broken(broken))) as server:
        client = realsee(server, flavour, retry_policy=policy)
        asynchronous = partial(async_realsee, server, flavour, retry_policy=policy)
        if flavour.startswith("sync"):
            _, error = timed(status_call(client))
        else:
            _, error = timed_async(asynchronous, async_status_call)
    assert error is None
    assert server.paths(STATUS) == 2


@pytest.mark.parametrize("broken", [short_body, reset_mid_body], ids=["short body", "reset"])
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_submission_whose_answer_broke_is_not_sent_again(broken: Any, flavour: str) -> None:
    body = SubmitPanoTaskRequest(project_name="p", private_cos_key="k")
    with HostileServer(with_tokens(first_broken(broken))) as server:
        client = realsee(server, flavour, retry_policy=RetryPolicy(sleep=lambda seconds: None))
        asynchronous = partial(
            async_realsee, server, flavour, retry_policy=RetryPolicy(sleep=lambda seconds: None)
        )
        if flavour.startswith("sync"):
            _, error = timed(lambda: client.pano.submit_pano_task(body=body))
        else:
            _, error = timed_async(asynchronous, lambda client: client.pano.submit_pano_task(body=body))
    assert isinstance(error, TransportError), error
    assert server.paths(SUBMIT) == 1  # it arrived, and may have created a task: never twice
    message = str(error)
    assert message.startswith(f"POST {server.url}{SUBMIT}: reading the response body: ")
    reason = message.split("reading the response body: ", 1)[1]
    assert reason not in ("", "ReadError", "RemoteProtocolError"), message  # async said only "ReadError"
    # httpcore says "peer closed connection ... (received 81 bytes, expected 181)", aiohttp "not enough
    # data to satisfy content length header (received 81 of 181 bytes)": both how short it fell.
    expected = "received" if broken is short_body else "Connection reset by peer"
    assert expected in reason, message
    assert ".;" not in reason, message  # reasons joined as phrases


def unavailable(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
    answer(connection, b"<html>busy</html>", status=503)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_503_on_a_create_says_why_it_was_not_retried(flavour: str) -> None:
    body = SubmitPanoTaskRequest(project_name="p", private_cos_key="k")
    policy = RetryPolicy(sleep=lambda seconds: None, async_sleep=FakeClock().async_sleep)  # type: ignore[arg-type]
    with HostileServer(with_tokens(unavailable)) as server:
        client = realsee(server, flavour, retry_policy=policy)
        asynchronous = partial(async_realsee, server, flavour, retry_policy=policy)
        if flavour.startswith("sync"):
            _, error = timed(lambda: client.pano.submit_pano_task(body=body))
        else:
            _, error = timed_async(asynchronous, lambda client: client.pano.submit_pano_task(body=body))
        _, polled = timed(status_call(realsee(server, retry_policy=policy)))
    assert str(error) == (
        "realsee submit_pano_task: HTTP 503 Error; not retried: submit_pano_task creates something, "
        "and this request may have done so already (HTTP 503)"
    )
    assert server.paths(SUBMIT) == 1
    assert str(polled) == "realsee get_pano_task_status: HTTP 503 Error (HTTP 503)"  # retried, then said
    assert server.paths(STATUS) == 3
