"""One folder is a batch of one: killed, interrupted, racing another run, out of disk space or
handed a hostile state file, ``vrlive pano2vr FOLDER`` never submits a folder twice on its own,
never hangs, and says truly what it sent.

The command runs in its own process against the session's sandbox; the sandbox's faults delay a
submit's answer and its request log says when the request arrived or was answered, which is when
the process is killed or the disk filled.
"""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.panoramas import folder, header_only_jpeg
from vrlive import cli
from vrlive.batch import BatchState
from vrlive.realsee import Realsee
from vrlive_sandbox import Fault, Sandbox
from vrlive_sandbox.controls import SandboxControls

VRLIVE = Path(sys.executable).parent / "vrlive"
SUBMIT = "/open/v1/pano/task/submit"
QUICK = ("--interval", "0.05")


@pytest.fixture
def workdir(tmp_path: Path, controls: SandboxControls) -> Path:
    """A working folder holding a folder of panoramas (``church``); tasks finish in 0.15 s."""
    controls.configure(task_pending_seconds=0.05, task_processing_seconds=0.1)
    folder(tmp_path / "church")
    return tmp_path


def start(cwd: Path, *arguments: str) -> subprocess.Popen[str]:
    """``vrlive ARGUMENTS`` in its own process (and session), on the sandbox the plugin set up."""
    return subprocess.Popen(
        [str(VRLIVE), *arguments],
        cwd=cwd,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def vrlive(cwd: Path, *arguments: str, timeout: float = 60) -> tuple[int, str, str]:
    """``vrlive ARGUMENTS`` run to its end: exit status, stdout, stderr."""
    process = start(cwd, *arguments)
    try:
        out, err = process.communicate(timeout=timeout)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return process.returncode, out, err


def until(condition: Callable[[], object], timeout: float = 60, what: str = "the condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not come within {timeout}s")
        time.sleep(0.001)


def submits(controls: SandboxControls) -> int:
    return len(controls.requests(operation="submit_pano_task"))


def uploads(controls: SandboxControls) -> int:
    return len(controls.requests(operation="get_pano_upload_token"))


def answered_submits(controls: SandboxControls) -> int:
    return sum(record.status is not None for record in controls.requests(operation="submit_pano_task"))


def recorded(state: Path, name: str = "church") -> dict[str, Any]:
    """What a state file records of the folder ``name`` (in either layout a state file has had)."""
    document = json.loads(state.read_text())
    folders = document["folders"] if "folders" in document else {document["folder"]: document}
    return next(entry for path, entry in folders.items() if Path(path).name == name)


# 1. Killed after the submit was sent.


@pytest.mark.parametrize("number", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=lambda n: n.name)
def test_a_run_killed_while_its_submit_is_answered_never_submits_again(
    workdir: Path, controls: SandboxControls, number: signal.Signals
) -> None:
    controls.fail_next(Fault(latency=1.0), path=SUBMIT)  # the submit arrives; its answer takes 1 s
    process = start(workdir, "pano2vr", "church", *QUICK)
    until(lambda: submits(controls) == 1, what="the submit request")
    process.send_signal(number)
    _, err = process.communicate(timeout=60)
    state = recorded(workdir / cli.STATE_FILE)

    if number == signal.SIGKILL:  # no last word: the state file says a submit may have gone out
        assert (process.returncode, state["status"]) == (-signal.SIGKILL, "submitting")
    else:  # the submit in flight was let finish and recorded, then the run stopped
        task_code = state["task_code"]
        assert process.returncode == 128 + number, err
        hint = f"vrlive task {task_code} --wait"
        assert err.endswith(f"vrlive: stopped waiting; task {task_code} goes on. Resume with: {hint}\n")

    code, out, err = vrlive(workdir, "pano2vr", "church", *QUICK)
    assert (submits(controls), uploads(controls)) == (1, 1)
    if number == signal.SIGKILL:
        assert code == cli.EXIT_API
        assert "an earlier run may have sent its submit request and recorded no answer" in err
        assert "run the same command again with --force to submit the folder again" in err
        code, _, _ = vrlive(workdir, "pano2vr", "church", "--force", *QUICK)  # asked for: sent again
        assert (code, submits(controls)) == (cli.EXIT_OK, 2)
    else:
        assert (code, out.strip()) == (cli.EXIT_OK, f"https://realsee.cn/sandbox/{task_code}"), err
        assert f"church: task {task_code}, submitted by an earlier run" in err


def test_a_second_ctrl_c_during_the_submit_stops_at_once_and_says_it_may_have_been_sent(
    workdir: Path, controls: SandboxControls
) -> None:
    controls.fail_next(Fault(latency=3.0), path=SUBMIT)
    process = start(workdir, "pano2vr", "church", *QUICK)
    until(lambda: submits(controls) == 1, what="the submit request")
    process.send_signal(signal.SIGINT)  # the first lets the submit in flight finish...
    time.sleep(0.5)
    process.send_signal(signal.SIGINT)  # ...the second does not wait for it
    _, err = process.communicate(timeout=60)
    assert process.returncode == cli.EXIT_INTERRUPTED, err
    assert err.endswith(
        "vrlive: the run was stopped while its submit request was in flight: Realsee may have a task "
        "for project 'church' already (look in its console); run the same command again with --force "
        "to submit the folder again\n"
    )
    assert recorded(workdir / cli.STATE_FILE)["status"] == "unknown"
    code, _, _ = vrlive(workdir, "pano2vr", "church", *QUICK)
    assert (code, submits(controls)) == (cli.EXIT_API, 1)


def test_a_run_killed_right_after_its_submit_was_answered_never_submits_again(
    workdir: Path, controls: SandboxControls
) -> None:
    """SIGKILL the moment the sandbox answered the submit: whether or not the answer was recorded
    by then, the next run does not submit the folder again."""
    process = start(workdir, "pano2vr", "church", *QUICK)
    until(lambda: answered_submits(controls) == 1, what="the submit's answer")
    process.kill()
    process.communicate(timeout=60)
    code, out, err = vrlive(workdir, "pano2vr", "church", *QUICK)
    assert submits(controls) == 1
    status = recorded(workdir / cli.STATE_FILE)["status"]
    assert (code, status) in ((cli.EXIT_OK, "success"), (cli.EXIT_API, "unknown")), out + err


# 2. The submit's answer lost on the wire.


def test_a_lost_submit_answer_is_unknown_and_never_submitted_again_unasked(
    workdir: Path, controls: SandboxControls
) -> None:
    controls.fail_next(Fault(drop="after"), path=SUBMIT)  # the task is created, the answer dropped
    code, _, err = vrlive(workdir, "pano2vr", "church", *QUICK)
    assert code == cli.EXIT_API
    assert "\nvrlive: its submit request may have reached Realsee (" in err
    assert recorded(workdir / cli.STATE_FILE)["status"] == "unknown"

    code, _, err = vrlive(workdir, "pano2vr", "church", *QUICK)
    assert code == cli.EXIT_API
    assert "Realsee may have a task for project 'church' already (look in its console)" in err
    assert (submits(controls), uploads(controls)) == (1, 1)

    code, _, _ = vrlive(workdir, "pano2vr", "church", "--force", *QUICK)
    assert (code, submits(controls), uploads(controls)) == (cli.EXIT_OK, 2, 2)


# 3. Two runs in one working folder.


def test_a_second_run_in_the_same_working_folder_is_refused_while_the_first_runs(
    workdir: Path,
    controls: SandboxControls,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controls.fail_next(Fault(latency=2.0), path=SUBMIT)
    first = start(workdir, "pano2vr", "church", *QUICK)
    until(lambda: submits(controls) == 1, what="the first run's submit")
    monkeypatch.chdir(workdir)
    code = cli.main(["pano2vr", "church", *QUICK])  # in this process: at once, while the first waits
    out, err = capsys.readouterr()
    assert (code, out) == (cli.EXIT_INVALID, "")
    assert err == (
        f"vrlive: {cli.STATE_FILE}: in use by another vrlive run (its lock {workdir / cli.STATE_FILE}.lock "
        "is held): wait for it to end, give the folders to one run (vrlive pano2vr DIR DIR ...), or give "
        "each run its own --state\n"
    )
    assert first.wait(timeout=60) == cli.EXIT_OK
    assert submits(controls) == 1


def test_runs_of_four_folders_at_once_in_one_working_folder_never_crash(
    workdir: Path, controls: SandboxControls
) -> None:
    names = ["nave", "crypt", "tower", "vestry"]
    for name in names:
        folder(workdir / name)
    controls.fail_next(*[Fault(latency=0.5)] * 4, path=SUBMIT)
    processes = [start(workdir, "pano2vr", name, "--no-wait") for name in names]
    ended = [(process.wait(timeout=60), *process.communicate()) for process in processes]
    done = [out.strip() for code, out, _ in ended if code == cli.EXIT_OK]
    refused = [err for code, _, err in ended if code != cli.EXIT_OK]
    assert done  # each refused run was refused, not broken, and every task code is on record
    assert all("in use by another vrlive run" in err for err in refused), refused
    folders = json.loads((workdir / cli.STATE_FILE).read_text())["folders"]
    assert sorted(entry["task_code"] for entry in folders.values()) == sorted(done)
    assert submits(controls) == len(done)
    assert sorted(path.name for path in workdir.glob(".vrlive-pano2vr.json*")) == [
        cli.STATE_FILE,
        f"{cli.STATE_FILE}.lock",
    ]


# 4. The working folder's disk fills up the moment the submit is answered.


class TinyDisk:
    """A 2 MB tmpfs holding the working folder (the real ENOSPC), mounted for the test.

    Mounting needs root (CAP_SYS_ADMIN). Where it is refused, the working folder is an ordinary
    one and the command runs under ``disk_full.py``, which makes every write of a file vrlive
    replaces fail with ENOSPC while ``FULL`` exists in it: the same failure at the same call.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir()
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(root)], capture_output=True, check=False
        )
        self.real = mounted.returncode == 0

    def command(self) -> tuple[str, ...]:
        if self.real:
            return (str(VRLIVE),)
        return (sys.executable, str(Path(__file__).with_name("disk_full.py")))

    def fill(self) -> None:
        if not self.real:
            (self.root / "FULL").touch()
            return
        descriptor = os.open(self.root / "FULL", os.O_WRONLY | os.O_CREAT)
        stopped_by = None
        try:
            while True:  # until the disk is full
                os.write(descriptor, bytes(64 * 1024))
        except OSError as error:
            stopped_by = error.errno
        finally:
            os.close(descriptor)
        assert stopped_by == errno.ENOSPC

    def free(self) -> None:
        (self.root / "FULL").unlink()

    def unmount(self) -> None:
        if self.real:
            subprocess.run(["umount", "-l", str(self.root)], check=True)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[TinyDisk]:
    disk = TinyDisk(tmp_path / "disk")
    try:
        yield disk
    finally:
        disk.unmount()


@pytest.mark.parametrize("batch", [False, True], ids=["single", "batch"])
def test_a_full_disk_when_the_task_code_comes_names_it_first_and_nothing_is_sent_again(
    workdir: Path, controls: SandboxControls, tiny_disk: TinyDisk, batch: bool
) -> None:
    options = ("--batch",) if batch else ()
    state = tiny_disk.root / (".vrlive-batch.json" if batch else cli.STATE_FILE)
    controls.fail_next(Fault(latency=1.0), path=SUBMIT)
    command = [*tiny_disk.command(), "pano2vr", str(workdir / "church"), *options, *QUICK]
    process = subprocess.Popen(
        command, cwd=tiny_disk.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    until(lambda: submits(controls) == 1, what="the submit request")
    tiny_disk.fill()
    out, err = process.communicate(timeout=60)

    assert process.returncode == cli.EXIT_API, err
    found = re.search(
        r"^vrlive: task (\S+) was submitted for (\S+), but (\S+) could not record it", err, re.M
    )
    assert found is not None, err
    assert (found[2], found[3]) == (str(workdir / "church"), state.name)
    assert "(No space left on device): follow it with `vrlive task " in err
    assert "unexpected" not in err
    with Realsee() as realsee:  # the code printed is the task's
        assert realsee.pano.get_pano_task_status(task_code=found[1]).project_id
    if batch:
        assert out.split("\t")[:2] == [str(workdir / "church"), "error"]

    tiny_disk.free()
    code, out, err = vrlive(tiny_disk.root, "pano2vr", str(workdir / "church"), *options, *QUICK)
    assert code == cli.EXIT_API
    assert "an earlier run may have sent its submit request" in err
    assert recorded(state)["status"] == "unknown"
    assert (submits(controls), uploads(controls)) == (1, 1)


# 5. A state file given as a link.


def test_a_state_file_given_as_a_link_is_refused_and_the_link_kept(
    workdir: Path, controls: SandboxControls
) -> None:
    volume = workdir / "volume"
    volume.mkdir()
    (workdir / "link.json").symlink_to(volume / "state.json")
    code, _, err = vrlive(workdir, "pano2vr", "church", "--batch", "--state", "link.json", *QUICK)
    assert code == cli.EXIT_INVALID
    target = volume / "state.json"
    assert err == (
        f"vrlive: link.json: is a symbolic link (to {target}), which vrlive does not follow: writing "
        f"through it would replace the link with a file; give --state {target}\n"
    )
    assert controls.requests() == []
    assert (workdir / "link.json").is_symlink()
    code, _, err = vrlive(workdir, "pano2vr", "church", "--state", "volume/state.json", *QUICK)
    assert code == cli.EXIT_OK, err
    assert (workdir / "link.json").is_symlink()


def test_every_path_to_a_state_file_takes_the_same_lock(workdir: Path, controls: SandboxControls) -> None:
    (workdir / "volume").mkdir()
    (workdir / "mounted").symlink_to(workdir / "volume")  # the same folder by another path
    with BatchState(workdir / "mounted" / "state.json").held():
        code, _, err = vrlive(workdir, "pano2vr", "church", "--state", "volume/state.json", *QUICK)
    assert code == cli.EXIT_INVALID
    assert (
        f"volume/state.json: in use by another vrlive run (its lock {workdir}/volume/state.json.lock" in err
    )
    assert controls.requests() == []


# 6. A pipe or a link where the state file or its companions go.


@pytest.mark.parametrize("several", [False, True], ids=["single", "batch"])
def test_a_named_pipe_at_the_state_file_is_refused_at_once(
    workdir: Path, controls: SandboxControls, several: bool
) -> None:
    name = ".vrlive-batch.json" if several else cli.STATE_FILE
    os.mkfifo(workdir / name)
    code, _, err = vrlive(workdir, "pano2vr", "church", *(["--batch"] if several else []), timeout=30)
    assert code == cli.EXIT_INVALID
    assert (
        err == f"vrlive: {name}: is a named pipe, not a regular file; give --state a file of vrlive's own\n"
    )
    assert controls.requests() == []


def test_links_planted_beside_the_state_file_are_never_followed(
    workdir: Path, controls: SandboxControls
) -> None:
    victim = workdir / "victim.txt"
    victim.write_text("precious\n")
    (workdir / f"{cli.STATE_FILE}.tmp").symlink_to(victim)  # the temporary name of earlier versions
    code, _, err = vrlive(workdir, "pano2vr", "church", *QUICK)
    assert code == cli.EXIT_OK, err
    assert victim.read_text() == "precious\n"
    assert recorded(workdir / cli.STATE_FILE)["status"] == "success"

    (workdir / f"{cli.STATE_FILE}.lock").unlink()
    (workdir / f"{cli.STATE_FILE}.lock").symlink_to(victim)
    code, _, err = vrlive(workdir, "pano2vr", "church", *QUICK)
    assert code == cli.EXIT_INVALID
    assert err == (
        f"vrlive: {workdir / cli.STATE_FILE}.lock: is a symbolic link, not a regular file: the lock is "
        "a file vrlive makes itself\n"
    )
    assert victim.read_text() == "precious\n"


# 7. SIGTERM during an upload.


def large(root: Path) -> Path:
    """Three 40 MB panoramas (headers of 2:1 JPEGs, then noise): an upload of several parts."""
    for name in ("nave", "altar", "crypt"):
        header_only_jpeg(root / f"{name}.jpg", 40 * 1024 * 1024)
    return root


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=lambda n: n.name)
def test_a_signal_during_the_upload_aborts_it_and_says_nothing_was_submitted(
    tmp_path: Path, sandbox: Sandbox, controls: SandboxControls, number: signal.Signals
) -> None:
    large(tmp_path / "church")
    process = start(tmp_path, "pano2vr", "church")
    until(sandbox.storage.uploads_in_progress, what="the multipart upload")
    process.send_signal(number)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + number, err
    assert err.endswith(
        "vrlive: interrupted during its upload, which was aborted: nothing was submitted; "
        "run the same command to go on\n"
    )
    assert sandbox.storage.uploads_in_progress() == []
    assert [key for key in sandbox.storage.keys() if key.endswith(".zip")] == []  # noqa: SIM118
    assert submits(controls) == 0

    code, _, err = vrlive(tmp_path, "pano2vr", "church", "--no-wait", timeout=120)  # the same command goes on
    assert (code, submits(controls)) == (cli.EXIT_OK, 1), err
