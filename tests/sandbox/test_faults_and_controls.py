"""Fault injection, the control endpoints and the request log."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from tests.sandbox.packages import package, upload
from tests.sandbox.test_realsee import call, token
from vrlive_sandbox import Sandbox

STATUS = "/open/v1/pano/task/status"


def test_queued_server_errors_then_normal_answers(api: httpx.Client) -> None:
    access_token = token(api)
    api.post(
        "/_sandbox/faults", json={"faults": [{"status": 503}, {"status": 502}], "path": STATUS}
    ).raise_for_status()
    statuses = [
        api.get(STATUS, params={"task_code": "x"}, headers={"Authorization": access_token}) for _ in range(3)
    ]
    assert [response.status_code for response in statuses] == [503, 502, 200]
    assert statuses[0].headers["content-type"] == "application/problem+json"


def test_rate_limit_fault_sends_retry_after(api: httpx.Client) -> None:
    api.post("/_sandbox/faults", json={"faults": [{"status": 429, "retry_after": 2}]}).raise_for_status()
    response = api.get(STATUS, params={"task_code": "x"})
    assert (response.status_code, response.headers["retry-after"]) == (429, "2")


def test_latency_fault_delays_the_answer(api: httpx.Client) -> None:
    api.post("/_sandbox/faults", json={"faults": [{"latency": 0.3}]}).raise_for_status()
    started = time.monotonic()
    api.get(STATUS, params={"task_code": "x"})
    assert time.monotonic() - started >= 0.3


def test_dropped_connection_before_processing(api: httpx.Client, sandbox: Sandbox) -> None:
    api.post(
        "/_sandbox/faults", json={"faults": [{"drop": "before"}], "path": "/auth/access_token"}
    ).raise_for_status()
    with httpx.Client(base_url=sandbox.api_url) as fresh, pytest.raises(httpx.RemoteProtocolError):
        fresh.post(
            "/auth/access_token", data={"app_key": "sandbox-app-key", "app_secret": "sandbox-app-secret"}
        )
    (entry,) = api.get("/_sandbox/requests", params={"operation": "get_access_token"}).json()["requests"]
    assert entry["fault"]["drop"] == "before"
    assert entry["status"] is None


def test_dropped_connection_after_processing_still_did_the_work(api: httpx.Client, sandbox: Sandbox) -> None:
    access_token = token(api)
    key = upload(call(api, "GET", "/open/v1/pano/file/token", access_token)["data"], package())
    submit = "/open/v1/pano/task/submit"
    api.post("/_sandbox/faults", json={"faults": [{"drop": "after"}], "path": submit}).raise_for_status()
    with httpx.Client(base_url=sandbox.api_url) as fresh, pytest.raises(httpx.RemoteProtocolError):
        fresh.post(
            submit,
            json={"project_name": "p", "private_cos_key": key},
            headers={"Authorization": access_token},
        )
    (entry,) = api.get("/_sandbox/requests", params={"operation": "submit_pano_task"}).json()["requests"]
    assert (entry["status"], entry["fault"]["drop"]) == (200, "after")
    assert len(sandbox.app.realsee.state.tasks) == 1


def test_seeded_rates_repeat_exactly(api: httpx.Client) -> None:
    def run() -> list[int]:
        api.post("/_sandbox/reset").raise_for_status()
        api.put(
            "/_sandbox/faults", json={"server_error": 0.3, "rate_limited": 0.2, "seed": 11}
        ).raise_for_status()
        return [api.get(STATUS, params={"task_code": "x"}).status_code for _ in range(30)]

    first, second = run(), run()
    assert first == second
    assert set(first) - {200} <= {429, 500, 502, 503}
    assert any(status != 200 for status in first)
    assert 200 in first


def test_bad_fault_is_refused(api: httpx.Client) -> None:
    assert api.post("/_sandbox/faults", json={"faults": [{"status": 404}]}).status_code == 400
    assert api.post("/_sandbox/faults", json={"faults": [{"drop": "sideways"}]}).status_code == 400


def test_reset_forgets_everything(api: httpx.Client, sandbox: Sandbox) -> None:
    access_token = token(api)
    api.post("/_sandbox/clock", json={"advance": 100})
    api.patch("/_sandbox/config", json={"task_outcome": "failed"})
    api.post("/_sandbox/reset").raise_for_status()
    assert api.get("/_sandbox/requests").json()["requests"] == []
    assert call(api, "GET", "/open/v1/pano/file/token", access_token)["code"] == -3
    assert sandbox.config.task_outcome == "success"
    assert api.get("/_sandbox").json()["now"] == pytest.approx(time.time(), abs=5)


def test_clock_only_moves_forward(api: httpx.Client) -> None:
    assert api.post("/_sandbox/clock", json={"advance": -1}).status_code == 400


def test_config_accepts_only_tunable_settings(api: httpx.Client) -> None:
    assert api.patch("/_sandbox/config", json={"realsee_app_secret": "x"}).status_code == 400
    assert api.patch("/_sandbox/config", json={"task_outcome": "maybe"}).status_code == 400


def test_request_log_keeps_no_secrets(api: httpx.Client) -> None:
    access_token = token(api)
    call(api, "GET", "/open/v1/pano/file/token", access_token)
    api.post(
        "/v2/ivh/sessionmanager/sessionmanagerservice/statsession",
        params={"appkey": "a", "timestamp": "1", "signature": "c2VjcmV0LXNpZ25hdHVyZQ=="},
        json={"Header": {}, "Payload": {}},
    )
    log = json.dumps(api.get("/_sandbox/requests").json())
    for secret in (access_token, "sandbox-app-secret", "c2VjcmV0LXNpZ25hdHVyZQ=="):
        assert secret not in log
    assert '"signature": "[redacted]"' in log


def test_unknown_paths_and_methods(api: httpx.Client) -> None:
    assert api.get("/nowhere").status_code == 404
    assert api.delete(STATUS).status_code == 405
    assert api.get("/_sandbox/nowhere").status_code == 404
