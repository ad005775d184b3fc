from enum import IntEnum

from vrlive_core.enums import is_known


class DeviceType(IntEnum):
    """The capture device: 1 a phone, 2 a panoramic camera (the default), 3 a gimbal, 4 a professional camera (Galois).

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    PHONE = 1
    PANORAMIC_CAMERA = 2
    GIMBAL = 3
    PROFESSIONAL_CAMERA = 4

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
