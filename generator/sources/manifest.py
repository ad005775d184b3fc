"""``spec/sources/sources.yaml``: which page feeds which spec, and where page and spec differ on purpose.

Each page entry gives the capture's file, vendor, URL, language, spec, the operations it documents
and when it was captured; ``sections`` tie a heading of the page to a schema (for what is not a
request or response, such as the panorama package's ``manifest.json``), and ``differences`` declare
what the spec does not follow on purpose, each with its reason. ``elsewhere`` lists the operations
of a spec that no captured page documents, with their source. The loader reports every problem of
the manifest itself as a finding at its line.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from attrs import frozen

from generator.findings import Finding

MANIFEST = "spec/sources/sources.yaml"
SOURCES = "spec/sources"

KINDS: dict[str, str] = {
    "endpoint-unknown": "the page names an endpoint the spec does not have",
    "endpoint-unlisted": "the page names an operation the manifest does not list for it",
    "example-property": "an example has a key its schema does not list",
    "example-type": "an example value has a type its schema does not allow",
    "example-enum": "an example value is not one of its schema's values",
    "example-required": "an example lacks a property its schema requires",
    "example-constraint": "an example value breaks a length, range, pattern or similar limit",
    "example-value": "an example is not embedded in the spec as printed",
    "example-unplaced": "an example follows no endpoint or section, or no request/response heading",
    "example-invalid": "an example is not JSON even after the usual repairs",
    "field-missing": "a table documents a field the spec does not have",
    "field-type": "a table gives a field a type the spec does not allow",
    "field-required": "a table and the spec disagree on whether a field is required",
    "table-unplaced": "a field table follows no endpoint or section",
    "enum-value-unknown": "the page lists an enum value the spec does not have",
    "enum-value-missing": "the spec has an enum value the page does not list",
    "enum-unmatched": "the page lists values for something the spec has no enum for",
}
"""Every kind of finding about a page; a declared difference names one of them."""

_PAGE_KEYS = {"file", "vendor", "title", "url", "language", "spec", "captured", "operations", "sections", "differences"}
_PAGE_REQUIRED = ("file", "vendor", "url", "language", "spec", "captured", "operations")
_DIFFERENCE_KEYS = {"kind", "operation", "section", "field", "endpoint", "value", "reason"}
_MATCHED = ("operation", "section", "field", "endpoint", "value")


class ManifestError(Exception):
    """The manifest cannot be read at all; the message says why."""


@frozen
class Difference:
    """A declared difference: findings of ``kind`` whose given attributes all equal these are expected."""

    line: int
    kind: str
    reason: str
    operation: str | None = None
    section: str | None = None
    field: str | None = None
    endpoint: str | None = None
    value: str | None = None

    def describe(self) -> str:
        given = ", ".join(f"{key} {getattr(self, key)}" for key in _MATCHED if getattr(self, key) is not None)
        return f"{self.kind} ({given})" if given else self.kind


@frozen
class Section:
    line: int
    heading: str
    schema: str
    reason: str


@frozen
class PageEntry:
    line: int
    file: str
    vendor: str
    url: str
    language: str
    spec: str
    captured: str
    operations: tuple[tuple[str, int], ...]
    """Each operationId with its line in the manifest."""
    sections: tuple[Section, ...]
    differences: tuple[Difference, ...]
    title: str = ""
    captured_line: int = 0

    @property
    def path(self) -> str:
        return f"{SOURCES}/{self.file}"

    @property
    def operation_ids(self) -> list[str]:
        return [name for name, _ in self.operations]


@frozen
class Elsewhere:
    line: int
    spec: str
    operations: tuple[tuple[str, int], ...]
    source: str
    reason: str


@frozen
class Manifest:
    pages: tuple[PageEntry, ...]
    elsewhere: tuple[Elsewhere, ...]
    elsewhere_line: int
    problems: tuple[Finding, ...]
    """What is wrong with the manifest itself."""

    def page(self, name: str) -> PageEntry | None:
        """The entry of a page given by file name or path (``spec/sources/004_...txt``)."""
        return next((page for page in self.pages if page.file == Path(name).name), None)

    def page_named_like(self, path: Path) -> PageEntry | None:
        """The entry of the page a copy of a capture is named after: its file name, or that name's
        stem followed by anything but a letter or digit (``004_...txt.orig``, ``004_....new.html``)."""
        exact = self.page(path.name)
        if exact is not None:
            return exact
        return next(
            (page for page in self.pages if re.match(rf"{re.escape(Path(page.file).stem)}(?![A-Za-z0-9])", path.name)),
            None,
        )

    def specs(self) -> list[str]:
        return sorted({page.spec for page in self.pages} | {entry.spec for entry in self.elsewhere})


class _Lines:
    """Line numbers of the manifest's nodes, looked up by the same keys and indexes as the data."""

    def __init__(self, node: yaml.Node) -> None:
        self.root = node

    def at(self, *path: str | int) -> int:
        """The line of the node at ``path`` (of its key, for a mapping member), or of the deepest
        node on the way that exists."""
        node, line = self.root, self.root.start_mark.line
        for step in path:
            if isinstance(node, yaml.MappingNode) and isinstance(step, str):
                member = next(((key, value) for key, value in node.value if key.value == step), None)
                if member is None:
                    break
                node, line = member[1], member[0].start_mark.line
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
                node = node.value[step]
                line = node.start_mark.line
            else:
                break
        return int(line) + 1


class _Reader:
    def __init__(self, lines: _Lines) -> None:
        self.lines = lines
        self.problems: list[Finding] = []

    def problem(self, message: str, *path: str | int) -> None:
        self.problems.append(Finding(MANIFEST, self.lines.at(*path), None, message))

    def text(self, entry: Mapping[str, Any], key: str, *path: str | int) -> str:
        value = entry.get(key)
        if isinstance(value, datetime.date):
            return value.isoformat()
        if value is None or (isinstance(value, str) and not value.strip()):
            return ""
        if not isinstance(value, str | int | float):
            self.problem(f"{key} must be text, not {type(value).__name__}", *path, key)
            return ""
        return str(value)

    def mappings(self, value: Any, what: str, *path: str | int) -> list[Mapping[str, Any]]:
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
            self.problem(f"{what} must be a list of mappings", *path)
            return []
        return value

    def keys(
        self, entry: Mapping[str, Any], allowed: set[str], required: Sequence[str], what: str, *path: str | int
    ) -> None:
        for key in sorted(set(entry) - allowed):
            self.problem(f"{what}: unknown key {key!r} (known: {', '.join(sorted(allowed))})", *path, key)
        for key in required:
            if entry.get(key) in (None, "", []):
                self.problem(f"{what} needs {key!r}", *path)

    def operation_list(self, entry: Mapping[str, Any], *path: str | int) -> tuple[tuple[str, int], ...]:
        value = entry.get("operations", [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem("operations must be a list of operationIds", *path, "operations")
            return ()
        return tuple((name, self.lines.at(*path, "operations", index)) for index, name in enumerate(value))

    def difference(self, entry: Mapping[str, Any], *path: str | int) -> Difference | None:
        self.keys(entry, _DIFFERENCE_KEYS, (), "a difference", *path)
        kind = self.text(entry, "kind", *path)
        reason = self.text(entry, "reason", *path)
        if kind not in KINDS:
            self.problem(f"a difference needs a kind, one of: {', '.join(KINDS)}", *path)
            return None
        if not reason:
            self.problem(f"the {kind} difference declares no reason: say why the spec differs from the page", *path)
            return None
        return Difference(
            self.lines.at(*path), kind, reason, **{key: self.text(entry, key, *path) or None for key in _MATCHED}
        )

    def section(self, entry: Mapping[str, Any], *path: str | int) -> Section | None:
        self.keys(entry, {"heading", "schema", "reason"}, ("heading", "schema", "reason"), "a section", *path)
        heading, schema, reason = (self.text(entry, key, *path) for key in ("heading", "schema", "reason"))
        return Section(self.lines.at(*path), heading, schema, reason) if heading and schema and reason else None

    def page(self, entry: Mapping[str, Any], index: int) -> PageEntry | None:
        path = ("pages", index)
        # A page that documents schemas only (a channel's messages) names them as sections instead.
        required = _PAGE_REQUIRED[:-1] if entry.get("sections") else _PAGE_REQUIRED
        self.keys(entry, _PAGE_KEYS, required, f"page {entry.get('file', index + 1)}", *path)
        if not self.text(entry, "file", *path) or not self.text(entry, "spec", *path):
            return None
        sections = [
            self.section(item, *path, "sections", at)
            for at, item in enumerate(self.mappings(entry.get("sections"), "sections", *path, "sections"))
        ]
        differences = [
            self.difference(item, *path, "differences", at)
            for at, item in enumerate(self.mappings(entry.get("differences"), "differences", *path, "differences"))
        ]
        return PageEntry(
            line=self.lines.at(*path),
            file=self.text(entry, "file", *path),
            vendor=self.text(entry, "vendor", *path),
            url=self.text(entry, "url", *path),
            language=self.text(entry, "language", *path),
            spec=self.text(entry, "spec", *path),
            captured=self.text(entry, "captured", *path),
            operations=self.operation_list(entry, *path),
            sections=tuple(section for section in sections if section is not None),
            differences=tuple(difference for difference in differences if difference is not None),
            title=self.text(entry, "title", *path),
            captured_line=self.lines.at(*path, "captured"),
        )

    def elsewhere(self, entry: Mapping[str, Any], index: int) -> Elsewhere | None:
        path = ("elsewhere", index)
        self.keys(
            entry,
            {"spec", "operations", "source", "reason"},
            ("spec", "operations", "source", "reason"),
            "an elsewhere entry",
            *path,
        )
        spec, source, reason = (self.text(entry, key, *path) for key in ("spec", "source", "reason"))
        if not (spec and source and reason):
            return None
        return Elsewhere(self.lines.at(*path), spec, self.operation_list(entry, *path), source, reason)


def load_manifest(root: Path) -> Manifest:
    """The manifest under ``root``; raises ManifestError when it cannot be read as YAML at all."""
    try:
        text = (root / MANIFEST).read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except FileNotFoundError:
        raise ManifestError(f"{MANIFEST}: no such file") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ManifestError(f"{MANIFEST}: cannot read: {' '.join(str(error).split())}") from None
    if node is None or not isinstance(data, Mapping):
        raise ManifestError(f"{MANIFEST}: must be a mapping with 'pages' (and 'elsewhere')")
    reader = _Reader(_Lines(node))
    reader.keys(data, {"pages", "elsewhere"}, ("pages",), "the manifest")
    pages = [
        reader.page(entry, index) for index, entry in enumerate(reader.mappings(data.get("pages"), "pages", "pages"))
    ]
    elsewhere = [
        reader.elsewhere(entry, index)
        for index, entry in enumerate(reader.mappings(data.get("elsewhere"), "elsewhere", "elsewhere"))
    ]
    files = [page.file for page in pages if page is not None]
    for index, name in enumerate(files):
        if name in files[:index]:
            reader.problem(f"page {name} is listed twice", "pages", index)
    return Manifest(
        pages=tuple(page for page in pages if page is not None),
        elsewhere=tuple(entry for entry in elsewhere if entry is not None),
        elsewhere_line=reader.lines.at("elsewhere"),
        problems=tuple(reader.problems),
    )


__all__ = [
    "KINDS",
    "MANIFEST",
    "SOURCES",
    "Difference",
    "Elsewhere",
    "Manifest",
    "ManifestError",
    "PageEntry",
    "Section",
    "load_manifest",
]
