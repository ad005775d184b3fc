from enum import StrEnum

from vrlive_core.enums import is_known


class RenderStatus(StrEnum):
    """A work's render state: `RENDER_ING` (rendering, from submission), `RENDER_PART_DONE` (the
    first observation point is rendered), `RENDER_DONE` (done) or `RENDER_FAIL` (failed).

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    RENDER_DONE = "RENDER_DONE"
    RENDER_FAIL = "RENDER_FAIL"
    RENDER_ING = "RENDER_ING"
    RENDER_PART_DONE = "RENDER_PART_DONE"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
