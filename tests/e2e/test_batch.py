"""`vrlive pano2vr DIR DIR ...`: a batch against the sandbox (virtual time: tasks run their whole
schedule while the test waits only for the uploads). What is checked first, how many go at once,
what each folder prints, the exit status, and resuming without uploading or submitting twice."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.panoramas import folder, jpeg
from vrlive import cli
from vrlive.batch import BATCH_STATE_FILE, BatchState, FolderRun
from vrlive.realsee import AsyncRealsee
from vrlive_sandbox import Fault
from vrlive_sandbox.controls import SandboxControls

HOMES = [f"home{number}" for number in range(5)]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, controls: SandboxControls) -> Path:
    """A working folder holding five folders of panoramas; the plugin set the sandbox's environment."""
    monkeypatch.chdir(tmp_path)
    for name in HOMES:
        folder(tmp_path / name, names=("hall", "kitchen"))
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, list[str], str]:
    code = cli.main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def recorded(workdir: Path) -> dict[str, dict[str, Any]]:
    document = json.loads((workdir / BATCH_STATE_FILE).read_text())
    return {Path(path).name: entry for path, entry in document["folders"].items()}


def submit_bodies(controls: SandboxControls) -> list[dict[str, Any]]:
    """The submit requests' bodies, in the order they arrived."""
    return [record.body for record in controls.requests(operation="submit_pano_task")]


def submits(controls: SandboxControls) -> list[str]:
    """The project names submitted, in order."""
    return [body["project_name"] for body in submit_bodies(controls)]


def uploads(controls: SandboxControls) -> int:
    return len(controls.requests(operation="get_pano_upload_token"))


def test_a_batch_converts_every_folder_with_one_line_each(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    code, out, err = run(capsys, "pano2vr", *HOMES, "--concurrency", "2")
    assert code == cli.EXIT_OK, err
    lines = dict(line.split("\t", 1) for line in out)
    assert set(lines) == {str(workdir / name) for name in HOMES}
    for line in lines.values():
        status, vr_url = line.split("\t")
        assert status == "success"
        assert vr_url.startswith("https://realsee.cn/sandbox/")
    assert sorted(submits(controls)) == HOMES
    state = recorded(workdir)
    assert {entry["status"] for entry in state.values()} == {"success"}
    assert all(entry["vr_url"].endswith(entry["task_code"]) for entry in state.values())
    assert f"batch of 5 folders: 5 success (state: {BATCH_STATE_FILE})" in err


def test_uploads_go_concurrency_at_a_time(
    workdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    in_flight, most = 0, 0
    upload = AsyncRealsee.upload_pano

    async def counted(self: AsyncRealsee, *arguments: Any, **options: Any) -> Any:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        try:
            await asyncio.sleep(0.05)  # so that the uploads overlap, were there no bound
            return await upload(self, *arguments, **options)
        finally:
            in_flight -= 1

    monkeypatch.setattr(AsyncRealsee, "upload_pano", counted)
    code, _, err = run(capsys, "pano2vr", *HOMES, "--concurrency", "2")
    assert code == cli.EXIT_OK, err
    assert most == 2


def test_every_problem_of_every_folder_is_reported_before_any_upload(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    (workdir / "home1" / "notes.jpg").write_text("not a picture")
    jpeg(workdir / "home3" / "crooked.jpg", 300, 200)
    (workdir / "empty").mkdir()
    code, out, err = run(capsys, "pano2vr", *HOMES, "empty")
    assert code == cli.EXIT_INVALID
    assert "home1: notes.jpg: not a JPEG image" in err
    assert "home3: crooked.jpg: not equirectangular" in err
    assert "empty: " in err
    assert "vrlive: 3 problems in 3 folders of the batch; nothing was uploaded" in err
    assert {line.split("\t")[1] for line in out} == {"invalid"}
    assert len(out) == 3
    assert controls.requests() == []  # not even a token

    code, out, _ = run(capsys, "pano2vr", *HOMES, "empty", "--json")
    documents = [json.loads(line) for line in out]
    assert code == cli.EXIT_INVALID
    assert [Path(document["folder"]).name for document in documents] == [*HOMES, "empty"]
    assert {document["status"] for document in documents} == {"invalid", "not_started"}
    assert documents[1]["problems"] == ["notes.jpg: not a JPEG image"]


def test_json_prints_one_object_per_folder(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    code, out, err = run(capsys, "pano2vr", *HOMES, "--json")
    assert code == cli.EXIT_OK
    assert err == ""
    documents = [json.loads(line) for line in out]
    assert sorted(Path(document["folder"]).name for document in documents) == HOMES
    for document in documents:
        assert set(document) == {
            "folder",
            "status",
            "project_name",
            "task_code",
            "project_id",
            "vr_url",
            "resumed",
        }
        assert (document["status"], document["resumed"]) == ("success", False)
        assert document["vr_url"].endswith(document["task_code"])


def test_a_batch_run_again_polls_its_tasks_and_submits_nothing_twice(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    code, out, _ = run(capsys, "pano2vr", *HOMES, "--no-wait")
    assert code == cli.EXIT_OK
    assert {line.split("\t")[1] for line in out} == {"submitted"}
    assert {entry["status"] for entry in recorded(workdir).values()} == {"submitted"}
    assert all(entry["task_code"] for entry in recorded(workdir).values())

    code, out, _ = run(capsys, "pano2vr", *HOMES, "--json")
    assert code == cli.EXIT_OK
    assert {(json.loads(line)["status"], json.loads(line)["resumed"]) for line in out} == {("success", True)}
    code, _, _ = run(capsys, "pano2vr", *HOMES)  # all done: nothing is sent at all
    assert code == cli.EXIT_OK
    assert (sorted(submits(controls)), uploads(controls)) == (HOMES, 5)


def test_a_submit_whose_answer_was_lost_is_never_submitted_again_unasked(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    # The sandbox creates the task, then drops the connection: the client cannot know it exists.
    controls.fail_next(Fault(drop="after"), path="/open/v1/pano/task/submit")
    code, out, err = run(capsys, "pano2vr", *HOMES, "--concurrency", "1")
    assert code == cli.EXIT_API
    unknown = [line for line in out if line.split("\t")[1] == "unknown"]
    assert len(unknown) == 1
    assert "its submit request may have reached Realsee" in unknown[0]
    assert "--force submits the failed and unknown folders again" in err
    lost = Path(unknown[0].split("\t")[0]).name
    assert recorded(workdir)[lost]["status"] == "unknown"
    assert submits(controls).count(lost) == 1

    code, out, _ = run(capsys, "pano2vr", *HOMES)  # resumed: still unknown, not sent again
    assert code == cli.EXIT_API
    assert [line.split("\t")[:2] for line in out if lost in line] == [[str(workdir / lost), "unknown"]]
    assert "an earlier run may have sent its submit request and recorded no answer" in "\n".join(out)
    assert (submits(controls).count(lost), uploads(controls)) == (1, 5)

    code, _, _ = run(capsys, "pano2vr", *HOMES, "--force")  # asked: uploaded and submitted again
    assert code == cli.EXIT_OK
    assert (submits(controls).count(lost), uploads(controls)) == (2, 6)
    assert len(submits(controls)) == 6


def test_an_upload_recorded_but_not_submitted_is_submitted_without_a_new_upload(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    code, _, _ = run(capsys, "pano2vr", "home0", "home1", "--no-wait")
    assert code == cli.EXIT_OK
    # As a batch killed between home1's upload and its submit leaves the file.
    state = BatchState(workdir / BATCH_STATE_FILE)
    state.load()
    entry = state.folders[str(workdir / "home1")]
    for name in ("task_code", "project_id"):
        del entry[name]
    entry["status"] = "uploaded"
    state.record(workdir / "home1")
    # The two folders went at once, so their submits may have come in either order.
    (before,) = [body for body in submit_bodies(controls) if body["project_name"] == "home1"]

    code, _, err = run(capsys, "pano2vr", "home0", "home1")
    assert code == cli.EXIT_OK, err
    assert uploads(controls) == 2
    assert sorted(submits(controls)) == ["home0", "home1", "home1"]
    assert submit_bodies(controls)[-1] == before  # home1 again, with the same key


def test_failed_tasks_exit_4_and_force_submits_them_again(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    controls.configure(task_outcome="failed")
    code, out, _ = run(capsys, "pano2vr", "home0", "home1")
    assert code == cli.EXIT_TASK_FAILED
    assert all(line.split("\t")[1] == "failed" for line in out)
    assert "failed; Realsee gave no reason" in out[0]

    code, out, _ = run(capsys, "pano2vr", "home0", "home1")  # failed stays failed: not polled, not sent
    assert code == cli.EXIT_TASK_FAILED
    assert len(submits(controls)) == 2

    controls.configure(task_outcome="success")
    code, out, _ = run(capsys, "pano2vr", "home0", "home1", "--force")
    assert code == cli.EXIT_OK
    assert sorted(submits(controls)) == ["home0", "home0", "home1", "home1"]


def test_a_task_still_running_exits_5_and_the_next_run_waits_for_it(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    controls.configure(task_pending_seconds=3600)
    code, out, err = run(capsys, "pano2vr", "home0", "home1", "--timeout", "60")
    assert code == cli.EXIT_TIMEOUT
    assert {line.split("\t")[1] for line in out} == {"timeout"}
    assert "run the same command again to go on waiting" in err

    controls.configure(task_pending_seconds=1)
    code, out, _ = run(capsys, "pano2vr", "home0", "home1")
    assert code == cli.EXIT_OK
    assert len(submits(controls)) == 2


def test_exit_status_is_the_first_of_error_failed_timeout() -> None:
    def runs(*statuses: str) -> list[FolderRun]:
        return [FolderRun(Path(f"/f{number}"), status) for number, status in enumerate(statuses)]

    assert cli.batch_exit_code(runs("success", "success")) == cli.EXIT_OK
    assert cli.batch_exit_code(runs("submitted")) == cli.EXIT_OK
    assert cli.batch_exit_code(runs("timeout", "success")) == cli.EXIT_TIMEOUT
    assert cli.batch_exit_code(runs("timeout", "failed")) == cli.EXIT_TASK_FAILED
    assert cli.batch_exit_code(runs("timeout", "failed", "unknown")) == cli.EXIT_API
    assert cli.batch_exit_code(runs("failed", "error")) == cli.EXIT_API


def test_options_for_one_folder_and_repeated_folders_are_refused(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    code, _, err = run(capsys, "pano2vr", "home0", "home1", "--manifest", "m.json")
    assert code == cli.EXIT_INVALID
    assert "--manifest applies to one folder" in err
    code, _, err = run(capsys, "pano2vr", "home0", "home1", "./home0")
    assert code == cli.EXIT_INVALID
    assert f"each folder once: {workdir / 'home0'} given more than once" in err
    code, _, err = run(capsys, "pano2vr", "home0", "home1", "--concurrency", "0")
    assert (code, "--concurrency must be at least 1" in err) == (cli.EXIT_INVALID, True)
    assert controls.requests() == []


def test_two_batches_cannot_share_a_state_file(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    with BatchState(workdir / BATCH_STATE_FILE).held():
        code, _, err = run(capsys, "pano2vr", "home0", "home1")
    assert code == cli.EXIT_INVALID
    assert ".vrlive-batch.json: in use by another vrlive run" in err
    assert controls.requests() == []


def test_state_files_of_earlier_single_runs_are_read_as_their_one_folder(
    workdir: Path, capsys: pytest.CaptureFixture[str], controls: SandboxControls
) -> None:
    """Before single folders were batches of one, their state file was one flat object."""
    code, out, _ = run(capsys, "pano2vr", "home0", "--no-wait", "--state", "scratch.json")
    assert code == cli.EXIT_OK
    (entry,) = json.loads((workdir / "scratch.json").read_text())["folders"].values()
    flat = {name: entry[name] for name in ("project_name", "bucket", "key", "task_code", "project_id")}
    older = {"folder": str(workdir / "home0"), **flat, "status": "pending", "updated_at": 1}
    (workdir / "older.json").write_text(json.dumps(older, indent=2))
    # An older run stopped between its upload and its submit: the submit may have been sent.
    between = {"folder": str(workdir / "home1"), "project_name": "home1", "status": "uploaded", "key": "k"}
    (workdir / "between.json").write_text(json.dumps(between, indent=2))

    code, out, _ = run(capsys, "pano2vr", "home0", "--batch", "--state", "older.json")
    assert code == cli.EXIT_OK
    assert out[0].split("\t")[1:] == ["success", f"https://realsee.cn/sandbox/{flat['task_code']}"]
    code, out, _ = run(capsys, "pano2vr", "home1", "--batch", "--state", "between.json")
    assert code == cli.EXIT_API
    assert "an earlier run may have sent its submit request" in out[0]
    assert (len(submits(controls)), uploads(controls)) == (1, 1)
    assert set(json.loads((workdir / "older.json").read_text())) == {"version", "folders"}  # rewritten


def test_the_checks_warnings_are_shown_for_each_folder(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "home1" / "notes.md").write_text("# the listing\n")
    code, _, err = run(capsys, "pano2vr", "home0", "home1", "home2")
    assert code == cli.EXIT_OK, err
    assert "home1: warning: notes.md: not an image (by its name or its bytes): left out" in err
    assert err.count("warning") == 1

    code, out, _ = run(capsys, "pano2vr", "home0", "home1", "home2", "--json", "--state", "again.json")
    documents = {Path(document["folder"]).name: document for document in map(json.loads, out)}
    assert documents["home1"]["warnings"] == ["notes.md: not an image (by its name or its bytes): left out"]
    assert "warnings" not in documents["home0"]


def test_a_batch_of_one_folder_says_folder(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "pano2vr", "home0", "--batch")
    assert code == cli.EXIT_OK
    assert f"batch of 1 folder: 1 success (state: {BATCH_STATE_FILE})" in err
