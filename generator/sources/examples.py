"""The JSON examples printed on vendor pages: found, repaired, and parsed with the line of every key.

The pages print JSON with a few faults (``//`` comments, a missing comma, trailing commas). Only
those are repaired, and without moving any line, so that each key of an example keeps the line it
has on the page and findings can point at it. The comments are kept too: some list enum values.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from attrs import frozen

JsonPath = tuple[str | int, ...]
"""Keys and indexes from an example's root to one of its values; ``()`` is the root."""

_VALUE_END = re.compile(r'(["\d}\]]|true|false|null)\s*$')
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_BLOCK_START = re.compile(r"^[ \t]*\{", flags=re.MULTILINE)
_OBJECT_LITERAL_KEY = re.compile(r"^\s*[A-Za-z_]\w*\s*:", flags=re.MULTILINE)
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@frozen
class JsonBlock:
    """A balanced ``{...}`` block that starts a line of a page: a JSON example, perhaps with faults."""

    line: int
    text: str
    closed: bool = True


@frozen
class Example:
    """One JSON example of a page.

    Attributes:
        line: The page line of its opening brace.
        value: The example, parsed.
        lines: The page line of each value, by path: of the key for object members, of the value
            itself for array items and the root.
        comments: The text of each ``//`` comment, by page line.
    """

    line: int
    value: Any
    lines: Mapping[JsonPath, int]
    comments: Mapping[int, str]

    def line_of(self, path: JsonPath) -> int:
        """The line of ``path``, or of its nearest ancestor the example has (for a missing key)."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return self.line

    def paths_at(self, line: int) -> list[JsonPath]:
        """The paths whose keys are on ``line``."""
        return [path for path, at in self.lines.items() if at == line and path]


class ExampleError(ValueError):
    """A block that stays invalid JSON after the repairs; ``line`` is where the parser stopped."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def format_path(path: JsonPath) -> str:
    """``$.data.user_list[0].extension``, with ``['ext-key']`` for keys that are not identifiers."""
    text = "$"
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _IDENTIFIER.fullmatch(part):
            text += f".{part}"
        else:
            text += f"[{json.dumps(part, ensure_ascii=False)}]"
    return text


def _end_of_string(text: str, start: int) -> int:
    """The index after the string literal opening at ``start``."""
    escaped = False
    for index in range(start + 1, len(text)):
        char = text[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            return index + 1
    return len(text)


def balanced_end(text: str, start: int) -> int | None:
    """The index after the bracket that closes the one at ``start``; None when it never closes."""
    depth, index = 0, start
    while index < len(text):
        char = text[index]
        if char == '"':
            index = _end_of_string(text, index)
            continue
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return None


def json_blocks(text: str, first_line: int = 1) -> Iterator[JsonBlock]:
    """Every top-level ``{...}`` block of ``text`` that starts a line, except JavaScript object
    literals of code samples (unquoted keys); ``first_line`` is the page line of ``text``'s first line.
    A brace that never closes is yielded alone, so the caller reports it."""
    end_of_last = 0
    for match in _BLOCK_START.finditer(text):
        start = match.end() - 1
        if start < end_of_last:
            continue  # nested inside the previous block
        end = balanced_end(text, start)
        block = text[start : match.end() if end is None else end]
        if end is not None:
            end_of_last = end
        if _OBJECT_LITERAL_KEY.search(block):
            continue
        yield JsonBlock(first_line + text.count("\n", 0, start), block, closed=end is not None)


def split_comment(line: str) -> tuple[str, str | None]:
    """The code of a line and the text of its ``//`` comment (outside strings), if any."""
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
            return line[:index].rstrip(), line[index + 2 :].strip()
    return line, None


def repair(block: str) -> str:
    """Make a printed example valid JSON - drop comments, add missing commas, drop trailing ones -
    keeping every line where it was."""
    lines = [split_comment(line)[0] for line in block.split("\n")]
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        following = next((later.lstrip() for later in lines[index + 1 :] if later.strip()), "")
        if following.startswith('"') and _VALUE_END.search(line):
            lines[index] = line.rstrip() + ","
    return _TRAILING_COMMA.sub(r"\1", "\n".join(lines))


class _LocatingParser:
    """Walks JSON already known to be valid, noting the line of every key and item."""

    def __init__(self, text: str, first_line: int) -> None:
        self.text = text
        self.first_line = first_line
        self.newlines = [index for index, char in enumerate(text) if char == "\n"]
        self.lines: dict[JsonPath, int] = {}
        self.position = 0

    def line_at(self, position: int) -> int:
        return self.first_line + bisect.bisect_left(self.newlines, position)

    def _skip_space(self) -> None:
        while self.text[self.position] in " \t\r\n":
            self.position += 1

    def _string(self) -> str:
        value, self.position = json.decoder.scanstring(self.text, self.position + 1)  # type: ignore[attr-defined]
        return str(value)

    def value(self, path: JsonPath) -> None:
        self._skip_space()
        self.lines.setdefault(path, self.line_at(self.position))
        char = self.text[self.position]
        if char == "{":
            self._members(path)
        elif char == "[":
            self._items(path)
        elif char == '"':
            self._string()
        else:
            literal = _NUMBER.match(self.text, self.position)
            if literal is not None:
                self.position = literal.end()
            else:
                word = next(w for w in ("true", "false", "null") if self.text.startswith(w, self.position))
                self.position += len(word)

    def _members(self, path: JsonPath) -> None:
        self.position += 1
        self._skip_space()
        while self.text[self.position] != "}":
            self._skip_space()
            key_line = self.line_at(self.position)
            key = self._string()
            self.lines[(*path, key)] = key_line
            self._skip_space()
            self.position += 1  # the colon
            self.value((*path, key))
            self._skip_space()
            if self.text[self.position] == ",":
                self.position += 1
                self._skip_space()
        self.position += 1

    def _items(self, path: JsonPath) -> None:
        self.position += 1
        self._skip_space()
        index = 0
        while self.text[self.position] != "]":
            self.value((*path, index))
            index += 1
            self._skip_space()
            if self.text[self.position] == ",":
                self.position += 1
                self._skip_space()
        self.position += 1


def parse_example(block: JsonBlock) -> Example:
    """The example printed in ``block``, repaired; raises ExampleError where it stays invalid."""
    if not block.closed:
        raise ExampleError(block.line, "not JSON: its opening brace is never closed")
    repaired = repair(block.text)
    try:
        value = json.loads(repaired)
    except json.JSONDecodeError as error:
        raise ExampleError(
            block.line + error.lineno - 1,
            f"not JSON even after repairing comments and commas: {error.msg} (column {error.colno})",
        ) from None
    parser = _LocatingParser(repaired, block.line)
    parser.value(())
    comments = {}
    for offset, line in enumerate(block.text.split("\n")):
        comment = split_comment(line)[1]
        if comment:
            comments[block.line + offset] = comment
    return Example(block.line, value, parser.lines, comments)


__all__ = [
    "Example",
    "ExampleError",
    "JsonBlock",
    "JsonPath",
    "balanced_end",
    "format_path",
    "json_blocks",
    "parse_example",
    "repair",
    "split_comment",
]
