"""A page's text as ``fetch`` and ``diff`` compare it: what the page says, not how a capture lays it out.

A browser's copy and the HTML reader lay one page out differently: bullets and list numbers the
browser draws, a table as one cell per line, as tab-separated rows or as cells run together, a
code sample as prose lines or as one block, spaces between inline elements that one keeps and the
other drops. None of that is content, so the text is compared with all whitespace, bullets and
list numbers taken out, and lines without a word (``},``, a rule of dashes), which the HTML reader
drops as decoration. A stamp that only dates the page (``Last updated: 2024-07-19 10:14:53``,
``最近更新时间: 2022-09-07 17:16:18``) changes without the page changing, and is taken out too.
"""

from __future__ import annotations

import difflib
import re

from generator.sources.document import Document, Prose, Table

_BULLET = re.compile(r"^(?:[•·◦▪●○■□*–—-]|\d{1,3}[.)])\s+")
_DATE = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})"
_STAMP = re.compile(
    r"(?:last (?:updated|modified|edited)(?: on| at)?|(?:updated|modified)(?: on| at)?"
    r"|最近更新时间|最后更新时间|最近更新|最后更新|更新时间|更新于|修改时间)\s*[:：]?\s*"
    rf"{_DATE}(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?: ?(?:UTC|GMT|[+-]\d{{2}}:?\d{{2}}))?)?",
    flags=re.IGNORECASE,
)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))

_SHOWN_LINES = 20
"""How many changed lines a report shows before it only counts the rest."""


def text_lines(document: Document) -> list[str]:
    """The page's text, a line per prose line, table row and line of code: whitespace collapsed,
    without list bullets, numbers and date stamps, and without the lines that leaves with no word."""
    lines = []
    for block in document.blocks:
        if isinstance(block, Prose):
            raw = [block.text]
        elif isinstance(block, Table):
            raw = [" ".join(cells) for cells in (block.header, *(row.cells for row in block.rows))]
        else:
            raw = block.text.split("\n")
        for line in raw:
            text = _STAMP.sub("", _BULLET.sub("", " ".join(line.translate(_INVISIBLE).split())))
            if not re.fullmatch(r"\W*", text):  # the HTML reader drops what has no word (`},`, `---`)
                lines.append(" ".join(text.split()))
    return lines


def _squeezed(lines: list[str]) -> str:
    return "".join("".join(line.split()) for line in lines)


def same_text(old: Document, new: Document) -> bool:
    """Whether two captures say the same, however each lays the page out."""
    return _squeezed(text_lines(old)) == _squeezed(text_lines(new))


def text_changes(old: Document, new: Document) -> list[str]:
    """The lines of text that differ, as a unified diff without its headers (``-old``, ``+new``),
    cut after a screenful with a count of the rest."""
    changed = [
        line
        for line in difflib.unified_diff(text_lines(old), text_lines(new), lineterm="", n=0)
        if line[:1] in {"-", "+"} and not line.startswith(("---", "+++"))
    ]
    if len(changed) <= _SHOWN_LINES:
        return changed
    return [*changed[:_SHOWN_LINES], f"… {len(changed) - _SHOWN_LINES} more changed lines"]


__all__ = ["same_text", "text_changes", "text_lines"]
