"""``sources check``: what each page says that its spec does not.

For one page (``check_page``): its endpoints against the spec's operations and the manifest's list,
both ways; every example, placed by the endpoint and heading it follows, validated strictly against
its request or response schema and compared with the spec's embedded examples; every field table
against the fields and parameters of the spec; every enum listing (tables, comments, descriptions)
against the spec's enum, both ways. Then the page's declared differences take out what they
explain, and a declared difference that explains nothing is itself a finding.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from typing import Any

from attrs import frozen

from generator.findings import Finding
from generator.sources.document import Document
from generator.sources.examples import Example, JsonPath, format_path
from generator.sources.listings import listed_values
from generator.sources.manifest import MANIFEST, Difference, PageEntry
from generator.sources.spec_index import (
    FieldInfo,
    Node,
    Operation,
    Spec,
    types_text,
)
from generator.sources.strict import Problem, show, strict_problems
from generator.sources.tables import FieldRow, enum_rows, field_rows
from generator.sources.view import Endpoint, Place, PlacedExample, PlacedTable, Side, view_page

_MAX_LISTED_DIFFERENCES = 6
"""Beyond this many differing values, an example is reported as not embedded at all, not value by value."""


@frozen
class Issue:
    """A finding about a page before the declared differences are applied; the attributes besides
    kind, line and message are what a declared difference can match."""

    kind: str
    line: int | None
    message: str
    operation: str | None = None
    section: str | None = None
    field: str | None = None
    endpoint: str | None = None
    value: str | None = None


@frozen
class Tally:
    """What a check looked at, for its summary."""

    pages: int = 0
    operations: int = 0
    examples: int = 0
    tables: int = 0
    listings: int = 0
    differences: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[int, ...]:
        return (self.pages, self.operations, self.examples, self.tables, self.listings, self.differences)


@frozen
class Target:
    """What a placed block is checked against: an operation's side, or a declared section's schema."""

    subject: str
    """How messages name it: ``get_pano_task_status response``, ``section PanoManifest``."""
    operation: Operation | None
    section: str | None
    side: Side | None
    schemas: tuple[tuple[Node, str], ...]
    """The candidate schemas with their names, best first (responses: every JSON response)."""
    examples: Mapping[str, Any]


def _steps(name: str) -> list[str]:
    """``scan_list[].id`` as property steps: scan_list, [], id."""
    steps: list[str] = []
    for part in name.split("."):
        bare = part.replace("[]", "")
        if bare:
            steps.append(bare)
        steps.extend("[]" for _ in range(part.count("[]")))
    return steps


def _json_steps(path: JsonPath) -> list[str]:
    return ["[]" if isinstance(part, int) else part for part in path]


def _leaf_differences(page: Any, spec: Any, path: JsonPath = ()) -> list[tuple[JsonPath, str]]:
    """Where two example values differ, each as (path, how)."""
    if isinstance(page, Mapping) and isinstance(spec, Mapping):
        found = []
        for key in [*page, *(key for key in spec if key not in page)]:
            if key not in spec:
                found.append(((*path, key), "is on the page but not in the spec's example"))
            elif key not in page:
                found.append(((*path, key), "is in the spec's example but not on the page"))
            else:
                found += _leaf_differences(page[key], spec[key], (*path, key))
        return found
    if isinstance(page, list) and isinstance(spec, list) and len(page) == len(spec):
        return [
            diff
            for index, (a, b) in enumerate(zip(page, spec, strict=True))
            for diff in _leaf_differences(a, b, (*path, index))
        ]
    if page == spec and type(page) is type(spec):
        return []
    return [(path, f"is {show(page)} on the page but {show(spec)} in the spec's example")]


def _quoted(value: str, strings: bool) -> str:
    """A value the page lists as a message shows it: quoted where the spec's values are strings
    (or it is not a number), bare otherwise."""
    return f'"{value}"' if strings or not re.fullmatch(r"-?\d+(?:\.\d+)?", value) else value


def _related(first: JsonPath, second: JsonPath) -> bool:
    shorter = min(len(first), len(second))
    return first[:shorter] == second[:shorter]


class _PageCheck:
    def __init__(self, entry: PageEntry, spec: Spec) -> None:
        self.entry = entry
        self.spec = spec
        self.issues: list[Issue] = []
        self.listings = 0
        self.sections = {section.heading: section.schema for section in entry.sections}

    # --- endpoints -----------------------------------------------------------------------------

    def endpoints(self, named: Sequence[Endpoint]) -> set[str]:
        """Check the endpoints the page names; the operationIds they are."""
        found = [(endpoint, self.spec.find(endpoint.method, endpoint.path, endpoint.called)) for endpoint in named]
        documented = {operation.id for _, operation in found if operation is not None}
        unnamed = [
            self.spec.operations[name]
            for name in self.entry.operation_ids
            if name not in documented and name in self.spec.operations
        ]
        for endpoint, operation in found:
            if operation is None:
                self.issues.append(
                    Issue(
                        "endpoint-unknown",
                        endpoint.line,
                        f"{endpoint} is not an operation of {self.spec.path} ({self._unknown_hint(endpoint, unnamed)})",
                        endpoint=str(endpoint),
                    )
                )
            elif operation.id not in self.entry.operation_ids:
                self.issues.append(
                    Issue(
                        "endpoint-unlisted",
                        endpoint.line,
                        f"{endpoint} is {operation.id} of {self.spec.path}, which {MANIFEST} does not list among "
                        "this page's operations: add it there",
                        operation=operation.id,
                        endpoint=str(endpoint),
                    )
                )
        return documented

    def _unknown_hint(self, endpoint: Endpoint, unnamed: list[Operation]) -> str:
        others = self.spec.methods_at(endpoint.path, endpoint.called)
        if others:
            return f"{self.spec.path} has {endpoint.path} only as {', '.join(others)}"
        same_method = [operation for operation in unnamed if operation.method == endpoint.method]
        if same_method:
            closest = max(same_method, key=lambda op: difflib.SequenceMatcher(None, op.path, endpoint.path).ratio())
            return f"renamed from {closest.endpoint}, {closest.id}, which the page no longer names? change its path"
        return f"a new endpoint? add it to the spec and its operationId to this page's operations in {MANIFEST}"

    # --- what a block is checked against ---------------------------------------------------------

    def target(self, place: Place, line: int, what: str, sample: str | None = None) -> Target | None:
        """The operation side or section ``place`` stands for; None (with an issue where the page
        says too little) when there is nothing to check against. ``sample`` names the request
        sample whose body an example is."""
        kind = "example-unplaced" if what == "example" else "table-unplaced"
        if place.section is not None:
            return self._section_target(self.sections[place.section])
        if place.endpoint is None:
            self.issues.append(
                Issue(
                    kind,
                    line,
                    f"this {what} follows no endpoint, so sources check cannot tell "
                    "which operation it documents (if it documents a schema, declare its heading "
                    f"as a section of this page in {MANIFEST})",
                )
            )
            return None
        operation = self.spec.find(place.endpoint.method, place.endpoint.path, place.endpoint.called)
        if operation is None:
            return None  # reported with the endpoint
        body = operation.request_body()
        side = place.side or (None if body is not None else "response")
        if side is None:
            self.issues.append(
                Issue(
                    kind,
                    line,
                    f"{operation.id}: no heading such as 请求示例, 返回结果, Request Sample "
                    f"or Response Sample comes before this {what}, so it is neither request nor "
                    "response",
                    operation=operation.id,
                )
            )
            return None
        if side == "response":
            return self._response_target(operation)
        if body is None and what == "example":
            said = f"its {sample} sends one" if sample else "a request example follows it"
            self.issues.append(
                Issue(
                    kind,
                    line,
                    f"{operation.id} takes no request body in {self.spec.path}, yet {said}",
                    operation=operation.id,
                )
            )
            return None
        schemas = () if body is None else ((body[0], self._name(body[0], "request body")),)
        return Target(f"{operation.id} request", operation, None, side, schemas, {} if body is None else body[1])

    def _section_target(self, name: str) -> Target | None:
        schema = self.spec.component(name)
        if schema is None:
            return None  # the manifest check reports the unknown schema
        examples = {f"examples[{index}]": value for index, value in enumerate(schema.get("examples", []))}
        reference = {"$ref": f"#/components/schemas/{name}"}
        return Target(f"section {name}", None, name, None, ((reference, name),), examples)

    def _response_target(self, operation: Operation) -> Target:
        """Every JSON response of the operation, in status order (so a success comes first)."""
        responses = operation.responses()
        schemas = tuple(
            (response.schema, self._name(response.schema, f"{response.status} response")) for response in responses
        )
        examples = {
            name if response.status.startswith("2") else f"{name} ({response.status})": value
            for response in responses
            for name, value in response.examples.items()
        }
        return Target(f"{operation.id} response", operation, None, "response", schemas, examples)

    def _name(self, schema: Node, fallback: str) -> str:
        return self.spec.resolve(schema)[1] or fallback

    # --- examples --------------------------------------------------------------------------------

    def example(self, placed: PlacedExample) -> None:
        target = self.target(placed.place, placed.example.line, "example", placed.sample)
        if target is None or not target.schemas:
            return
        example = placed.example
        subject = f"{target.subject} example" + (f" (the {placed.sample}'s body)" if placed.sample else "")
        problems, schema, label = self._best_schema(target, example.value)
        for problem in problems:
            self.issues.append(
                Issue(
                    f"example-{problem.kind}",
                    example.line_of(problem.path),
                    f"{subject}: {format_path(problem.path)} {problem.says}",
                    operation=target.operation.id if target.operation else None,
                    section=target.section,
                    field=format_path(problem.path),
                )
            )
        self._embedded(target, subject, example, problems)
        self._comment_listings(target, example, schema, label)

    def _best_schema(self, target: Target, value: Any) -> tuple[list[Problem], Node, str]:
        """The problems of the candidate schema the example fits best (a success on a tie)."""
        scored = [(strict_problems(self.spec, schema, value, label), schema, label) for schema, label in target.schemas]
        return min(scored, key=lambda item: len(item[0]))

    def _embedded(self, target: Target, subject: str, example: Example, problems: list[Problem]) -> None:
        operation = target.operation.id if target.operation else None
        if any(value == example.value for value in target.examples.values()):
            return
        if not target.examples:
            self.issues.append(
                Issue(
                    "example-value",
                    example.line,
                    f"{subject} is not in {self.spec.path}, which has no example for it: embed it as a named example",
                    operation=operation,
                    section=target.section,
                )
            )
            return
        name, differences = min(
            ((name, _leaf_differences(example.value, value)) for name, value in target.examples.items()),
            key=lambda item: len(item[1]),
        )
        unexplained = [(path, how) for path, how in differences if not any(_related(path, p.path) for p in problems)]
        if len(differences) > _MAX_LISTED_DIFFERENCES:
            self.issues.append(
                Issue(
                    "example-value",
                    example.line,
                    f"{subject} is not among the "
                    f"examples of {self.spec.path} (the closest, {name!r}, differs in "
                    f"{len(differences)} values): embed it as a named example",
                    operation=operation,
                    section=target.section,
                )
            )
            return
        for path, how in unexplained:
            self.issues.append(
                Issue(
                    "example-value",
                    example.line_of(path),
                    f"{subject}: {format_path(path)} {how} {name!r} ({self.spec.path}): "
                    "embed the page's example as printed",
                    operation=operation,
                    section=target.section,
                    field=format_path(path),
                )
            )

    def _comment_listings(self, target: Target, example: Example, schema: Node, label: str) -> None:
        for line, comment in example.comments.items():
            values = listed_values(comment)
            paths = example.paths_at(line)
            if values is None or not paths:
                continue
            self.listings += 1
            path = paths[0]
            info = self.spec.field(schema, _json_steps(path), label)
            if info is not None:
                where = f"the comment on {format_path(path)}"
                self._compare_enum(target, where, values, {v: line for v in values}, line, info)

    # --- tables ----------------------------------------------------------------------------------

    def table(self, placed: PlacedTable) -> None:
        rows = field_rows(placed.table)
        values = enum_rows(placed.table)
        if rows is None and values is None:
            return
        target = self.target(placed.place, placed.table.line, "table")
        if target is None:
            return
        for row in rows or []:
            self._field(target, row)
        if values:
            self.listings += 1
            self._enum_table(target, placed.table.line, {row.value: row.line for row in values})

    def _lookup(self, target: Target, name: str) -> FieldInfo | None:
        steps = _steps(name)
        operation = target.operation
        if target.side == "request" and operation is not None:
            for parameter in operation.parameters():
                if parameter.get("name") == name:
                    schema = parameter.get("schema", {})
                    enum = self.spec.enum(schema, f"parameter {name}")
                    return FieldInfo(
                        f"parameter {name} ({parameter.get('in')})",
                        schema,
                        bool(parameter.get("required")),
                        self.spec.types(schema),
                        enum[0] if enum else None,
                        enum[1] if enum else None,
                    )
            if name.lower() in operation.header_names() | ({"content-type"} if operation.request_body() else set()):
                return FieldInfo(f"header {name}", {}, None, None, None, None)
        if not target.schemas:
            return None
        schema, label = target.schemas[0]
        data = self.spec.data_key
        paths = [steps]
        if target.section is None and data:
            # Response tables list the data's fields (and the envelope's); request tables the body's
            # own (IVH's are inside Payload).
            paths = [steps, [data, *steps]] if target.side == "request" else [[data, *steps], steps]
        for path in paths:
            info = self.spec.field(schema, path, label)
            if info is not None:
                return info
        return None

    def _where(self, target: Target) -> str:
        """Where a field was looked for, as a message says it."""
        if not target.schemas:
            return f"{target.subject.split()[0]} has no request body and no such parameter"
        label = target.schemas[0][1]
        if target.section is not None:
            return f"{label} has no such field"
        inside = f" (nor its {self.spec.data_key})" if self.spec.data_key else ""
        parameters = f", and {target.subject.split()[0]} no such parameter" if target.side == "request" else ""
        return f"{label}{inside} has no such field{parameters}"

    def _field(self, target: Target, row: FieldRow) -> None:
        operation = target.operation.id if target.operation else None
        info = self._lookup(target, row.name)
        attrs = {"operation": operation, "section": target.section, "field": row.name}
        if info is None:
            self.issues.append(
                Issue(
                    "field-missing",
                    row.line,
                    f"{target.subject} table: {row.name} is not in the spec: {self._where(target)}",
                    **attrs,
                )
            )
            return
        if row.type_text and row.types is None:
            self.issues.append(
                Issue(
                    "field-type",
                    row.line,
                    f"{target.subject} table: the type {row.type_text!r} of "
                    f"{row.name} is not one sources check can read",
                    **attrs,
                )
            )
        elif row.types is not None and info.types is not None:
            admitted = info.types | ({"integer"} if "number" in info.types else set())
            if not row.types <= admitted:
                self.issues.append(
                    Issue(
                        "field-type",
                        row.line,
                        f"{target.subject} table: {row.name} is "
                        f"{types_text(row.types)} on the page, {types_text(info.types)} in {info.label}",
                        **attrs,
                    )
                )
        if row.required is not None and info.required is not None and row.required != info.required:
            said = {True: "required", False: "optional"}
            self.issues.append(
                Issue(
                    "field-required",
                    row.line,
                    f"{target.subject} table: {row.name} is "
                    f"{said[row.required]} on the page, {said[info.required]} in {info.label}",
                    **attrs,
                )
            )
        values = listed_values(row.description)
        if values is not None:
            self.listings += 1
            where = f"the description of {row.name}"
            self._compare_enum(target, where, values, {value: row.line for value in values}, row.line, info)

    def _enum_table(self, target: Target, line: int, listed: dict[str, int]) -> None:
        candidates = [found for schema, label in target.schemas for found in self.spec.enums_below(schema, label)]
        if target.operation is not None:
            candidates += [
                found
                for parameter in target.operation.parameters()
                for found in self.spec.enums_below(parameter.get("schema", {}), f"parameter {parameter.get('name')}")
            ]
        overlap = [(len({str(v) for v in values} & set(listed)), label, values) for label, values in candidates]
        best = max(overlap, default=(0, "", ()), key=lambda item: item[0])
        if best[0] == 0:
            self.issues.append(
                Issue(
                    "enum-unmatched",
                    line,
                    f"{target.subject}: the enum table lists "
                    f"{', '.join(listed)}, which match no enum of {target.subject.split()[0]} "
                    f"in {self.spec.path}",
                    operation=target.operation.id if target.operation else None,
                    section=target.section,
                )
            )
            return
        info = FieldInfo(best[1], {}, None, None, best[2], best[1])
        self._compare_enum(target, "the enum table", list(listed), listed, line, info)

    def _compare_enum(
        self, target: Target, where: str, values: list[str], lines: Mapping[str, int], line: int, info: FieldInfo
    ) -> None:
        attrs = {"operation": target.operation.id if target.operation else None, "section": target.section}
        if info.enum is None:
            self.issues.append(
                Issue(
                    "enum-unmatched",
                    line,
                    f"{target.subject}: {where} lists the values "
                    f"{', '.join(values)}, but {info.label} has no enum in {self.spec.path}",
                    field=info.label,
                    **attrs,
                )
            )
            return
        spec_values = [str(value) for value in info.enum]
        strings = all(isinstance(value, str) for value in info.enum)
        shown = ", ".join(show(value) for value in info.enum)
        for value in values:
            if value not in spec_values:
                self.issues.append(
                    Issue(
                        "enum-value-unknown",
                        lines[value],
                        f"{target.subject}: {where} lists "
                        f"{_quoted(value, strings)}, which is not a value of {info.enum_label} "
                        f"({shown})",
                        field=info.enum_label,
                        value=value,
                        **attrs,
                    )
                )
        for value in info.enum:
            if str(value) not in values:
                listed = ", ".join(_quoted(item, strings) for item in values)
                self.issues.append(
                    Issue(
                        "enum-value-missing",
                        line,
                        f"{target.subject}: {info.enum_label} has "
                        f"{show(value)}, which {where} does not list ({listed})",
                        field=info.enum_label,
                        value=str(value),
                        **attrs,
                    )
                )


@frozen
class PageResult:
    findings: tuple[Finding, ...]
    tally: Tally


def check_page(entry: PageEntry, document: Document, spec: Spec) -> PageResult:
    """Every finding about one page, its declared differences applied."""
    view = view_page(document, [section.heading for section in entry.sections])
    check = _PageCheck(entry, spec)
    documented = check.endpoints(view.endpoints)
    for broken in view.broken:
        what = f"the {broken.sample}'s body" if broken.sample else "this example"
        check.issues.append(Issue("example-invalid", broken.line, f"{what} is {broken.message}"))
    for placed in view.examples:
        check.example(placed)
    for table in view.tables:
        check.table(table)
    findings = [
        Finding(
            MANIFEST,
            line,
            None,
            f"{entry.file} no longer names {name}"
            f"{f' ({spec.operations[name].endpoint})' if name in spec.operations else ''}: renamed or removed "
            f"by the vendor? change {entry.spec}, or take it off this page's operations",
        )
        for name, line in entry.operations
        if name not in documented
    ]
    issues = check.issues
    for difference in entry.differences:
        explained = [issue for issue in issues if _explains(difference, issue)]
        if not explained:
            findings.append(
                Finding(
                    MANIFEST,
                    difference.line,
                    None,
                    f"the declared difference {difference.describe()} no longer occurs on {entry.file}: remove it",
                )
            )
        issues = [issue for issue in issues if issue not in explained]
    findings += [Finding(entry.path, issue.line, None, issue.message) for issue in issues]
    tally = Tally(1, len(documented), len(view.examples), len(view.tables), check.listings, len(entry.differences))
    return PageResult(tuple(findings), tally)


def _explains(difference: Difference, issue: Issue) -> bool:
    return difference.kind == issue.kind and all(
        getattr(difference, key) is None or getattr(difference, key) == getattr(issue, key)
        for key in ("operation", "section", "field", "endpoint", "value")
    )


__all__ = ["Issue", "PageResult", "Tally", "check_page"]
