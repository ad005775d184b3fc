from enum import IntEnum

from vrlive_core.enums import is_known


class ProductionProjectStatus(IntEnum):
    """A production project's state as the code `list_production_projects` filters on: 0 nothing
    uploaded, 1 upload failed, 2 uploaded, 3 processing, 4 processed, 5 processing failed,
    6 in the recycle bin, 8 uploading, 9 exported, 10 exporting, 11 processing cancelled,
    12 export failed (there is no 7). The vendor writes the code as a string (`"0"`); in a
    query it is the same text.

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    NOT_UPLOADED = 0
    UPLOAD_FAILED = 1
    UPLOADED = 2
    PROCESSING = 3
    PROCESSED = 4
    PROCESS_FAILED = 5
    IN_RECYCLE_BIN = 6
    UPLOADING = 8
    EXPORTED = 9
    EXPORTING = 10
    PROCESS_CANCELLED = 11
    EXPORT_FAILED = 12

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
