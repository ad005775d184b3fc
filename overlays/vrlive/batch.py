"""Many folders of panoramas to VR spaces from one process: ``vrlive pano2vr DIR DIR ...``.

Every folder is checked before anything is uploaded (every problem of every folder is reported,
and nothing is sent while one is wrong); then ``concurrency`` folders are uploaded and submitted at
a time, and every submitted task is polled from the one event loop. One state file records each
folder's steps, written whole (and synced) after each, so a batch that stops — Ctrl-C, a crash,
a lost machine whose disk survives — resumes where it was when run again:

- a folder whose task succeeded is not touched again;
- a folder with a task code is polled, never uploaded or submitted again;
- a folder uploaded under a key but not yet submitted is submitted without a new upload;
- a folder whose submit request may have been sent, but whose answer was not recorded, is never
  submitted again on its own: Realsee's submit takes no idempotency key, so that request may have
  created a task. It is reported ``unknown`` until ``force=True`` (``--force``) submits it again.

``force`` also submits again the folders whose task failed. Two processes never share a state
file: the second is refused while the first holds its lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Final

from attrs import define, field

from realsee_client.models import PanoTaskState, PanoTaskStatus
from vrlive.errors import (
    ResponseValidationError,
    ServerError,
    TaskFailedError,
    TaskTimeoutError,
    TransportError,
    VrliveError,
)
from vrlive.pano import PackageError, PanoPackage, Problem, Progress, build_package
from vrlive.realsee import POLL_INTERVAL, POLL_MAX_INTERVAL, POLL_TIMEOUT, AsyncRealsee
from vrlive.upload import UploadedPackage

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, one batch per state file is on you
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
ENDED: Final = frozenset({"success", "failed", "timeout", "error", "unknown", "submitted", "invalid"})
"""The statuses a folder ends this run in; the others are steps on the way."""


class BatchCheckError(VrliveError):
    """Some folders of a batch are not valid packages; nothing of the batch was uploaded.

    Attributes:
        failures: Each invalid folder with its problems (``PackageError``), in the batch's order.
    """

    def __init__(self, failures: Sequence[PackageError]) -> None:
        count = sum(len(failure.problems) for failure in failures)
        folders = len(failures)
        super().__init__(
            f"{count} problem{'s' if count != 1 else ''} in {folders} folder{'s' if folders != 1 else ''} "
            "of the batch; nothing was uploaded"
        )
        self.failures = tuple(failures)

    @property
    def problems(self) -> list[Problem]:
        return [problem for failure in self.failures for problem in failure.problems]


class StateInUseError(VrliveError):
    """Another process holds the batch's state file."""


@define
class FolderRun:
    """One folder of a batch: where it stands now. Updated in place as the batch goes.

    Attributes:
        folder: The folder, resolved (the state file's key).
        status: ``queued``, ``checking``, ``checked``, ``uploading``, ``uploaded``, ``submitting``,
            the task's own states (``pending``, ``processing``, ...), then one that ends the run:
            ``success``, ``failed``, ``timeout`` (still running: run the batch again to go on
            waiting), ``submitted`` (not waited for), ``error``, ``unknown`` (see the module) or
            ``invalid``.
        resumed: The state file already had this folder's upload or task.
        sent, size: Bytes uploaded so far, of the archive's size (0 before the upload).
        message: Why it ended in ``failed``, ``error``, ``unknown`` or ``invalid``.
    """

    folder: Path
    status: str = "queued"
    project_name: str | None = None
    task_code: str | None = None
    project_id: str | None = None
    vr_url: str | None = None
    resumed: bool = False
    sent: int = 0
    size: int = 0
    message: str | None = None
    error: str | None = None
    problems: list[str] = field(factory=list)

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
        if self.problems:
            result["problems"] = self.problems
        return result


class BatchState:
    """The state file of a batch: each folder's recorded steps, by resolved path.

    Written whole to a temporary file, synced and renamed over the old one after every step, so
    it is never half-written; an advisory lock on ``PATH.lock`` keeps a second process off it.
    """

    VERSION: Final = 1

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.folders: dict[str, dict[str, Any]] = {}
        self._lock: IO[bytes] | None = None

    @contextlib.contextmanager
    def held(self) -> Iterator[BatchState]:
        """Lock the state file for this process and load it; raises StateInUseError when taken."""
        lock_path = self.path.with_name(self.path.name + ".lock")
        with lock_path.open("ab") as lock:
            if fcntl is not None:
                try:
                    fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise StateInUseError(
                        f"{self.path} is in use by another vrlive batch (its lock {lock_path} is held); "
                        "give each batch its own --state"
                    ) from None
            self._lock = lock
            try:
                self.load()
                yield self
            finally:
                self._lock = None

    def load(self) -> None:
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as error:
            raise StateInUseError(f"{self.path} is not a vrlive batch state file ({error})") from None
        folders = document.get("folders") if isinstance(document, dict) else None
        if not isinstance(folders, dict) or document.get("version") != self.VERSION:
            raise StateInUseError(
                f"{self.path} is not a vrlive batch state file (no version {self.VERSION} 'folders'); "
                "is it a single folder's state? give the batch its own --state"
            )
        self.folders = {str(key): dict(value) for key, value in folders.items() if isinstance(value, dict)}

    def of(self, folder: Path) -> dict[str, Any]:
        return dict(self.folders.get(str(folder), {}))

    def record(self, folder: Path, *, durable: bool = False, **values: Any) -> None:
        """Update a folder's entry and write the file; ``durable`` syncs it to disk first (the
        steps a resume must never miss: a submit about to be sent, and its task code)."""
        entry = self.folders.setdefault(str(folder), {})
        entry.update({name: value for name, value in values.items() if value is not None})
        entry["updated_at"] = int(time.time())
        temporary = self.path.with_name(self.path.name + ".tmp")
        # One folder a line: readable, and json's C encoder (indent= falls back to Python's, which
        # made rewriting a 200-folder file after every step the batch's largest cost).
        lines = ",\n".join(f"  {json.dumps(key)}: {json.dumps(value)}" for key, value in self.folders.items())
        with temporary.open("w", encoding="utf-8") as file:
            file.write(f'{{"version": {self.VERSION}, "folders": {{\n{lines}\n}}}}\n')
            if durable:
                file.flush()
                os.fsync(file.fileno())
        os.replace(temporary, self.path)

    def forget(self, folder: Path, *names: str) -> None:
        entry = self.folders.get(str(folder), {})
        for name in names:
            entry.pop(name, None)


@define
class Batch:
    """Convert ``folders`` with one [`AsyncRealsee`][vrlive.realsee.AsyncRealsee];
    [`run()`][vrlive.batch.Batch.run] does it.

    Attributes:
        on_change: Called with a folder's [`FolderRun`][vrlive.batch.FolderRun] each time its status
            changes (on the event loop; the upload's byte counts change in between, from upload threads).
    """

    realsee: AsyncRealsee
    folders: Sequence[Path]
    state: BatchState
    concurrency: int = CONCURRENCY
    wait: bool = True
    force: bool = False
    follow_symlinks: bool = False
    interval: float = POLL_INTERVAL
    max_interval: float = POLL_MAX_INTERVAL
    timeout: float = POLL_TIMEOUT
    on_change: Callable[[FolderRun], None] | None = None
    runs: list[FolderRun] = field(init=False)

    def __attrs_post_init__(self) -> None:
        if self.concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, not {self.concurrency}")
        resolved = [Path(folder).resolve() for folder in self.folders]
        repeated = sorted({str(folder) for folder in resolved if resolved.count(folder) > 1})
        if repeated:
            raise ValueError(f"each folder once: {', '.join(repeated)} given more than once")
        self.runs = [FolderRun(folder) for folder in resolved]

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

    def _set(self, run: FolderRun, status: str, **recorded: Any) -> None:
        run.status = status
        if status not in ("checking", "checked", "invalid"):
            durable = status == "submitting" or "task_code" in recorded
            self.state.record(run.folder, status=status, durable=durable, **recorded)
        self._changed(run)

    def _changed(self, run: FolderRun) -> None:
        if self.on_change is not None:
            self.on_change(run)

    def _resume(self, run: FolderRun) -> bool:
        """Take up what the state file says of ``run``'s folder; whether it needs packaging."""
        earlier = self.state.of(run.folder)
        status = earlier.get("status")
        run.project_name = earlier.get("project_name")
        run.task_code, run.project_id = earlier.get("task_code"), earlier.get("project_id")
        if status == PanoTaskState.FAILED.value and run.task_code and self.force:
            self.state.forget(run.folder, "task_code", "project_id", "reason", "bucket", "key")
            run.task_code = run.project_id = None
            return True
        if status == PanoTaskState.SUCCESS.value and earlier.get("vr_url"):
            run.status, run.vr_url = status, earlier["vr_url"]
        elif status == PanoTaskState.FAILED.value and run.task_code:
            run.status = status
            run.message = earlier.get("message") or f"task {run.task_code} failed"
        uploaded = status == "uploaded" and bool(earlier.get("key")) and bool(earlier.get("private_key"))
        run.resumed = run.task_code is not None or status in UNCERTAIN or uploaded
        if status in UNCERTAIN and run.task_code is None:
            return self.force
        return not run.resumed

    async def _check(self, runs: list[FolderRun]) -> dict[Path, PanoPackage]:
        slots = asyncio.Semaphore(self.concurrency)

        async def check(run: FolderRun) -> PanoPackage | PackageError:
            async with slots:
                self._set(run, "checking")
                try:
                    package = await asyncio.to_thread(
                        build_package, run.folder, follow_symlinks=self.follow_symlinks
                    )
                except PackageError as error:
                    run.problems = [str(problem) for problem in error.problems]
                    run.message = str(error)
                    self._set(run, "invalid")
                    return error
                run.project_name, run.size = package.project_name, package.size
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
            if not isinstance(package, PackageError)
        }

    async def _convert(self, run: FolderRun, package: PanoPackage | None, slots: asyncio.Semaphore) -> None:
        try:
            if run.ended:  # as the state file left it
                self._changed(run)
                return
            if run.task_code is None:
                if package is None and self.state.of(run.folder).get("status") in UNCERTAIN:
                    self._uncertain(run, "an earlier run sent its submit request but recorded no answer")
                    return
                async with slots:
                    if not await self._submit(run, package):
                        return
            if not self.wait:
                self._set(run, "submitted")
                return
            await self._wait(run)
        except TaskFailedError as error:
            run.message = str(error)
            self._set(run, PanoTaskState.FAILED.value, reason=error.reason, message=run.message)
        except TaskTimeoutError as error:
            run.message = str(error)
            self._set(run, "timeout")
        except VrliveError as error:  # this folder ends, the others go on
            run.message, run.error = str(error), type(error).__name__
            self._set(run, "error")

    async def _submit(self, run: FolderRun, package: PanoPackage | None) -> bool:
        """Upload (unless done earlier) and submit; whether a task code came back."""
        if package is not None:
            self._set(run, "uploading", project_name=package.project_name)
            uploaded = await self.realsee.upload_pano(package, on_progress=lambda step: _count(run, step))
            # Only a key can be submitted again later: a download URL may be presigned (a secret,
            # and it expires), so a folder uploaded that way is uploaded again if the batch stops.
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
            "console); run the batch again with --force to submit the folder again"
        )
        self._set(run, "unknown")

    async def _wait(self, run: FolderRun) -> None:
        assert run.task_code is not None

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
        )
        self._set(run, PanoTaskState.SUCCESS.value, vr_url=run.vr_url)


def _count(run: FolderRun, step: Progress) -> None:
    if step.stage == "uploading":
        run.sent, run.size = step.done, step.total


__all__ = [
    "BATCH_STATE_FILE",
    "CONCURRENCY",
    "Batch",
    "BatchCheckError",
    "BatchState",
    "FolderRun",
    "StateInUseError",
]
