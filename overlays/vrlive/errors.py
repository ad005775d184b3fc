"""The errors vrlive raises: the shared hierarchy of the generated clients, and the overlay's own.

Everything vrlive raises derives from [`VrliveError`][vrlive_core.errors.VrliveError]. API failures
are the generated clients' typed errors (``APIError`` and its subclasses, re-exported here), as are
the outcomes of waiting (``WaitTimeoutError``, ``WaitCancelledError``, ``StateUnreachableError``:
the generated waiters raise them); the overlay adds configuration problems, the panorama flow's
(tasks, packages, uploads, batches and their state files) and the IVH command channel's. Every one
of them is defined here; the modules that raise them re-export the ones their users import from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vrlive_core.errors import (
    APIError,
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    StateUnreachableError,
    TokenExpiredError,
    TransportError,
    UnexpectedStatus,
    VrliveError,
    WaitCancelledError,
    WaitTimeoutError,
)

if TYPE_CHECKING:
    from realsee_client.models import PanoTaskStatus
    from vrlive.pano import Problem


class ConfigurationError(VrliveError, ValueError):
    """A client cannot be built: a setting is missing or invalid. Says which, and where to set it."""


class SourceChangedError(VrliveError):
    """A file changed between being checked and being streamed: the archive would be corrupt.

    Not an ``OSError``: raised while a part is being sent, an ``OSError`` would pass for a dropped
    connection, which urllib3 and botocore retry and then report as such.

    Attributes:
        path: The file that changed.
    """

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path} {message}")
        self.path = path


class TaskFailedError(StateUnreachableError):
    """A panorama-to-VR task ended in ``failed`` (what it was waited for can no longer happen).

    Attributes:
        task_code: The task.
        project_id: Its project.
        reason: Why, in the vendor's words, when its status said (None otherwise).
        last_state: The status that said ``failed``, undocumented fields kept (None when the error
            was made from a task code alone).
    """

    last_state: PanoTaskStatus | None

    def __init__(
        self,
        task_code: str,
        project_id: str,
        *,
        reason: str | None = None,
        last_state: PanoTaskStatus | None = None,
    ) -> None:
        said = f": {reason}" if reason else "; Realsee gave no reason"
        message = f"panorama-to-VR task {task_code} (project {project_id}) failed{said}"
        super().__init__(message, last_state=last_state)
        self.task_code = task_code
        self.project_id = project_id
        self.reason = reason


class TaskTimeoutError(WaitTimeoutError["PanoTaskStatus"]):
    """A panorama-to-VR task did not finish in time; resume with its ``task_code``.
    ``last_state`` is the last status polled (None when no poll succeeded)."""

    def __init__(self, task_code: str, *, last_state: PanoTaskStatus | None, waited: float) -> None:
        super().__init__(
            f"panorama-to-VR task {task_code} did not finish within {waited:.0f}s; "
            f"resume later with the task code (vrlive task {task_code} --wait)",
            last_state=last_state,
            waited=waited,
        )
        self.task_code = task_code


def _shown(text: str) -> str:
    """``text`` with control characters escaped (`vrlive.files.printable()`)."""
    from vrlive.files import printable  # noqa: PLC0415 - vrlive.files raises NotRegularFileError

    return printable(text)


# Files and panorama packages.


class NotRegularFileError(ValueError):
    """A path names something other than a regular file; the message says what (``is a socket, ...``)."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"is {kind}, not a regular file")
        self.kind = kind


class PackageError(VrliveError, ValueError):
    """A folder is not a valid panorama package; ``problems`` lists everything wrong with it."""

    def __init__(self, folder: Path, problems: list[Problem]) -> None:
        self.folder = folder
        self.problems = tuple(problems)
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        listed = "".join(f"\n  - {problem}" for problem in problems)
        super().__init__(f"{_shown(str(folder))} is not a valid panorama package ({count}):{listed}")


class UploadError(VrliveError):
    """The store refused the upload or could not be reached. ``code`` is S3's error code, if any."""

    def __init__(self, message: str, *, bucket: str, key: str, code: str | None = None) -> None:
        super().__init__(message)
        self.bucket = bucket
        self.key = key
        self.code = code


class UploadCancelledError(VrliveError):
    """An upload was stopped on request before it was completed: its multipart upload was aborted,
    nothing was stored."""

    def __init__(self, bucket: str, key: str) -> None:
        super().__init__(f"the upload to s3://{bucket}/{key} was cancelled and aborted: nothing was stored")
        self.bucket = bucket
        self.key = key


# Batches and their state files.


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


class StateFileError(VrliveError):
    """A state file cannot be used: it is not one of vrlive's, something else has its name (a
    link, a named pipe), or it cannot be read or written. The message says which file and why."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{_shown(str(path))}: {message}")
        self.path = path


class StateInUseError(StateFileError):
    """Another process holds the state file."""


class StateWriteError(StateFileError):
    """A step could not be recorded: the state file's disk is full, read-only or failing.

    The run stops sending anything once it happens. When the step was a task's code, the message
    begins with it: the state file could not keep it, so it is the one place it is shown.

    Attributes:
        task_code: The task whose code could not be recorded, if the step had one.
        folder: The folder whose step it was.
        reason: The operating system's error.
    """

    def __init__(
        self, path: Path, reason: OSError, *, folder: Path | None = None, task_code: str | None = None
    ) -> None:
        cause = reason.strerror or str(reason)
        if task_code is None:
            super().__init__(
                path,
                f"could not be written ({cause}); stopped before sending anything more: make room, "
                "then run the same command again to resume",
            )
        else:  # the code first: nothing else keeps it
            shown = _shown(str(folder)) if folder is not None else "its folder"
            VrliveError.__init__(
                self,
                f"task {task_code} was submitted for {shown}, but {_shown(str(path))} could not "
                f"record it ({cause}): follow it with `vrlive task {task_code} --wait`; a run of the "
                "same command would find the folder `unknown` and not submit it again",
            )
            self.path = path
        self.task_code = task_code
        self.folder = folder
        self.reason = reason


# The IVH command channel.


class ChannelError(VrliveError):
    """The command channel cannot be used: refused (``code`` says why), or not back in time."""

    def __init__(self, message: str, *, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class SessionClosedError(ChannelError):
    """The session was closed (or no longer exists): nothing more can be said in it."""


class DriveFailedError(ChannelError):
    """The service reports a drive failed (a type 9 message): ``code`` and the message say why."""


# The command line.


class CommandExit(Exception):
    """Ends a ``vrlive`` command with an exit code, a message for people and a result for ``--json``
    (the CLI's own way out, not an error of the API or the SDK)."""

    def __init__(self, code: int, message: str, result: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.result = result or {}


__all__ = [
    "APIError",
    "AuthenticationError",
    "BatchCheckError",
    "ChannelError",
    "CommandExit",
    "ConfigurationError",
    "ConflictError",
    "DriveFailedError",
    "InvalidRequestError",
    "NotFoundError",
    "NotRegularFileError",
    "PackageError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "SessionClosedError",
    "SourceChangedError",
    "StateFileError",
    "StateInUseError",
    "StateUnreachableError",
    "StateWriteError",
    "TaskFailedError",
    "TaskTimeoutError",
    "TokenExpiredError",
    "TransportError",
    "UnexpectedStatus",
    "UploadCancelledError",
    "UploadError",
    "VrliveError",
    "WaitCancelledError",
    "WaitTimeoutError",
]
