"""The sandbox's typed controls, its strict request log and its in-process transports."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from vrlive_sandbox import Fault, FaultRates, Sandbox
from vrlive_sandbox.controls import SandboxControls
from vrlive_sandbox.transport import AsyncSandboxTransport, SandboxTransport

FORM = {"app_key": "sandbox-app-key", "app_secret": "sandbox-app-secret"}


@pytest.fixture
def controls(sandbox: Sandbox) -> SandboxControls:
    controls = SandboxControls(sandbox)
    controls.reset()
    return controls


def test_the_log_keeps_bodies_without_secrets_and_every_violation(controls: SandboxControls) -> None:
    api = controls.api_url
    misspelt = {"app_key": "sandbox-app-key", "app_sekret": "sandbox-app-secret"}
    refused = httpx.post(f"{api}/auth/access_token", data=misspelt)
    assert refused.json()["code"] == -1  # answered as Realsee answers it
    httpx.post(f"{api}/auth/access_token", data=FORM)
    first, second = controls.requests(operation="get_access_token")
    # Under a name no spec marks, the secret is still known by its value.
    assert first.body == {"app_key": "sandbox-app-key", "app_sekret": "[redacted]"}
    assert first.violations == ("body: 'app_secret' is a required property", "body.app_sekret: unknown field")
    assert second.body == {"app_key": "sandbox-app-key", "app_secret": "[redacted]"}
    assert second.violations == ()
    assert (second.vendor, second.method, second.path, second.status) == (
        "realsee",
        "POST",
        "/auth/access_token",
        200,
    )
    assert [(record.seq, violation) for record, violation in controls.violations()] == [
        (1, "body: 'app_secret' is a required property"),
        (1, "body.app_sekret: unknown field"),
    ]


def test_the_log_redacts_the_secrets_the_sandbox_issued_whatever_the_field(controls: SandboxControls) -> None:
    api = controls.api_url
    token = httpx.post(f"{api}/auth/access_token", data=FORM).json()["data"]["access_token"]
    httpx.post(
        f"{api}/open/v1/live/entrance",
        headers={"Authorization": token},
        json={"app_id": "vw9deNaEggNpPLkW", "tokn": token, "note": f"Bearer {token}", "members": "[]"},
    )
    httpx.get(f"{api}/open/v1/pano/task/status", params={"task_code": "t-1", "access_token": token})
    _, room, status = controls.requests()
    assert room.body == {
        "app_id": "vw9deNaEggNpPLkW",
        "tokn": "[redacted]",
        "note": "[redacted]",
        "members": "[]",
    }
    assert status.query == {"task_code": "t-1", "access_token": "[redacted]"}
    assert token not in repr(controls.requests())


def test_a_request_no_operation_answers_is_logged_as_a_violation(controls: SandboxControls) -> None:
    api = controls.api_url
    assert httpx.post(f"{api}/auth/acess_token", data=FORM).status_code == 404
    assert httpx.get(f"{api}/auth/access_token").status_code == 405
    typo, wrong_method = controls.requests()
    assert (typo.vendor, typo.operation, typo.method, typo.path, typo.status) == (
        None,
        None,
        "POST",
        "/auth/acess_token",
        404,
    )
    assert typo.violations == ("no operation of the spec answers POST /auth/acess_token",)
    assert typo.body == {"app_key": "sandbox-app-key", "app_secret": "[redacted]"}
    assert (wrong_method.vendor, wrong_method.operation, wrong_method.status) == ("realsee", None, 405)
    assert wrong_method.violations == (
        "no operation of the spec answers GET /auth/access_token (on this path: POST get_access_token)",
    )
    assert controls.requests(vendor="realsee") == [wrong_method]


def test_configure_is_checked(controls: SandboxControls) -> None:
    controls.configure(task_outcome="failed", upload_ttl=60)
    assert controls.sandbox.config.task_outcome == "failed"
    with pytest.raises(ValueError, match=r"task_outcome must be 'success' or 'failed', not 'crashed'"):
        controls.configure(task_outcome="crashed")  # type: ignore[typeddict-item]
    with pytest.raises(ValueError, match=r"not settings of the sandbox: \['task_outcom'\]"):
        controls.configure(task_outcom="failed")  # type: ignore[typeddict-unknown-key]
    with pytest.raises(ValueError, match=r"upload_ttl must be int, not True"):
        controls.configure(upload_ttl=True)
    controls.reset()
    assert controls.sandbox.config.task_outcome == "success"


def test_faults_time_and_relays(controls: SandboxControls) -> None:
    controls.fail_next(Fault(status=503), path="/open/v1/pano/task/status")
    assert httpx.get(f"{controls.api_url}/open/v1/pano/task/status").status_code == 503
    with pytest.raises(TypeError, match=r"fail_next takes Fault values"):
        controls.fail_next({"status": 503})  # type: ignore[arg-type]
    before = controls.now()
    assert controls.advance(30) >= before + 30
    controls.fault_rates(FaultRates(server_error=1.0, seed=3))
    assert httpx.get(f"{controls.api_url}/open/v1/pano/task/status").status_code in (500, 502, 503)
    with pytest.raises(ValueError, match=r"cannot answer relay nope: unknown relay"):
        controls.accept_relay("nope")


def test_in_process_transports_serve_without_a_socket(controls: SandboxControls) -> None:
    with httpx.Client(
        base_url="http://sandbox.invalid", transport=SandboxTransport(controls.sandbox)
    ) as client:
        token = client.post("/auth/access_token", data=FORM).json()["data"]["access_token"]
        status = client.get(
            "/open/v1/pano/task/status", params={"task_code": "x"}, headers={"Authorization": token}
        )
    assert status.status_code == 200
    assert status.json()["code"] == -1  # no such task, in Realsee's words
    controls.fail_next(Fault(drop="before"))

    async def dropped() -> None:
        transport = AsyncSandboxTransport(controls.sandbox)
        async with httpx.AsyncClient(base_url="http://sandbox.invalid", transport=transport) as client:
            await client.post("/auth/access_token", data=FORM)

    with pytest.raises(httpx.RemoteProtocolError):
        asyncio.run(dropped())
    assert [record.operation for record in controls.requests()] == [
        "get_access_token",
        "get_pano_task_status",
        "get_access_token",
    ]
