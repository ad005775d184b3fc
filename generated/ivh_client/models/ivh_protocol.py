from enum import StrEnum


class IvhProtocol(StrEnum):
    RTMP = "rtmp"
    TRTC = "trtc"
    WEBRTC = "webrtc"

    def __str__(self) -> str:
        return str(self.value)
