"""Values a vendor ships before its docs list them: kept and logged, waiters keep polling; strict
mode (this project's tests, the sandbox) makes them errors again."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import pickle
import threading
import uuid
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from ivh_client.models import IvhSessionStatus, SessionStat
from qnlive_client.models import RelayProgress, RelaySession, RelayStatus
from realsee_client.models import PanoTaskState, PanoTaskStatus
from tests.facades import IVH, REALSEE
from vrlive import (
    AsyncRealsee,
    Ivh,
    QnLive,
    Realsee,
    ResponseValidationError,
    TaskTimeoutError,
    WaitTimeoutError,
)
from vrlive.cli import EXIT_TIMEOUT, main
from vrlive_core.strict import set_strict, strict
from vrlive_sandbox.controls import SandboxControls

TASK = {"project_id": "pano-1", "status": "processing", "vr_url": ""}
RELAY = {
    "sid": "r1",
    "init_user_id": "u1",
    "init_room_id": "l1",
    "recv_room_id": "l2",
    "recv_user_id": "u2",
    "status": 0,
}
SESSION = {
    "ReqId": "0" * 32,
    "SessionStatus": 3,
    "PlayStreamAddr": "",
    "IsSessionStarted": False,
    "ErrorCode": 0,
}


@pytest.fixture(autouse=True)
def tolerant() -> Iterator[None]:
    """Users' default: this project's own tests run strictly (tests/conftest.py)."""
    with strict(False):
        yield


def test_unknown_values_are_kept_with_their_raw_value() -> None:
    task = PanoTaskStatus.from_dict({**TASK, "status": "queued"})
    relay = RelaySession.from_dict({**RELAY, "status": 9})
    session = SessionStat.from_dict({**SESSION, "SessionStatus": 7})
    for member, enum, raw in (
        (task.status, PanoTaskState, "queued"),
        (relay.status, RelayStatus, 9),
        (session.session_status, IvhSessionStatus, 7),
    ):
        assert isinstance(member, enum)
        assert member.value == raw
        assert member == raw
        assert member.name == "UNKNOWN"
        assert member.is_known is False
        assert member not in set(enum)
    assert PanoTaskState.PROCESSING.is_known is True
    assert task.to_dict()["status"] == "queued"
    assert relay.to_dict()["status"] == 9
    assert session.to_dict()["SessionStatus"] == 7
    # The same unknown value parses into the same member, so identity tests behave.
    assert PanoTaskStatus.from_dict({**TASK, "status": "queued"}).status is task.status


def test_only_parsing_is_tolerant() -> None:
    """Building a request value by hand still refuses what the spec does not list."""
    with pytest.raises(ValueError, match="is not a valid RelayStatus"):
        RelayStatus(9)


def test_one_warning_per_schema_and_value(caplog: pytest.LogCaptureFixture) -> None:
    fresh = f"queued-{uuid.uuid4().hex[:6]}"
    with caplog.at_level(logging.WARNING, logger="vrlive"):
        for _ in range(3):
            PanoTaskStatus.from_dict({**TASK, "status": fresh})
    warnings = [record for record in caplog.records if fresh in record.getMessage()]
    assert len(warnings) == 1
    assert warnings[0].name == "vrlive"
    assert warnings[0].levelno == logging.WARNING
    assert warnings[0].getMessage() == (
        f"PanoTaskStatus.status: {fresh!r} is not a value the spec lists for PanoTaskState ('failed', "
        "'pending', 'processing', 'success'); kept as an unknown PanoTaskState (its name is UNKNOWN, "
        "is_known is False). The vendor may have added it: update the spec. Set VRLIVE_STRICT=1 to make "
        "this an error."
    )


def test_the_same_value_in_another_schema_is_named_there_too(caplog: pytest.LogCaptureFixture) -> None:
    value = 90 + uuid.uuid4().int % 9
    with caplog.at_level(logging.WARNING, logger="vrlive"):
        session = RelaySession.from_dict({**RELAY, "status": value})
        progress = RelayProgress.from_dict({"relay_id": "relay_1", "relay_status": value})
    places = [
        record.getMessage().split(":")[0]
        for record in caplog.records
        if f": {value} is not" in record.getMessage()
    ]
    assert places == ["RelaySession.status", "RelayProgress.relay_status"]
    assert session.status is progress.relay_status  # one unknown member per value


def test_an_unknown_member_survives_pickling() -> None:
    status = PanoTaskStatus.from_dict({**TASK, "status": "queued"}).status
    copy = pickle.loads(pickle.dumps(status))
    assert copy is status
    assert (copy.name, copy.value, copy.is_known) == ("UNKNOWN", "queued", False)


def test_type_errors_and_missing_fields_stay_errors() -> None:
    with pytest.raises(ResponseValidationError, match=r"PanoTaskStatus\.status: expected one of .*got 5"):
        PanoTaskStatus.from_dict({**TASK, "status": 5})
    with pytest.raises(ResponseValidationError, match=r"RelaySession\.status: expected one of .*got True"):
        RelaySession.from_dict({**RELAY, "status": True})
    with pytest.raises(
        ResponseValidationError, match=r"SessionStat\.SessionStatus: required field is missing"
    ):
        SessionStat.from_dict({key: value for key, value in SESSION.items() if key != "SessionStatus"})


def test_strict_mode_from_the_variable_and_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    set_strict(None)  # follow the variable
    monkeypatch.setenv("VRLIVE_STRICT", "1")
    with pytest.raises(
        ResponseValidationError, match=r"RelaySession\.status: expected one of 0, 1, 2, 3, 4, 5, 6, got 9"
    ):
        RelaySession.from_dict({**RELAY, "status": 9})
    monkeypatch.setenv("VRLIVE_STRICT", "0")
    assert RelaySession.from_dict({**RELAY, "status": 9}).status.value == 9
    with strict(), pytest.raises(ResponseValidationError):  # the switch wins over the variable
        RelaySession.from_dict({**RELAY, "status": 9})
    monkeypatch.setenv("VRLIVE_STRICT", "1")
    with strict(False):
        assert RelaySession.from_dict({**RELAY, "status": 9}).status.is_known is False


def test_a_response_with_an_unknown_value_reaches_the_caller() -> None:
    body = {"code": 0, "status": "success", "data": {**TASK, "status": "queued"}}
    client = Realsee(**REALSEE, base_url="https://api.test", transport=_transport(lambda _: body))
    with client:
        status = client.pano.get_pano_task_status(task_code="t1")
    assert status.status.value == "queued"


# Waiters.


def _transport(answer: Callable[[httpx.Request], dict[str, Any]]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/access_token":
            token = {"access_token": "t" * 16, "expire_at": 4_102_444_800}
            return httpx.Response(200, json={"code": 0, "status": "success", "data": token})
        return httpx.Response(200, json=answer(request))

    return httpx.MockTransport(handler)


def _sequence(*documents: dict[str, Any]) -> Callable[[httpx.Request], dict[str, Any]]:
    """Answers with each document in turn, then the last one again and again."""
    answered = iter(documents)
    last: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> dict[str, Any]:
        last[:] = [next(answered, last[0] if last else documents[-1])]
        return last[0]

    return answer


def _realsee_status(state: str) -> dict[str, Any]:
    vr_url = "https://realsee.cn/vr" if state == "success" else ""
    return {"code": 0, "status": "success", "data": {**TASK, "status": state, "vr_url": vr_url}}


def test_wait_for_task_keeps_polling_through_an_unknown_state() -> None:
    polled: list[str] = []
    answers = _sequence(_realsee_status("queued"), _realsee_status("queued"), _realsee_status("success"))
    with Realsee(**REALSEE, base_url="https://api.test", transport=_transport(answers)) as realsee:
        vr_url = realsee.wait_for_task(
            "t1", interval=0.01, timeout=5, on_poll=lambda s: polled.append(s.status.value)
        )
    assert vr_url == "https://realsee.cn/vr"
    assert polled == ["queued", "queued", "success"]


def test_wait_for_task_times_out_with_the_unknown_state_as_last_state() -> None:
    with (
        Realsee(
            **REALSEE, base_url="https://api.test", transport=_transport(lambda _: _realsee_status("queued"))
        ) as realsee,
        pytest.raises(TaskTimeoutError) as caught,
    ):
        realsee.wait_for_task("t1", interval=0.01, timeout=0.1)
    assert caught.value.last_state.status.value == "queued"
    assert caught.value.waited >= 0.1


def test_wait_for_relay_keeps_polling_through_an_unknown_status() -> None:
    def relay(status: int) -> dict[str, Any]:
        return {"request_id": "r", "code": 0, "message": "success", "data": {**RELAY, "status": status}}

    polled: list[int] = []
    answers = _sequence(relay(9), relay(9), relay(1))
    with QnLive("https://api.test", token="user-token-1", transport=_transport(answers)) as live:
        session = live.wait_for_relay(
            "r1", interval=0.01, timeout=5, on_poll=lambda s: polled.append(s.status.value)
        )
        assert session.status is RelayStatus.RECEIVER_ACCEPTED
        assert polled == [9, 9, 1]
        with pytest.raises(WaitTimeoutError) as caught:
            QnLive(
                "https://api.test", token="user-token-1", transport=_transport(lambda _: relay(9))
            ).wait_for_relay("r1", interval=0.01, timeout=0.1)
    assert caught.value.last_state.status.value == 9


def test_wait_until_ready_keeps_polling_through_an_unknown_status() -> None:
    def stat(status: int) -> dict[str, Any]:
        return {
            "Header": {"Code": 0, "Message": "", "RequestID": "q"},
            "Payload": {**SESSION, "SessionStatus": status},
        }

    polled: list[int] = []
    answers = _sequence(stat(7), stat(7), stat(1))
    with Ivh(**IVH, base_url="https://api.test", transport=_transport(answers)) as ivh:
        ready = ivh.wait_until_ready(
            "s1", interval=0.01, timeout=5, on_poll=lambda s: polled.append(s.session_status.value)
        )
    assert ready.session_status is IvhSessionStatus.READY
    assert polled == [7, 7, 1]
    with (
        Ivh(**IVH, base_url="https://api.test", transport=_transport(lambda _: stat(7))) as ivh,
        pytest.raises(WaitTimeoutError) as caught,
    ):
        ivh.wait_until_ready("s1", interval=0.01, timeout=0.1)
    assert caught.value.last_state.session_status.value == 7


def test_async_waiter_keeps_polling_too() -> None:
    answers = _sequence(_realsee_status("queued"), _realsee_status("success"))
    realsee = AsyncRealsee(**REALSEE, base_url="https://api.test", async_transport=_transport(answers))

    async def run() -> str:
        async with realsee:
            return await realsee.wait_for_task("t1", interval=0.01, timeout=5)

    assert asyncio.run(run()) == "https://realsee.cn/vr"


# The CLI, against a loopback server that only ever says "queued".


@pytest.fixture
def queued_server() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path.startswith("/auth/access_token"):
                document: dict[str, Any] = {
                    "code": 0,
                    "status": "success",
                    "data": {"access_token": "t" * 16, "expire_at": 4_102_444_800},
                }
            else:
                document = _realsee_status("queued")
            body = json.dumps(document).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_vrlive_task_wait_keeps_waiting_through_an_unknown_state(
    queued_server: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REALSEE_APP_KEY", REALSEE["app_key"])
    monkeypatch.setenv("REALSEE_APP_SECRET", REALSEE["app_secret"])
    code = main(
        [
            "task",
            "t1",
            "--wait",
            "--json",
            "--base-url",
            queued_server,
            "--interval",
            "0.05",
            "--timeout",
            "0.4",
        ]
    )
    assert code == EXIT_TIMEOUT  # it waited, where before it stopped at once with exit 3
    result = json.loads(capsys.readouterr().out)
    assert result["status"] == "timeout"
    assert result["resume"] == "vrlive task t1 --wait"


def test_the_sandbox_environment_turns_strict_mode_on(controls: SandboxControls) -> None:
    """What `python -m vrlive_sandbox` prints and the plugin sets: drift fails users' contract tests."""
    assert controls.environment["VRLIVE_STRICT"] == "1"
    assert os.environ["VRLIVE_STRICT"] == "1"
