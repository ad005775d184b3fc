"""Enum values listed in prose: a comment or a table description that pairs values with meanings.

Two forms are read, each only when every item of the text has it and there are at least two:
``跨房状态:0, 等待接收方同意; 1,接收方已同意; ...`` (numbers, items split by semicolons) and
``是否开启传输加速:"1" 开启,"0" 关闭`` (quoted values, split by commas or semicolons). Anything
looser (``错误码:0,成功;其他,失败``) is a description, not a list of values.
"""

from __future__ import annotations

import re

_LABEL = re.compile(r'^[^:："\d-]*[:：]\s*')
_NUMBERED = re.compile(r"(-?\d+)\s*[,，、:：]\s*\S.*")
_QUOTED = re.compile(r'"([^"]+)"\s*[:：]?\s*\S.*')


def _all_items(text: str, separators: str, item: re.Pattern[str]) -> list[str] | None:
    pieces = [piece.strip() for piece in re.split(f"[{separators}]", text) if piece.strip()]
    matches = [item.fullmatch(piece) for piece in pieces]
    if len(matches) < 2 or not all(matches):
        return None
    return [match.group(1) for match in matches if match is not None]


def listed_values(text: str) -> list[str] | None:
    """The values ``text`` lists, as written, or None when it lists none."""
    body = _LABEL.sub("", text.strip(), count=1)
    return _all_items(body, ";；", _NUMBERED) or _all_items(body, ",，;；", _QUOTED)


__all__ = ["listed_values"]
