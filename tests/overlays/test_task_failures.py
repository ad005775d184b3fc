"""A failed panorama-to-VR task: TaskFailedError keeps the last status and the vendor's reason, and
the command line's one line says it.

Realsee's own OpenAPI document (realsee-panorama-to-vr-skill, apis/pano-to-3d.openapi.json)
names no reason field: its failed example is ``{project_id, status: "failed", vr_url: ""}``, and
its tool keeps the whole ``data`` as the failure's details. So the reason is read from the fields a
failed status may carry beyond the documented ones, and the whole status stays in ``last_state``.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from pathlib import Path
from typing import Any

import pytest

from realsee_client.models import PanoTaskState, PanoTaskStatus
from tests.hostile import HostileServer, Seen, answer, task_status, with_tokens
from tests.sandbox.packages import task
from vrlive import StateUnreachableError, TaskFailedError, cli
from vrlive.realsee import AsyncRealsee, Realsee
from vrlive_sandbox.controls import SandboxControls


def failing(**reason: Any) -> HostileServer:
    def status(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        answer(connection, task_status("failed", **reason))

    return HostileServer(with_tokens(status))


def test_a_failed_task_keeps_its_last_status(realsee: Realsee, controls: SandboxControls) -> None:
    controls.configure(task_outcome="failed")
    code = task(realsee)
    with pytest.raises(TaskFailedError) as caught:
        realsee.wait_for_task(code, interval=0.01, on_poll=lambda status: controls.advance(5))
    error = caught.value
    assert isinstance(error, StateUnreachableError)  # what every declared waiter raises on a failure
    assert isinstance(error.last_state, PanoTaskStatus)
    assert error.last_state.status is PanoTaskState.FAILED
    assert (error.task_code, error.project_id, error.reason) == (code, error.last_state.project_id, None)
    assert str(error) == (
        f"panorama-to-VR task {code} (project {error.project_id}) failed; Realsee gave no reason"
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"reason": "images/hall.jpg is not equirectangular"},
        {"error_msg": "images/hall.jpg is not equirectangular"},
        {"message": "images/hall.jpg is not equirectangular", "error_code": 1203},
    ],
    ids=["reason", "error_msg", "message"],
)
def test_the_vendors_reason_is_kept_and_said(fields: dict[str, Any]) -> None:
    server = failing(**fields)
    with (
        server,
        Realsee(app_key="key", app_secret="secret-of-the-app", base_url=server.url) as realsee,
        pytest.raises(TaskFailedError) as caught,
    ):
        realsee.wait_for_task("t1", interval=0.01)
    error = caught.value
    assert error.reason == "images/hall.jpg is not equirectangular"
    assert (
        str(error) == "panorama-to-VR task t1 (project pano-1) failed: images/hall.jpg is not equirectangular"
    )
    assert isinstance(error.last_state, PanoTaskStatus)
    assert error.last_state.to_dict() == {"project_id": "pano-1", "status": "failed", "vr_url": "", **fields}


def test_the_async_wait_keeps_them_too() -> None:
    async def run() -> TaskFailedError:
        server = failing(reason="out of quota")
        with server:
            async with AsyncRealsee(
                app_key="key", app_secret="secret-of-the-app", base_url=server.url
            ) as realsee:
                try:
                    await realsee.wait_for_task("t1", interval=0.01)
                except TaskFailedError as error:
                    return error
        raise AssertionError("the task did not fail")

    error = asyncio.run(run())
    assert (error.reason, error.last_state.status) == ("out of quota", PanoTaskState.FAILED)  # type: ignore[attr-defined]


def test_the_command_line_says_the_reason_in_its_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REALSEE_APP_KEY", "key")
    monkeypatch.setenv("REALSEE_APP_SECRET", "secret-of-the-app")
    with failing(reason="images/hall.jpg is not equirectangular") as server:
        monkeypatch.setenv("REALSEE_BASE_URL", server.url)
        code = cli.main(["task", "t1", "--wait", "--interval", "0.01"])
        err = capsys.readouterr().err
        json_code = cli.main(["task", "t1", "--json"])
        out = capsys.readouterr().out
    assert code == json_code == cli.EXIT_TASK_FAILED
    assert err.strip().splitlines()[-1] == (
        "vrlive: panorama-to-VR task t1 (project pano-1) failed: images/hall.jpg is not equirectangular"
    )
    assert json.loads(out)["reason"] == "images/hall.jpg is not equirectangular"
