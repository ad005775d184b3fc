from enum import StrEnum

from vrlive_core.enums import is_known


class WorkTaskType(StrEnum):
    """`work-compress` packs a work for offline use, `work-cleanup` cleans it up, `work-archive` archives its raw data
    (not open to the public yet).

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    WORK_ARCHIVE = "work-archive"
    WORK_CLEANUP = "work-cleanup"
    WORK_COMPRESS = "work-compress"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
