"""The ``vrlive`` command: panoramas to a VR space, resuming a task, and the local sandbox.

    vrlive pano2vr FOLDER [--manifest FILE] [--project-name NAME] [--no-wait] [--json]
    vrlive pano2vr FOLDER FOLDER ... [--concurrency N] [--no-wait] [--force] [--json]
    vrlive task [TASK_CODE] [--wait] [--json]
    vrlive sandbox [SANDBOX OPTIONS]

Credentials come from the environment only (``REALSEE_APP_KEY``, ``REALSEE_APP_SECRET``), so they
never land in shell histories. Progress goes to stderr; stdout carries the result alone (the VR
URL, the task code, or with ``--json`` one JSON object), so the command composes in scripts.
A state file in the working folder (``.vrlive-pano2vr.json``) records each step, so an
interrupted run can be resumed with ``vrlive task``. Several folders are a batch
([`vrlive.batch`][vrlive.batch]): a live table on stderr, one line per folder on stdout (one JSON object a
line with ``--json``), and its own state file (``.vrlive-batch.json``): run the same command again
to resume it.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.metadata
import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

from rich import filesize
from rich.console import Console, Group, RenderableType
from rich.live import Live
from rich.logging import RichHandler
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.status import Status
from rich.table import Table
from rich.traceback import Trace, Traceback

from realsee_client.models import PanoTaskState, PanoTaskStatus
from vrlive import pano
from vrlive.batch import (
    BATCH_STATE_FILE,
    CONCURRENCY,
    Batch,
    BatchCheckError,
    BatchState,
    FolderRun,
    StateInUseError,
)
from vrlive.config import checked_url
from vrlive.errors import (
    ConfigurationError,
    RequestValidationError,
    SourceChangedError,
    TaskFailedError,
    TaskTimeoutError,
    VrliveError,
    WaitCancelledError,
)
from vrlive.logs import redact
from vrlive.realsee import (
    POLL_INTERVAL,
    POLL_MAX_INTERVAL,
    POLL_TIMEOUT,
    REGIONS,
    AsyncRealsee,
    Realsee,
    failure_reason,
)

EXIT_OK: Final = 0
EXIT_INTERNAL: Final = 1
EXIT_INVALID: Final = 2
"""Bad arguments, settings or panoramas: fix the input."""
EXIT_API: Final = 3
"""Authentication refused, an API or upload error, or no connection."""
EXIT_TASK_FAILED: Final = 4
EXIT_TIMEOUT: Final = 5
"""Still running when the wait ended: resume with ``vrlive task CODE --wait``."""
EXIT_INTERRUPTED: Final = 130

STATE_FILE: Final = ".vrlive-pano2vr.json"
FINAL_STATES: Final = frozenset({PanoTaskState.SUCCESS.value, PanoTaskState.FAILED.value})


class _Exit(Exception):
    """Ends a command with an exit code, a message for people and a result for ``--json``."""

    def __init__(self, code: int, message: str, result: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.result = result or {}


# The state file.


class State:
    """The record of a pano2vr run in the working folder; written whole after every step."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data: dict[str, Any] = {}

    def load(self) -> dict[str, Any]:
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            raise _Exit(EXIT_INVALID, f"{self.path} is not a vrlive state file ({error})") from None
        self.data = loaded if isinstance(loaded, dict) else {}
        return self.data

    def record(self, **values: Any) -> None:
        self.data.update(values, updated_at=int(time.time()))
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps(self.data, indent=2) + "\n", encoding="utf-8")
        os.replace(temporary, self.path)


# Output.


class Output:
    """Where a command speaks: people on stderr (rich), results on stdout."""

    def __init__(self, *, as_json: bool, debug: bool) -> None:
        self.as_json = as_json
        self.debug = debug
        self.console = Console(stderr=True, quiet=as_json)

    def say(self, message: str) -> None:
        self.console.print(redact(message), highlight=False, soft_wrap=True, markup=False)

    def result(self, text: str, document: dict[str, Any]) -> None:
        print(redact(json.dumps(document) if self.as_json else text), flush=True)

    def traceback(self, error: BaseException) -> None:
        """``error``'s traceback, as rich draws it, with secrets redacted before it is laid out
        (once laid out, a long value is wrapped across lines, and no longer found)."""
        trace = Traceback.extract(type(error), error, error.__traceback__)
        _redact_trace(trace)
        self.console.print(Traceback(trace))

    @contextmanager
    def progress(self) -> Iterator[Callable[[pano.Progress], None]]:
        """A ``Progress`` callback drawing one bar per stage (packaging, uploading)."""
        bars = Progress(
            TextColumn("{task.description:<10}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            disable=self.as_json,
            transient=False,
        )
        stages: dict[str, TaskID] = {}

        def update(step: pano.Progress) -> None:
            if not stages:  # drawn from the first stage on: a run that fails its check leaves no blank line
                bars.start()
            if step.stage not in stages:
                stages[step.stage] = bars.add_task(step.stage, total=step.total)
            bars.update(stages[step.stage], completed=step.done, total=step.total)

        try:
            yield update
        finally:
            if stages:
                bars.stop()

    @contextmanager
    def waiting(self, task_code: str) -> Iterator[Callable[[PanoTaskStatus], None]]:
        """An ``on_poll`` callback keeping one live status line while a task runs."""
        started = time.monotonic()
        status = Status(f"task {task_code}: submitted", console=self.console)
        if not self.as_json:
            status.start()

        def update(polled: PanoTaskStatus) -> None:
            status.update(f"task {task_code}: {polled.status.value} ({time.monotonic() - started:.0f}s)")

        try:
            yield update
        finally:
            status.stop()


# Commands.


def _base_url(arguments: argparse.Namespace) -> str | None:
    """``--base-url``, checked here so that a mistake is named as the flag the user typed."""
    given: str | None = arguments.base_url
    return None if given is None else checked_url(given, "--base-url")


def _realsee(arguments: argparse.Namespace) -> Realsee:
    return Realsee(region=arguments.region, base_url=_base_url(arguments))


def _resume_hint(task_code: str) -> str:
    return f"vrlive task {task_code} --wait"


@contextmanager
def _ctrl_c_cancels() -> Iterator[threading.Event]:
    """An event Ctrl-C sets, instead of raising KeyboardInterrupt wherever the main thread is.

    A KeyboardInterrupt raised inside httpx's connection pool can leave its lock taken, and the
    close that follows then waits for it forever (encode/httpcore#990): seen as a ``pano2vr`` that
    ignored Ctrl-C. So the first Ctrl-C ends the wait once the poll in flight has its answer
    (bounded by the request's timeout); a second one interrupts at once, as usual.
    """
    cancel = threading.Event()
    if threading.current_thread() is not threading.main_thread():  # signals reach the main thread only
        yield cancel
        return

    def on_ctrl_c(signum: int, frame: object) -> None:
        cancel.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield cancel
    finally:
        signal.signal(signal.SIGINT, previous)


def _wait(
    realsee: Realsee, output: Output, state: State | None, task_code: str, arguments: argparse.Namespace
) -> str:
    """Wait for a task, keeping the state file and the status line current; the VR URL."""

    with output.waiting(task_code) as show, _ctrl_c_cancels() as cancel:

        def on_poll(polled: PanoTaskStatus) -> None:
            show(polled)
            if state is not None:
                state.record(status=polled.status.value, project_id=polled.project_id)

        try:
            vr_url = realsee.wait_for_task(
                task_code,
                interval=arguments.interval,
                max_interval=arguments.max_interval,
                timeout=arguments.timeout,
                on_poll=on_poll,
                cancel=cancel,
            )
        except (KeyboardInterrupt, WaitCancelledError):
            raise _Exit(
                EXIT_INTERRUPTED,
                f"stopped waiting; task {task_code} goes on. Resume with: {_resume_hint(task_code)}",
                {"status": "interrupted", "task_code": task_code, "resume": _resume_hint(task_code)},
            ) from None
    if state is not None:
        state.record(status=PanoTaskState.SUCCESS.value, vr_url=vr_url)
    return vr_url


def pano2vr(arguments: argparse.Namespace, output: Output) -> int:
    if len(arguments.folders) > 1 or arguments.batch:
        return pano2vr_batch(arguments, output)
    arguments.folder = arguments.folders[0]
    folder = Path(arguments.folder).resolve()
    state = State(Path(arguments.state or STATE_FILE))
    earlier = state.load()
    if (
        earlier.get("folder") == str(folder)
        and earlier.get("task_code")
        and earlier.get("status") not in FINAL_STATES
        and not arguments.force
    ):
        code = earlier["task_code"]
        raise _Exit(
            EXIT_INVALID,
            f"task {code} for {folder} is still {earlier.get('status')}: resume with "
            f"`{_resume_hint(code)}`, or pass --force to submit the folder again",
        )
    realsee = _realsee(arguments)  # settings are checked before the folder is read
    with realsee:
        with output.progress() as show:
            package = pano.build_package(
                folder,
                manifest=arguments.manifest,
                project_name=arguments.project_name,
                on_progress=show,
                follow_symlinks=arguments.follow_symlinks,
            )
            _say_checked(output, arguments.folder, package)
            state.data = {}
            state.record(folder=str(folder), project_name=package.project_name, status="uploading")
            uploaded = realsee.upload_pano(package, on_progress=show)
        state.record(bucket=uploaded.bucket, key=uploaded.key, status="uploaded")
        task = realsee.submit_pano(uploaded, package.project_name)
        state.record(task_code=task.task_code, project_id=task.project_id, status=PanoTaskState.PENDING.value)
        result = {
            "task_code": task.task_code,
            "project_id": task.project_id,
            "project_name": package.project_name,
            "bucket": uploaded.bucket,
            "key": uploaded.key,
            "warnings": [str(warning) for warning in package.warnings],
        }
        output.say(f"submitted {package.project_name} as task {task.task_code} (project {task.project_id})")
        if arguments.no_wait:
            output.say(f"follow it with: {_resume_hint(task.task_code)}")
            output.result(task.task_code, {"status": "submitted", **result, "vr_url": None})
            return EXIT_OK
        try:
            vr_url = _wait(realsee, output, state, task.task_code, arguments)
        except _Exit as stopped:
            stopped.result = {**result, **stopped.result}
            raise
        except (TaskFailedError, TaskTimeoutError) as error:
            raise _task_exit(error, state, result) from None
    output.say(f"VR space ready: {vr_url}")
    output.result(vr_url, {"status": "success", **result, "vr_url": vr_url})
    return EXIT_OK


def _say_checked(output: Output, folder: str, package: pano.PanoPackage) -> None:
    """The check summary: what goes into the archive, and what was followed or left out."""
    images = sum(panorama.size for panorama in package.panoramas)
    count = len(package.panoramas)
    output.say(
        f"checked {folder}: {count} panorama{'s' if count != 1 else ''} ({images / 1e6:.1f} MB), "
        f"{package.size / 1e6:.1f} MB to upload"
    )
    for warning in package.warnings:
        output.say(f"warning: {warning}")


def task(arguments: argparse.Namespace, output: Output) -> int:
    state = State(Path(arguments.state or STATE_FILE))
    recorded = state.load()
    task_code = arguments.task_code or recorded.get("task_code")
    if not task_code:
        raise _Exit(EXIT_INVALID, f"give a task code (no task recorded in {state.path})")
    tracked = state if recorded.get("task_code") == task_code else None
    with _realsee(arguments) as realsee:
        if not arguments.wait:
            polled = realsee.pano.get_pano_task_status(task_code=task_code)
            if tracked is not None:
                tracked.record(status=polled.status.value, project_id=polled.project_id)
            document = {
                "status": polled.status.value,
                "task_code": task_code,
                "project_id": polled.project_id,
                "vr_url": polled.vr_url or None,
            }
            if polled.status is PanoTaskState.FAILED:
                document["reason"] = failure_reason(polled)
                failed = TaskFailedError(task_code, polled.project_id, reason=document["reason"])
                output.say(f"vrlive: {failed}")
            output.result(polled.vr_url or polled.status.value, document)
            return EXIT_TASK_FAILED if polled.status is PanoTaskState.FAILED else EXIT_OK
        result: dict[str, Any] = {"task_code": task_code}
        result.update((name, recorded[name]) for name in ("key", "bucket") if name in recorded)
        try:
            vr_url = _wait(realsee, output, tracked, task_code, arguments)
        except (TaskFailedError, TaskTimeoutError) as error:
            raise _task_exit(error, tracked, result) from None
    output.say(f"VR space ready: {vr_url}")
    output.result(vr_url, {"status": "success", **result, "vr_url": vr_url})
    return EXIT_OK


def _task_exit(
    error: TaskFailedError | TaskTimeoutError, state: State | None, result: dict[str, Any]
) -> _Exit:
    if isinstance(error, TaskFailedError):
        if state is not None:
            state.record(status=PanoTaskState.FAILED.value, reason=error.reason)
        return _Exit(EXIT_TASK_FAILED, str(error), {**result, "status": "failed", "reason": error.reason})
    return _Exit(
        EXIT_TIMEOUT, str(error), {**result, "status": "timeout", "resume": _resume_hint(error.task_code)}
    )


# A batch.

BATCH_EXIT_ORDER: Final = (
    ("error", EXIT_API),
    ("unknown", EXIT_API),
    ("failed", EXIT_TASK_FAILED),
    ("timeout", EXIT_TIMEOUT),
)


def batch_exit_code(runs: Sequence[FolderRun]) -> int:
    """The batch's exit status: the first of 3 (an error, or an unknown submission), 4 (a task
    failed), 5 (a task still running) that applies to any folder; 0 when all are done."""
    statuses = {run.status for run in runs}
    return next((code for status, code in BATCH_EXIT_ORDER if status in statuses), EXIT_OK)


def pano2vr_batch(arguments: argparse.Namespace, output: Output) -> int:
    for given, option in ((arguments.manifest, "--manifest"), (arguments.project_name, "--project-name")):
        if given is not None:
            raise _Exit(
                EXIT_INVALID,
                f"{option} applies to one folder: in a batch, each folder's own manifest.json is used "
                "(or one is made from its images, named after the folder)",
            )
    if arguments.concurrency < 1:
        raise _Exit(EXIT_INVALID, f"--concurrency must be at least 1, not {arguments.concurrency}")
    state = BatchState(arguments.state or BATCH_STATE_FILE)
    view = BatchView(output)
    try:
        with state.held():
            runs = asyncio.run(_run_batch(arguments, state, view))
    except BatchCheckError as error:
        for run in view.runs:
            view.show_invalid(run)
        output.say(f"vrlive: {error}")
        return EXIT_INVALID
    except KeyboardInterrupt:
        raise _Exit(
            EXIT_INTERRUPTED,
            f"interrupted; {state.path} has every step: run the same command to resume "
            "(submitted tasks go on, and are not submitted again)",
            {"status": "interrupted", "state": str(state.path)},
        ) from None
    except StateInUseError as error:
        raise _Exit(EXIT_INVALID, str(error)) from None
    output.say(view.summary(state.path))
    return batch_exit_code(runs)


async def _run_batch(arguments: argparse.Namespace, state: BatchState, view: BatchView) -> list[FolderRun]:
    async with AsyncRealsee(region=arguments.region, base_url=_base_url(arguments)) as realsee:
        try:
            batch = Batch(
                realsee,
                [Path(folder) for folder in arguments.folders],
                state,
                concurrency=arguments.concurrency,
                wait=not arguments.no_wait,
                force=arguments.force,
                follow_symlinks=arguments.follow_symlinks,
                interval=arguments.interval,
                max_interval=arguments.max_interval,
                timeout=arguments.timeout,
                on_change=view.changed,
            )
        except ValueError as error:
            raise _Exit(EXIT_INVALID, str(error)) from None
        view.runs = batch.runs
        with view.live():
            return await batch.run()


class BatchView:
    """A batch on screen: a live table of the folders under way on stderr, a line for each folder
    that ends (on stderr for people, on stdout for scripts: tab-separated, or JSON with --json)."""

    def __init__(self, output: Output) -> None:
        self.output = output
        self.runs: list[FolderRun] = []
        self.started = time.monotonic()

    @contextmanager
    def live(self) -> Iterator[None]:
        # Lines for stdout go above the table when stdout is this terminal, and straight to it when
        # it is a pipe or a file (rich would otherwise send them to stderr with the table).
        display = Live(
            console=self.output.console,
            get_renderable=self.render,
            refresh_per_second=4,
            transient=True,
            redirect_stdout=sys.stdout.isatty(),
        )
        if self.output.as_json:
            yield
            return
        with display:
            yield

    def changed(self, run: FolderRun) -> None:
        if not run.ended or run.status == "invalid":  # invalid folders: show_invalid, once all are checked
            return
        name = _shown(run)
        detail = run.vr_url or run.message or (f"task {run.task_code}" if run.task_code else "")
        resumed = " (resumed)" if run.resumed else ""
        if not sys.stdout.isatty():  # else the line below says it on the same screen
            self.output.say(f"{name}: {run.status}{resumed} {detail}".rstrip())
        self.output.result(f"{run.folder}\t{run.status}\t{detail}", run.document())

    def show_invalid(self, run: FolderRun) -> None:
        if run.status == "invalid":
            for problem in run.problems:
                self.output.say(f"{_shown(run)}: {problem}")
            count = len(run.problems)
            self.output.result(
                f"{run.folder}\tinvalid\t{count} problem{'s' if count != 1 else ''}", run.document()
            )
        elif self.output.as_json:
            self.output.result("", {**run.document(), "status": "not_started"})

    def counts(self) -> str:
        tally: dict[str, int] = {}
        for run in self.runs:
            tally[run.status] = tally.get(run.status, 0) + 1
        return ", ".join(
            f"{count} {status}" for status, count in sorted(tally.items(), key=lambda item: -item[1])
        )

    def render(self) -> RenderableType:
        table = Table(box=None, pad_edge=False, show_edge=False)
        for column in ("folder", "status", "uploaded", "task"):
            table.add_column(column)
        active = [run for run in self.runs if not run.ended and run.status not in ("queued", "checked")]
        room = max(1, self.output.console.height - 4)
        for run in active[:room]:
            sent = f"{filesize.decimal(run.sent)} of {filesize.decimal(run.size)}" if run.size else ""
            table.add_row(_shown(run), run.status, sent, run.task_code or "")
        hidden = len(active) - room
        elapsed = time.monotonic() - self.started
        heading = f"{len(self.runs)} folders, {elapsed:.0f}s: {self.counts()}"
        return Group(heading + (f" ({hidden} more under way)" if hidden > 0 else ""), table)

    def summary(self, state: Path) -> str:
        statuses = {run.status for run in self.runs}
        hints = []
        if "timeout" in statuses:
            hints.append("run the same command again to go on waiting")
        if statuses & {"failed", "unknown"}:
            hints.append("--force submits the failed and unknown folders again")
        hint = f"; {'; '.join(hints)}" if hints else ""
        return f"batch of {len(self.runs)} folders: {self.counts()} (state: {state}){hint}"


def _shown(run: FolderRun) -> str:
    try:
        return str(run.folder.relative_to(Path.cwd()))
    except ValueError:
        return str(run.folder)


def sandbox(sandbox_arguments: Sequence[str]) -> int:
    """``python -m vrlive_sandbox`` with these arguments (its own --help lists them)."""
    try:
        from vrlive_sandbox.__main__ import main as run_sandbox  # noqa: PLC0415 - an optional extra
    except ImportError:
        print("vrlive: the sandbox needs the extra: pip install 'vrlive-sdk[sandbox]'", file=sys.stderr)
        return EXIT_INVALID
    return run_sandbox(list(sandbox_arguments), prog="vrlive sandbox")


# Arguments and errors.


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print one JSON result and no progress")
    common.add_argument("--debug", action="store_true", help="log everything (secrets redacted); tracebacks")
    realsee = argparse.ArgumentParser(add_help=False)
    realsee.add_argument("--region", choices=sorted(REGIONS), help="Realsee region (else REALSEE_REGION, cn)")
    realsee.add_argument("--base-url", help="API base URL (else REALSEE_BASE_URL, else the region's)")
    realsee.add_argument(
        "--interval", type=float, default=POLL_INTERVAL, help="seconds before the first status poll (5)"
    )
    realsee.add_argument(
        "--max-interval",
        type=float,
        default=POLL_MAX_INTERVAL,
        help="the longest pause between polls, which grow x1.5 from --interval (30)",
    )
    realsee.add_argument(
        "--timeout", type=float, default=POLL_TIMEOUT, help="seconds to wait for the task (1800: 30 minutes)"
    )
    realsee.add_argument(
        "--state", help=f"the state file (default {STATE_FILE}; for a batch, {BATCH_STATE_FILE})"
    )

    parser = argparse.ArgumentParser(
        prog="vrlive",
        description="Panoramas to a Realsee VR space, and the local sandbox. Credentials: "
        "REALSEE_APP_KEY and REALSEE_APP_SECRET.",
        epilog="exit codes: 0 done, 2 invalid input, 3 authentication/API/upload error, "
        "4 task failed, 5 still running at the timeout, 130 interrupted; a batch exits with the first "
        "that applies to any of its folders, in the order 2, 3, 4, 5",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    make = commands.add_parser(
        "pano2vr", parents=[common, realsee], help="check, upload and submit a folder of panoramas; wait"
    )
    make.add_argument(
        "folders", metavar="FOLDER", nargs="+", help="the panoramas, directly or in images/; several: a batch"
    )
    make.add_argument("--manifest", metavar="FILE", help="manifest.json to use (else FOLDER's, else made)")
    make.add_argument("--project-name", metavar="NAME", help="overrides the manifest's ({{timestamp}} works)")
    make.add_argument(
        "--concurrency",
        type=int,
        default=CONCURRENCY,
        metavar="N",
        help=f"a batch's folders checked and uploaded at a time ({CONCURRENCY}); all are polled at once",
    )
    make.add_argument(
        "--batch", action="store_true", help="a batch even with one FOLDER (its output and state)"
    )
    make.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="package what links out of FOLDER point to (else such links are refused)",
    )
    make.add_argument("--no-wait", action="store_true", help="stop once the task is submitted")
    make.add_argument(
        "--force",
        action="store_true",
        help="submit again although a task is still running (in a batch: folders whose task failed, "
        "or whose submission's outcome is unknown)",
    )
    make.set_defaults(run=pano2vr)

    follow = commands.add_parser("task", parents=[common, realsee], help="a task's status; --wait to resume")
    follow.add_argument("task_code", metavar="TASK_CODE", nargs="?", help="default: the state file's task")
    follow.add_argument("--wait", action="store_true", help="wait until the task ends")
    follow.set_defaults(run=task)

    # Listed for --help; main() hands everything after "sandbox" to the sandbox's own parser.
    commands.add_parser("sandbox", help="start the local emulator (vrlive sandbox --help for its options)")
    return parser


def _version() -> str:
    try:
        return importlib.metadata.version("vrlive-sdk")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return "unknown (not installed)"


def _failure(error: BaseException) -> _Exit:
    """The exit code and message of an error a command let through."""
    if isinstance(error, pano.PackageError):
        problems = [str(problem) for problem in error.problems]
        return _Exit(EXIT_INVALID, str(error), {"status": "invalid", "problems": problems})
    if isinstance(error, ConfigurationError | RequestValidationError | SourceChangedError):
        return _Exit(EXIT_INVALID, str(error), {"status": "invalid"})
    if isinstance(error, VrliveError):  # the API's answers, uploads, connections
        return _Exit(EXIT_API, str(error), {"status": "error", "error": type(error).__name__})
    if isinstance(error, KeyboardInterrupt):
        return _Exit(EXIT_INTERRUPTED, "interrupted; nothing was submitted", {"status": "interrupted"})
    message = f"unexpected {type(error).__name__}: {error} (--debug shows the traceback)"
    return _Exit(EXIT_INTERNAL, message, {"status": "error", "error": type(error).__name__})


@contextmanager
def _logging(debug: bool, console: Console) -> Iterator[None]:
    """Warnings (everything with --debug) on stderr while a command runs; secrets are redacted."""
    root = logging.getLogger()
    handler = RichHandler(console=console, show_path=False, level=logging.DEBUG if debug else logging.WARNING)
    previous = root.level
    root.addHandler(handler)
    if debug:
        root.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``); the exit code."""
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == ["sandbox"]:
        return sandbox(words[1:])
    arguments = _parser().parse_args(words)
    output = Output(as_json=arguments.json, debug=arguments.debug)
    with _logging(arguments.debug, output.console):
        try:
            code: int = arguments.run(arguments, output)
        except _Exit as stopped:
            return _report(stopped, output)
        except (Exception, KeyboardInterrupt) as error:  # every failure: one line and an exit code
            if arguments.debug:
                output.traceback(error)
            return _report(_failure(error), output)
    return code


def _redact_trace(trace: Trace) -> None:
    for stack in trace.stacks:
        stack.exc_value = redact(stack.exc_value)
        stack.notes = [redact(note) for note in stack.notes]
        for frame in stack.frames:
            frame.line = redact(frame.line)
        for group in stack.exceptions:
            _redact_trace(group)


def _report(stopped: _Exit, output: Output) -> int:
    message = redact(stopped.message)
    if output.as_json:
        output.result(
            "", {"status": "error", **stopped.result, "message": message, "exit_code": stopped.code}
        )
    else:
        print(f"vrlive: {message}", file=sys.stderr, flush=True)
    return stopped.code
