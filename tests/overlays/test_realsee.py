"""vrlive.realsee over loopback HTTP against the sandbox: configuration, tokens, waiting for tasks."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from realsee_client.models import PanoTaskStatus
from tests.facades import REALSEE, Recorder
from tests.sandbox.packages import task
from vrlive import (
    AuthenticationError,
    ConfigurationError,
    ServerError,
    TaskFailedError,
    TaskTimeoutError,
    TokenExpiredError,
    WaitCancelledError,
)
from vrlive.realsee import AsyncRealsee, Realsee
from vrlive_sandbox import Fault, Sandbox
from vrlive_sandbox.controls import SandboxControls


def token_requests(controls: SandboxControls) -> int:
    return len(controls.requests(operation="get_access_token"))


# Configuration.


def test_credentials_and_url_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox, controls: SandboxControls
) -> None:
    monkeypatch.setenv("REALSEE_APP_KEY", REALSEE["app_key"])
    monkeypatch.setenv("REALSEE_APP_SECRET", REALSEE["app_secret"])
    monkeypatch.setenv("REALSEE_BASE_URL", sandbox.api_url)
    with Realsee() as realsee:
        assert realsee.pano.get_pano_upload_token().bucket == "vrlab-private"


def test_missing_credentials_name_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REALSEE_APP_KEY", raising=False)
    monkeypatch.delenv("REALSEE_APP_SECRET", raising=False)
    with pytest.raises(ConfigurationError) as caught:
        Realsee()
    assert str(caught.value) == (
        "Realsee needs app_key (REALSEE_APP_KEY) and app_secret (REALSEE_APP_SECRET): "
        "pass them, or set the variables"
    )
    monkeypatch.setenv("REALSEE_APP_KEY", "key")
    with pytest.raises(
        ConfigurationError, match=r"needs app_secret \(REALSEE_APP_SECRET\): pass it, or set the variable$"
    ):
        Realsee()


@pytest.mark.parametrize(
    ("region", "host"),
    [(None, "https://app-gateway.realsee.cn"), ("global", "https://app-gateway.realsee.ai")],
)
def test_region_picks_the_host(monkeypatch: pytest.MonkeyPatch, region: str | None, host: str) -> None:
    monkeypatch.delenv("REALSEE_REGION", raising=False)
    monkeypatch.delenv("REALSEE_BASE_URL", raising=False)
    assert Realsee(**REALSEE, region=region).connection.base_url == host


def test_unknown_region_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REALSEE_BASE_URL", raising=False)
    monkeypatch.setenv("REALSEE_REGION", "mars")
    with pytest.raises(ConfigurationError, match="region 'mars'"):
        Realsee(**REALSEE)


# Tokens.


def test_token_is_fetched_lazily_and_sent_raw(sandbox: Sandbox, controls: SandboxControls) -> None:
    recorder = Recorder()
    with Realsee(**REALSEE, base_url=sandbox.api_url, transport=recorder) as realsee:
        assert token_requests(controls) == 0
        realsee.pano.get_pano_upload_token()
        realsee.pano.get_pano_upload_token()
    assert token_requests(controls) == 1
    token_call, *calls = recorder.requests
    assert token_call.url.path == "/auth/access_token"
    assert "authorization" not in token_call.headers
    assert {call.headers["authorization"] for call in calls} == {realsee._auth._token.value}  # type: ignore[union-attr]
    assert not calls[0].headers["authorization"].startswith("Bearer")


@pytest.mark.vrlive_sandbox(virtual_time=False)  # only the sandbox's clock jumps: the token is refused (-3)
def test_token_expiring_mid_sequence_is_refreshed_and_the_call_replayed(
    realsee: Realsee, controls: SandboxControls
) -> None:
    realsee.pano.get_pano_upload_token()
    controls.advance(301)
    assert realsee.pano.get_pano_upload_token().prefix
    assert token_requests(controls) == 2
    assert len(controls.requests(operation="get_pano_upload_token")) == 3  # refused once, replayed once


def test_token_is_refreshed_before_it_expires(sandbox: Sandbox, controls: SandboxControls) -> None:
    now = [time.time()]
    with Realsee(**REALSEE, base_url=sandbox.api_url, clock=lambda: now[0]) as realsee:
        realsee.pano.get_pano_upload_token()
        expire_at = realsee._auth._token.expires_at  # type: ignore[union-attr]
        now[0] = expire_at - 20  # inside the 30 s advisory margin
        realsee.pano.get_pano_upload_token()
    operations = [entry.operation for entry in controls.requests()]
    assert operations == [
        "get_access_token",
        "get_pano_upload_token",
        "get_access_token",
        "get_pano_upload_token",
    ]


def test_old_token_serves_when_an_advisory_refresh_fails(sandbox: Sandbox, controls: SandboxControls) -> None:
    now = [time.time()]
    with Realsee(**REALSEE, base_url=sandbox.api_url, clock=lambda: now[0], max_retries=0) as realsee:
        realsee.pano.get_pano_upload_token()
        now[0] = realsee._auth._token.expires_at - 20  # type: ignore[union-attr]
        controls.fail_next(Fault(status=503), path="/auth/access_token")
        assert realsee.pano.get_pano_upload_token().prefix
        now[0] = realsee._auth._token.expires_at - 5  # type: ignore[union-attr]  # inside the mandatory margin
        controls.fail_next(Fault(status=503), path="/auth/access_token")
        with pytest.raises(ServerError):
            realsee.pano.get_pano_upload_token()


def test_a_second_refusal_is_an_error_not_a_loop(realsee: Realsee, controls: SandboxControls) -> None:
    controls.configure(realsee_token_ttl=0)  # every token is expired on arrival
    with pytest.raises(TokenExpiredError):
        realsee.pano.get_pano_upload_token()
    assert token_requests(controls) == 2
    assert len(controls.requests(operation="get_pano_upload_token")) == 2


def test_wrong_credentials_fail_at_once(sandbox: Sandbox, controls: SandboxControls) -> None:
    realsee = Realsee(app_key=REALSEE["app_key"], app_secret="wrong", base_url=sandbox.api_url)
    with realsee, pytest.raises(AuthenticationError, match="illegal app") as caught:
        realsee.pano.get_pano_upload_token()
    assert caught.value.code == -1
    assert token_requests(controls) == 1
    assert controls.requests(operation="get_pano_upload_token") == []


def test_fifty_threads_on_an_expired_token_cause_one_token_request(
    realsee: Realsee, controls: SandboxControls
) -> None:
    realsee.pano.get_pano_upload_token()
    controls.advance(301)
    start = threading.Barrier(50)
    errors: list[BaseException] = []

    def call() -> None:
        start.wait()
        try:
            realsee.pano.get_pano_task_status(task_code="none")
        except BaseException as error:  # a business error (unknown task) is expected; anything else is not
            if not (isinstance(error, Exception) and "not found" in str(error)):
                errors.append(error)

    threads = [threading.Thread(target=call) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert token_requests(controls) == 2  # the first token, and one refresh for all fifty


def test_two_hundred_tasks_on_an_expired_token_cause_one_token_request(
    sandbox: Sandbox, controls: SandboxControls
) -> None:
    async def run() -> list[Any]:
        async with AsyncRealsee(**REALSEE, base_url=sandbox.api_url) as realsee:
            await realsee.pano.get_pano_upload_token()
            controls.advance(301)
            calls = [realsee.pano.get_pano_task_status(task_code="none") for _ in range(200)]
            return await asyncio.gather(*calls, return_exceptions=True)

    outcomes = asyncio.run(run())
    assert all("not found" in str(outcome) for outcome in outcomes)
    assert token_requests(controls) == 2


def test_many_first_calls_share_the_first_fetch(realsee: Realsee, controls: SandboxControls) -> None:
    threads = [threading.Thread(target=realsee.pano.get_pano_upload_token) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert token_requests(controls) == 1


# Waiting for a task.


def test_wait_for_task_returns_the_vr_url(realsee: Realsee, controls: SandboxControls) -> None:
    code = task(realsee)
    seen: list[str] = []

    def progress(status: PanoTaskStatus) -> None:
        seen.append(status.status.value)
        controls.advance(3)

    vr_url = realsee.wait_for_task(code, interval=0.01, on_poll=progress)
    assert vr_url.startswith("https://realsee.cn/sandbox/")
    assert seen[0] == "pending"
    assert seen[-1] == "success"
    assert "processing" in seen


@pytest.mark.vrlive_sandbox(virtual_time=False)  # only the sandbox's clock jumps: the token is refused (-3)
def test_wait_for_task_survives_token_expiry(realsee: Realsee, controls: SandboxControls) -> None:
    code = task(realsee)
    assert realsee.wait_for_task(code, interval=0.01, on_poll=lambda status: controls.advance(301))
    assert token_requests(controls) == 2  # the first (upload, submit, first poll) and one refresh
    assert len(controls.requests(operation="get_pano_task_status")) == 3  # polled, refused, replayed


def test_failed_task_raises_with_its_code(realsee: Realsee, controls: SandboxControls) -> None:
    controls.configure(task_outcome="failed")
    code = task(realsee)
    with pytest.raises(TaskFailedError) as caught:
        realsee.wait_for_task(code, interval=0.01, on_poll=lambda status: controls.advance(5))
    assert caught.value.task_code == code


def test_timeout_says_how_to_resume(realsee: Realsee) -> None:
    code = task(realsee)
    with pytest.raises(TaskTimeoutError) as caught:
        realsee.wait_for_task(code, interval=0.05, timeout=0.2)
    assert caught.value.task_code == code
    assert caught.value.last_state.status.value == "pending"  # type: ignore[attr-defined]
    assert f"vrlive task {code} --wait" in str(caught.value)


@pytest.mark.vrlive_sandbox(virtual_time=False)  # a cancel set from another thread, in real time
def test_wait_can_be_cancelled(realsee: Realsee) -> None:
    code = task(realsee)
    cancel = threading.Event()
    polls: list[PanoTaskStatus] = []

    def cancel_soon(status: PanoTaskStatus) -> None:
        polls.append(status)
        threading.Timer(0.1, cancel.set).start()  # from elsewhere, while the wait sleeps

    with pytest.raises(WaitCancelledError) as caught:
        realsee.wait_for_task(code, interval=60, timeout=600, on_poll=cancel_soon, cancel=cancel)
    assert len(polls) == 1
    assert caught.value.last_state is polls[0]


@pytest.mark.vrlive_sandbox(virtual_time=False)  # a cancel set from another thread, in real time
def test_async_wait_succeeds_and_can_be_cancelled(
    realsee: Realsee, sandbox: Sandbox, controls: SandboxControls
) -> None:
    code = task(realsee)

    async def run() -> tuple[str, bool]:
        async with AsyncRealsee(**REALSEE, base_url=sandbox.api_url) as asynchronous:
            return await wait_then_cancel(asynchronous)

    async def wait_then_cancel(asynchronous: AsyncRealsee) -> tuple[str, bool]:
        vr_url = await asynchronous.wait_for_task(
            code, interval=0.01, on_poll=lambda status: controls.advance(3)
        )
        second = task(realsee)  # submitted once the first is done, so the clock has not run it yet
        waiting = asyncio.create_task(asynchronous.wait_for_task(second, interval=30))
        await asyncio.sleep(0.2)
        waiting.cancel()
        try:
            await waiting
        except asyncio.CancelledError:
            return vr_url, True
        return vr_url, False

    vr_url, cancelled = asyncio.run(run())
    assert vr_url.startswith("https://realsee.cn/sandbox/")
    assert cancelled
