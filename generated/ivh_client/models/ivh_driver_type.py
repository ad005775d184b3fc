from enum import IntEnum


class IvhDriverType(IntEnum):
    TEXT = 1
    AUDIO = 3

    def __str__(self) -> str:
        return str(self.value)
