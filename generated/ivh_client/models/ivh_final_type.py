from enum import IntEnum

from vrlive_core.enums import is_known


class IvhFinalType(IntEnum):
    """With AudioOver, who ended the audio - 1 the client's final packet, 2 the server, after a timeout.

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    CLIENT = 1
    SERVER_TIMEOUT = 2

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
