from enum import IntEnum

from vrlive_core.enums import is_known


class ShootType(IntEnum):
    """How the shoot is positioned: 0 unknown, 1 AR, 2 stitching (the default).

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    UNKNOWN = 0
    AR = 1
    STITCHING = 2

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
