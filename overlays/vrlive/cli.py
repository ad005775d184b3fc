"""The ``vrlive`` command: panoramas to a VR space, resuming a task, and the local sandbox.

    vrlive pano2vr FOLDER [--manifest FILE] [--project-name NAME] [--no-wait] [--force] [--json]
    vrlive pano2vr FOLDER FOLDER ... [--concurrency N] [--no-wait] [--force] [--json]
    vrlive task [TASK_CODE] [--wait] [--json]
    vrlive sandbox [SANDBOX OPTIONS]

Credentials come from the environment only (``REALSEE_APP_KEY``, ``REALSEE_APP_SECRET``), so they
never land in shell histories. Progress goes to stderr; stdout carries the result alone (the VR
URL, the task code, or with ``--json`` one JSON object), so the command composes in scripts.
One folder or many go the same way ([`vrlive.batch`][vrlive.batch]): a state file records each
folder's steps (``.vrlive-pano2vr.json`` in the working folder for one folder,
``.vrlive-batch.json`` for several), so that running the same command again resumes, and never
submits a folder twice on its own. Several folders show a live table on stderr and one line per
folder on stdout (one JSON object a line with ``--json``). Ctrl-C and SIGTERM stop a run cleanly:
uploads are aborted, the state recorded, and what was sent is said (exit 130 or 143).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
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
from types import FrameType
from typing import TYPE_CHECKING, Any, Final, Protocol

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

from vrlive.config import checked_url
from vrlive.errors import (
    BatchCheckError,
    CommandExit,
    ConfigurationError,
    PackageError,
    RequestValidationError,
    SourceChangedError,
    StateFileError,
    StateInUseError,
    StateWriteError,
    TaskFailedError,
    TaskTimeoutError,
    VrliveError,
    WaitCancelledError,
)
from vrlive.files import printable
from vrlive.logs import redact

if TYPE_CHECKING:
    from realsee_client.models import PanoTaskStatus
    from vrlive import pano
    from vrlive.batch import Batch, BatchState, FolderRun
    from vrlive.realsee import AsyncRealsee, Realsee

EXIT_OK: Final = 0
EXIT_INTERNAL: Final = 1
EXIT_INVALID: Final = 2
"""Bad arguments, settings, panoramas or state file: fix the input."""
EXIT_API: Final = 3
"""Authentication refused, an API or upload error, no connection, a submission whose outcome is
unknown, or a state file that could not be written."""
EXIT_TASK_FAILED: Final = 4
EXIT_TIMEOUT: Final = 5
"""Still running when the wait ended: resume with ``vrlive task CODE --wait``."""
EXIT_INTERRUPTED: Final = 128 + signal.SIGINT
"""Ctrl-C (130); SIGTERM exits 128 + 15 (143)."""

STATE_FILE: Final = ".vrlive-pano2vr.json"
HANDLED_SIGNALS: Final = (signal.SIGINT, signal.SIGTERM)


class _Signals:
    """SIGINT (Ctrl-C) and SIGTERM (what ``docker stop`` and Kubernetes send) while a command runs.

    The first one stops what runs cleanly, through the ``stop`` it was given: a run stops (uploads
    aborted, the state recorded), a wait ends once the status request in flight is answered.
    Without one, or at the second signal, KeyboardInterrupt is raised where the main thread is
    (a run's task is cancelled instead). The command then exits 128 + the first signal's number.

    Signals go to a flag, not straight to KeyboardInterrupt, because one raised inside httpx's
    connection pool can leave its lock taken, and the close that follows then waits for it forever
    (encode/httpcore#990): seen as a ``pano2vr`` that ignored Ctrl-C.
    """

    def __init__(self) -> None:
        self.received: int | None = None
        self._stop: Callable[[], None] | None = None

    @property
    def exit_code(self) -> int:
        return 128 + int(self.received or signal.SIGINT)

    def _handle(self, number: int, frame: FrameType | None = None) -> None:
        first = self.received is None
        if first:
            self.received = number
        if first and self._stop is not None:
            self._stop()
            return
        raise KeyboardInterrupt

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Handle both signals this way while the command runs (in the main thread only)."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {number: signal.signal(number, self._handle) for number in HANDLED_SIGNALS}
        try:
            yield
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)

    @contextmanager
    def stopping(self, stop: Callable[[], None]) -> Iterator[None]:
        """The first signal calls ``stop`` (from the main thread) while this is entered."""
        self._stop = stop
        try:
            yield
        finally:
            self._stop = None

    @contextmanager
    def stopping_loop(self, stop: Callable[[], None]) -> Iterator[None]:
        """As `stopping`, on the running event loop: the first signal calls ``stop`` on the loop, the
        second cancels the current task."""
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()

        def handle(number: int) -> None:
            if self.received is None:
                self.received = number
                stop()
            elif task is not None:
                task.cancel()

        installed = []
        for number in HANDLED_SIGNALS:
            try:
                loop.add_signal_handler(number, handle, number)
            except (ValueError, RuntimeError, NotImplementedError):  # not the main thread; Windows
                continue
            installed.append(number)
        try:
            yield
        finally:
            for number in installed:
                loop.remove_signal_handler(number)  # back to the default handler: put ours back
                signal.signal(number, self._handle)


# Output.


def _terminal(text: str) -> str:
    """``text`` as it may reach a terminal: secrets redacted, controls escaped (line breaks kept)."""
    return printable(redact(text), keep="\n")


class Output:
    """Where a command speaks: people on stderr (rich), results on stdout."""

    def __init__(self, *, as_json: bool, debug: bool) -> None:
        self.as_json = as_json
        self.debug = debug
        self.console = Console(stderr=True, quiet=as_json)

    def say(self, message: str) -> None:
        self.console.print(_terminal(message), highlight=False, soft_wrap=True, markup=False)

    def result(self, text: str, document: dict[str, Any]) -> None:
        # JSON escapes every control character itself; a text line keeps its tabs between fields.
        line = redact(json.dumps(document)) if self.as_json else printable(redact(text), keep="\t")
        print(line, flush=True)

    def traceback(self, error: BaseException) -> None:
        """``error``'s traceback, as rich draws it, with secrets redacted before it is laid out
        (once laid out, a long value is wrapped across lines, and no longer found)."""
        trace = Traceback.extract(type(error), error, error.__traceback__)
        _redact_trace(trace)
        self.console.print(Traceback(trace))

    @contextmanager
    def waiting(self, task_code: str) -> Iterator[Callable[[PanoTaskStatus], None]]:
        """An ``on_poll`` callback keeping one live status line while a task runs."""
        line = StatusLine(self)
        line.show(task_code, "submitted")
        try:
            yield lambda polled: line.show(task_code, polled.status.value)
        finally:
            line.stop()


class StatusLine:
    """One live line on stderr saying how a task stands and for how long it has been waited for."""

    def __init__(self, output: Output) -> None:
        self._output = output
        self._status: Status | None = None
        self._started = time.monotonic()

    def show(self, task_code: str, state: str) -> None:
        text = f"task {task_code}: {state} ({time.monotonic() - self._started:.0f}s)"
        if self._status is None:
            self._status = Status(_terminal(text), console=self._output.console)
            if not self._output.as_json:
                self._status.start()
        else:
            self._status.update(_terminal(text))

    def stop(self) -> None:
        if self._status is not None:
            self._status.stop()
            self._status = None


class Bars:
    """One progress bar per stage (packaging, uploading), drawn from the first step on (a run that
    fails its check leaves no blank line); updated from worker threads."""

    def __init__(self, output: Output) -> None:
        self._bars = Progress(
            TextColumn("{task.description:<10}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=output.console,
            disable=output.as_json,
            transient=False,
        )
        self._stages: dict[str, TaskID] = {}
        self._lock = threading.Lock()
        self._stopped = False

    def update(self, step: pano.Progress) -> None:
        with self._lock:
            if self._stopped:
                return
            if not self._stages:
                self._bars.start()
            if step.stage not in self._stages:
                self._stages[step.stage] = self._bars.add_task(step.stage, total=step.total)
            self._bars.update(self._stages[step.stage], completed=step.done, total=step.total)

    def stop(self) -> None:
        with self._lock:
            if self._stages and not self._stopped:
                self._bars.stop()
            self._stopped = True


# Commands.


def _base_url(arguments: argparse.Namespace) -> str | None:
    """``--base-url``, checked here so that a mistake is named as the flag the user typed."""
    given: str | None = arguments.base_url
    return None if given is None else checked_url(given, "--base-url")


def _realsee(arguments: argparse.Namespace) -> Realsee:
    from vrlive.realsee import Realsee  # noqa: PLC0415 - see _fill_defaults

    return Realsee(region=arguments.region, base_url=_base_url(arguments))


def _async_realsee(arguments: argparse.Namespace) -> AsyncRealsee:
    from vrlive.realsee import AsyncRealsee  # noqa: PLC0415 - see _fill_defaults

    return AsyncRealsee(region=arguments.region, base_url=_base_url(arguments))


def _resume_hint(task_code: str) -> str:
    return f"vrlive task {task_code} --wait"


def _size(count: int) -> str:
    return filesize.decimal(count)


class PipelineView(Protocol):
    """How a run of `vrlive.batch.Batch` shows on screen (one folder, or a batch)."""

    runs: list[FolderRun]

    def live(self) -> contextlib.AbstractContextManager[None]: ...
    def changed(self, run: FolderRun) -> None: ...
    def progress(self, run: FolderRun, step: pano.Progress) -> None: ...
    def invalid(self, error: BatchCheckError) -> int: ...
    def finish(self, batch: Batch | None, state: Path, signals: _Signals) -> int: ...


def pano2vr(arguments: argparse.Namespace, output: Output) -> int:
    """One folder or many: the same steps, state and messages; only the display differs."""
    from vrlive.batch import BATCH_STATE_FILE, BatchState  # noqa: PLC0415 - see _fill_defaults

    several = len(arguments.folders) > 1 or arguments.batch
    if several:
        for given, option in ((arguments.manifest, "--manifest"), (arguments.project_name, "--project-name")):
            if given is not None:
                raise CommandExit(
                    EXIT_INVALID,
                    f"{option} applies to one folder: in a batch, each folder's own manifest.json is used "
                    "(or one is made from its images, named after the folder)",
                )
    if arguments.concurrency < 1:
        raise CommandExit(EXIT_INVALID, f"--concurrency must be at least 1, not {arguments.concurrency}")
    state = BatchState(arguments.state or (BATCH_STATE_FILE if several else STATE_FILE))
    view: PipelineView = BatchView(output) if several else SingleView(output, arguments)
    signals: _Signals = arguments.signals
    batch: Batch | None = None
    try:
        with state.held():
            batch = asyncio.run(_run_pipeline(arguments, state, view, signals))
    except BatchCheckError as error:
        return view.invalid(error)
    except StateWriteError as error:
        raise CommandExit(EXIT_API, str(error), {"status": "error", "error": type(error).__name__}) from None
    except StateFileError as error:
        raise CommandExit(
            EXIT_INVALID, str(error), {"status": "invalid", "error": type(error).__name__}
        ) from None
    except (KeyboardInterrupt, asyncio.CancelledError):  # stopped at once: the runs say how far they came
        if signals.received is None:
            signals.received = signal.SIGINT
    return view.finish(batch, state.path, signals)


async def _run_pipeline(
    arguments: argparse.Namespace, state: BatchState, view: PipelineView, signals: _Signals
) -> Batch:
    from vrlive.batch import Batch  # noqa: PLC0415 - see _fill_defaults

    # The facade first: its settings are checked before any folder is read.
    async with _async_realsee(arguments) as realsee:
        try:
            batch = Batch(
                realsee,
                [Path(folder) for folder in arguments.folders],
                state,
                concurrency=arguments.concurrency,
                wait=not arguments.no_wait,
                force=arguments.force,
                follow_symlinks=arguments.follow_symlinks,
                manifest=arguments.manifest,
                project_name=arguments.project_name,
                interval=arguments.interval,
                max_interval=arguments.max_interval,
                timeout=arguments.timeout,
                on_change=view.changed,
                on_progress=view.progress,
            )
        except ValueError as error:
            raise CommandExit(EXIT_INVALID, str(error)) from None
        view.runs = batch.runs
        with view.live(), signals.stopping_loop(batch.stop):
            await batch.run()
        return batch


def _single_document(run: FolderRun, status: str) -> dict[str, Any]:
    """One folder's ``--json`` result (its keys as ``vrlive pano2vr FOLDER`` always printed them)."""
    return {
        "status": status,
        "task_code": run.task_code,
        "project_id": run.project_id,
        "project_name": run.project_name,
        "bucket": run.bucket,
        "key": run.key,
        "vr_url": run.vr_url,
        "warnings": run.warnings,
    }


class SingleView:
    """One folder on screen: progress bars, the check's summary and warnings, the task's live status
    line on stderr; its result alone on stdout (the VR URL, or the task code with ``--no-wait``)."""

    def __init__(self, output: Output, arguments: argparse.Namespace) -> None:
        self.output = output
        self.given: str = arguments.folders[0]
        self.runs: list[FolderRun] = []
        self._bars = Bars(output)
        self._line = StatusLine(output)
        self._announced = False
        self._last = "queued"

    @contextmanager
    def live(self) -> Iterator[None]:
        try:
            yield
        finally:
            self._bars.stop()
            self._line.stop()

    def progress(self, run: FolderRun, step: pano.Progress) -> None:
        self._bars.update(step)

    def changed(self, run: FolderRun) -> None:
        from realsee_client.models import PanoTaskState  # noqa: PLC0415 - see _fill_defaults

        if run.resumed and not self._announced:
            self._announced = True
            self._say_resumed(run)
        if run.status == "checked":
            self._say_checked(run)
        elif run.status == PanoTaskState.PENDING.value and self._last == "submitting":
            self._bars.stop()
            self.output.say(
                f"submitted {run.project_name} as task {run.task_code} (project {run.project_id})"
            )
        self._last = run.status
        if run.ended:
            self._bars.stop()
            self._line.stop()
        elif run.task_code is not None and run.status not in ("queued", "checked"):
            self._line.show(run.task_code, run.status)

    def _say_resumed(self, run: FolderRun) -> None:
        if run.task_code is not None:
            self.output.say(f"{printable(self.given)}: task {run.task_code}, submitted by an earlier run")
        elif run.status == "submitting":
            self.output.say(
                f"{printable(self.given)}: uploaded by an earlier run as {run.key}; submitting it"
            )

    def _say_checked(self, run: FolderRun) -> None:
        """The check summary: what goes into the archive, and what was followed or left out."""
        count = run.panoramas
        self.output.say(
            f"checked {printable(self.given)}: {count} panorama{'s' if count != 1 else ''} "
            f"({_size(run.images)}), {_size(run.size)} to upload"
        )
        for warning in run.warnings:
            self.output.say(f"warning: {warning}")

    def invalid(self, error: BatchCheckError) -> int:
        raise _failure(error.failures[0])

    def finish(self, batch: Batch | None, state: Path, signals: _Signals) -> int:
        from realsee_client.models import PanoTaskState  # noqa: PLC0415 - see _fill_defaults

        if not self.runs:  # stopped before the run began
            raise CommandExit(
                signals.exit_code, "interrupted before anything was sent", {"status": "interrupted"}
            )
        (run,) = self.runs
        if batch is not None and batch.state_error is not None and run.failure is not batch.state_error:
            raise CommandExit(EXIT_API, str(batch.state_error), _single_document(run, "error"))
        interrupted = signals.exit_code if signals.received is not None else None
        status = run.status
        if status == PanoTaskState.SUCCESS.value:
            assert run.vr_url is not None
            self.output.say(f"VR space ready: {run.vr_url}")
            self.output.result(run.vr_url, _single_document(run, status))
            return EXIT_OK
        if status == "submitted":
            assert run.task_code is not None
            self.output.say(f"follow it with: {_resume_hint(run.task_code)}")
            self.output.result(run.task_code, _single_document(run, status))
            return EXIT_OK
        document = _single_document(run, status)
        if status == PanoTaskState.FAILED.value:
            raise CommandExit(EXIT_TASK_FAILED, run.message or "", {**document, "reason": run.reason})
        if status == "timeout" and run.task_code is not None:
            raise CommandExit(
                EXIT_TIMEOUT, run.message or "", {**document, "resume": _resume_hint(run.task_code)}
            )
        if status == "interrupted" or (interrupted is not None and not run.ended):
            raise _interruption(run, interrupted or EXIT_INTERRUPTED, document)
        if status == "error" and run.failure is not None:
            if self.output.debug:
                self.output.traceback(run.failure)
            failed = _failure(run.failure)
            raise CommandExit(failed.code, failed.message, {**document, **failed.result})
        if status == "unknown":
            raise CommandExit(interrupted or EXIT_API, run.message or "", document)
        raise CommandExit(interrupted or EXIT_INTERNAL, f"{printable(self.given)}: ended {status}", document)


def _interruption(run: FolderRun, code: int, document: dict[str, Any]) -> CommandExit:
    """What an interrupted folder's run says: truly, whether anything was submitted."""
    if run.task_code is not None:
        hint = _resume_hint(run.task_code)
        return CommandExit(
            code,
            f"stopped waiting; task {run.task_code} goes on. Resume with: {hint}",
            {**document, "status": "interrupted", "resume": hint},
        )
    step = run.message or "interrupted before anything was sent"
    return CommandExit(code, f"{step}; run the same command to go on", {**document, "status": "interrupted"})


def task(arguments: argparse.Namespace, output: Output) -> int:
    from vrlive.batch import BatchState  # noqa: PLC0415 - see _fill_defaults

    state = BatchState(arguments.state or STATE_FILE)
    with contextlib.ExitStack() as held:
        tracking = False
        if not os.path.lexists(state.path):  # no run recorded anything here: no lock to leave behind
            state.load()
        else:
            try:
                held.enter_context(state.held())
                tracking = True
            except StateInUseError:  # a run holds it, and records this task's steps itself
                state.load()
        found = state.latest(arguments.task_code)
        task_code: str | None = arguments.task_code or (found[1]["task_code"] if found else None)
        if not task_code:
            raise CommandExit(
                EXIT_INVALID, f"give a task code (no task recorded in {printable(str(state.path))})"
            )
        tracked = _Tracked(state, found[0]) if found is not None and tracking else None
        with _realsee(arguments) as realsee:
            if not arguments.wait:
                return _status(realsee, output, tracked, task_code)
            result: dict[str, Any] = {"task_code": task_code}
            if found is not None:
                result.update((name, found[1][name]) for name in ("key", "bucket") if name in found[1])
            try:
                vr_url = _wait(realsee, output, tracked, task_code, arguments)
            except (TaskFailedError, TaskTimeoutError) as error:
                raise _task_exit(error, tracked, result) from None
    output.say(f"VR space ready: {vr_url}")
    output.result(vr_url, {"status": "success", **result, "vr_url": vr_url})
    return EXIT_OK


class _Tracked:
    """A task's folder in a state file, kept current by ``vrlive task``."""

    def __init__(self, state: BatchState, folder: Path) -> None:
        self.state, self.folder = state, folder

    def record(self, **values: Any) -> None:
        try:
            self.state.record(self.folder, durable=True, **values)
        except OSError as error:
            raise StateWriteError(self.state.path, error, folder=self.folder) from None


def _status(realsee: Realsee, output: Output, tracked: _Tracked | None, task_code: str) -> int:
    from realsee_client.models import PanoTaskState  # noqa: PLC0415 - see _fill_defaults
    from vrlive.realsee import failure_reason  # noqa: PLC0415 - see _fill_defaults

    polled = realsee.pano.get_pano_task_status(task_code=task_code)
    if tracked is not None:
        tracked.record(status=polled.status.value, project_id=polled.project_id, vr_url=polled.vr_url or None)
    document = {
        "status": polled.status.value,
        "task_code": task_code,
        "project_id": polled.project_id,
        "vr_url": polled.vr_url or None,
    }
    if polled.status is PanoTaskState.FAILED:
        document["reason"] = failure_reason(polled)
        failed = TaskFailedError(task_code, polled.project_id, reason=document["reason"], last_state=polled)
        output.say(f"vrlive: {failed}")
    output.result(polled.vr_url or polled.status.value, document)
    return EXIT_TASK_FAILED if polled.status is PanoTaskState.FAILED else EXIT_OK


def _wait(
    realsee: Realsee, output: Output, tracked: _Tracked | None, task_code: str, arguments: argparse.Namespace
) -> str:
    """Wait for a task, keeping the state file and the status line current; the VR URL."""
    from realsee_client.models import PanoTaskState  # noqa: PLC0415 - see _fill_defaults

    cancel = threading.Event()
    signals: _Signals = arguments.signals
    with output.waiting(task_code) as show, signals.stopping(cancel.set):

        def on_poll(polled: PanoTaskStatus) -> None:
            show(polled)
            if tracked is not None:
                tracked.record(status=polled.status.value, project_id=polled.project_id)

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
            raise CommandExit(
                signals.exit_code,
                f"stopped waiting; task {task_code} goes on. Resume with: {_resume_hint(task_code)}",
                {"status": "interrupted", "task_code": task_code, "resume": _resume_hint(task_code)},
            ) from None
    if tracked is not None:
        tracked.record(status=PanoTaskState.SUCCESS.value, vr_url=vr_url)
    return vr_url


def _task_exit(
    error: TaskFailedError | TaskTimeoutError, tracked: _Tracked | None, result: dict[str, Any]
) -> CommandExit:
    from realsee_client.models import PanoTaskState  # noqa: PLC0415 - see _fill_defaults

    if isinstance(error, TaskFailedError):
        if tracked is not None:
            tracked.record(status=PanoTaskState.FAILED.value, reason=error.reason)
        return CommandExit(
            EXIT_TASK_FAILED, str(error), {**result, "status": "failed", "reason": error.reason}
        )
    return CommandExit(
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


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


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

    def progress(self, run: FolderRun, step: pano.Progress) -> None:
        """The table shows each folder's bytes sent (``FolderRun.sent``): nothing to do here."""

    def changed(self, run: FolderRun) -> None:
        if run.status == "checked":
            for warning in run.warnings:
                self.output.say(f"{_shown(run)}: warning: {warning}")
        if (
            not run.ended or run.status == "invalid"
        ):  # invalid folders: shown by invalid(), once all are checked
            return
        if run.failure is not None and run.status == "error" and self.output.debug:
            self.output.traceback(run.failure)
        name = _shown(run)
        detail = run.vr_url or run.message or (f"task {run.task_code}" if run.task_code else "")
        resumed = " (resumed)" if run.resumed else ""
        if not sys.stdout.isatty():  # else the line below says it on the same screen
            self.output.say(f"{name}: {run.status}{resumed} {detail}".rstrip())
        self.output.result(f"{printable(str(run.folder))}\t{run.status}\t{printable(detail)}", run.document())

    def invalid(self, error: BatchCheckError) -> int:
        for run in self.runs:
            if run.status == "invalid":
                for problem in run.problems:
                    self.output.say(f"{_shown(run)}: {problem}")
                self.output.result(
                    f"{printable(str(run.folder))}\tinvalid\t{_plural(len(run.problems), 'problem')}",
                    run.document(),
                )
            elif self.output.as_json:
                self.output.result("", {**run.document(), "status": "not_started"})
        self.output.say(f"vrlive: {error}")
        return EXIT_INVALID

    def finish(self, batch: Batch | None, state: Path, signals: _Signals) -> int:
        self.output.say(self.summary(state))
        if batch is not None and batch.state_error is not None:
            raise CommandExit(EXIT_API, str(batch.state_error), {"status": "error", "state": str(state)})
        if signals.received is not None:
            raise CommandExit(
                signals.exit_code,
                f"interrupted; {printable(str(state))} has every step: run the same command to resume "
                "(submitted tasks go on, and are not submitted again)",
                {"status": "interrupted", "state": str(state)},
            )
        return batch_exit_code(self.runs)

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
            sent = f"{_size(run.sent)} of {_size(run.size)}" if run.size else ""
            table.add_row(_shown(run), run.status, sent, run.task_code or "")
        hidden = len(active) - room
        elapsed = time.monotonic() - self.started
        heading = f"{_plural(len(self.runs), 'folder')}, {elapsed:.0f}s: {self.counts()}"
        return Group(heading + (f" ({hidden} more under way)" if hidden > 0 else ""), table)

    def summary(self, state: Path) -> str:
        statuses = {run.status for run in self.runs}
        hints = []
        if "timeout" in statuses:
            hints.append("run the same command again to go on waiting")
        if statuses & {"failed", "unknown"}:
            hints.append("--force submits the failed and unknown folders again")
        hint = f"; {'; '.join(hints)}" if hints else ""
        return f"batch of {_plural(len(self.runs), 'folder')}: {self.counts()} (state: {state}){hint}"


def _shown(run: FolderRun) -> str:
    """A folder as the batch names it: relative to the working folder when inside it, escaped."""
    try:
        return printable(str(run.folder.relative_to(Path.cwd())))
    except ValueError:
        return printable(str(run.folder))


def say_line(arguments: argparse.Namespace, output: Output) -> int:
    """``vrlive say SESSION_ID TEXT``: a started IVH session says a line over its command channel."""
    from vrlive.ivh import Ivh  # noqa: PLC0415 - only this command needs the IVH facade

    with Ivh(base_url=arguments.ivh_base_url) as ivh, ivh.drive(arguments.session_id) as guide:
        speech = guide.say(arguments.text, interrupt=arguments.interrupt)
        if not arguments.no_wait:
            speech.wait(timeout=arguments.timeout)
    status = "sent" if arguments.no_wait else "said"
    output.result(
        speech.req_id, {"status": status, "session_id": arguments.session_id, "req_id": speech.req_id}
    )
    return EXIT_OK


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
    common = _Parser(add_help=False)
    common.add_argument("--json", action="store_true", help="print one JSON result and no progress")
    common.add_argument("--debug", action="store_true", help="log everything (secrets redacted); tracebacks")
    realsee = _Parser(add_help=False)
    realsee.add_argument(
        "--region", type=_region, help="Realsee region: cn or global (else REALSEE_REGION, cn)"
    )
    realsee.add_argument("--base-url", help="API base URL (else REALSEE_BASE_URL, else the region's)")
    realsee.add_argument("--interval", type=float, help="seconds before the first status poll (5)")
    realsee.add_argument(
        "--max-interval",
        type=float,
        help="the longest pause between polls, which grow x1.5 from --interval (30)",
    )
    realsee.add_argument("--timeout", type=float, help="seconds to wait for the task (1800: 30 minutes)")
    realsee.add_argument(
        "--state", help=f"the state file (default {STATE_FILE}; for a batch, .vrlive-batch.json)"
    )

    parser = _Parser(
        prog="vrlive",
        description="Panoramas to a Realsee VR space, and the local sandbox. Credentials: "
        "REALSEE_APP_KEY and REALSEE_APP_SECRET.",
        epilog="exit codes: 0 done, 2 invalid input, 3 authentication/API/upload error, an unknown "
        "submission or a state file that cannot be written, 4 task failed, 5 still running at the "
        "timeout, 130 interrupted (Ctrl-C), 143 stopped (SIGTERM); a batch exits with the first "
        "that applies to any of its folders, in the order 2, 3, 4, 5",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.set_defaults(signals=_Signals())  # how the command is stopped, and which signal did it
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
        metavar="N",
        help="a batch's folders checked and uploaded at a time (4); all are polled at once",
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
        help="submit again the folders whose task failed, or whose submission's outcome is unknown "
        "(its request sent, its answer never recorded)",
    )
    make.set_defaults(run=pano2vr)

    follow = commands.add_parser("task", parents=[common, realsee], help="a task's status; --wait to resume")
    follow.add_argument("task_code", metavar="TASK_CODE", nargs="?", help="default: the state file's task")
    follow.add_argument("--wait", action="store_true", help="wait until the task ends")
    follow.set_defaults(run=task)

    speak = commands.add_parser(
        "say", parents=[common], help="a started IVH session says TEXT (IVH_APPKEY, IVH_ACCESSTOKEN)"
    )
    speak.add_argument("session_id", metavar="SESSION_ID")
    speak.add_argument("text", metavar="TEXT")
    speak.add_argument("--interrupt", action="store_true", help="force the interruption of what it says")
    speak.add_argument("--no-wait", action="store_true", help="return once sent (else once said)")
    speak.add_argument("--timeout", type=float, default=300.0, help="seconds to wait until it is said (300)")
    speak.add_argument(
        "--base-url", dest="ivh_base_url", help="IVH base URL (else IVH_BASE_URL / IVH_REGION)"
    )
    speak.set_defaults(run=say_line)

    # Listed for --help; main() hands everything after "sandbox" to the sandbox's own parser.
    commands.add_parser("sandbox", help="start the local emulator (vrlive sandbox --help for its options)")
    return parser


def _region(name: str) -> str:
    """``--region``: one of the facade's regions (read when the option is given)."""
    from vrlive.realsee import REGIONS  # noqa: PLC0415 - see _fill_defaults

    if name not in REGIONS:
        choices = ", ".join(map(repr, sorted(REGIONS)))
        raise argparse.ArgumentTypeError(f"invalid choice: {name!r} (choose from {choices})")
    return name


class _Parser(argparse.ArgumentParser):
    """A parser that fills in the defaults the facade and the batch declare, once the command
    line is parsed: building it (for --version or --help) loads neither."""

    def parse_known_args(  # type: ignore[override]  # typeshed's overloads, one shape used here
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, rest = super().parse_known_args(args, namespace)
        _fill_defaults(parsed)
        return parsed, rest


def _fill_defaults(arguments: argparse.Namespace) -> None:
    """The options of ``pano2vr`` and ``task`` left out: polling as the spec's ``wait_for_task``
    waiter schedules it, and a batch's concurrency. The facade, the batch and the models are
    imported by the functions that use them, so that the parser loads no generated package; its
    help shows the same values (a test holds them equal)."""
    names = ("interval", "max_interval", "timeout", "concurrency")
    if all(getattr(arguments, name, 0) is not None for name in names):
        return
    from vrlive.batch import CONCURRENCY  # noqa: PLC0415 - see _fill_defaults
    from vrlive.realsee import POLL_INTERVAL, POLL_MAX_INTERVAL, POLL_TIMEOUT  # noqa: PLC0415

    for name, value in zip(names, (POLL_INTERVAL, POLL_MAX_INTERVAL, POLL_TIMEOUT, CONCURRENCY), strict=True):
        if getattr(arguments, name, 0) is None:
            setattr(arguments, name, value)


def _version() -> str:
    try:
        return importlib.metadata.version("vrlive-sdk")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return "unknown (not installed)"


def _failure(error: BaseException, signals: _Signals | None = None) -> CommandExit:
    """The exit code and message of an error a command let through."""
    if isinstance(error, PackageError):
        problems = [str(problem) for problem in error.problems]
        return CommandExit(EXIT_INVALID, str(error), {"status": "invalid", "problems": problems})
    if isinstance(error, ConfigurationError | RequestValidationError | SourceChangedError) or (
        isinstance(error, StateFileError) and not isinstance(error, StateWriteError)
    ):
        return CommandExit(EXIT_INVALID, str(error), {"status": "invalid"})
    if isinstance(error, VrliveError):  # the API's answers, uploads, connections
        return CommandExit(EXIT_API, str(error), {"status": "error", "error": type(error).__name__})
    if isinstance(error, KeyboardInterrupt):  # outside a run (a run says itself what it had sent)
        code = signals.exit_code if signals is not None else EXIT_INTERRUPTED
        return CommandExit(code, "interrupted", {"status": "interrupted"})
    message = f"unexpected {type(error).__name__}: {error} (--debug shows the traceback)"
    return CommandExit(EXIT_INTERNAL, message, {"status": "error", "error": type(error).__name__})


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
    signals: _Signals = arguments.signals
    with _logging(arguments.debug, output.console), signals.installed():
        try:
            code: int = arguments.run(arguments, output)
        except CommandExit as stopped:
            return _report(stopped, output)
        except (Exception, KeyboardInterrupt) as error:  # every failure: one line and an exit code
            if arguments.debug:
                output.traceback(error)
            return _report(_failure(error, signals), output)
    return code


def _redact_trace(trace: Trace) -> None:
    for stack in trace.stacks:
        stack.exc_value = redact(stack.exc_value)
        stack.notes = [redact(note) for note in stack.notes]
        for frame in stack.frames:
            frame.line = redact(frame.line)
        for group in stack.exceptions:
            _redact_trace(group)


def _report(stopped: CommandExit, output: Output) -> int:
    message = _terminal(stopped.message)
    if output.as_json:
        output.result(
            "", {"status": "error", **stopped.result, "message": message, "exit_code": stopped.code}
        )
    else:
        print(f"vrlive: {message}", file=sys.stderr, flush=True)
    return stopped.code
