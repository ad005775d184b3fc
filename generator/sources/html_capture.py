"""Reads an HTML capture through BeautifulSoup: each block element's text is a prose line, each
``<table>`` a table of rows, each ``<pre>`` a code block; lines are those of the HTML source."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from generator.sources.document import Block, Code, Prose, Row, Table

_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "button", "select"})
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption",
     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
     "nav", "ol", "p", "section", "summary", "ul", "body", "html"}
)  # fmt: skip
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)


def _collapse(text: str) -> str:
    return " ".join(text.split())


class _Reader:
    """One pass over the tree in document order; ``line`` follows the source as strings go by."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.pieces: list[str] = []
        self.first_line: int | None = None
        self.line = 1

    def flush(self) -> None:
        text = _collapse("".join(self.pieces))
        if text and self.first_line is not None:
            self.blocks.append(Prose(self.first_line, text))
        self.pieces, self.first_line = [], None

    def text(self, string: str) -> None:
        if self.first_line is None and string.strip():
            self.first_line = self.line + string[: len(string) - len(string.lstrip())].count("\n")
        self.pieces.append(string)
        self.line += string.count("\n")

    def visit(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, _NOT_TEXT):
                self.line += str(child).count("\n")
            elif isinstance(child, NavigableString):
                self.text(str(child))
            elif isinstance(child, Tag):
                self.element(child)

    def element(self, tag: Tag) -> None:
        if tag.sourceline is not None:
            self.line = tag.sourceline
        name = tag.name.lower()
        if name in _SKIPPED:
            return
        if name in {"table", "pre", "br"} or name in _BLOCKS:
            self.flush()
        if name == "table":
            self.blocks.append(_table(tag, self.line))
        elif name == "pre":
            self.blocks.append(Code(self.line, tag.get_text()))
        else:
            self.visit(tag)
            if name in _BLOCKS:
                self.flush()


def _cells(row: Tag) -> tuple[str, ...]:
    return tuple(_collapse(cell.get_text(" ")) for cell in row.find_all(["th", "td"], recursive=False))


def _table(table: Tag, line: int) -> Table:
    rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
    if not rows:
        return Table(line, (), ())
    header, *body = rows
    return Table(
        header.sourceline or line,
        _cells(header),
        tuple(Row(row.sourceline or line, _cells(row)) for row in body),
    )


def read_html(text: str) -> tuple[Block, ...]:
    """The blocks of an HTML capture, in page order."""
    soup = BeautifulSoup(text, "html.parser")
    reader = _Reader()
    reader.visit(soup)
    reader.flush()
    return tuple(
        block for block in reader.blocks if not (isinstance(block, Prose) and re.fullmatch(r"\W*", block.text))
    )


__all__ = ["read_html"]
