"""The JSON examples printed on the vendor pages in ``spec/sources/``.

The pages are copies of the vendor documentation the specs are written from. Their examples are
JSON with a few printing faults (``//`` comments, a missing comma, trailing commas); this module
finds every example block and repairs only those faults, so tests can hold the specs to them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SOURCES = Path(__file__).resolve().parents[2] / "spec" / "sources"

_VALUE_END = re.compile(r'(["\d}\]]|true|false|null)\s*$')
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


@dataclass(frozen=True)
class SeedExample:
    page: str
    line: int
    value: Any

    def __str__(self) -> str:
        return f"{self.page}:{self.line}"


def _balanced_block(text: str, start: int) -> str:
    depth, in_string, escaped = 0, False, False
    for index in range(start, len(text)):
        char = text[index]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return text[start : index + 1]
    raise ValueError(f"unbalanced JSON block at offset {start}")


def _strip_comment(line: str) -> str:
    in_string, escaped = False, False
    for index, char in enumerate(line):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif line.startswith("//", index):
            return line[:index].rstrip()
    return line


def repair(block: str) -> str:
    """Make a printed example valid JSON: drop comments, add missing commas, drop trailing ones."""
    lines = [_strip_comment(line) for line in block.splitlines()]
    lines = [line for line in lines if line.strip()]
    for index in range(len(lines) - 1):
        following = lines[index + 1].lstrip()
        if following.startswith('"') and _VALUE_END.search(lines[index]):
            lines[index] = lines[index].rstrip() + ","
    return _TRAILING_COMMA.sub(r"\1", "\n".join(lines))


def _is_code(block: str) -> bool:
    """A JavaScript object literal from a code sample (unquoted keys), not a JSON example."""
    return re.search(r"^\s*[A-Za-z_]\w*\s*:", block, flags=re.MULTILINE) is not None


def seed_examples() -> Iterator[SeedExample]:
    """Every top-level JSON example on the source pages, repaired and parsed, in page order."""
    for page in sorted(SOURCES.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        end_of_last = 0
        for match in re.finditer(r"^[ \t]*\{", text, flags=re.MULTILINE):
            start = match.end() - 1
            if start < end_of_last:
                continue  # nested inside the previous example
            block = _balanced_block(text, start)
            end_of_last = start + len(block)
            if _is_code(block):
                continue
            line = text.count("\n", 0, start) + 1
            yield SeedExample(page.name, line, json.loads(repair(block)))
