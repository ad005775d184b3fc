from enum import IntEnum


class IvhSessionStatus(IntEnum):
    READY = 1
    CLOSED = 2
    PREPARING = 3
    FAILED = 4

    def __str__(self) -> str:
        return str(self.value)
