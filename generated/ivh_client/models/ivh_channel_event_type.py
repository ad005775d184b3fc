from enum import IntEnum

from vrlive_core.enums import is_known


class IvhChannelEventType(IntEnum):
    """What a downstream message reports - 3 the speech status, 4 the large model's answer, 9 a drive that failed.
    Other types are for the avatar and may be ignored.

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    SPEAK_STATUS = 3
    CHAT_ANSWER = 4
    DRIVE_FAILED = 9

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
