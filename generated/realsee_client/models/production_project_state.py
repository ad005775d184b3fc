from enum import StrEnum

from vrlive_core.enums import is_known


class ProductionProjectState(StrEnum):
    """A production project's state: `project_not_upload` (nothing uploaded yet),
    `project_uploading`, `project_upload_failed`, `project_upload_success`,
    `project_processing`, `project_process_cancel`, `project_process_success`,
    `project_process_failed`, `project_temporarily_delete` (in the recycle bin),
    `project_exporting`, `project_exported`, `project_export_fail`. (The English document
    garbles `project_process_failed` and `project_temporarily_delete` into one word; the
    Chinese one lists both.)

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    PROJECT_EXPORTED = "project_exported"
    PROJECT_EXPORTING = "project_exporting"
    PROJECT_EXPORT_FAIL = "project_export_fail"
    PROJECT_NOT_UPLOAD = "project_not_upload"
    PROJECT_PROCESSING = "project_processing"
    PROJECT_PROCESS_CANCEL = "project_process_cancel"
    PROJECT_PROCESS_FAILED = "project_process_failed"
    PROJECT_PROCESS_SUCCESS = "project_process_success"
    PROJECT_TEMPORARILY_DELETE = "project_temporarily_delete"
    PROJECT_UPLOADING = "project_uploading"
    PROJECT_UPLOAD_FAILED = "project_upload_failed"
    PROJECT_UPLOAD_SUCCESS = "project_upload_success"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
