from enum import IntEnum

from vrlive_core.enums import is_known


class IvhDriverType(IntEnum):
    """How the digital human is driven - 1 text only; 3 audio (original voice), which also accepts text.

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    TEXT = 1
    AUDIO = 3

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
