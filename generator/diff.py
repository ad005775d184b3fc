"""What a change to the specs means for code that uses the generated packages: breaking or not.

``python -m generator diff [--base REF] [--fail-on breaking] [--changelog]`` compares each spec and
generated package at git ``REF`` (default ``HEAD``) with the working tree and prints Markdown:

- from the specs: operations, parameters, request and response fields (added, removed, renamed,
  retyped, required or not) and enum values, each classified for a user of the package (a new
  required request field breaks their calls; a new optional response field does not);
- from the Python surface of the generated packages: griffe's API-breakage checks, which see what
  the spec diff cannot (a signature, an exported name).

The spec side is this module's own: the maintained OpenAPI diff tools did not fit (checked on
2026-12-04). oasdiff is a Go binary, not on PyPI; @pb33f/openapi-changes on npm downloads its Go
binary at install; Atlassian's openapi-diff (npm, pure JavaScript) refuses OpenAPI 3.1
("Swagger Parser only supports versions 3.0.0 ... 3.0.3"). None of them knows this project's
extensions (``x-envelope`` error rules, ``x-fresh-id``, ``x-idempotent``), which decide what
changes for users here.

A breaking change suggests a major release (a minor one while the version is 0.x), an addition a
minor one, and descriptions alone a patch. ``--changelog`` adds the report to CHANGELOG.md's
*Unreleased* section as the entry of the base commit (a second run on the same commit replaces
it; entries of earlier commits stay), under one line naming the release all of them call for.
"""

from __future__ import annotations

import copy
import re
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import griffe
import yaml
from attrs import frozen

from generator.channels import compare_channels
from generator.pagination import compare_pagination
from generator.specfile import HTTP_METHODS, operation_name
from generator.targets import ROOT, Target
from generator.waiters import compare_waiters
from vrlive_core.errors import ERROR_KINDS
from vrlive_core.openapi import resolve_named

CHANGELOG: Final = "CHANGELOG.md"


class DiffError(Exception):
    """The comparison cannot be made (an unknown ref, an unreadable spec); the message says why."""


@frozen
class Change:
    """One difference, as a user of the generated package meets it."""

    breaking: bool
    text: str
    where: tuple[str, ...] = ()
    """The operations it concerns (a shared schema can concern several)."""

    def line(self) -> str:
        concerns = f" ({', '.join(f'`{name}`' for name in self.where)})" if self.where else ""
        return f"- {self.text}{concerns}"


@frozen
class TargetReport:
    target: Target
    changes: tuple[Change, ...]
    descriptions: int
    """How many descriptions or summaries changed (patch-level)."""

    @property
    def breaking(self) -> list[Change]:
        return [change for change in self.changes if change.breaking]

    @property
    def additive(self) -> list[Change]:
        return [change for change in self.changes if not change.breaking]


# Reading the two sides.


def git(*arguments: str, root: Path = ROOT) -> str:
    result = subprocess.run(["git", *arguments], cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise DiffError(result.stderr.strip() or f"git {' '.join(arguments)} failed")
    return result.stdout


def spec_at(ref: str, path: Path, root: Path = ROOT) -> dict[str, Any] | None:
    """The spec document at ``path`` in git ``ref``; None when it did not exist there."""
    relative = path.relative_to(root).as_posix()
    git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", root=root)
    try:
        text = git("show", f"{ref}:{relative}", root=root)
    except DiffError:
        return None
    return _load(text, f"{relative} at {ref}")


def _load(text: str, name: str) -> dict[str, Any]:
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise DiffError(f"{name} is not YAML: {error}") from None
    if not isinstance(document, dict):
        raise DiffError(f"{name} is not an OpenAPI document")
    return document


# Schemas.


class _Schemas:
    """Follows references of one document and says what kind of value a schema describes."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, schema: object) -> tuple[Mapping[str, Any], str | None]:
        """The schema behind any ``$ref`` chain (empty when one points to nothing), and the
        components name it was found under."""
        node, name = resolve_named(self.document, schema, default={})
        return (node if isinstance(node, Mapping) else {}), name

    def kind(self, schema: object) -> str:
        """``string``, ``integer``, ``object PanoTaskStatus``, ``list of string``, ``string or null``..."""
        node, name = self.resolve(schema)
        choices = node.get("anyOf") or node.get("oneOf")
        if isinstance(choices, list):
            return " or ".join(sorted({self.kind(choice) for choice in choices}))
        kind = node.get("type")
        if isinstance(kind, list):  # a type list (3.1's nullable): each as the schema makes it
            return " or ".join(sorted(self.kind({**node, "type": one}) for one in kind))
        if kind == "array":
            return f"list of {self.kind(node.get('items', {}))}"
        if kind == "object" or "properties" in node or "allOf" in node:
            return f"object {name}" if name else "object"
        if "enum" in node and kind is None:
            kind = "integer" if all(isinstance(v, int) for v in node["enum"]) else "string"
        if kind == "string" and node.get("format") in _TYPED_FORMATS:
            return _TYPED_FORMATS[node["format"]]  # another Python type than str
        return str(kind or "any")

    def made_up(self, properties: Mapping[str, Any]) -> set[str]:
        """The properties whose value the client makes up when not given (``x-fresh-id``)."""
        return {name for name, schema in properties.items() if "x-fresh-id" in self.resolve(schema)[0]}

    def fields(self, schema: object) -> tuple[dict[str, Any], set[str]]:
        """An object schema's properties and required names, merged through ``allOf``."""
        node, _ = self.resolve(schema)
        properties: dict[str, Any] = dict(node.get("properties") or {})
        required: set[str] = set(node.get("required") or [])
        for part in node.get("allOf") or []:
            more, more_required = self.fields(part)
            properties.update(more)
            required |= more_required
        return properties, required


_TYPED_FORMATS: Final = {"date": "date", "date-time": "date-time", "uuid": "UUID", "binary": "file"}
"""String formats openapi-python-client reads into another Python type than str, as the report names them."""


def _descriptions(node: object, pointer: tuple[object, ...] = ()) -> Iterator[tuple[tuple[object, ...], str]]:
    """Every description and summary of a document, with where it is."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key in ("description", "summary") and isinstance(value, str):
                yield (*pointer, key), value
            else:
                yield from _descriptions(value, (*pointer, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _descriptions(item, (*pointer, index))


# Comparing.


class _Comparison:
    """Collects the changes between two versions of one spec."""

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old, self.new = _Schemas(old), _Schemas(new)
        self.found: dict[tuple[bool, str], list[str]] = {}
        self._seen: set[tuple[str, str, str, str]] = set()

    def add(self, breaking: bool, text: str, operation: str | None = None) -> None:
        where = self.found.setdefault((breaking, text), [])
        if operation is not None and operation not in where:
            where.append(operation)

    def changes(self) -> tuple[Change, ...]:
        ordered = sorted(self.found.items(), key=lambda item: (not item[0][0], item[0][1]))
        return tuple(Change(breaking, text, tuple(where)) for (breaking, text), where in ordered)

    def errors(self, old: object, new: object, operation: str | None = None) -> None:
        """Code-to-error rules: a new rule raises a more specific error where APIError came (code
        catching APIError still catches it); a rule removed or remapped changes what code catches."""
        before, after = _rules(old), _rules(new)
        for rule in sorted(before.keys() - after.keys()):
            self.add(True, f"vendor {rule} no longer raises {before[rule]}", operation)
        for rule in sorted(after.keys() - before.keys()):
            self.add(False, f"vendor {rule} now raises {after[rule]}", operation)
        for rule in sorted(before.keys() & after.keys()):
            if before[rule] != after[rule]:
                self.add(True, f"vendor {rule} now raises {after[rule]} instead of {before[rule]}", operation)

    def operations(self) -> None:
        envelope_before = self.old.document.get("x-envelope") or {}
        envelope_after = self.new.document.get("x-envelope") or {}
        self.errors(envelope_before.get("errors"), envelope_after.get("errors"))
        wrapper_before = self.old.document.get("x-request-envelope")
        wrapper_after = self.new.document.get("x-request-envelope")
        if wrapper_before != wrapper_after:
            # The bodies' schemas say their shape; the extension says which fields the resources
            # take as arguments (griffe reports the signatures that change with it).
            what = "added" if wrapper_before is None else "removed" if wrapper_after is None else "changed"
            data = wrapper_after.get("data") if isinstance(wrapper_after, Mapping) else None
            fields = f"the fields at {data}" if data else "the body's own fields"
            self.add(False, f"request envelope (x-request-envelope) {what}: the resources take {fields} as arguments")
        before, after = _operations(self.old.document), _operations(self.new.document)
        for name in sorted(before.keys() - after.keys()):
            method, path, _ = before[name]
            self.add(True, f"operation `{name}` ({method.upper()} {path}) removed")
            compare_pagination(self, name, before[name][2], {})
        for name in sorted(after.keys() - before.keys()):
            method, path, _ = after[name]
            self.add(False, f"operation `{name}` ({method.upper()} {path}) added")
            compare_pagination(self, name, {}, after[name][2])
        for name in sorted(before.keys() & after.keys()):
            old_method, old_path, old_operation = before[name]
            new_method, new_path, new_operation = after[name]
            if (old_method, old_path) != (new_method, new_path):
                self.add(
                    False,
                    f"operation `{name}` moved from {old_method.upper()} {old_path} to {new_method.upper()} {new_path}",
                )
            self.errors(old_operation.get("x-envelope-errors"), new_operation.get("x-envelope-errors"), name)
            self.idempotency(name, old_operation, new_operation)
            compare_pagination(self, name, old_operation, new_operation)
            self.parameters(name, old_operation, new_operation)
            self.body(name, old_operation, new_operation)
            self.data(name, old_operation, new_operation)

    def idempotency(self, operation: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        """``x-idempotent`` decides what is retried: no signature changes, but what a call may do does."""
        was, now = old.get("x-idempotent", True) is not False, new.get("x-idempotent", True) is not False
        if was and not now:
            self.add(False, "no longer retried after errors reading its answer (x-idempotent: false)", operation)
        elif now and not was:
            self.add(
                False,
                "now retried after errors reading its answer (x-idempotent: true): a retry may repeat it",
                operation,
            )

    def parameters(self, operation: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        before = {(p.get("in"), p.get("name")): p for p in _parameters(self.old, old)}
        after = {(p.get("in"), p.get("name")): p for p in _parameters(self.new, new)}
        for place, name in sorted(before.keys() - after.keys(), key=str):
            self.add(True, f"{place} parameter `{name}` removed", operation)
        for key in sorted(after.keys() - before.keys(), key=str):
            place, name = key
            required = bool(after[key].get("required"))
            self.add(required, f"{'required' if required else 'optional'} {place} parameter `{name}` added", operation)
        for key in sorted(before.keys() & after.keys(), key=str):
            place, name = key
            was, now = bool(before[key].get("required")), bool(after[key].get("required"))
            if was != now:
                state = "now required" if now else "now optional"
                self.add(now, f"{place} parameter `{name}` {state}", operation)
            self.schema(
                before[key].get("schema", {}),
                after[key].get("schema", {}),
                f"{place} parameter `{name}`",
                "request",
                operation,
            )

    def body(self, operation: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        before, after = _body_schema(self.old, old), _body_schema(self.new, new)
        if before is None and after is None:
            return
        if before is None or after is None:
            self.add(True, f"request body {'removed' if after is None else 'added'}", operation)
            return
        self.schema(before, after, "request body", "request", operation)

    def data(self, operation: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        before, after = _data_schema(self.old, old), _data_schema(self.new, new)
        if before is None and after is None:
            return
        if before is None or after is None:
            self.add(after is None, f"response data {'removed' if after is None else 'added'}", operation)
            return
        self.schema(before, after, "response data", "response", operation)

    def schema(self, old: object, new: object, label: str, direction: str, operation: str) -> None:
        """Compare two schemas seen from ``direction`` (``request``: the user builds the value;
        ``response``: the user reads it)."""
        old_node, old_name = self.old.resolve(old)
        new_node, new_name = self.new.resolve(new)
        name = new_name or old_name
        label = name or label
        visit = (old_name or label, new_name or label, direction, operation)
        if name is not None and visit in self._seen:  # a recursive or repeated component
            return
        self._seen.add(visit)
        old_kind, new_kind = self.old.kind(old), self.new.kind(new)
        if _base(old_kind) != _base(new_kind):
            self.add(True, f"{direction} `{label}` changed type from {old_kind} to {new_kind}", operation)
            return
        self.enum(old_node, new_node, name or label, direction, operation)
        if old_node.get("type") == "array" or new_node.get("type") == "array":
            self.schema(old_node.get("items", {}), new_node.get("items", {}), f"{label}[]", direction, operation)
            return
        self.objects(old, new, label, direction, operation)

    def enum(self, old: Mapping[str, Any], new: Mapping[str, Any], label: str, direction: str, operation: str) -> None:
        before, after = old.get("enum"), new.get("enum")
        if not isinstance(before, list) or not isinstance(after, list):
            return
        names_before = dict(zip(before, old.get("x-enum-varnames") or [], strict=False))
        names_after = dict(zip(after, new.get("x-enum-varnames") or [], strict=False))
        for value in [v for v in before if v not in after]:
            self.add(True, f"enum `{label}` value {value!r} removed", operation)
        for value in [v for v in after if v not in before]:
            named = f" ({names_after[value]})" if value in names_after else ""
            self.add(False, f"enum `{label}` value {value!r}{named} added", operation)
        for value in [v for v in after if v in before]:
            if value in names_before and value in names_after and names_before[value] != names_after[value]:
                self.add(True, f"enum `{label}` member {names_before[value]} renamed {names_after[value]}", operation)

    def objects(self, old: object, new: object, label: str, direction: str, operation: str) -> None:
        before, required_before = self.old.fields(old)
        after, required_after = self.new.fields(new)
        removed = sorted(before.keys() - after.keys())
        added = sorted(after.keys() - before.keys())
        response = direction == "response"
        kind = "response field" if response else "request field"
        if not response:
            reported = self.fresh_ids(before, after, required_before & required_after, label, operation)
            # A field the client makes up is not one the caller must give.
            required_before -= self.old.made_up(before) | reported
            required_after -= self.new.made_up(after) | reported
            self.exactly_one_of(old, new, label, operation)
        if len(removed) == 1 and len(added) == 1:
            gone, came = removed[0], added[0]
            if _base(self.old.kind(before[gone])) == _base(self.new.kind(after[came])):
                self.add(True, f"{kind} `{label}.{gone}` renamed `{came}`", operation)
                removed, added = [], []
        for field in removed:
            state = "required" if field in required_before else "optional"
            self.add(True, f"{kind} `{label}.{field}` removed (was {state} {self.old.kind(before[field])})", operation)
        for field in added:
            required = field in required_after
            breaking = required and not response
            what = f"{'required' if required else 'optional'} {self.new.kind(after[field])}"
            self.add(breaking, f"{kind} `{label}.{field}` added ({what})", operation)
        for field in sorted(before.keys() & after.keys()):
            was, now = field in required_before, field in required_after
            if was != now:
                # Reading: a field that may now be missing is a new case to handle. Building: one
                # that must now be given breaks calls that leave it out.
                breaking = (not now) if response else now
                self.add(breaking, f"{kind} `{label}.{field}` now {'required' if now else 'optional'}", operation)
            self.schema(before[field], after[field], f"{label}.{field}", direction, operation)

    def fresh_ids(
        self, before: Mapping[str, Any], after: Mapping[str, Any], required: set[str], label: str, operation: str
    ) -> set[str]:
        """Required request fields the client stops or starts making up (``x-fresh-id``): reported
        here, and returned so that they are not reported again as merely required or optional."""
        reported = set()
        for field in sorted(required & before.keys() & after.keys()):
            was, now = field in self.old.made_up(before), field in self.new.made_up(after)
            reported |= {field} if was != now else set()
            if was and not now:
                self.add(
                    True,
                    f"request field `{label}.{field}` now required by the resource methods: they no longer "
                    "make it up (x-fresh-id removed)",
                    operation,
                )
            elif now and not was:
                self.add(
                    False,
                    f"request field `{label}.{field}` now optional in the resource methods: they make it up "
                    "when not given (x-fresh-id; the model still requires it)",
                    operation,
                )
        return reported

    def exactly_one_of(self, old: object, new: object, label: str, operation: str) -> None:
        """``x-exactly-one-of``: checked before sending, so a new rule refuses calls that worked."""
        before = tuple(self.old.resolve(old)[0].get("x-exactly-one-of") or ())
        after = tuple(self.new.resolve(new)[0].get("x-exactly-one-of") or ())
        if before == after:
            return
        if after:
            choices = ", ".join(f"`{name}`" for name in after)
            self.add(True, f"request `{label}` now takes exactly one of {choices} (x-exactly-one-of)", operation)
        else:
            choices = ", ".join(f"`{name}`" for name in before)
            self.add(False, f"request `{label}` no longer limited to exactly one of {choices}", operation)


def _rules(rules: object) -> dict[str, str]:
    """Error rules as ``{"code -1 with business_code '10001'": "permission_denied"}``."""
    found = {}
    for rule in rules if isinstance(rules, list) else []:
        if not isinstance(rule, Mapping):
            continue
        if rule.get("code") is not None:
            condition = f"code {rule['code']}"
        else:
            low, high = rule.get("min"), rule.get("max")
            condition = f"codes {'' if low is None else low}..{'' if high is None else high}"
        if rule.get("business_code") is not None:
            condition += f" with business_code {rule['business_code']!r}"
        kind = ERROR_KINDS.get(str(rule.get("error")))
        found[condition] = kind.__name__ if kind is not None else str(rule.get("error"))
    return found


def _base(kind: str) -> str:
    """A kind without its component name: a renamed schema of the same shape is not a type change."""
    return re.sub(r"object \w+", "object", kind)


def _operations(document: Mapping[str, Any]) -> dict[str, tuple[str, str, Mapping[str, Any]]]:
    found: dict[str, tuple[str, str, Mapping[str, Any]]] = {}
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping):  # by the name it gets, with or without an operationId
                found[operation_name(str(path), method, operation)] = (method, str(path), {**operation, "_item": item})
    return found


def _parameters(schemas: _Schemas, operation: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    item = operation.get("_item") or {}
    raw = [*(item.get("parameters") or []), *(operation.get("parameters") or [])]
    return [schemas.resolve(parameter)[0] for parameter in raw]


def _body_schema(schemas: _Schemas, operation: Mapping[str, Any]) -> object | None:
    body, _ = schemas.resolve(operation.get("requestBody"))
    for media in (body.get("content") or {}).values():
        if isinstance(media, Mapping) and "schema" in media:
            schema: object = media["schema"]
            return schema
    return None


def _data_schema(schemas: _Schemas, operation: Mapping[str, Any]) -> object | None:
    """The schema of the data a success carries (at the envelope's data pointer, or the whole
    answer when the document declares no envelope), if any."""
    envelope = schemas.document.get("x-envelope")
    key = str(envelope.get("data", "/data")).lstrip("/") if isinstance(envelope, Mapping) else None
    responses = {str(status): response for status, response in (operation.get("responses") or {}).items()}
    success = sorted(status for status in responses if status.startswith("2"))
    if not success:
        return None
    response, _ = schemas.resolve(responses[success[0]])
    for media_type, media in (response.get("content") or {}).items():
        if str(media_type).startswith("application/json") and isinstance(media, Mapping):
            if key is None:
                answer: object = media.get("schema")
                return answer
            fields, _required = schemas.fields(media.get("schema", {}))
            data = fields.get(key)
            if data is None:
                return None
            choices = data.get("anyOf") or data.get("oneOf") if isinstance(data, Mapping) else None
            named = [choice for choice in choices or [] if isinstance(choice, Mapping) and "$ref" in choice]
            return named[0] if named else data
    return None


def compare_specs(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> tuple[tuple[Change, ...], int]:
    """The changes from ``old`` (None: the spec is new) to ``new``, and how many descriptions changed."""
    comparison = _Comparison(old or {"paths": {}}, new)
    comparison.operations()
    compare_channels(comparison)
    compare_waiters(comparison)
    descriptions = 0
    if old is not None:
        before, after = dict(_descriptions(old)), dict(_descriptions(new))
        # A description that comes or goes with its field or operation is part of that change.
        descriptions = sum(
            before.get(place) != after.get(place) and _exists(old, place[:-1]) and _exists(new, place[:-1])
            for place in before.keys() | after.keys()
        )
    return comparison.changes(), descriptions


def _exists(document: object, pointer: tuple[object, ...]) -> bool:
    node = document
    for part in pointer:
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return False
    return True


# The Python surface.


def python_changes(target: Target, ref: str, root: Path = ROOT) -> list[Change]:
    """griffe's breakages between the generated package at ``ref`` and in the working tree."""
    search = target.output.parent.relative_to(root).as_posix()
    try:
        git("cat-file", "-e", f"{ref}:{target.output.relative_to(root).as_posix()}/__init__.py", root=root)
    except DiffError:
        return []  # the package did not exist at ref: everything is new
    old = griffe.load_git(target.package, ref=ref, repo=root, search_paths=[search])
    new = griffe.load(target.package, search_paths=[str(target.output.parent)], try_relative_path=False)
    # A resource method's callers see its typed forms (overloads), not the implementation's
    # signature: parameter changes are reported per form, once for its async and raw twins.
    old_overloaded, new_overloaded = _overloaded(old), _overloaded(new)
    overloaded = old_overloaded.keys() | new_overloaded.keys()
    found: dict[tuple[str, str], list[str]] = {}
    for breakage in griffe.find_breaking_changes(old, new):
        parameter = _parameter(breakage)
        if breakage.obj.name in _NOT_API or (parameter is not None and breakage.obj.path in overloaded):
            continue
        _collect(found, breakage, breakage.obj.path, "")
    for path, form, breakage in _overload_breakages(old_overloaded, new_overloaded):
        _collect(found, breakage, path, f" ({form} form)")
    changes = [
        Change(True, f"{where}: {kind}{' ' if details else ''}{', '.join(dict.fromkeys(details))}")
        for (where, kind), details in found.items()
    ]
    return sorted(changes, key=lambda change: change.text) + _additions(old, new)


_NOT_API: Final = frozenset({"__attrs_post_init__"})
"""Names griffe counts as public that no user calls: attrs calls its hook itself."""


def _parameter(breakage: griffe.Breakage) -> griffe.Parameter | None:
    return next((v for v in (breakage.old_value, breakage.new_value) if isinstance(v, griffe.Parameter)), None)


def _collect(found: dict[tuple[str, str], list[str]], breakage: griffe.Breakage, path: str, form: str) -> None:
    """Group breakages by object (a resource method's async and raw-response twins named by the
    sync method) and kind, so that one line lists every parameter a change of that kind concerns."""
    details = found.setdefault((f"`{_sync_twin(path)}`{form}", breakage.kind.value.lower()), [])
    parameter = _parameter(breakage)
    if parameter is not None:
        details.append(f"`{parameter.name}`")
    elif _shown(breakage):
        details.append(f"{breakage.old_value} -> {breakage.new_value}")


def _overload_breakages(
    before: Mapping[str, griffe.Function], after: Mapping[str, griffe.Function]
) -> list[tuple[str, str, griffe.Breakage]]:
    """griffe compares a function's implementation signature only; the resources' typed signatures
    are their overloads (keyword arguments, or ``body=``), where every requiredness lives."""
    changes: list[tuple[str, str, griffe.Breakage]] = []
    for path in sorted(before.keys() & after.keys()):
        old_forms, new_forms = _forms(before[path]), _forms(after[path])
        for form in sorted(old_forms.keys() - new_forms.keys()):
            changes.append((path, form, griffe.ObjectRemovedBreakage(old_forms[form], old_forms[form], None)))
        for form in sorted(old_forms.keys() & new_forms.keys()):
            # griffe checks the members of what it is given: hand it each form as one.
            pair = [griffe.Module(path), griffe.Module(path)]
            for holder, overload in zip(pair, (old_forms[form], new_forms[form]), strict=True):
                holder.set_member(form, copy.copy(overload))
            changes += [(path, form, breakage) for breakage in griffe.find_breaking_changes(*pair)]
    return changes


def _sync_twin(path: str) -> str:
    """``pkg.resources.tag.AsyncTagWithRawResponse.method`` -> ``pkg.resources.tag.Tag.method``."""
    return re.sub(r"\.Async(\w+)\.", r".\1.", re.sub(r"WithRawResponse\.", ".", path))


def _overloaded(package: griffe.Object | griffe.Alias) -> dict[str, griffe.Function]:
    return {
        member.path: member for member in _public(package) if isinstance(member, griffe.Function) and member.overloads
    }


def _forms(function: griffe.Function) -> dict[str, griffe.Function]:
    """A resource method's overloads by form: ``keyword`` (the fields) and ``body=`` (a prebuilt request)."""
    forms: dict[str, griffe.Function] = {}
    for number, overload in enumerate(function.overloads or (), 1):
        names = {parameter.name for parameter in overload.parameters}
        form = "body=" if "body" in names else "keyword"
        forms[form if form not in forms else f"overload {number}"] = overload
    return forms


def _public(module: griffe.Object | griffe.Alias) -> Iterator[griffe.Object | griffe.Alias]:
    """Every public object of a package: its modules, classes, functions and their members."""
    for name, member in module.members.items():
        if name.startswith("_") or member.is_alias:
            continue
        yield member
        if member.is_module or member.is_class:
            yield from _public(member)


def _additions(old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias) -> list[Change]:
    """What griffe's breakage checks do not report: new public modules, and new public objects in
    the others, counted (an enum's new property is one per enum)."""
    before = {member.path for member in _public(old)}
    added = [member for member in _public(new) if member.path not in before]
    modules = [member for member in added if member.is_module]
    changes = []
    for module in modules:
        if any(module.path.startswith(f"{other.path}.") for other in modules):
            continue  # counted with its package
        count = sum(member.path.startswith(f"{module.path}.") and not member.is_module for member in added)
        changes.append(Change(False, f"`{module.path}`: new module ({count} public objects)"))
    others = [
        member
        for member in added
        if not member.is_module and not any(member.path.startswith(f"{m.path}.") for m in modules)
    ]
    if others:
        examples = ", ".join(f"`{member.path}`" for member in others[:3])
        more = f" and {len(others) - 3} more" if len(others) > 3 else ""
        plural = "s" if len(others) != 1 else ""
        changes.append(Change(False, f"{len(others)} new public object{plural} in existing modules: {examples}{more}"))
    return changes


def _shown(breakage: griffe.Breakage) -> bool:
    simple = (str, int, float, type(None))
    old, new = getattr(breakage, "old_value", None), getattr(breakage, "new_value", None)
    return isinstance(old, simple) and isinstance(new, simple) and old != new and len(f"{old}{new}") < 80


# Reporting.


def compare(targets: Sequence[Target], ref: str, root: Path = ROOT) -> list[TargetReport]:
    reports = []
    for target in targets:
        old = spec_at(ref, target.spec, root)
        try:
            new = _load(target.spec.read_text(encoding="utf-8"), target.spec.relative_to(root).as_posix())
        except OSError as error:
            raise DiffError(f"{target.spec}: {error.strerror or error}") from None
        changes, descriptions = compare_specs(old, new)
        python = python_changes(target, ref, root)
        reports.append(TargetReport(target, changes + tuple(python), descriptions))
    return reports


_LEVELS: Final = ("descriptions", "additions", "breaking")
"""How much a change asks of the next release, least first."""


def level(reports: Sequence[TargetReport]) -> str | None:
    """``breaking``, ``additions``, ``descriptions``, or None when nothing changed."""
    if any(report.breaking for report in reports):
        return "breaking"
    if any(report.additive for report in reports):
        return "additions"
    if any(report.descriptions for report in reports):
        return "descriptions"
    return None


def release(change_level: str | None, version: str) -> str:
    """The release a change of ``change_level`` calls for, from the current ``version``."""
    major, minor, patch = (int(part) for part in (re.findall(r"\d+", version) + ["0", "0", "0"])[:3])
    if change_level == "breaking":
        return (
            f"{major}.{minor + 1}.0 (breaking: minor while 0.x)" if major == 0 else f"{major + 1}.0.0 (breaking: major)"
        )
    if change_level == "additions":
        return f"{major}.{minor + 1}.0 (additions: minor)"
    if change_level == "descriptions":
        return f"{major}.{minor}.{patch + 1} (descriptions only: patch)"
    return "none needed for the specs"


def semver(reports: Sequence[TargetReport], version: str | None) -> str:
    """The release these changes call for, from the current ``version`` (None: unknown, only its kind)."""
    change_level = level(reports)
    if not change_level:
        return "no release needed for the specs"
    if version is None:
        kind = {"breaking": "a major release", "additions": "a minor release", "descriptions": "a patch release"}
        return f"they call for {kind[change_level]} ({change_level})"
    return f"next release {release(change_level, version)}"


def markdown(reports: Sequence[TargetReport], ref: str, version: str | None, root: Path = ROOT) -> str:
    header = f"Changes to the specs and generated packages since {ref}; {semver(reports, version)}."
    return f"{header}\n\n{_sections(reports, root)}"


def _sections(reports: Sequence[TargetReport], root: Path = ROOT, heading: str = "###", unchanged: bool = True) -> str:
    lines = []
    for report in reports:
        target = report.target
        spec = target.spec.relative_to(root).as_posix()
        if not report.changes and not report.descriptions:
            lines += [f"{heading} {target.package} ({spec}): no changes", ""] if unchanged else []
            continue
        lines.append(f"{heading} {target.package} ({spec})")
        lines.append("")
        if report.breaking:
            lines.append(f"Breaking for code that uses {target.package}:")
            lines += [change.line() for change in report.breaking]
            lines.append("")
        if report.additive:
            lines.append("Non-breaking:")
            lines += [change.line() for change in report.additive]
            lines.append("")
        if report.descriptions:
            plural = "s" if report.descriptions != 1 else ""
            lines += [
                f"Descriptions: {report.descriptions} description{plural} or summar{'ies' if plural else 'y'} changed.",
                "",
            ]
    return "\n".join(lines).rstrip() + "\n"


def summary(reports: Sequence[TargetReport], ref: str) -> str:
    """One line per package, for the end of ``make generate``."""
    parts = []
    for report in reports:
        if report.changes or report.descriptions:
            parts.append(
                f"{report.target.package}: {len(report.breaking)} breaking, {len(report.additive)} non-breaking, "
                f"{report.descriptions} description changes"
            )
    if not parts:
        return f"spec changes since {ref}: none"
    return f"spec changes since {ref}: " + "; ".join(parts) + " (python -m generator diff for the details)"


_ENTRY = re.compile(r"<!-- generator diff: (?P<what>[^>]*?) -->\n(?P<text>.*?)<!-- generator diff: end -->\n*", re.S)


def write_changelog(reports: Sequence[TargetReport], since: str, version: str, path: Path, root: Path = ROOT) -> None:
    """Put the changes since commit ``since`` into the changelog's Unreleased section.

    Each commit's changes are one entry, so a run after a commit adds to what earlier runs wrote
    (a run on the same commit replaces its own entry), and the release line above them asks for
    the largest change of them all.
    """
    current = path.read_text(encoding="utf-8") if path.exists() else "# Changelog\n"
    if "## Unreleased\n" not in current:
        current = f"{current.rstrip()}\n\n## Unreleased\n"
    head, rest = current.split("## Unreleased\n", 1)
    tail_at = rest.find("\n## ")
    unreleased, tail = (rest, "") if tail_at < 0 else (rest[: tail_at + 1], rest[tail_at + 1 :])

    entries: dict[str, tuple[str, str]] = {}  # since -> (level, text), in the order written
    for match in _ENTRY.finditer(unreleased):
        what = match["what"].split()
        if len(what) == 3 and what[0] == "since":
            entries[what[1]] = (what[2].strip("()"), match["text"])
    notes = _ENTRY.sub("", unreleased).strip()

    change_level = level(reports)
    entries.pop(since, None)
    if change_level is not None:
        entries[since] = (
            change_level,
            f"### Spec changes since {since}\n\n{_sections(reports, root, '####', unchanged=False)}",
        )
    largest = max(
        (_LEVELS.index(entry_level) for entry_level, _ in entries.values() if entry_level in _LEVELS), default=-1
    )

    parts = []
    if largest >= 0:
        next_release = release(_LEVELS[largest], version)
        parts.append(f"<!-- generator diff: release -->\nNext release: {next_release}.\n<!-- generator diff: end -->")
    parts += [
        f"<!-- generator diff: since {commit} ({entry_level}) -->\n{text.rstrip()}\n<!-- generator diff: end -->"
        for commit, (entry_level, text) in entries.items()
    ]
    if notes:
        parts.append(notes)
    body = "\n\n".join(parts)
    updated = f"{head}## Unreleased\n\n{body}\n\n{tail}" if body else f"{head}## Unreleased\n\n{tail}"
    path.write_text(updated.rstrip() + "\n", encoding="utf-8")


def project_version(root: Path = ROOT) -> str:
    """The distribution's version in pyproject.toml (0.0.0 when there is none)."""
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8") if pyproject.is_file() else ""
    found = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    return found[1] if found else "0.0.0"


__all__ = [
    "Change",
    "DiffError",
    "TargetReport",
    "compare",
    "compare_specs",
    "level",
    "markdown",
    "project_version",
    "release",
    "semver",
    "summary",
    "write_changelog",
]
