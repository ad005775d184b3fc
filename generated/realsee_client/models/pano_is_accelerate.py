from enum import StrEnum

from vrlive_core.enums import is_known


class PanoIsAccelerate(StrEnum):
    """Whether S3 transfer acceleration is on, as the strings `"1"` (on) and `"0"` (off).

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    DISABLED = "0"
    ENABLED = "1"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
