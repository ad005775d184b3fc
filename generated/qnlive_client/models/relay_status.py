from enum import IntEnum

from vrlive_core.enums import is_known


class RelayStatus(IntEnum):
    """0 waiting for the receiver to accept; 1 receiver accepted; 2 initiator finished relaying;
    3 receiver finished relaying; 4 both finished; 5 receiver rejected; 6 relay ended.

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    WAITING_FOR_RECEIVER = 0
    RECEIVER_ACCEPTED = 1
    INITIATOR_RELAYED = 2
    RECEIVER_RELAYED = 3
    BOTH_RELAYED = 4
    RECEIVER_REJECTED = 5
    ENDED = 6

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
