from enum import IntEnum

from vrlive_core.enums import is_known


class IvhSessionStatus(IntEnum):
    """1 ready (in progress), 2 closed, 3 preparing, 4 creation failed.

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    READY = 1
    CLOSED = 2
    PREPARING = 3
    FAILED = 4

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
