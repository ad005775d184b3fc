from enum import StrEnum

from vrlive_core.enums import is_known


class PanoTaskState(StrEnum):
    """`pending` (queued), `processing`, `success` (`vr_url` set) or `failed`.

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    FAILED = "failed"
    PENDING = "pending"
    PROCESSING = "processing"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
