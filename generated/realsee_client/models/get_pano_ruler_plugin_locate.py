from enum import StrEnum

from vrlive_core.enums import is_known


class GetPanoRulerPluginLocate(StrEnum):
    """The language of the ruler's texts (the vendor's parameter name, not `locale`).

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    EN_US = "en-US"
    JA_JP = "ja-JP"
    ZH_CN = "zh-CN"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
