"""Reads a text capture (what a browser or a text dump gives for a page) into prose, tables and code.

Code is what can be told apart without markup: JSON examples (the balanced ``{...}`` blocks that
start a line) and request samples (a curl command through its last continued line, a raw HTTP
request through its body; ``samples``). Other code (JavaScript, say) stays prose. Tables have lost
their markup, so they are recognised by their header (column names from ``tables.HEADER_WORDS``)
and read in the four shapes text dumps leave them in:

- cells separated by tabs (what a browser's copy gives);
- one cell per line (``Parameter name`` / ``Required`` / ``Type`` / ``Description``, then the rows);
- cells separated by spaces (``relay_id string 跨房会话ID relay_123``);
- cells run together (``app_keystring开放平台的 AppKey``), split at the type word, the only boundary
  left. There, a requiredness cell is read only when it is 必填/选填/可选: a bare 是/否 cannot be told
  from a description that starts with 是否.
"""

from __future__ import annotations

import re

from generator.sources.document import Block, Code, Prose, Row, Table
from generator.sources.examples import json_blocks
from generator.sources.samples import request_samples
from generator.sources.tables import (
    CONCATENATED_TYPES,
    Role,
    header_role,
    header_roles,
    is_field_name,
    page_types,
    requiredness,
    split_concatenated_header,
)

Line = tuple[int, str]


def _tab_cells(text: str) -> list[str]:
    return [" ".join(cell.split()) for cell in text.split("\t")]


def _tab_separated(lines: list[Line], start: int) -> tuple[Table, int] | None:
    number, text = lines[start]
    if "\t" not in text or header_roles(_tab_cells(text)) is None:
        return None
    rows = []
    for row_number, row_text in lines[start + 1 :]:
        if "\t" not in row_text or not row_text.strip():
            break
        rows.append(Row(row_number, tuple(_tab_cells(row_text))))
    return (Table(number, tuple(_tab_cells(text)), tuple(rows)), 1 + len(rows)) if rows else None


def _cell_fits(role: Role, cell: str) -> bool:
    if role is Role.NAME:
        return is_field_name(cell)
    if role is Role.TYPE:
        return page_types(cell) is not None
    if role is Role.REQUIRED:
        return requiredness(cell) is not None
    return bool(cell)


def _one_cell_per_line(lines: list[Line], start: int) -> tuple[Table, int] | None:
    header: list[str] = []
    while start + len(header) < len(lines):
        text = lines[start + len(header)][1].strip()
        if not text or header_role(text) is None:
            break
        header.append(text)
    roles = header_roles(header)
    if roles is None:
        return None
    rows, at = [], start + len(header)
    while at + len(roles) <= len(lines):
        chunk = [text.strip() for _, text in lines[at : at + len(roles)]]
        if not all(_cell_fits(role, cell) for role, cell in zip(roles, chunk, strict=True)):
            break
        rows.append(Row(lines[at][0], tuple(" ".join(cell.split()) for cell in chunk)))
        at += len(roles)
    return (Table(lines[start][0], tuple(header), tuple(rows)), at - start) if rows else None


def _spaced_row(text: str, roles: list[Role]) -> tuple[str, ...] | None:
    tokens = text.split()
    cells: list[str] = []
    for index, role in enumerate(roles):
        if role is Role.REQUIRED:
            taken = bool(tokens) and requiredness(tokens[0]) is not None
            cells.append(tokens.pop(0) if taken else "")
        elif role is Role.DESCRIPTION:
            keep = 1 if Role.EXAMPLE in roles[index + 1 :] and len(tokens) > 1 else 0
            cells.append(" ".join(tokens[: len(tokens) - keep]))
            del tokens[: len(tokens) - keep]
        elif role is Role.EXAMPLE:
            cells.append(" ".join(tokens))
            tokens.clear()
        else:
            if not tokens or not _cell_fits(role, tokens[0]):
                return None
            cells.append(tokens.pop(0))
    return tuple(cells) if not tokens else None


def _space_separated(lines: list[Line], start: int) -> tuple[Table, int] | None:
    number, text = lines[start]
    header = text.split()
    roles = header_roles(header)
    if roles is None:
        return None
    rows = []
    for row_number, row_text in lines[start + 1 :]:
        cells = _spaced_row(row_text, roles) if row_text.strip() else None
        if cells is None:
            break
        rows.append(Row(row_number, cells))
    return (Table(number, tuple(header), tuple(rows)), 1 + len(rows)) if rows else None


def _concatenated_row_pattern(roles: list[Role]) -> re.Pattern[str]:
    parts = []
    for role in roles:
        if role is Role.NAME:
            parts.append(r"(?P<name>[A-Za-z_][\w.\[\]-]*?)")
        elif role is Role.VALUE:
            parts.append(r"(?P<value>[A-Za-z0-9_.-]+)")
        elif role is Role.TYPE:
            parts.append("(?P<type>" + "|".join(re.escape(word) for word in CONCATENATED_TYPES) + ")")
        elif role is Role.REQUIRED:
            parts.append("(?P<required>必填|选填|可选|非必填)?")
    # The rest (description, example) must not go on with the name: `zip_cos_urlstringZIP 包` is
    # zip_cos_url + string + "ZIP 包", never zip_cos_urlstring + ...
    return re.compile("".join(parts) + r"(?P<rest>(?![a-z0-9_\[.]).*)")


def _concatenated(lines: list[Line], start: int) -> tuple[Table, int] | None:
    number, text = lines[start]
    header = split_concatenated_header(text)
    if header is None:
        return None
    roles = header_roles(header) or []
    pattern = _concatenated_row_pattern(roles)
    groups = {Role.NAME: "name", Role.VALUE: "value", Role.TYPE: "type", Role.REQUIRED: "required"}
    rows = []
    for row_number, row_text in lines[start + 1 :]:
        match = pattern.fullmatch(row_text.strip())
        if match is None or not row_text.strip():
            break
        cells, rest_taken = [], False
        for role in roles:
            if role in groups:
                cells.append(match.group(groups[role]) or "")
            elif not rest_taken:
                cells.append(" ".join(match.group("rest").split()))
                rest_taken = True
            else:
                cells.append("")
        rows.append(Row(row_number, tuple(cells)))
    return (Table(number, tuple(header), tuple(rows)), 1 + len(rows)) if rows else None


_SHAPES = (_tab_separated, _one_cell_per_line, _space_separated, _concatenated)


def _read_lines(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    at = 0
    while at < len(lines):
        found = next((shaped for shape in _SHAPES if (shaped := shape(lines, at)) is not None), None)
        if found is not None:
            table, used = found
            blocks.append(table)
            at += used
            continue
        number, text = lines[at]
        if text.strip():
            blocks.append(Prose(number, " ".join(text.split())))
        at += 1
    return blocks


def _code(text: str, lines: list[str]) -> list[Code]:
    """The code blocks of a capture: JSON examples and request samples. A sample inside an example
    is part of it; an example inside a sample (its body) is read with the sample."""
    examples = list(json_blocks(text))
    in_examples = {block.line + offset for block in examples for offset in range(block.text.count("\n") + 1)}
    samples = [sample for sample in request_samples(text) if sample.line not in in_examples]
    in_samples = {line for sample in samples for line in range(sample.line, sample.last_line + 1)}
    return [
        *(Code(block.line, block.text) for block in examples if block.line not in in_samples),
        *(Code(sample.line, "\n".join(lines[sample.line - 1 : sample.last_line])) for sample in samples),
    ]


def read_text(text: str) -> tuple[Block, ...]:
    """The blocks of a text capture, in page order."""
    lines = text.split("\n")
    code = _code(text, lines)
    covered = {block.line + offset for block in code for offset in range(block.text.count("\n") + 1)}
    blocks: list[Block] = list(code)
    run: list[Line] = []
    for number, line in enumerate(lines, start=1):
        if number in covered:
            blocks.extend(_read_lines(run))
            run = []
        else:
            run.append((number, line.rstrip("\r")))
    blocks.extend(_read_lines(run))
    return tuple(sorted(blocks, key=lambda block: block.line))


__all__ = ["read_text"]
