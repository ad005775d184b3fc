"""Access tokens on clocks that disagree: judged on the server's clock (from its Date header, as
botocore does), margins cut to the token's real lifetime, a token just fetched used at least once.

Without that, a client whose clock runs ahead sees every token expired on arrival, and every
call fetches one, one after another under the lock: 100 threads made 100 token requests.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.facades import REALSEE
from tests.hostile import TOKEN_PATH, HostileServer, Seen, answer, envelope, task_status, with_tokens
from vrlive.realsee import AsyncRealsee, Realsee
from vrlive_sandbox import Sandbox
from vrlive_sandbox.controls import SandboxControls

STATUS = "/open/v1/pano/task/status"


def token_requests(controls: SandboxControls) -> int:
    return len(controls.requests(operation="get_access_token"))


def hundred_threads(realsee: Realsee) -> list[BaseException]:
    start = threading.Barrier(100)
    errors: list[BaseException] = []

    def call() -> None:
        start.wait()
        try:
            realsee.pano.get_pano_task_status(task_code="none")
        except Exception as error:  # an unknown task is the expected answer
            if "not found" not in str(error) and "pano-1" not in str(error):
                errors.append(error)

    threads = [threading.Thread(target=call) for _ in range(100)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def two_hundred_tasks(**options: Any) -> list[Any]:
    """200 concurrent status polls through one AsyncRealsee made with ``options``."""

    async def run() -> list[Any]:
        async with AsyncRealsee(**options) as realsee:
            calls = [realsee.pano.get_pano_task_status(task_code="none") for _ in range(200)]
            return await asyncio.gather(*calls, return_exceptions=True)

    return asyncio.run(run())


def ahead(seconds: float) -> Callable[[], float]:
    return lambda: time.time() + seconds


@pytest.mark.parametrize("skew", [600, 3600], ids=["10 min ahead", "1 h ahead"])
def test_a_client_clock_ahead_makes_one_token_request_for_a_hundred_threads(
    sandbox: Sandbox, controls: SandboxControls, skew: float
) -> None:
    with Realsee(**REALSEE, base_url=sandbox.api_url, clock=ahead(skew)) as realsee:
        assert hundred_threads(realsee) == []
    assert token_requests(controls) == 1


def test_a_client_clock_ahead_makes_one_token_request_for_two_hundred_tasks(
    sandbox: Sandbox, controls: SandboxControls
) -> None:
    outcomes = two_hundred_tasks(**REALSEE, base_url=sandbox.api_url, clock=ahead(600))
    assert all("not found" in str(outcome) for outcome in outcomes)
    assert token_requests(controls) == 1


@pytest.mark.parametrize("flavour", ["100 threads", "200 tasks"])
def test_a_token_living_less_than_the_margin_is_still_used(
    sandbox: Sandbox, controls: SandboxControls, flavour: str
) -> None:
    controls.configure(realsee_token_ttl=20)  # under the 30 s advisory margin: now cut to 10 s
    if flavour == "100 threads":
        with Realsee(**REALSEE, base_url=sandbox.api_url) as realsee:
            assert hundred_threads(realsee) == []
    else:
        assert all(
            "not found" in str(outcome) for outcome in two_hundred_tasks(**REALSEE, base_url=sandbox.api_url)
        )
    assert token_requests(controls) == 1


def test_expiry_is_judged_on_the_servers_clock(sandbox: Sandbox, controls: SandboxControls) -> None:
    """The server's clock 1 h ahead of ours: its token expires in 300 s of its time, not ours + 3900."""
    controls.advance(3600)
    now = [time.time()]
    with Realsee(**REALSEE, base_url=sandbox.api_url, clock=lambda: now[0]) as realsee:
        with pytest.raises(Exception, match="not found"):
            realsee.pano.get_pano_task_status(task_code="none")
        now[0] += 280  # 20 s left on the server's clock: inside the 30 s advisory margin
        with pytest.raises(Exception, match="not found"):
            realsee.pano.get_pano_task_status(task_code="none")
    operations = [entry.operation for entry in controls.requests()]
    assert operations == [
        "get_access_token",
        "get_pano_task_status",
        "get_access_token",  # renewed before it expired: no -3, no replay
        "get_pano_task_status",
    ]


def skewed_server(server_clock: Callable[[], float], lifetime: float, delay: float = 0.0) -> HostileServer:
    """A vendor whose clock is ``server_clock``; it accepts any token and answers status polls."""

    def status(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        answer(connection, task_status(), date=server_clock())

    tokens = with_tokens(status, lifetime=lifetime, clock=server_clock)

    def serve(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        if seen.path == TOKEN_PATH and delay:
            stop.wait(delay)  # every thread is waiting for this first token by the time it comes
        tokens(seen, connection, stop)

    return HostileServer(serve)


@pytest.mark.parametrize("flavour", ["100 threads", "200 tasks"])
@pytest.mark.parametrize("offset", [-3600, 3600], ids=["server 1 h behind", "server 1 h ahead"])
def test_a_server_with_a_skewed_date_header_gets_one_token_request(offset: float, flavour: str) -> None:
    server = skewed_server(lambda: time.time() + offset, lifetime=300)
    credentials = {"app_key": "key", "app_secret": "secret-of-the-app"}
    with server:
        if flavour == "100 threads":
            with Realsee(**credentials, base_url=server.url) as realsee:
                assert hundred_threads(realsee) == []
        else:
            outcomes = two_hundred_tasks(**credentials, base_url=server.url)
            assert all(not isinstance(outcome, Exception) for outcome in outcomes)
    assert server.paths(TOKEN_PATH) == 1


def test_a_token_expired_on_arrival_is_used_until_the_server_refuses_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Expired even on the server's own clock (its Date) when it arrives, and the server keeps
    accepting it: it is used, not replaced before every call (that was 10 token requests for 10
    calls); the 99 threads that waited for it use it too."""
    server = skewed_server(time.time, lifetime=-10, delay=0.5)
    with server, Realsee(app_key="key", app_secret="secret-of-the-app", base_url=server.url) as realsee:
        assert hundred_threads(realsee) == []
        for _ in range(10):
            realsee.pano.get_pano_task_status(task_code="none")
    assert server.paths(TOKEN_PATH) == 1
    assert server.paths(STATUS) == 110
    assert (
        "the new token expired 10s before it arrived, by its own clock (Date); using it until" in caplog.text
    )


def test_a_token_expired_on_arrival_is_refreshed_once_when_refused() -> None:
    """When the server does refuse it (-3), one new token, and the call sent again."""
    refused: set[str] = set()

    def status(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        token = seen.headers["authorization"]
        if token not in refused and not refused:  # the first token: refused once
            refused.add(token)
            answer(connection, envelope(None, code=-3, status="token expired"), date=time.time())
        else:
            answer(connection, task_status(), date=time.time())

    server = HostileServer(with_tokens(status, lifetime=-10))
    with server, Realsee(app_key="key", app_secret="secret-of-the-app", base_url=server.url) as realsee:
        for _ in range(10):
            realsee.pano.get_pano_task_status(task_code="none")
    assert server.paths(TOKEN_PATH) == 2
    assert server.paths(STATUS) == 11  # ten calls, one replayed after the refusal


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_ten_calls_with_a_token_expired_on_arrival_make_one_token_request(flavour: str) -> None:
    with skewed_server(time.time, lifetime=-10) as server:
        credentials = {"app_key": "key", "app_secret": "secret-of-the-app", "base_url": server.url}
        if flavour == "sync":
            with Realsee(**credentials) as realsee:
                for _ in range(10):
                    realsee.pano.get_pano_task_status(task_code="none")
        else:

            async def run() -> None:
                async with AsyncRealsee(**credentials) as realsee:
                    for _ in range(10):
                        await realsee.pano.get_pano_task_status(task_code="none")

            asyncio.run(run())
    assert server.paths(TOKEN_PATH) == 1
