"""The vrlive command against the sandbox: results, exit codes, --json, the state file and resuming."""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest

from tests.e2e.panoramas import folder, jpeg
from tests.facades import REALSEE
from tests.hostile import HostileServer, Seen, answer, envelope
from tests.servers import sandbox_cli
from tests.specs import ROOT
from vrlive import cli
from vrlive.realsee import AsyncRealsee
from vrlive_sandbox import Sandbox
from vrlive_sandbox.controls import SandboxControls


@pytest.fixture
def workdir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox, controls: SandboxControls
) -> Path:
    """A working folder with a folder of panoramas, the sandbox's credentials, and quick tasks."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REALSEE_APP_KEY", REALSEE["app_key"])
    monkeypatch.setenv("REALSEE_APP_SECRET", REALSEE["app_secret"])
    monkeypatch.setenv("REALSEE_BASE_URL", sandbox.api_url)
    controls.configure(task_pending_seconds=0.05, task_processing_seconds=0.1)
    folder(tmp_path / "church")
    return tmp_path


QUICK = ("--interval", "0.05")


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = cli.main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def state(workdir: Path, name: str = "church") -> dict[str, Any]:
    """What the state file records of the folder ``name``, its path as ``folder``."""
    folders = json.loads((workdir / cli.STATE_FILE).read_text())["folders"]
    return next({"folder": path, **entry} for path, entry in folders.items() if Path(path).name == name)


def test_success_prints_the_vr_url_and_records_each_step(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "pano2vr", "church", "--interval", "0.05")
    assert code == cli.EXIT_OK, err
    vr_url = out.strip()
    assert vr_url.startswith("https://realsee.cn/sandbox/")
    recorded = state(workdir)
    assert recorded["status"] == "success"
    assert recorded["vr_url"] == vr_url
    assert recorded["folder"] == str(workdir / "church")
    assert recorded["key"].endswith("/church.zip")
    assert vr_url.endswith(recorded["task_code"])
    assert "submitted church as task" in err


def test_json_prints_one_result_and_no_progress(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "pano2vr", "church", "--json", "--interval", "0.05", "--project-name", "p1")
    assert code == cli.EXIT_OK
    result = json.loads(out)
    assert set(result) == {
        "status", "task_code", "project_id", "project_name", "bucket", "key", "vr_url", "warnings",
    }  # fmt: skip
    assert (result["status"], result["project_name"]) == ("success", "p1")
    assert err == ""


def test_invalid_input_lists_every_problem_and_exits_2(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    jpeg(workdir / "church" / "crooked.jpg", 300, 200)
    (workdir / "church" / "vestry.jpg").write_text("hi")
    code, out, err = run(capsys, "pano2vr", "church")
    assert code == cli.EXIT_INVALID
    assert out == ""
    assert "crooked.jpg: not equirectangular" in err
    assert "vestry.jpg: not a JPEG image" in err
    assert "Traceback" not in err
    assert err.startswith("vrlive: "), err  # no blank line from a progress display never used
    code, out, _ = run(capsys, "pano2vr", "church", "--json")
    assert code == cli.EXIT_INVALID
    assert len(json.loads(out)["problems"]) == 2
    assert controls.requests() == []


def test_files_that_are_not_images_are_left_out_with_a_warning(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "church" / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(60))
    (workdir / "church" / "notes.md").write_text("# the church\n")
    code, out, err = run(capsys, "pano2vr", "church", "--interval", "0.05")
    assert code == cli.EXIT_OK, err
    assert "checked church: 3 panoramas" in err
    assert "warning: Thumbs.db: not an image (by its name or its bytes): left out" in err
    assert "warning: notes.md: not an image (by its name or its bytes): left out" in err
    code, out, _ = run(capsys, "pano2vr", "church", "--json", "--state", "again.json", "--interval", "0.05")
    assert json.loads(out)["warnings"] == [
        "Thumbs.db: not an image (by its name or its bytes): left out",
        "notes.md: not an image (by its name or its bytes): left out",
    ]


def test_missing_credentials_name_the_variables(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REALSEE_APP_SECRET")
    code, _, err = run(capsys, "pano2vr", "church")
    assert code == cli.EXIT_INVALID
    assert "REALSEE_APP_SECRET" in err


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("htp:/nowhere", "is not an http:// or https:// URL with a host"),
        ("127.0.0.1:8000", "is not an http:// or https:// URL with a host"),
        ("http://", "is not an http:// or https:// URL with a host"),
        ("http://host:port", "has a port that is not a number"),
    ],
)
def test_a_malformed_base_url_exits_2_naming_it(
    workdir: Path, capsys: pytest.CaptureFixture[str], url: str, problem: str
) -> None:
    code, _, err = run(capsys, "task", "abc", "--base-url", url)
    assert code == cli.EXIT_INVALID, err
    assert err == f"vrlive: --base-url {url!r} {problem}\n"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"vrlive {importlib.metadata.version('vrlive-sdk')}\n"


def test_wrong_credentials_exit_3_without_the_secret(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REALSEE_APP_SECRET", "not-the-secret-123")
    code, out, err = run(capsys, "pano2vr", "church", "--json")
    assert code == cli.EXIT_API
    result = json.loads(out)
    assert (result["error"], result["exit_code"]) == ("AuthenticationError", 3)
    assert "illegal app" in result["message"]
    assert "not-the-secret-123" not in out + err


def test_a_failed_task_exits_4(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    controls.configure(task_outcome="failed")
    code, _, err = run(capsys, "pano2vr", "church", "--interval", "0.05")
    assert code == cli.EXIT_TASK_FAILED
    assert "failed" in err
    assert state(workdir)["status"] == "failed"


def test_timeout_exits_5_and_the_same_command_or_vrlive_task_resumes(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    controls.configure(task_pending_seconds=3600)
    code, out, _ = run(capsys, "pano2vr", "church", "--interval", "0.05", "--timeout", "0.3", "--json")
    assert code == cli.EXIT_TIMEOUT
    result = json.loads(out)
    task_code = result["task_code"]
    assert result["resume"] == f"vrlive task {task_code} --wait"
    assert (state(workdir)["status"], state(workdir)["task_code"]) == ("timeout", task_code)

    code, out, err = run(capsys, "pano2vr", "church", "--no-wait")  # the task still runs: not submitted twice
    assert (code, out.strip()) == (cli.EXIT_OK, task_code)
    assert f"church: task {task_code}, submitted by an earlier run" in err
    assert len(controls.requests(operation="submit_pano_task")) == 1

    code, out, _ = run(capsys, "task", "--json")  # the state file's task, once
    assert (code, json.loads(out)["status"]) == (cli.EXIT_OK, "pending")

    controls.configure(task_pending_seconds=0.05)
    code, out, _ = run(capsys, "task", "--wait", "--interval", "0.05")
    assert code == cli.EXIT_OK
    assert out.strip().endswith(task_code)
    assert state(workdir)["status"] == "success"

    code, out, _ = run(capsys, "pano2vr", "church", "--force")  # converted: its VR URL, nothing sent
    assert (code, out.strip()) == (cli.EXIT_OK, f"https://realsee.cn/sandbox/{task_code}")
    assert len(controls.requests(operation="submit_pano_task")) == 1


def test_no_wait_prints_the_task_code(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "pano2vr", "church", "--no-wait")
    assert code == cli.EXIT_OK
    task_code = out.strip()
    assert f"vrlive task {task_code} --wait" in err
    code, out, _ = run(capsys, "task", task_code, "--wait", "--interval", "0.05")
    assert (code, out.strip()) == (cli.EXIT_OK, f"https://realsee.cn/sandbox/{task_code}")


def test_a_task_looked_up_where_no_run_recorded_anything_leaves_no_file(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "pano2vr", "church", "--no-wait", "--state", str(workdir / "elsewhere.json"))
    task_code = out.strip()
    before = sorted(path.name for path in workdir.iterdir())
    code, out, _ = run(capsys, "task", task_code, "--wait", "--interval", "0.05")
    assert (code, out.strip()) == (cli.EXIT_OK, f"https://realsee.cn/sandbox/{task_code}")
    assert sorted(path.name for path in workdir.iterdir()) == before  # no state file, no lock file


def interrupted_while_waiting(
    tmp_path: Path, info: dict[str, Any], after: float, interval: str = "0.1"
) -> tuple[int, str, str]:
    """``vrlive pano2vr`` as a console script, sent SIGINT (as Ctrl-C sends) ``after`` seconds
    into waiting for its task; its exit status, stdout and stderr."""
    process = subprocess.Popen(
        [Path(sys.executable).parent / "vrlive", "pano2vr", "church", "--interval", interval],
        cwd=tmp_path,
        env={**os.environ, **info["environment"]},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    state_file = tmp_path / cli.STATE_FILE
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and "task_code" not in (
        state_file.read_text() if state_file.exists() else ""
    ):
        time.sleep(0.05)
    time.sleep(after)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    return process.returncode, out, err


def test_ctrl_c_while_waiting_prints_how_to_resume(tmp_path: Path) -> None:
    folder(tmp_path / "church")
    with sandbox_cli("--task-seconds", "3600", "1") as info:
        code, out, err = interrupted_while_waiting(tmp_path, info, after=0.3)  # polling now
    task_code = state(tmp_path)["task_code"]
    assert code == cli.EXIT_INTERRUPTED, err
    assert f"Resume with: vrlive task {task_code} --wait" in err
    assert "Traceback" not in err
    assert out == ""


def test_ctrl_c_during_a_poll_lets_its_answer_in_and_then_stops(tmp_path: Path) -> None:
    """Ctrl-C while a status request is in flight: the answer is kept (no KeyboardInterrupt inside
    httpx's pool, whose lock it can leave taken: encode/httpcore#990), then the command stops."""
    folder(tmp_path / "church")
    with sandbox_cli("--task-seconds", "0", "3600", "--fault-latency", "2") as info:
        # 0.8 s in, the first poll (sent 0.01 s in) is on its way: its answer takes 2 s.
        code, out, err = interrupted_while_waiting(tmp_path, info, after=0.8, interval="0.01")
    recorded = state(tmp_path)
    assert code == cli.EXIT_INTERRUPTED, err
    assert recorded["status"] == "processing"  # the poll in flight was answered and recorded
    assert f"Resume with: vrlive task {recorded['task_code']} --wait" in err
    assert "Traceback" not in err
    assert out == ""


def test_vrlive_sandbox_starts_the_emulator() -> None:
    process = subprocess.Popen(
        [Path(sys.executable).parent / "vrlive", "sandbox", "--json"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert json.loads(process.stdout.readline())["api"].startswith("http://127.0.0.1:")
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0


def test_make_demo_prints_a_vr_url() -> None:
    """What `make demo` runs: sandbox up, panoramas drawn, `vrlive pano2vr`, sandbox down."""
    demo = [sys.executable, "scripts/demo.py"]
    run = subprocess.run(demo, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().startswith("https://realsee.cn/sandbox/")
    assert "VR space ready" in run.stderr


# Nothing the command prints holds a secret, --debug logs and tracebacks included.


def unwrapped(text: str) -> str:
    """``text`` without its white space: rich wraps long lines, a secret among them, at the width."""
    return re.sub(r"\s+", "", text)


class ResponseRecorder(httpx.AsyncBaseTransport):
    """Keeps every response body, to know the secrets the API handed out."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self._transport = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._transport.handle_async_request(request)
        self.bodies.append(await response.aread())
        return response

    def handed_out(self) -> list[str]:
        found = []
        for body in self.bodies:
            data = json.loads(body).get("data") or {}
            fields = ("access_token", "tmpSecretId", "tmpSecretKey", "sessionToken")
            found += [data[name] for name in fields if name in data]
        return found


def test_debug_output_of_a_whole_run_holds_no_secret(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    sandbox_process: dict[str, Any],
) -> None:
    """Against a sandbox in its own process: what is printed is the command's, not the vendor's."""
    monkeypatch.chdir(tmp_path)
    for name, value in sandbox_process["environment"].items():
        monkeypatch.setenv(name, value)
    httpx.post(f"{sandbox_process['api']}/_sandbox/reset").raise_for_status()
    config = {"task_pending_seconds": 0.05, "task_processing_seconds": 0.1}
    httpx.patch(f"{sandbox_process['api']}/_sandbox/config", json=config).raise_for_status()
    folder(tmp_path / "church")
    recorder = ResponseRecorder()
    monkeypatch.setattr(cli, "_async_realsee", lambda arguments: AsyncRealsee(async_transport=recorder))
    code, out, err = run(capsys, "pano2vr", "church", "--debug", "--interval", "0.05")
    assert code == cli.EXIT_OK, err
    assert "botocore" in err  # botocore's DEBUG lines are there (signing, requests)...
    secrets = [REALSEE["app_secret"], *recorder.handed_out()]
    assert len(secrets) == 5  # the app's secret, a token, the three upload credentials
    printed = unwrapped(out + err)
    for secret in secrets:
        assert secret not in printed  # ...without a secret, even wrapped across lines
    assert "Signature:[redacted]" in printed
    assert not re.search(r"Signature[=:][0-9a-f]{64}", printed)


def test_a_failure_with_debug_prints_a_traceback_without_the_secret(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    echoed = "s3cret/with+signs=and&more"

    def refuse(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        answer(
            connection, envelope(None, code=-1, status=f"bad request from None body={seen.body.decode()!r}")
        )

    monkeypatch.setenv("REALSEE_APP_SECRET", echoed)
    with HostileServer(refuse) as server:
        monkeypatch.setenv("REALSEE_BASE_URL", server.url)
        code, out, err = run(capsys, "pano2vr", "church", "--debug")
        json_code, json_out, _ = run(capsys, "pano2vr", "church", "--json")
    assert code == json_code == cli.EXIT_API
    assert "Traceback" in err
    assert "AuthenticationError" in err
    assert "app_secret=[redacted]" in err
    for form in (echoed, quote_plus(echoed), quote(echoed, safe="")):
        assert form not in unwrapped(out + err + json_out)


def test_control_characters_in_file_names_are_escaped_on_the_terminal(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "church" / "notes\x1b]0;pwned\x07.md").write_text("retitles the terminal")
    code, out, err = run(capsys, "pano2vr", "church", *QUICK)
    assert code == cli.EXIT_OK, err
    assert "warning: notes\\x1b]0;pwned\\x07.md: not an image (by its name or its bytes): left out" in err
    jpeg(workdir / "church" / "crooked\x1b[2J\u202e.jpg", 300, 200)
    code, out, err = run(capsys, "pano2vr", "church", "--state", "again.json")
    assert code == cli.EXIT_INVALID
    assert "crooked\\x1b[2J\\u202e.jpg: not equirectangular" in err
    (workdir / "church" / "crooked\x1b[2J\u202e.jpg").unlink()
    folder(workdir / "tower\x1b[31m")
    code, out, err = run(capsys, "pano2vr", "church", "tower\x1b[31m", "--no-wait")
    assert code == cli.EXIT_OK, err
    assert f"{workdir}/tower\\x1b[31m\tsubmitted\t" in out
    assert "tower\\x1b[31m: submitted" in err
    assert "\x1b" not in out + err


def test_the_check_summary_gives_sizes_in_units_that_fit(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "pano2vr", "church", *QUICK)
    assert code == cli.EXIT_OK, err
    summary = re.search(r"checked church: 3 panoramas \(([\d.]+ kB)\), ([\d.]+ kB) to upload", err)
    assert summary is not None, err
    assert float(summary[1].split()[0]) > 0


def test_a_folder_uploaded_by_an_earlier_run_is_submitted_from_its_key(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    code, _, _ = run(capsys, "pano2vr", "church", "--no-wait")
    assert code == cli.EXIT_OK
    recorded = json.loads((workdir / cli.STATE_FILE).read_text())
    (entry,) = recorded["folders"].values()  # as a run stopped between its upload and its submit leaves it
    for name in ("task_code", "project_id"):
        del entry[name]
    entry["status"] = "uploaded"
    (workdir / cli.STATE_FILE).write_text(json.dumps(recorded))

    code, out, err = run(capsys, "pano2vr", "church", *QUICK)
    assert code == cli.EXIT_OK, err
    assert out.startswith("https://realsee.cn/sandbox/")
    assert f"church: uploaded by an earlier run as {entry['key']}; submitting it" in err
    assert re.search(r"submitted church as task \w+ \(project [\w-]+\)", err)
    assert len(controls.requests(operation="get_pano_upload_token")) == 1
    assert len(controls.requests(operation="submit_pano_task")) == 2
