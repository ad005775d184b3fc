"""Reads a Markdown capture through markdown-it-py (CommonMark with tables): headings, paragraphs
and list items are prose lines, pipe tables are tables of rows, fenced and indented blocks code."""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.sources.document import Block, Code, Prose, Row, Table


def _plain(inline: Token) -> str:
    """An inline token's text without its markup (``**接口:** `POST /x``` is ``接口: POST /x``)."""
    parts = []
    for child in inline.children or []:
        if child.type in {"text", "code_inline", "html_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append("\n")
    return "".join(parts)


def _start(token: Token) -> int:
    """The 1-based line where a block token starts."""
    return (token.map[0] if token.map else 0) + 1


def _table(tokens: Sequence[Token], start: int) -> tuple[Table, int]:
    """The table opening at ``tokens[start]`` and the index after it."""
    rows: list[Row] = []
    cells: list[str] = []
    line = _start(tokens[start])
    at = start + 1
    while tokens[at].type != "table_close":
        token = tokens[at]
        if token.type == "tr_open":
            cells, line = [], _start(token)
        elif token.type == "inline":
            cells.append(" ".join(_plain(token).split()))
        elif token.type == "tr_close":
            rows.append(Row(line, tuple(cells)))
        at += 1
    if not rows:
        return Table(_start(tokens[start]), (), ()), at + 1
    header, *body = rows
    return Table(header.line, header.cells, tuple(body)), at + 1


def read_markdown(text: str) -> tuple[Block, ...]:
    """The blocks of a Markdown capture, in page order."""
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    blocks: list[Block] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if token.type == "table_open":
            table, at = _table(tokens, at)
            blocks.append(table)
            continue
        if token.type == "fence":
            blocks.append(Code(_start(token) + 1, token.content))
        elif token.type == "code_block":
            blocks.append(Code(_start(token), token.content))
        elif token.type == "inline":
            for offset, line in enumerate(_plain(token).split("\n")):
                if line.strip():
                    blocks.append(Prose(_start(token) + offset, " ".join(line.split())))
        at += 1
    return tuple(blocks)


__all__ = ["read_markdown"]
