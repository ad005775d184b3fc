"""The errors vrlive raises: the shared hierarchy of the generated clients, and the overlay's own.

Everything derives from [`VrliveError`][vrlive_core.errors.VrliveError]. API failures are the generated
clients' typed errors (``APIError`` and its subclasses, re-exported here), as are the outcomes of
waiting (``WaitTimeoutError``, ``WaitCancelledError``, ``StateUnreachableError``: the generated
waiters raise them); the overlay adds configuration problems and the panorama task's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

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


__all__ = [
    "APIError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "SourceChangedError",
    "StateUnreachableError",
    "TaskFailedError",
    "TaskTimeoutError",
    "TokenExpiredError",
    "TransportError",
    "UnexpectedStatus",
    "VrliveError",
    "WaitCancelledError",
    "WaitTimeoutError",
]
