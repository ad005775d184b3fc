from enum import IntEnum

from vrlive_core.enums import is_known


class AiDesignAvailability(IntEnum):
    """Whether an AI design can be made of the floor plan (1) or not (0).

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    UNAVAILABLE = 0
    AVAILABLE = 1

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
