"""The call policy (`vrlive.calls`): retries over loopback HTTP against the sandbox's injected faults,
delays read from a fake clock; the decisions of one call's state; what reaches a transport."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from typing import Any

import httpx
import pytest

from realsee_client import AuthenticatedClient
from realsee_client.api.pano import submit_pano_task
from realsee_client.models import SubmitPanoTaskRequest
from tests.clocks import FakeClock
from tests.facades import REALSEE
from tests.hostile import HostileServer, Seen, drip, head, task_status, with_tokens
from tests.sandbox.packages import package, task, upload
from tests.servers import free_port
from vrlive import RateLimitError, RequestTimeoutError, RetryPolicy, ServerError, TransportError
from vrlive.auth import RawToken
from vrlive.calls import RENEW, Call, RenewableAuth
from vrlive.http import Connection
from vrlive.realsee import AsyncRealsee, Realsee
from vrlive_core.bodies import ResponseLimits
from vrlive_core.envelope import NOTE_EXTENSION
from vrlive_sandbox import Fault, Sandbox
from vrlive_sandbox.controls import SandboxControls

STATUS = "/open/v1/pano/task/status"
SUBMIT = "/open/v1/pano/task/submit"


def policy(clock: FakeClock, jitter: float = 1.0, **options: float) -> RetryPolicy:
    return RetryPolicy(sleep=clock.sleep, async_sleep=clock.async_sleep, jitter=lambda: jitter, **options)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def client(sandbox: Sandbox, controls: SandboxControls, clock: FakeClock) -> Realsee:
    realsee = Realsee(**REALSEE, base_url=sandbox.api_url, retry_policy=policy(clock))
    realsee.pano.get_pano_upload_token()  # the token, fetched before any fault
    return realsee


def attempts(controls: SandboxControls, operation: str = "get_pano_task_status") -> int:
    return len(controls.requests(operation=operation))


def test_server_errors_are_retried_with_exponential_backoff(
    client: Realsee, controls: SandboxControls, clock: FakeClock
) -> None:
    controls.fail_next(Fault(status=503), Fault(status=502), path=STATUS)
    with pytest.raises(Exception, match="not found"):  # the third attempt reaches the (unknown) task
        client.pano.get_pano_task_status(task_code="x")
    assert attempts(controls) == 3
    assert clock.slept == [0.5, 1.0]  # base 0.5 s doubled; jitter drawn as 1.0


def test_jitter_is_full(
    client: Realsee, controls: SandboxControls, sandbox: Sandbox, clock: FakeClock
) -> None:
    realsee = Realsee(**REALSEE, base_url=sandbox.api_url, retry_policy=policy(clock, jitter=0.25))
    controls.fail_next(Fault(status=503), Fault(status=503), path=STATUS)
    with pytest.raises(Exception, match="not found"):
        realsee.pano.get_pano_task_status(task_code="x")
    assert clock.slept == [0.125, 0.25]


def test_backoff_is_capped(clock: FakeClock) -> None:
    capped = policy(clock, max_retries=10)
    assert [capped.backoff(retry) for retry in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_giving_up_raises_the_last_error(
    client: Realsee, controls: SandboxControls, clock: FakeClock
) -> None:
    controls.fail_next(Fault(status=503), Fault(status=503), Fault(status=503), path=STATUS)
    with pytest.raises(ServerError) as caught:
        client.pano.get_pano_task_status(task_code="x")
    assert caught.value.status_code == 503
    assert attempts(controls) == 3
    assert len(clock.slept) == 2


def test_retry_after_is_honoured_and_capped(
    client: Realsee, controls: SandboxControls, sandbox: Sandbox, clock: FakeClock
) -> None:
    controls.fail_next(Fault(status=429, retry_after=3), path=STATUS)
    with pytest.raises(Exception, match="not found"):
        client.pano.get_pano_task_status(task_code="x")
    assert clock.slept == [3.0]
    realsee = Realsee(**REALSEE, base_url=sandbox.api_url, retry_policy=policy(clock, max_retry_after=5))
    controls.fail_next(Fault(status=429, retry_after=120), path=STATUS)
    with pytest.raises(Exception, match="not found"):
        realsee.pano.get_pano_task_status(task_code="x")
    assert clock.slept[-1] == 5.0


def test_rate_limit_reaches_the_caller_with_retry_after(
    sandbox: Sandbox, controls: SandboxControls, clock: FakeClock
) -> None:
    realsee = Realsee(**REALSEE, base_url=sandbox.api_url, retry_policy=policy(clock, max_retries=0))
    realsee.pano.get_pano_upload_token()
    controls.fail_next(Fault(status=429, retry_after=7), path=STATUS)
    with pytest.raises(RateLimitError) as caught:
        realsee.pano.get_pano_task_status(task_code="x")
    assert caught.value.retry_after == 7.0
    assert clock.slept == []


def test_idempotent_call_is_retried_after_a_dropped_connection(
    client: Realsee, controls: SandboxControls
) -> None:
    controls.fail_next(Fault(drop="before"), path=STATUS)
    with pytest.raises(Exception, match="not found"):
        client.pano.get_pano_task_status(task_code="x")
    assert attempts(controls) == 2


def _submission(client: Realsee) -> SubmitPanoTaskRequest:
    key = upload(client.pano.get_pano_upload_token().to_dict(), package())
    return SubmitPanoTaskRequest(project_name="church", private_cos_key=key)


def test_submit_whose_answer_is_dropped_is_not_sent_twice(
    client: Realsee, controls: SandboxControls, sandbox: Sandbox
) -> None:
    body = _submission(client)
    controls.fail_next(Fault(drop="after"), path=SUBMIT)
    with pytest.raises(TransportError):
        client.pano.submit_pano_task(body=body)
    assert attempts(controls, "submit_pano_task") == 1
    assert len(sandbox.app.realsee.state.tasks) == 1  # it was created, once


def test_submit_is_not_retried_after_a_server_error(
    client: Realsee, controls: SandboxControls, sandbox: Sandbox
) -> None:
    body = _submission(client)
    controls.fail_next(Fault(status=503), path=SUBMIT)
    with pytest.raises(ServerError):
        client.pano.submit_pano_task(body=body)
    assert attempts(controls, "submit_pano_task") == 1
    assert sandbox.app.realsee.state.tasks == {}


def test_requests_that_never_left_are_retried_even_for_submit(clock: FakeClock) -> None:
    """Nothing listens on the port: the connection is refused, so the submit never reached anyone."""
    seen: list[httpx.Request] = []

    class Counting(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return super().handle_request(request)

    closed = f"http://127.0.0.1:{free_port()}"
    client = Connection(base_url=closed, policy=policy(clock), transport=Counting()).attach(
        AuthenticatedClient(base_url=closed, token="t"), auth=RawToken("t")
    )
    with pytest.raises(TransportError, match=r"POST .*/open/v1/pano/task/submit"):
        submit_pano_task.sync(
            client=client, body=SubmitPanoTaskRequest(project_name="p", private_cos_key="k")
        )
    assert len(seen) == 3
    assert len(clock.slept) == 2


def test_no_retries_when_disabled(sandbox: Sandbox, controls: SandboxControls) -> None:
    realsee = Realsee(**REALSEE, base_url=sandbox.api_url, max_retries=0)
    realsee.pano.get_pano_upload_token()
    controls.fail_next(Fault(status=503), path=STATUS)
    with pytest.raises(ServerError):
        realsee.pano.get_pano_task_status(task_code="x")
    assert attempts(controls) == 1


def test_timeout_per_client(sandbox: Sandbox, controls: SandboxControls) -> None:
    realsee = Realsee(**REALSEE, base_url=sandbox.api_url, max_retries=0, timeout=0.2)
    realsee.pano.get_pano_upload_token()
    controls.fail_next(Fault(latency=1.0), path=STATUS)
    with pytest.raises(RequestTimeoutError):
        realsee.pano.get_pano_task_status(task_code="x")


def test_async_retries(sandbox: Sandbox, controls: SandboxControls, clock: FakeClock) -> None:
    async def run() -> None:
        async with AsyncRealsee(**REALSEE, base_url=sandbox.api_url, retry_policy=policy(clock)) as realsee:
            await realsee.pano.get_pano_upload_token()  # the token, fetched before any fault
            controls.fail_next(Fault(status=503), Fault(status=504), path=STATUS)
            with pytest.raises(Exception, match="not found"):
                await realsee.pano.get_pano_task_status(task_code="x")

    asyncio.run(run())
    assert attempts(controls) == 3
    assert clock.slept == [0.5, 1.0]


def test_waiting_rides_out_faults(client: Realsee, controls: SandboxControls) -> None:
    code = task(client)
    controls.fail_next(Fault(status=503), Fault(drop="before"), Fault(status=429, retry_after=1), path=STATUS)
    assert client.wait_for_task(code, interval=0.01, on_poll=lambda status: controls.advance(3))


# One call's state: the decisions both loops take, without a network.


def _call(method: str = "GET", **options: Any) -> Call:
    request = httpx.Request(method, "http://h.test/x", extensions={"timeout": {"read": 5.0, "connect": 2.0}})
    return Call(request, RetryPolicy(jitter=lambda: 1.0, **options), ResponseLimits())


def test_a_call_waits_backoff_then_retry_after_and_stops_at_max_retries() -> None:
    call = _call(max_retries=2)
    assert call.after_response(None, httpx.Response(503)) == 0.5
    assert call.after_response(None, httpx.Response(429, headers={"Retry-After": "3"})) == 3.0
    assert call.after_response(None, httpx.Response(503)) is None  # both retries taken
    assert call.after_response(None, httpx.Response(200)) is None


def test_a_create_answered_503_ends_the_call_saying_why() -> None:
    call = _call("POST")
    answer = httpx.Response(503)
    assert call.after_response(None, answer) is None
    assert "creates something" in answer.extensions[NOTE_EXTENSION]


def test_a_create_is_sent_again_only_when_it_never_left() -> None:
    call = _call("POST")
    assert call.after_error(httpx.ConnectError("refused")) == 0.5
    with pytest.raises(httpx.ReadError):
        call.after_error(httpx.ReadError("reset"))


def test_a_wait_past_the_deadline_is_not_taken() -> None:
    call = _call(deadline=10)
    assert call.after_response(None, httpx.Response(429, headers={"Retry-After": "30"})) is None


class Refusing(RenewableAuth):
    def refused(self, response: httpx.Response) -> bool:
        return response.status_code == 401


def test_a_refused_credential_is_renewed_once_per_call_with_fresh_retries() -> None:
    call = _call(max_retries=1)
    assert call.after_response(None, httpx.Response(503)) == 0.5
    assert call.after_response(Refusing(), httpx.Response(401)) is RENEW
    assert call.after_response(None, httpx.Response(503)) == 0.5  # the renewed request's own retry
    assert call.after_response(Refusing(), httpx.Response(401)) is None  # the second refusal is the caller's


def test_an_attempt_gets_the_time_it_has_through_the_timeout_extension() -> None:
    call = _call(deadline=1)
    call.attempt()
    timeouts = call.request.extensions["timeout"]
    assert timeouts["connect"] <= 1.0  # cut from 2 s to the call's deadline
    assert timeouts["read"] <= 1.0  # and from 5 s


# What reaches a transport: the request and its public extensions, no state of the call.


def test_a_transport_sees_only_public_extensions(sandbox: Sandbox, controls: SandboxControls) -> None:
    seen: list[dict[str, Any]] = []

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(dict(request.extensions))
            return super().handle_request(request)

    with Realsee(**REALSEE, base_url=sandbox.api_url, transport=Recording()) as realsee:
        realsee.pano.get_pano_upload_token()
    keys = {key for extensions in seen for key in extensions}
    assert keys <= {"timeout", "vrlive_core.operation"}, keys  # was vrlive.timeouts, vrlive.call_time too


def _drip_headers(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
    body = task_status()
    drip(connection, head(length=len(body)) + body, stop)


def test_an_async_attempt_is_bounded_on_a_transport_of_ones_own() -> None:
    """httpx's own transport bounds each read, not the exchange: the async loop bounds the attempt."""

    async def run() -> None:
        async with AsyncRealsee(
            app_key="key",
            app_secret="hostile-secret-1",
            base_url=server.url,
            async_transport=httpx.AsyncHTTPTransport(),
            timeout=2,
            max_retries=0,
        ) as realsee:
            await realsee.pano.get_pano_task_status(task_code="t1")

    with HostileServer(with_tokens(_drip_headers)) as server:
        started = time.monotonic()
        with pytest.raises(RequestTimeoutError, match="no complete answer within 2s"):
            asyncio.run(run())
        elapsed = time.monotonic() - started
    assert elapsed < 6, f"a 2 s timeout held the call {elapsed:.1f}s"  # was ~20 s: one byte every 0.2 s
