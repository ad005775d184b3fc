"""Folders of panoramas to VR spaces from one process: ``vrlive pano2vr DIR [DIR ...]``.

One folder is a batch of one: the same steps, state file, lock and messages as many.

Every folder is checked before anything is uploaded (every problem of every folder is reported,
and nothing is sent while one is wrong); then ``concurrency`` folders are uploaded and submitted at
a time, and every submitted task is polled from the one event loop. One state file records each
folder's steps, written whole after each, so a run that stops — Ctrl-C, SIGTERM, a crash, a lost
machine whose disk survives — resumes where it was when run again:

- a folder whose task succeeded is not touched again;
- a folder with a task code is polled, never uploaded or submitted again;
- a folder uploaded under a key but not yet submitted is submitted without a new upload;
- a folder whose submit request may have been sent, but whose answer was not recorded, is never
  submitted again on its own: Realsee's submit takes no idempotency key, so that request may have
  created a task. It is reported ``unknown`` until ``force=True`` (``--force``) submits it again.

``force`` also submits again the folders whose task failed. Two processes never share a state
file: the second is refused while the first holds its lock. [`Batch.stop()`][vrlive.batch.Batch.stop]
ends a run early and cleanly: uploads under way are aborted (their multipart uploads too), a submit
request in flight gets its answer recorded, no request that creates anything is sent after it,
and waiting stops after the status request in flight.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from attrs import define, field

from realsee_client.models import PanoTaskState, PanoTaskStatus
from vrlive.errors import (
    BatchCheckError,
    NotRegularFileError,
    PackageError,
    ResponseValidationError,
    ServerError,
    StateFileError,
    StateInUseError,
    StateWriteError,
    TaskFailedError,
    TaskTimeoutError,
    TransportError,
    UploadCancelledError,
    VrliveError,
    WaitCancelledError,
)
from vrlive.files import open_lock_file, open_regular, printable, replace_file
from vrlive.pano import PanoPackage, Progress, build_package
from vrlive.realsee import POLL_INTERVAL, POLL_MAX_INTERVAL, POLL_TIMEOUT, AsyncRealsee
from vrlive.upload import UploadedPackage

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, one run per state file is on you
    fcntl = None  # type: ignore[assignment]

BATCH_STATE_FILE: Final = ".vrlive-batch.json"
CONCURRENCY: Final = 4
"""Folders checked, uploaded and submitted at a time (each upload runs its own part threads)."""

FINAL: Final = frozenset({PanoTaskState.SUCCESS.value, PanoTaskState.FAILED.value})
UNCERTAIN: Final = frozenset({"submitting", "unknown"})
"""Recorded when a submit request may have created a task whose code never came back."""
MAY_HAVE_ARRIVED: Final = (TransportError, ServerError, ResponseValidationError)
"""Submit failures after which a task may exist: no answer, a server error, an unreadable answer.
Any other error is an answer refusing the request (a business code, 4xx, 429): no task."""
ENDED: Final = frozenset(
    {"success", "failed", "timeout", "error", "unknown", "submitted", "invalid", "interrupted"}
)
"""The statuses a folder ends this run in; the others are steps on the way."""


@define
class FolderRun:
    """One folder of a run: where it stands now. Updated in place as the run goes.

    Attributes:
        folder: The folder, resolved (the state file's key).
        status: ``queued``, ``checking``, ``checked``, ``uploading``, ``uploaded``, ``submitting``,
            the task's own states (``pending``, ``processing``, ...), then one that ends the run:
            ``success``, ``failed``, ``timeout`` (still running: run the batch again to go on
            waiting), ``submitted`` (not waited for), ``error``, ``unknown`` (see the module),
            ``invalid`` or ``interrupted`` (the run was stopped: the message says what was sent).
        resumed: The state file already had this folder's upload or task.
        sent, size: Bytes uploaded so far, of the archive's size (0 before the upload).
        panoramas, images: How many images the check found, and their bytes.
        warnings: What the check left out or followed (``notes.md: not an image ...: left out``).
        message: Why it ended in ``failed``, ``error``, ``unknown``, ``invalid`` or ``interrupted``.
        failure: The error it ended with, if any.
    """

    folder: Path
    status: str = "queued"
    project_name: str | None = None
    task_code: str | None = None
    project_id: str | None = None
    vr_url: str | None = None
    bucket: str | None = None
    key: str | None = None
    resumed: bool = False
    sent: int = 0
    size: int = 0
    panoramas: int = 0
    images: int = 0
    message: str | None = None
    error: str | None = None
    reason: str | None = None
    problems: list[str] = field(factory=list)
    warnings: list[str] = field(factory=list)
    failure: VrliveError | None = field(default=None, repr=False, eq=False)

    @property
    def ended(self) -> bool:
        return self.status in ENDED

    def document(self) -> dict[str, Any]:
        """This folder's result as one JSON object (``vrlive pano2vr --json`` prints one a line)."""
        result: dict[str, Any] = {
            "folder": str(self.folder),
            "status": self.status,
            "project_name": self.project_name,
            "task_code": self.task_code,
            "project_id": self.project_id,
            "vr_url": self.vr_url,
            "resumed": self.resumed,
        }
        for name in ("message", "error"):
            if getattr(self, name) is not None:
                result[name] = getattr(self, name)
        for name in ("problems", "warnings"):
            if getattr(self, name):
                result[name] = getattr(self, name)
        return result


class BatchState:
    """A state file: each folder's recorded steps, by resolved path.

    ``{"version": 1, "folders": {FOLDER: {"status": ..., "task_code": ...}}}``, one folder a line.
    Written whole after every step (`vrlive.files.replace_file()`: a temporary file of its own
    name beside it, renamed over it; synced to disk with its folder for the steps a resume must
    never miss: a submit about to be sent, and its task code). Opened without following a link
    at its name and without blocking: a link, a pipe or anything but a regular file there is
    refused, saying so. An advisory lock on ``NAME.lock`` beside its real path (links in the
    folders above resolved) keeps a second process off it.

    A single folder's state file of earlier versions (``{"folder": ..., "status": ...}``) is read
    as the one folder it records.
    """

    VERSION: Final = 1

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.folders: dict[str, dict[str, Any]] = {}

    @property
    def lock_path(self) -> Path:
        """The lock's file: beside the state file's real path, so that every path to it locks the same."""
        real = self.path.parent.resolve() / self.path.name
        return real.with_name(real.name + ".lock")

    @contextlib.contextmanager
    def held(self) -> Iterator[BatchState]:
        """Lock the state file for this process and load it.

        Raises:
            StateInUseError: Another process holds it.
            StateFileError: It, or its lock, cannot be used (the message says why).
        """
        lock_path = self.lock_path
        try:
            descriptor = open_lock_file(lock_path)
        except NotRegularFileError as error:
            raise StateFileError(lock_path, f"{error}: the lock is a file vrlive makes itself") from None
        except OSError as error:
            raise StateFileError(lock_path, f"cannot be opened ({error.strerror or error})") from None
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise StateInUseError(
                        self.path,
                        f"in use by another vrlive run (its lock {printable(str(lock_path))} is held): "
                        "wait for it to end, give the folders to one run (vrlive pano2vr DIR DIR ...), "
                        "or give each run its own --state",
                    ) from None
            self.load()
            yield self
        finally:
            os.close(descriptor)

    def load(self) -> None:
        """Read the file (nothing recorded when it does not exist).

        Raises:
            StateFileError: It is not a vrlive state file, not a regular file, or unreadable.
        """
        try:
            with open_regular(self.path, follow_symlinks=False) as file:
                text = file.read()
        except FileNotFoundError:
            self.folders = {}
            return
        except NotRegularFileError as error:
            raise StateFileError(self.path, self._refusal(error)) from None
        except OSError as error:
            raise StateFileError(self.path, f"cannot be read ({error.strerror or error})") from None
        try:
            document = json.loads(text)
        except ValueError as error:
            raise StateFileError(self.path, f"is not a vrlive state file ({error})") from None
        folders = _folders_of(document, self.VERSION)
        if folders is None:
            raise StateFileError(
                self.path,
                f"is not a vrlive state file (no version {self.VERSION} 'folders', no 'folder'); "
                "give --state a file of vrlive's own",
            )
        self.folders = folders

    def _refusal(self, error: NotRegularFileError) -> str:
        if error.kind != "a symbolic link":
            return f"{error}; give --state a file of vrlive's own"
        target = os.readlink(self.path)
        return (
            f"is a symbolic link (to {printable(target)}), which vrlive does not follow: writing "
            f"through it would replace the link with a file; give --state {printable(target)}"
        )

    def of(self, folder: Path) -> dict[str, Any]:
        return dict(self.folders.get(str(folder), {}))

    def latest(self, task_code: str | None = None) -> tuple[Path, dict[str, Any]] | None:
        """The folder recorded with ``task_code`` (else the one whose task was recorded last)."""
        order = [
            (entry.get("updated_at", 0), index, key)
            for index, (key, entry) in enumerate(self.folders.items())
        ]
        for _, _, key in sorted(order, reverse=True):
            entry = self.folders[key]
            if entry.get("task_code") and (task_code is None or entry["task_code"] == task_code):
                return Path(key), dict(entry)
        return None

    def record(self, folder: Path, *, durable: bool = False, **values: Any) -> None:
        """Update a folder's entry and write the file; ``durable`` syncs its folder too (the
        steps a resume must never miss: a submit about to be sent, and its task code).

        Raises:
            OSError: The file could not be written (it is unchanged; the entry is, in memory).
        """
        entry = self.folders.setdefault(str(folder), {})
        entry.update({name: value for name, value in values.items() if value is not None})
        entry["updated_at"] = int(time.time())
        # One folder a line: readable, and json's C encoder (indent= falls back to Python's, which
        # made rewriting a 200-folder file after every step the batch's largest cost).
        lines = ",\n".join(f"  {json.dumps(key)}: {json.dumps(value)}" for key, value in self.folders.items())
        text = f'{{"version": {self.VERSION}, "folders": {{\n{lines}\n}}}}\n'
        replace_file(self.path, text.encode("utf-8"), durable=durable)

    def forget(self, folder: Path, *names: str) -> None:
        entry = self.folders.get(str(folder), {})
        for name in names:
            entry.pop(name, None)


def _folders_of(document: object, version: int) -> dict[str, dict[str, Any]] | None:
    """The folders a state document records; None when it is not one."""
    if not isinstance(document, dict):
        return None
    folders = document.get("folders")
    if isinstance(folders, dict) and document.get("version") == version:
        return {str(key): dict(value) for key, value in folders.items() if isinstance(value, dict)}
    folder = document.get("folder")
    if "folders" in document or not isinstance(folder, str) or not folder:
        return None
    # A single folder's file of earlier versions: one entry. Those recorded "uploaded" right before
    # sending the submit (there was no "submitting"): the request may have gone out.
    entry = {name: value for name, value in document.items() if name != "folder"}
    if entry.get("status") == "uploaded" and not entry.get("task_code"):
        entry["status"] = "submitting"
    return {folder: entry}


PipelineProgress = Callable[[FolderRun, Progress], None]


@define
class Batch:
    """Convert ``folders`` with one [`AsyncRealsee`][vrlive.realsee.AsyncRealsee];
    [`run()`][vrlive.batch.Batch.run] does it.

    Attributes:
        manifest, project_name: For a single folder, as for `vrlive.pano.build_package()`.
        on_change: Called with a folder's [`FolderRun`][vrlive.batch.FolderRun] each time its status
            changes (on the event loop; the upload's byte counts change in between, from upload threads).
        on_progress: Called with a folder's run and each ``Progress`` of its check and upload
            (from worker threads).
        state_error: The `StateWriteError` that stopped the run, if one did.
    """

    realsee: AsyncRealsee
    folders: Sequence[Path]
    state: BatchState
    concurrency: int = CONCURRENCY
    wait: bool = True
    force: bool = False
    follow_symlinks: bool = False
    manifest: str | os.PathLike[str] | Mapping[str, Any] | None = None
    project_name: str | None = None
    interval: float = POLL_INTERVAL
    max_interval: float = POLL_MAX_INTERVAL
    timeout: float = POLL_TIMEOUT
    on_change: Callable[[FolderRun], None] | None = None
    on_progress: PipelineProgress | None = None
    runs: list[FolderRun] = field(init=False)
    state_error: StateWriteError | None = field(init=False, default=None)
    _stopping: asyncio.Event = field(init=False, factory=asyncio.Event)
    _cancel_uploads: threading.Event = field(init=False, factory=threading.Event)

    def __attrs_post_init__(self) -> None:
        if self.concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, not {self.concurrency}")
        resolved = [Path(folder).resolve() for folder in self.folders]
        repeated = sorted({str(folder) for folder in resolved if resolved.count(folder) > 1})
        if repeated:
            raise ValueError(f"each folder once: {', '.join(repeated)} given more than once")
        if len(resolved) > 1 and (self.manifest is not None or self.project_name is not None):
            raise ValueError("a manifest or project name applies to one folder, not to a batch")
        self.runs = [FolderRun(folder) for folder in resolved]

    def stop(self) -> None:
        """End the run early (from the event loop's thread; a signal handler, say): nothing that
        creates anything is sent after this, uploads under way are aborted, a submit in flight is
        let finish and recorded, and waiting ends after the status request in flight. The folders
        it stops end ``interrupted``, their message saying what was sent."""
        self._stopping.set()
        self._cancel_uploads.set()

    async def run(self) -> list[FolderRun]:
        """Check every folder, then upload, submit and wait; each folder's run, in order.

        Raises:
            BatchCheckError: Some folder is not a valid package (every problem of every folder
                listed); nothing was uploaded. The runs say which folders were invalid.
        """
        to_package = [run for run in self.runs if self._resume(run)]
        packages = await self._check(to_package)
        slots = asyncio.Semaphore(self.concurrency)
        await asyncio.gather(*(self._convert(run, packages.get(run.folder), slots) for run in self.runs))
        return self.runs

    def _set(self, run: FolderRun, status: str, *, durable: bool = False, **recorded: Any) -> None:
        run.status = status
        if status not in ("checking", "checked", "invalid", "interrupted"):
            durable = durable or status == "submitting" or "task_code" in recorded
            try:
                self.state.record(run.folder, status=status, durable=durable, **recorded)
            except OSError as error:
                raise StateWriteError(
                    self.state.path, error, folder=run.folder, task_code=recorded.get("task_code")
                ) from None
        self._changed(run)

    def _end(self, run: FolderRun, status: str, **recorded: Any) -> None:
        """``_set`` for a folder's last step: a state file that cannot take it stops the run, and
        the folder ends as it did all the same (its message says what happened)."""
        try:
            self._set(run, status, **recorded)
        except StateWriteError as error:
            self._state_failed(error)
            self._changed(run)

    def _state_failed(self, error: StateWriteError) -> None:
        if self.state_error is None or (error.task_code and not self.state_error.task_code):
            self.state_error = error
        self.stop()

    def _changed(self, run: FolderRun) -> None:
        if self.on_change is not None:
            self.on_change(run)

    def _progress(self, run: FolderRun) -> Callable[[Progress], None]:
        def report(step: Progress) -> None:
            if step.stage == "uploading":
                run.sent, run.size = step.done, step.total
            if self.on_progress is not None:
                self.on_progress(run, step)

        return report

    def _resume(self, run: FolderRun) -> bool:
        """Take up what the state file says of ``run``'s folder; whether it needs packaging."""
        earlier = self.state.of(run.folder)
        status = earlier.get("status")
        run.project_name = earlier.get("project_name")
        run.task_code, run.project_id = earlier.get("task_code"), earlier.get("project_id")
        run.bucket, run.key = earlier.get("bucket"), earlier.get("key")
        if status == PanoTaskState.FAILED.value and run.task_code and self.force:
            self.state.forget(run.folder, "task_code", "project_id", "reason", "bucket", "key")
            run.task_code = run.project_id = run.bucket = run.key = None
            return True
        if status == PanoTaskState.SUCCESS.value and earlier.get("vr_url"):
            run.status, run.vr_url = status, earlier["vr_url"]
        elif status == PanoTaskState.FAILED.value and run.task_code:
            run.status, run.reason = status, earlier.get("reason")
            run.message = earlier.get("message") or f"task {run.task_code} failed"
        uploaded = status == "uploaded" and bool(earlier.get("key")) and bool(earlier.get("private_key"))
        run.resumed = run.task_code is not None or status in UNCERTAIN or uploaded
        if status in UNCERTAIN and run.task_code is None:
            return self.force
        return not run.resumed

    async def _check(self, runs: list[FolderRun]) -> dict[Path, PanoPackage]:
        slots = asyncio.Semaphore(self.concurrency)

        async def check(run: FolderRun) -> PanoPackage | PackageError | None:
            async with slots:
                if self._stopping.is_set():
                    return None
                self._set(run, "checking")
                try:
                    package = await asyncio.to_thread(
                        build_package,
                        run.folder,
                        manifest=self.manifest,
                        project_name=self.project_name,
                        on_progress=self._progress(run),
                        follow_symlinks=self.follow_symlinks,
                    )
                except PackageError as error:
                    run.problems = [str(problem) for problem in error.problems]
                    run.message, run.failure = str(error), error
                    self._set(run, "invalid")
                    return error
                run.project_name, run.size = package.project_name, package.size
                run.panoramas = len(package.panoramas)
                run.images = sum(panorama.size for panorama in package.panoramas)
                run.warnings = [str(warning) for warning in package.warnings]
                self._set(run, "checked")
                return package

        checked = await asyncio.gather(*(check(run) for run in runs))
        failures = [result for result in checked if isinstance(result, PackageError)]
        if failures:
            for run in self.runs:  # the valid ones were not started
                if not run.ended:
                    run.status = "queued"
            raise BatchCheckError(failures)
        return {
            run.folder: package
            for run, package in zip(runs, checked, strict=True)
            if isinstance(package, PanoPackage)
        }

    async def _convert(self, run: FolderRun, package: PanoPackage | None, slots: asyncio.Semaphore) -> None:
        """Take a folder from where it stands to the end of this run; its failures end it alone."""
        try:
            await self._steps(run, package, slots)
        except TaskFailedError as error:
            run.message, run.reason, run.failure = str(error), error.reason, error
            self._end(run, PanoTaskState.FAILED.value, reason=error.reason, message=run.message)
        except TaskTimeoutError as error:
            run.message, run.failure = str(error), error
            self._end(run, "timeout")
        except (WaitCancelledError, UploadCancelledError):
            self._interrupted(run)
        except StateWriteError as error:
            self._state_failed(error)
            run.message, run.error, run.failure = str(error), type(error).__name__, error
            run.status = "error"
            self._changed(run)
        except VrliveError as error:  # this folder ends, the others go on
            run.message, run.error, run.failure = str(error), type(error).__name__, error
            self._end(run, "error")
        except asyncio.CancelledError:  # stopped at once (a second Ctrl-C): say what may have been sent
            if run.status == "submitting":
                self._uncertain(run, "the run was stopped while its submit request was in flight")
            elif not run.ended:
                self._interrupted(run)
            raise

    async def _steps(self, run: FolderRun, package: PanoPackage | None, slots: asyncio.Semaphore) -> None:
        if run.ended:  # as the state file left it
            self._changed(run)
            return
        if run.task_code is None:
            if package is None and self.state.of(run.folder).get("status") in UNCERTAIN:
                self._uncertain(run, "an earlier run may have sent its submit request and recorded no answer")
                return
            async with slots:
                if not await self._submit(run, package):
                    return
        if not self.wait:
            self._end(run, "submitted")
            return
        await self._wait(run)

    def _interrupted(self, run: FolderRun) -> None:
        """End ``run`` as stopped, with a message saying truly what was sent."""
        if run.task_code is not None:
            run.message = f"stopped waiting; task {run.task_code} goes on"
        elif run.status == "uploading":
            run.message = "interrupted during its upload, which was aborted: nothing was submitted"
        elif run.status == "uploaded":
            run.message = "interrupted after its upload: nothing was submitted"
        else:
            run.message = "interrupted before its upload: nothing was sent"
        self._set(run, "interrupted")

    async def _submit(self, run: FolderRun, package: PanoPackage | None) -> bool:
        """Upload (unless done earlier) and submit; whether a task code came back."""
        if self._stopping.is_set():
            self._interrupted(run)
            return False
        if package is not None:
            self._set(run, "uploading", project_name=package.project_name)
            uploaded = await self.realsee.upload_pano(
                package, on_progress=self._progress(run), cancel=self._cancel_uploads
            )
            run.bucket, run.key = uploaded.bucket, uploaded.key
            # Only a key can be submitted again later: a download URL may be presigned (a secret,
            # and it expires), so a folder uploaded that way is uploaded again if the run stops.
            self._set(
                run,
                "uploaded",
                bucket=uploaded.bucket,
                key=uploaded.key,
                size=uploaded.size,
                private_key=uploaded.download_url is None,
            )
        else:
            earlier = self.state.of(run.folder)
            uploaded = UploadedPackage(earlier["bucket"], earlier["key"], int(earlier.get("size", 0)), None)
        if self._stopping.is_set():
            self._interrupted(run)
            return False
        assert run.project_name is not None  # recorded with the upload
        self._set(run, "submitting")
        try:
            task = await self.realsee.submit_pano(uploaded, run.project_name)
        except MAY_HAVE_ARRIVED as error:
            self._uncertain(run, f"its submit request may have reached Realsee ({error})")
            return False
        run.task_code, run.project_id = task.task_code, task.project_id
        self._set(run, PanoTaskState.PENDING.value, task_code=task.task_code, project_id=task.project_id)
        return True

    def _uncertain(self, run: FolderRun, why: str) -> None:
        run.message = (
            f"{why}: Realsee may have a task for project {run.project_name!r} already (look in its "
            "console); run the same command again with --force to submit the folder again"
        )
        self._end(run, "unknown", message=run.message)

    async def _wait(self, run: FolderRun) -> None:
        assert run.task_code is not None
        if self._stopping.is_set():
            self._interrupted(run)
            return

        def on_poll(polled: PanoTaskStatus) -> None:
            # The last state is set below, with its VR URL or as the failure wait_for_task raises.
            if polled.status.value != run.status and polled.status.value not in FINAL:
                self._set(run, polled.status.value)

        run.vr_url = await self.realsee.wait_for_task(
            run.task_code,
            interval=self.interval,
            max_interval=self.max_interval,
            timeout=self.timeout,
            on_poll=on_poll,
            cancel=self._stopping,
        )
        self._end(run, PanoTaskState.SUCCESS.value, vr_url=run.vr_url)


__all__ = [
    "BATCH_STATE_FILE",
    "CONCURRENCY",
    "Batch",
    "BatchCheckError",
    "BatchState",
    "FolderRun",
    "StateFileError",
    "StateInUseError",
    "StateWriteError",
]
