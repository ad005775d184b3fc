from enum import StrEnum

from vrlive_core.enums import is_known


class SearchFloorPlansAreaSort(StrEnum):
    """Order by area, `ASC` (the default) or `DESC`.

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    ASC = "ASC"
    DESC = "DESC"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
