"""Fault injection, the control endpoints and the request log."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from tests.sandbox.packages import package, upload
from tests.sandbox.realsee_api import call, token
from tests.specs import operations
from vrlive_sandbox import Fault, Sandbox
from vrlive_sandbox.controls import SandboxControls

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


def _example(spec_name: str, operation_id: str, name: str) -> Any:
    operation = next(op for op in operations(spec_name) if op.id == operation_id)
    return next(value for _status, found, value in operation.response_examples() if found == name)


def test_a_declared_failure_example_is_answered_through_the_faults_control(api: httpx.Client) -> None:
    access_token = token(api)
    submit = "/open/v1/pano/task/submit"
    api.post(
        "/_sandbox/faults", json={"faults": [{"example": "user_id_empty"}], "path": submit}
    ).raise_for_status()
    body = {"project_name": "p", "private_cos_key": "k"}
    answer = call(api, "POST", submit, access_token, json=body)
    assert answer == _example("realsee", "submit_pano_task", "user_id_empty")
    assert call(api, "POST", submit, access_token, json=body)["business_code"] != "10001"  # used once
    first = api.get("/_sandbox/requests", params={"operation": "submit_pano_task"}).json()["requests"][0]
    assert (first["status"], first["fault"]["example"]) == (200, "user_id_empty")


def test_an_example_fault_waits_for_an_operation_that_declares_it(api: httpx.Client) -> None:
    """token_expired is declared by every Realsee call but the token's own: the token request
    passes, the next call meets it, with its response's status (a Qiniu one: 401)."""
    api.post("/_sandbox/faults", json={"faults": [{"example": "token_expired"}]}).raise_for_status()
    access_token = token(api)
    assert call(api, "GET", "/open/v1/pano/file/token", access_token) == _example(
        "realsee", "get_pano_upload_token", "token_expired"
    )
    api.post(
        "/_sandbox/faults", json={"faults": [{"example": "404/not_found"}], "path": "/client/relay/r1"}
    ).raise_for_status()
    relay = api.get("/client/relay/r1")
    assert (relay.status_code, relay.json()) == (404, _example("qnlive", "get_relay_session", "not_found"))


def test_an_example_no_operation_declares_is_refused_naming_those_declared(
    api: httpx.Client, sandbox: Sandbox
) -> None:
    refused = api.post(
        "/_sandbox/faults", json={"faults": [{"example": "gone"}], "path": "/open/v1/pano/task/status"}
    )
    assert refused.status_code == 400
    assert refused.json()["detail"] == (
        "no operation of /open/v1/pano/task/status declares the response example 'gone'; declared: "
        "failed, processing, success, token_expired, vendor_failed, vendor_processing, vendor_success"
    )
    both = api.post("/_sandbox/faults", json={"faults": [{"example": "x", "status": 503}]})
    assert both.json()["detail"] == "a fault takes one of status, drop and example"
    with pytest.raises(ValueError, match="declares the response example 'gone'"):
        SandboxControls(sandbox).fail_next(Fault(example="gone"), path="/auth/access_token")
