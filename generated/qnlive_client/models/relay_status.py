from enum import IntEnum


class RelayStatus(IntEnum):
    WAITING_FOR_RECEIVER = 0
    RECEIVER_ACCEPTED = 1
    INITIATOR_RELAYED = 2
    RECEIVER_RELAYED = 3
    BOTH_RELAYED = 4
    RECEIVER_REJECTED = 5
    ENDED = 6

    def __str__(self) -> str:
        return str(self.value)
