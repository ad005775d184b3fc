from enum import StrEnum


class PanoDownloadType(StrEnum):
    DIRECT = "direct"
    PRESIGN = "presign"

    def __str__(self) -> str:
        return str(self.value)
