"""vrlive.qnlive and vrlive.ivh over loopback HTTP against the sandbox."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest

from ivh_client.models import IvhDriverType, IvhProtocol, IvhSessionStatus, SessionStat
from qnlive_client.models import RelaySession, RelayStatus, StartRelayRequest
from tests.facades import IVH, QINIU, Recorder
from vrlive import (
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    StateUnreachableError,
    TokenExpiredError,
    WaitTimeoutError,
)
from vrlive.ivh import AsyncIvh, Ivh, IvhSignature
from vrlive.qnlive import AsyncQnLive, QnLive
from vrlive_sandbox import Sandbox
from vrlive_sandbox.controls import SandboxControls

RELAY = StartRelayRequest(init_room_id="live_1", recv_room_id="live_2", recv_user_id="user_2")

# Qiniu.


def test_minted_token_is_signed_with_ak_sk_and_accepted(qnlive: QnLive, controls: SandboxControls) -> None:
    relay = qnlive.relay.start_relay(body=RELAY)
    assert relay.relay_status is RelayStatus.WAITING_FOR_RECEIVER
    (minted,) = controls.requests(operation="get_user_token")
    assert minted.status == 200


def test_mint_token_needs_the_ak_sk(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    monkeypatch.delenv("QNLIVE_ACCESS_KEY", raising=False)
    monkeypatch.delenv("QNLIVE_SECRET_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="app_id and user_id with the Qiniu AK/SK"):
        QnLive(sandbox.api_url)
    with QnLive(sandbox.api_url, token="t") as live, pytest.raises(ConfigurationError) as caught:
        live.mint_token("live_app_1", "user_1")
    assert "access_key (QNLIVE_ACCESS_KEY)" in str(caught.value)
    assert "secret_key (QNLIVE_SECRET_KEY)" in str(caught.value)


def test_ak_sk_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox, controls: SandboxControls
) -> None:
    monkeypatch.setenv("QNLIVE_ACCESS_KEY", QINIU["access_key"])
    monkeypatch.setenv("QNLIVE_SECRET_KEY", QINIU["secret_key"])
    monkeypatch.setenv("QNLIVE_BASE_URL", sandbox.api_url)
    with QnLive(app_id="live_app_1", user_id="user_1") as live:
        assert live.mint_token("live_app_1", "user_9", device_id="d1").expires_at > 0


def test_wrong_secret_key_is_an_authentication_error(sandbox: Sandbox, controls: SandboxControls) -> None:
    live = QnLive(sandbox.api_url, token="t", access_key=QINIU["access_key"], secret_key="wrong")
    with live, pytest.raises(AuthenticationError) as caught:
        live.mint_token("live_app_1", "user_1")
    assert (caught.value.code, caught.value.status_code) == (401, 401)


def test_static_token_that_expires_is_an_error(
    qnlive: QnLive, sandbox: Sandbox, controls: SandboxControls
) -> None:
    token = qnlive.mint_token("live_app_1", "user_1", expires_at=int(time_now(controls)) + 60).access_token
    with QnLive(sandbox.api_url, token=token) as live:
        live.relay.start_relay(body=RELAY)
        controls.advance(61)
        with pytest.raises(TokenExpiredError) as caught:
            live.relay.get_relay_session("relay_x")
    assert caught.value.code == 499


def time_now(controls: SandboxControls) -> float:
    return controls.now()


def test_provider_is_asked_once_when_the_token_is_refused(
    qnlive: QnLive, sandbox: Sandbox, controls: SandboxControls
) -> None:
    calls: list[str] = []

    def provider() -> str:
        calls.append("asked")
        return qnlive.mint_token("live_app_1", "user_1").access_token

    short = qnlive.mint_token("live_app_1", "user_1", expires_at=int(time_now(controls)) + 60).access_token
    with QnLive(sandbox.api_url, token=short, token_provider=provider) as live:
        relay = live.relay.start_relay(body=RELAY)
        controls.advance(61)
        assert live.relay.get_relay_session(relay.relay_id).sid == relay.relay_id
    assert calls == ["asked"]


def test_provider_of_bad_tokens_gets_one_try(sandbox: Sandbox, controls: SandboxControls) -> None:
    calls: list[str] = []

    def provider() -> str:
        calls.append("asked")
        return "not-a-token"

    live = QnLive(sandbox.api_url, token="also-not-a-token", token_provider=provider)
    with live, pytest.raises(AuthenticationError):
        live.relay.get_relay_session("relay_x")
    assert calls == ["asked"]
    assert len(controls.requests(operation="get_relay_session")) == 2


def _accept_on_second_poll(controls: SandboxControls, relay_id: str, answer: str = "accept") -> object:
    polls: list[RelaySession] = []

    def on_poll(session: RelaySession) -> None:
        polls.append(session)
        if len(polls) == 2:
            (controls.accept_relay if answer == "accept" else controls.reject_relay)(relay_id)

    return on_poll


def test_wait_for_relay_until_accepted(qnlive: QnLive, controls: SandboxControls) -> None:
    relay = qnlive.relay.start_relay(body=RELAY)
    session = qnlive.wait_for_relay(
        relay.relay_id, interval=0.01, on_poll=_accept_on_second_poll(controls, relay.relay_id)
    )  # type: ignore[arg-type]
    assert session.status is RelayStatus.RECEIVER_ACCEPTED


def test_wait_for_relay_stops_when_rejected(qnlive: QnLive, controls: SandboxControls) -> None:
    relay = qnlive.relay.start_relay(body=RELAY)
    on_poll = _accept_on_second_poll(controls, relay.relay_id, "reject")
    with pytest.raises(StateUnreachableError, match="RECEIVER_REJECTED") as caught:
        qnlive.wait_for_relay(relay.relay_id, interval=0.01, on_poll=on_poll)  # type: ignore[arg-type]
    assert caught.value.last_state.status is RelayStatus.RECEIVER_REJECTED  # type: ignore[attr-defined]


def test_wait_for_relay_times_out_and_the_async_facade_waits_too(
    qnlive: QnLive, sandbox: Sandbox, controls: SandboxControls
) -> None:
    relay = qnlive.relay.start_relay(body=RELAY)
    with pytest.raises(WaitTimeoutError) as caught:
        qnlive.wait_for_relay(relay.relay_id, interval=0.02, timeout=0.1)
    assert caught.value.last_state.status is RelayStatus.WAITING_FOR_RECEIVER  # type: ignore[attr-defined]
    on_poll = _accept_on_second_poll(controls, relay.relay_id)

    async def run() -> RelaySession:
        async with AsyncQnLive(sandbox.api_url, app_id="live_app_1", user_id="user_1", **QINIU) as live:
            return await live.wait_for_relay(relay.relay_id, interval=0.01, on_poll=on_poll)  # type: ignore[arg-type]

    assert asyncio.run(run()).status is RelayStatus.RECEIVER_ACCEPTED


# IVH.


TRTC_TEXT: dict[str, Any] = {"protocol": IvhProtocol.TRTC, "driver_type": IvhDriverType.TEXT}


def test_signer_reproduces_the_published_vector() -> None:
    signer = IvhSignature(
        "e38267c0e86411ebb02aed82acb0ed99", "f68f2d10ae9e4604b76fb05cf46bccec", clock=lambda: 1646636485
    )
    signed = next(signer.auth_flow(httpx.Request("POST", "https://gw.tvs.qq.com/v2/ivh/x")))
    assert signed.url.params["appkey"] == "e38267c0e86411ebb02aed82acb0ed99"
    assert signed.url.params["timestamp"] == "1646636485"
    assert signed.url.params["signature"] == "BfWuaC9kmaicCggXc693uK+sZQ8qe88O4HVQNTdwZuo="
    assert b"signature=BfWuaC9kmaicCggXc693uK%2BsZQ8qe88O4HVQNTdwZuo%3D" in signed.url.query  # URL-encoded


def test_signed_calls_and_fresh_req_ids(sandbox: Sandbox, controls: SandboxControls) -> None:
    recorder = Recorder()
    with Ivh(**IVH, base_url=sandbox.api_url, transport=recorder) as ivh:
        created = ivh.session.create_session(virtualman_project_id="p1", user_id="viewer-1", **TRTC_TEXT)
        again = ivh.session.stat_session(
            session_id=created.session_id, req_id="0123456789abcdef0123456789abcdef"
        )
    assert len(created.req_id) == 32
    assert int(created.req_id, 16) >= 0
    assert again.req_id == "0123456789abcdef0123456789abcdef"
    assert all(
        {"appkey", "timestamp", "signature"} <= set(request.url.params) for request in recorder.requests
    )


def test_bad_accesstoken_is_an_authentication_error(sandbox: Sandbox, controls: SandboxControls) -> None:
    ivh = Ivh(appkey=IVH["appkey"], accesstoken="wrong", base_url=sandbox.api_url)
    with ivh, pytest.raises(AuthenticationError) as caught:
        ivh.session.create_session(virtualman_project_id="p1", user_id="viewer-1", **TRTC_TEXT)
    assert caught.value.code == 100005


def test_missing_ivh_credentials_name_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IVH_APPKEY", raising=False)
    monkeypatch.delenv("IVH_ACCESSTOKEN", raising=False)
    with pytest.raises(
        ConfigurationError, match=r"appkey \(IVH_APPKEY\) and accesstoken \(IVH_ACCESSTOKEN\)"
    ):
        Ivh()


def test_session_lifecycle_through_the_facade(ivh: Ivh, controls: SandboxControls) -> None:
    created = ivh.session.create_session(virtualman_project_id="p1", user_id="viewer-1", **TRTC_TEXT)
    polls: list[SessionStat] = []

    def advance(stat: SessionStat) -> None:
        polls.append(stat)
        controls.advance(2)

    ready = ivh.wait_until_ready(created.session_id, interval=0.01, on_poll=advance)
    assert ready.session_status is IvhSessionStatus.READY
    assert polls[0].session_status is IvhSessionStatus.PREPARING
    ivh.session.start_session(session_id=created.session_id)
    sign = ivh.session.get_trtc_sign(session_id=created.session_id, room_id="1200000", user_id="guest")
    assert sign.user_sig
    assert sign.private_map_key
    ivh.session.close_session(session_id=created.session_id)
    with pytest.raises(StateUnreachableError, match="CLOSED"):
        ivh.wait_until_ready(created.session_id, interval=0.01)
    with pytest.raises(NotFoundError):
        ivh.session.stat_session(session_id="m000")


def test_the_async_facade_has_the_same_methods(sandbox: Sandbox, controls: SandboxControls) -> None:
    controls.configure(ivh_ready_seconds=3600)

    async def run() -> None:
        async with AsyncIvh(**IVH, base_url=sandbox.api_url) as ivh:
            created = await ivh.session.create_session(
                virtualman_project_id="p1", user_id="viewer-2", **TRTC_TEXT
            )
            with pytest.raises(WaitTimeoutError):
                await ivh.wait_until_ready(created.session_id, interval=0.02, timeout=0.1)
            controls.configure(ivh_ready_seconds=0)
            ready = await ivh.wait_until_ready(created.session_id, interval=0.01)
            assert ready.session_status is IvhSessionStatus.READY
            await ivh.session.start_session(session_id=created.session_id)
            sign = await ivh.session.get_trtc_sign(
                session_id=created.session_id, room_id="1", user_id="guest"
            )
            assert sign.user_sig
            await ivh.session.close_session(session_id=created.session_id)

    asyncio.run(run())


@pytest.mark.vrlive_sandbox(virtual_time=False)  # another thread cancels, in real time
def test_wait_until_ready_can_be_cancelled(ivh: Ivh, controls: SandboxControls) -> None:
    controls.configure(ivh_ready_seconds=3600)
    created = ivh.session.create_session(virtualman_project_id="p1", user_id="viewer-3", **TRTC_TEXT)
    cancel = threading.Event()
    threading.Timer(0.1, cancel.set).start()
    with pytest.raises(Exception, match="cancelled"):
        ivh.wait_until_ready(created.session_id, interval=60, cancel=cancel)


HINT = (
    "; the receiver never answered: under the sandbox's pytest plugin a relay is answered only as "
    '@pytest.mark.vrlive_sandbox(relay_answer="accept") (or "reject") says, or by the vrlive_sandbox '
    "fixture's accept_relay(relay_id)"
)


def test_a_relay_wait_timing_out_under_the_plugin_says_how_relays_are_answered(
    qnlive: QnLive, sandbox: Sandbox
) -> None:
    relay = qnlive.relay.start_relay(body=RELAY)
    with pytest.raises(WaitTimeoutError) as caught:
        qnlive.wait_for_relay(relay.relay_id, interval=5, timeout=60)  # virtual time: no real wait
    assert str(caught.value).startswith(
        f"gave up waiting for relay {relay.relay_id} to become RECEIVER_ACCEPTED"
    )
    assert str(caught.value).endswith(HINT)

    async def run() -> None:
        async with AsyncQnLive(sandbox.api_url, app_id="live_app_1", user_id="user_1", **QINIU) as live:
            await live.wait_for_relay(relay.relay_id, interval=5, timeout=60)

    with pytest.raises(WaitTimeoutError) as waited:
        asyncio.run(run())
    assert str(waited.value).endswith(HINT)


@pytest.mark.vrlive_sandbox(virtual_time=False)
def test_a_relay_wait_in_real_time_gives_no_sandbox_hint(qnlive: QnLive) -> None:
    relay = qnlive.relay.start_relay(body=RELAY)
    with pytest.raises(WaitTimeoutError) as caught:
        qnlive.wait_for_relay(relay.relay_id, interval=0.02, timeout=0.1)
    assert "relay_answer" not in str(caught.value)
