from enum import StrEnum

from vrlive_core.enums import is_known


class VrType(StrEnum):
    """`"80"` a real (shot) work, `"81"` a virtual (rendered) one - also the first two digits of
    the work's `vr_code`. (The design vector page calls the second kind `virtual`.)

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    REAL = "80"
    VIRTUAL = "81"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
