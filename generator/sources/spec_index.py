"""A spec as the page checks ask about it: operations by endpoint, their bodies, parameters,
responses and examples, and what a schema says about one field (types, requiredness, enum)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from attrs import field, frozen

from vrlive_core.openapi import resolve_named

METHODS = ("get", "put", "post", "delete", "patch")
Node = Mapping[str, Any]


class SpecUnreadable(Exception):
    """A spec that cannot be loaded; the message says why."""


def normalize_path(path: str) -> str:
    """A path with its parameters blanked (``{relay_id}``, ``:relay_id``, ``<relay_id>`` are ``{}``),
    its query and trailing slash dropped: what two spellings of one endpoint have in common."""
    path = path.split("?", 1)[0].split("#", 1)[0]
    path = re.sub(r"\{[^}/]*\}|<[^>/]*>|(?<=/):[A-Za-z_]\w*", "{}", path)
    return path.rstrip("/") or "/"


def _fills(template: str, path: str) -> bool:
    """Whether ``path`` is the normalized ``template`` with each of its parameters (``{}``) filled."""
    wanted, given = template.split("/"), path.split("/")
    return len(wanted) == len(given) and all(
        part == value or (part == "{}" and bool(value)) for part, value in zip(wanted, given, strict=True)
    )


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def fits(types: frozenset[str] | None, value: Any) -> bool:
    """Whether a value of this JSON type is one the types admit (None admits anything)."""
    if types is None:
        return True
    kind = json_type(value)
    return kind in types or (kind == "integer" and "number" in types)


def types_text(types: frozenset[str] | None) -> str:
    """``a string``, ``an object or null``: the types as a message says them."""
    if types is None:
        return "any JSON value"
    order = ["string", "integer", "number", "boolean", "object", "array", "null"]
    words = [
        ("an " if kind[0] in "aeiou" else "a ") + kind if kind != "null" else "null"
        for kind in sorted(types, key=order.index)
    ]
    return " or ".join(words)


@frozen
class FieldInfo:
    """What the spec says about one field: where (``PanoTaskStatus.status``), its schema, whether
    its parent requires it (None when the question does not apply), its types and enum."""

    label: str
    schema: Node
    required: bool | None
    types: frozenset[str] | None
    enum: tuple[Any, ...] | None
    enum_label: str | None


@frozen
class Response:
    status: str
    schema: Node
    examples: Mapping[str, Any]


@frozen
class Operation:
    spec: Spec
    id: str
    method: str
    path: str
    node: Node

    @property
    def endpoint(self) -> str:
        return f"{self.method} {self.path}"

    def parameters(self) -> list[Node]:
        item = self.spec.document["paths"][self.path]
        merged: dict[tuple[str, str], Node] = {}
        for raw in [*item.get("parameters", []), *self.node.get("parameters", [])]:
            parameter = self.spec.resolve(raw)[0]
            merged[(str(parameter.get("name")), str(parameter.get("in")))] = parameter
        return list(merged.values())

    def request_body(self) -> tuple[Node, Mapping[str, Any]] | None:
        """The request body's schema and its named examples (``example`` as ``example``)."""
        body = self.node.get("requestBody")
        if body is None:
            return None
        content = self.spec.resolve(body)[0].get("content", {})
        if not content:
            return None
        media = next(iter(content.values()))
        return media.get("schema", {}), self.spec.examples_of(media)

    def responses(self) -> list[Response]:
        """Every response with a JSON body, in status order."""
        found = []
        for status, raw in sorted(self.node.get("responses", {}).items(), key=lambda item: str(item[0])):
            content = self.spec.resolve(raw)[0].get("content", {})
            for media_type, media in content.items():
                if media_type.split(";")[0].strip().endswith("json"):
                    found.append(Response(str(status), media.get("schema", {}), self.spec.examples_of(media)))
                    break
        return found

    def success(self) -> Response | None:
        return next((response for response in self.responses() if response.status.startswith("2")), None)

    def header_names(self) -> set[str]:
        """Lower-cased names of the headers the operation's security schemes send."""
        schemes = self.spec.document.get("components", {}).get("securitySchemes", {})
        names = set()
        for requirement in self.node.get("security", self.spec.document.get("security", [])):
            for scheme_name in requirement:
                scheme = schemes.get(scheme_name, {})
                if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                    names.add(str(scheme.get("name", "")).lower())
        return names


@frozen
class Spec:
    path: str
    """Relative to the repository root (``spec/realsee.yaml``)."""
    document: Mapping[str, Any] = field(eq=False)

    @cached_property
    def operations(self) -> dict[str, Operation]:
        found = {}
        for path, item in self.document.get("paths", {}).items():
            for method in METHODS:
                if isinstance(item, Mapping) and method in item and "operationId" in item[method]:
                    node = item[method]
                    found[str(node["operationId"])] = Operation(
                        self, str(node["operationId"]), method.upper(), path, node
                    )
        return found

    def find(self, method: str, path: str, called: bool = False) -> Operation | None:
        """The operation at ``method`` and ``path``. A ``called`` path (a request sample's URL) may
        have the operation's path parameters filled in (``/client/relay/relay_1/token``); a path
        written with the same literal segments wins over one filling a parameter."""
        at = [op for op in self.operations.values() if op.method == method.upper()]
        wanted = normalize_path(path)
        exact = next((op for op in at if normalize_path(op.path) == wanted), None)
        if exact is not None or not called:
            return exact
        return next((op for op in at if _fills(normalize_path(op.path), wanted)), None)

    def methods_at(self, path: str, called: bool = False) -> list[str]:
        wanted = normalize_path(path)
        return sorted(
            op.method
            for op in self.operations.values()
            if normalize_path(op.path) == wanted or (called and _fills(normalize_path(op.path), wanted))
        )

    @property
    def data_key(self) -> str | None:
        """The envelope's data member (``data``, ``Payload``) from ``x-envelope``."""
        pointer = self.document.get("x-envelope", {}).get("data")
        return pointer.strip("/") if isinstance(pointer, str) and pointer.count("/") == 1 else None

    def component(self, name: str) -> Node | None:
        schema = self.document.get("components", {}).get("schemas", {}).get(name)
        return schema if isinstance(schema, Mapping) else None

    def resolve(self, node: Any) -> tuple[Node, str | None]:
        """``node`` with its local ``$ref`` chain followed (empty when one points to nothing), and
        the last component name on the way."""
        found, name = resolve_named(self.document, node, default={})
        return (found if isinstance(found, Mapping) else {}), name

    def examples_of(self, media: Node) -> dict[str, Any]:
        """A media type's examples by name, references followed."""
        examples = {name: self.resolve(example)[0].get("value") for name, example in media.get("examples", {}).items()}
        if "example" in media:
            examples["example"] = media["example"]
        return examples

    # --- what a schema says -------------------------------------------------------------------

    def merged(self, schema: Node) -> Node:
        """A schema with its ``allOf`` folded in: properties and requirements of every member."""
        schema = self.resolve(schema)[0]
        if "allOf" not in schema:
            return schema
        properties: dict[str, Any] = {}
        required: list[str] = []
        merged: dict[str, Any] = {}
        for member in [*schema["allOf"], {k: v for k, v in schema.items() if k != "allOf"}]:
            part = self.merged(member)
            for key, value in part.items():
                if key == "properties":
                    properties = {**value, **properties}
                elif key == "required":
                    required += [name for name in value if name not in required]
                else:
                    merged.setdefault(key, value)
        return {**merged, "properties": properties, "required": required}

    def choices(self, schema: Node, label: str) -> Iterator[tuple[Node, str]]:
        """The object shapes a value of ``schema`` may take: each ``anyOf``/``oneOf`` branch, merged."""
        resolved, name = self.resolve(schema)
        label = name or label
        branches = resolved.get("anyOf") or resolved.get("oneOf")
        if branches:
            for branch in branches:
                yield from self.choices(branch, label)
        else:
            yield self.merged(resolved), label

    def types(self, schema: Node) -> frozenset[str] | None:
        """The JSON types ``schema`` admits; None when it admits any."""
        schema = self.resolve(schema)[0]
        if "const" in schema:
            return frozenset({json_type(schema["const"])})
        declared = schema.get("type")
        if isinstance(declared, str):
            return frozenset({declared})
        if isinstance(declared, list):
            return frozenset(declared)
        if "enum" in schema:
            return frozenset(json_type(value) for value in schema["enum"])
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            kinds: set[str] = set()
            for branch in branches:
                branch_types = self.types(branch)
                if branch_types is None:
                    return None
                kinds |= branch_types
            return frozenset(kinds)
        members = [types for types in (self.types(member) for member in schema.get("allOf", [])) if types is not None]
        return frozenset.intersection(*members) if members else None

    def enum(self, schema: Node, label: str) -> tuple[tuple[Any, ...], str] | None:
        """The values ``schema`` is limited to and the schema that lists them, if it is an enum."""
        resolved, name = self.resolve(schema)
        label = name or label
        if "enum" in resolved:
            return tuple(resolved["enum"]), label
        for branch in resolved.get("anyOf") or resolved.get("oneOf") or resolved.get("allOf") or []:
            found = self.enum(branch, label)
            if found is not None:
                return found
        return None

    def field(self, schema: Node, steps: Sequence[str], label: str) -> FieldInfo | None:
        """The field at ``steps`` below ``schema``: property names, ``[]`` for array items."""
        current, current_label, required = schema, label, None
        for step in steps:
            found = self._step(current, step, current_label)
            if found is None:
                return None
            current, current_label, required = found
        enum = self.enum(current, current_label)
        return FieldInfo(
            label=current_label,
            schema=current,
            required=required,
            types=self.types(current),
            enum=enum[0] if enum else None,
            enum_label=enum[1] if enum else None,
        )

    def _step(self, schema: Node, step: str, label: str) -> tuple[Node, str, bool | None] | None:
        for shape, shape_label in self.choices(schema, label):
            if step == "[]":
                if isinstance(shape.get("items"), Mapping):
                    return shape["items"], f"{shape_label}[]", None
            elif step in shape.get("properties", {}):
                return shape["properties"][step], f"{shape_label}.{step}", step in shape.get("required", [])
        for shape, shape_label in self.choices(schema, label):
            if step != "[]" and isinstance(shape.get("additionalProperties"), Mapping):
                return shape["additionalProperties"], f"{shape_label}[*]", None
        return None

    def enums_below(self, schema: Node, label: str) -> list[tuple[str, tuple[Any, ...]]]:
        """Every enum reachable from ``schema`` (through properties, items, maps and compositions)."""
        found: dict[str, tuple[Any, ...]] = {}
        seen: set[str] = set()

        def walk(node: Any, node_label: str) -> None:
            if not isinstance(node, Mapping):
                return
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref in seen:
                    return
                seen.add(ref)
            resolved, name = self.resolve(node)
            node_label = name or node_label
            if "enum" in resolved:
                found.setdefault(node_label, tuple(resolved["enum"]))
            for key, child in resolved.get("properties", {}).items():
                walk(child, f"{node_label}.{key}")
            for key in ("items", "additionalProperties"):
                walk(resolved.get(key), f"{node_label}[]")
            for key in ("allOf", "anyOf", "oneOf"):
                for member in resolved.get(key, []):
                    walk(member, node_label)

        walk(schema, label)
        return list(found.items())


def load_spec(root: Path, relative: str) -> Spec:
    try:
        document = yaml.safe_load((root / relative).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecUnreadable("no such file") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise SpecUnreadable(" ".join(str(error).split())) from None
    if not isinstance(document, Mapping) or not isinstance(document.get("paths"), Mapping):
        raise SpecUnreadable("not an OpenAPI document (no paths)")
    return Spec(relative, document)


__all__ = [
    "FieldInfo",
    "Operation",
    "Response",
    "Spec",
    "SpecUnreadable",
    "fits",
    "json_type",
    "load_spec",
    "normalize_path",
    "types_text",
]
