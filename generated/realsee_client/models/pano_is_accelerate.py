from enum import StrEnum


class PanoIsAccelerate(StrEnum):
    DISABLED = "0"
    ENABLED = "1"

    def __str__(self) -> str:
        return str(self.value)
