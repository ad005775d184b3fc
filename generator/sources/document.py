"""A captured page as the checks read it: prose lines, tables (as rows of cells) and code blocks,
each with the line of the capture it comes from.

Every capture format (``.txt``, ``.md``, ``.html``) is read into this one shape, so the checks,
the diff and ``fetch`` never look at the format again.
"""

from __future__ import annotations

from pathlib import Path

from attrs import frozen


@frozen
class Prose:
    """One line of text (a heading, a paragraph, a list item), whitespace collapsed."""

    line: int
    text: str


@frozen
class Row:
    line: int
    cells: tuple[str, ...]


@frozen
class Table:
    """A table: its header cells and its rows, each cell's text with whitespace collapsed."""

    line: int
    header: tuple[str, ...]
    rows: tuple[Row, ...]


@frozen
class Code:
    """A block of code or preformatted text (``text`` verbatim; its first line is ``line``)."""

    line: int
    text: str


Block = Prose | Table | Code


@frozen
class Document:
    path: Path
    blocks: tuple[Block, ...]

    def to_text(self) -> str:
        """The page as a text capture: prose lines, tables as tab-separated rows (as browsers copy
        them), code verbatim; blank lines around tables and code, as the captures have them."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Prose):
                out.append(block.text)
                continue
            if out and out[-1] != "":
                out.append("")
            if isinstance(block, Table):
                out.extend("\t".join(cells) for cells in (block.header, *(row.cells for row in block.rows)))
            else:
                out.extend(block.text.strip("\n").split("\n"))
            out.append("")
        return "\n".join(out).rstrip("\n") + "\n"


class PageError(Exception):
    """A capture that cannot be read; the message says why."""


def read_page(path: Path) -> Document:
    """The capture at ``path``, read by its format (``.html``/``.htm``, ``.md``, anything else as text)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PageError("no such file") from None
    except UnicodeDecodeError as error:
        raise PageError(f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise PageError(error.strerror or str(error)) from None
    return parse_page(path, text)


def parse_page(path: Path, text: str) -> Document:
    """The capture ``text``, read as the format ``path``'s suffix names."""
    # Imported here: each reader pulls in its parser, and a text capture needs neither.
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm"}:
        from generator.sources.html_capture import read_html

        return Document(path, read_html(text))
    if suffix == ".md":
        from generator.sources.markdown_capture import read_markdown

        return Document(path, read_markdown(text))
    from generator.sources.text_capture import read_text

    return Document(path, read_text(text))


__all__ = ["Block", "Code", "Document", "PageError", "Prose", "Row", "Table", "parse_page", "read_page"]
