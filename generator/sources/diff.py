"""``sources diff OLD NEW``: what changed between two captures of a page, as the spec sees it.

Not a text diff: the endpoints the page names, the fields of its examples (with their JSON types),
the rows of its field tables (type, requiredness) and the enum values it lists, each at the place
(endpoint and side, or section) it belongs to, compared between the captures and printed as
Markdown. When none of these changed, the lines of text that did are shown (``content``: layout
and date stamps are not changes).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from attrs import frozen

from generator.sources import content
from generator.sources.document import Document, PageError, read_page
from generator.sources.examples import Example, format_path
from generator.sources.listings import listed_values
from generator.sources.manifest import MANIFEST, ManifestError, PageEntry, load_manifest
from generator.sources.report import counted
from generator.sources.spec_index import json_type, types_text
from generator.sources.tables import enum_rows, field_rows
from generator.sources.view import PageView, view_page


@frozen
class _Shape:
    """One example as the spec sees it: the JSON type of every field, by path, and their lines."""

    line: int
    types: Mapping[str, str]
    lines: Mapping[str, int]


@frozen
class _Row:
    line: int
    types: str
    required: bool | None


@frozen
class Seen:
    """What the spec sees of a capture."""

    endpoints: Mapping[str, int]
    examples: Mapping[str, tuple[_Shape, ...]]
    rows: Mapping[tuple[str, str], _Row]
    enums: Mapping[tuple[str, str], tuple[tuple[str, ...], int]]


def _shape(example: Example) -> _Shape:
    types, lines = {}, {}
    for path, line in example.lines.items():
        if not path:
            continue
        value = example.value
        for part in path:
            value = value[part]
        types[format_path(path)] = json_type(value)
        lines[format_path(path)] = line
    return _Shape(example.line, types, lines)


def seen(view: PageView) -> Seen:
    endpoints: dict[str, int] = {}
    for endpoint in view.endpoints:
        endpoints.setdefault(str(endpoint), endpoint.line)  # where the page first names it
    examples: dict[str, list[_Shape]] = {}
    enums: dict[tuple[str, str], tuple[tuple[str, ...], int]] = {}
    for placed in view.examples:
        place = placed.place.key()
        examples.setdefault(place, []).append(_shape(placed.example))
        for line, comment in placed.example.comments.items():
            values = listed_values(comment)
            paths = placed.example.paths_at(line)
            if values and paths:
                enums[(place, f"the comment on {format_path(paths[0])}")] = (tuple(values), line)
    rows: dict[tuple[str, str], _Row] = {}
    for table in view.tables:
        place = table.place.key()
        for row in field_rows(table.table) or []:
            rows[(place, row.name)] = _Row(
                row.line, types_text(row.types) if row.types else row.type_text, row.required
            )
            values = listed_values(row.description)
            if values:
                enums[(place, f"the description of {row.name}")] = (tuple(values), row.line)
        listed = enum_rows(table.table)
        if listed:
            subject = (
                "the enum table" if (place, "the enum table") not in enums else f"the table at line {table.table.line}"
            )
            enums[(place, subject)] = (tuple(row.value for row in listed), table.table.line)
    return Seen(endpoints, {place: tuple(shapes) for place, shapes in examples.items()}, rows, enums)


def _pairs(old: Sequence[_Shape], new: Sequence[_Shape]) -> list[tuple[_Shape | None, _Shape | None]]:
    """The examples of one place matched between captures (the pairs that share the most fields
    first), in the new capture's order, the examples it no longer has last."""
    scores = sorted(
        ((len(set(a.types) & set(b.types)), i, j) for i, a in enumerate(old) for j, b in enumerate(new)),
        reverse=True,
    )
    matched: list[tuple[_Shape | None, _Shape | None]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for score, i, j in scores:
        if score and i not in used_old and j not in used_new:
            matched.append((old[i], new[j]))
            used_old.add(i)
            used_new.add(j)
    matched += [(None, shape) for j, shape in enumerate(new) if j not in used_new]
    matched.sort(key=lambda pair: pair[1].line if pair[1] is not None else 0)
    return matched + [(shape, None) for i, shape in enumerate(old) if i not in used_old]


def _article(kind: str) -> str:
    return types_text(frozenset({kind}))


def _example_changes(place: str, old: _Shape | None, new: _Shape | None) -> list[str]:
    if new is None and old is not None:
        return [f"- {place}: removed the example that was at line {old.line}"]
    if old is None and new is not None:
        return [f"- {place}: added an example at line {new.line} ({counted(len(new.types), 'field')})"]
    assert old is not None and new is not None
    changes = []
    for path in [path for path in new.types if path not in old.types]:
        changes.append(f"added `{path}` ({_article(new.types[path])}, line {new.lines[path]})")
    for path in [path for path in old.types if path not in new.types]:
        changes.append(f"removed `{path}` (was {_article(old.types[path])})")
    for path in [path for path in new.types if path in old.types and old.types[path] != new.types[path]]:
        changes.append(
            f"`{path}` is now {_article(new.types[path])}, was {_article(old.types[path])} (line {new.lines[path]})"
        )
    return [f"- {place}, example at line {new.line}: {change}" for change in changes]


def _row_text(row: _Row) -> str:
    required = {True: ", required", False: ", optional", None: ""}[row.required]
    return f"{row.types or 'no type'}{required}"


def _changes(old: Seen, new: Seen) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {"Endpoints": [], "Examples": [], "Table rows": [], "Enum values": []}
    sections["Endpoints"] += [
        f"- added `{name}` (line {line})" for name, line in new.endpoints.items() if name not in old.endpoints
    ]
    sections["Endpoints"] += [
        f"- removed `{name}` (was at line {line})" for name, line in old.endpoints.items() if name not in new.endpoints
    ]
    for place in [*new.examples, *(place for place in old.examples if place not in new.examples)]:
        for pair in _pairs(old.examples.get(place, ()), new.examples.get(place, ())):
            sections["Examples"] += _example_changes(place, *pair)
    for key, row in new.rows.items():
        before = old.rows.get(key)
        if before is None:
            sections["Table rows"].append(f"- {key[0]}: added `{key[1]}` ({_row_text(row)}; line {row.line})")
        elif _row_text(before) != _row_text(row):
            sections["Table rows"].append(
                f"- {key[0]}: `{key[1]}` is now {_row_text(row)}, was {_row_text(before)} (line {row.line})"
            )
    sections["Table rows"] += [
        f"- {key[0]}: removed `{key[1]}` ({_row_text(row)})" for key, row in old.rows.items() if key not in new.rows
    ]
    for key in [*new.enums, *(key for key in old.enums if key not in new.enums)]:
        values, line = new.enums.get(key, ((), 0))
        earlier = old.enums.get(key, ((), 0))[0]
        added = [value for value in values if value not in earlier]
        removed = [value for value in earlier if value not in values]
        if added or removed:
            told = "; ".join(part for part in (_listed("added", added), _listed("removed", removed)) if part)
            at = f" (line {line})" if line else ""
            sections["Enum values"].append(f"- {key[0]}, {key[1]}{at}: {told}")
    return {title: lines for title, lines in sections.items() if lines}


def _listed(verb: str, values: Iterable[str]) -> str:
    shown = ", ".join(f"`{value}`" for value in values)
    return f"{verb} {shown}" if shown else ""


@frozen
class Changes:
    markdown: str
    changed: bool
    """Whether the spec would see any change."""
    text_changed: bool
    """Whether the page says anything else differently (``content``: layout and date stamps aside)."""


def diff_documents(
    old: Document, new: Document, sections: Sequence[str], title: str, old_name: str, new_name: str
) -> Changes:
    """The Markdown report of what changed between two readings of a page: what the spec sees or,
    when it sees nothing, the lines of text that changed."""
    found = _changes(seen(view_page(old, sections)), seen(view_page(new, sections)))
    same_text = content.same_text(old, new)
    out = [f"## {title}: what changed for the spec", "", f"From {old_name} to {new_name}."]
    for heading, lines in found.items():
        out += ["", f"### {heading}", "", *lines]
    if not found:
        out += [
            "",
            "No change the spec would see: the same endpoints, example fields, table rows and enum values."
            + ("" if same_text else " Its text differs:"),
        ]
        if not same_text:
            out += ["", "```diff", *content.text_changes(old, new), "```"]
    return Changes("\n".join(out) + "\n", bool(found), not same_text)


def _page_of(root: Path, old: Path, new: Path) -> PageEntry | None:
    """The manifest's entry for the page OLD and NEW are captures of, found by their names."""
    try:
        manifest = load_manifest(root)
    except ManifestError:
        return None  # a diff needs no manifest: without it, no heading is a declared section
    found = {entry.file: entry for path in (old, new) if (entry := manifest.page_named_like(path)) is not None}
    if len(found) == 1:
        return next(iter(found.values()))
    said = "are named like different pages" if found else "is named like a page"
    print(
        f"{old}, {new}: {'they' if found else 'neither'} {said} of {MANIFEST}, so no heading of the page is read "
        "as a declared section (name the page: --page NAME)",
        file=sys.stderr,
    )
    return None


def diff_files(root: Path, old: Path, new: Path, page: PageEntry | None = None) -> int:
    """Print what changed from ``old`` to ``new``, captures of ``page`` (when not given, the page
    they are named after); 1 when the spec would see a change, 2 when a capture cannot be read."""
    documents = []
    for path in (old, new):
        try:
            documents.append(read_page(path))
        except PageError as error:
            print(f"{path}: cannot read: {error}", file=sys.stderr)
            return 2
    entry = page or _page_of(root, old, new)
    sections = [section.heading for section in entry.sections] if entry else []
    title = entry.file if entry else new.name
    changes = diff_documents(documents[0], documents[1], sections, title, f"`{old}`", f"`{new}`")
    print(changes.markdown, end="")
    return 1 if changes.changed else 0


__all__ = ["Changes", "Seen", "diff_documents", "diff_files", "seen"]
