"""A value built from a JSON schema, for an operation whose spec declares no success example.

Deterministic: the same schema always gives the same value. What the schema suggests comes first
(``const``, ``example``, ``examples``, ``default``, the first ``enum`` member), then a plain value
of its type within its bounds (lengths, minimums, formats). Objects get every declared property,
required or not, so that an answer shows the whole shape; the caller checks the result against
the schema, since a ``pattern`` or a ``not`` cannot be honoured in general.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from vrlive_core.openapi import resolve

_DEEPEST = 12
"""Optional properties stop here (a recursive schema would otherwise never end)."""

_FORMATS = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "time": "00:00:00Z",
    "email": "user@example.com",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uri-reference": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "byte": "c2FuZGJveA==",
}


def sample(spec: Mapping[str, Any], schema: Any, depth: int = 0) -> Any:
    """A value of ``schema`` (a schema of ``spec``, whose local references it follows)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, Mapping):
        return None
    suggested = _suggested(schema)
    if suggested is not _NOTHING:
        return suggested
    if "allOf" in schema:
        return _all_of(spec, schema, depth)
    alternatives = schema.get("oneOf") or schema.get("anyOf")
    if alternatives:
        return sample(spec, _first_not_null(spec, alternatives), depth)
    build = _BUILDERS.get(_type(schema) or "")
    return None if build is None else build(spec, schema, depth)


_NOTHING = object()


def _suggested(schema: Mapping[str, Any]) -> Any:
    """The value the schema itself suggests, or _NOTHING."""
    for suggestion in ("const", "example", "default"):
        if suggestion in schema:
            return schema[suggestion]
    for listed in ("examples", "enum"):
        if isinstance(schema.get(listed), list) and schema[listed]:
            return schema[listed][0]
    return _NOTHING


def _type(schema: Mapping[str, Any]) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, list):  # OpenAPI 3.1: ["string", "null"]
        declared = next((kind for kind in declared if kind != "null"), "null")
    if declared is None and ("properties" in schema or "additionalProperties" in schema):
        return "object"
    return declared if isinstance(declared, str) else None


def _first_not_null(spec: Mapping[str, Any], alternatives: list[Any]) -> Any:
    return next((part for part in alternatives if _type(resolve(spec, part)) != "null"), alternatives[0])


def _all_of(spec: Mapping[str, Any], schema: Mapping[str, Any], depth: int) -> Any:
    parts = [sample(spec, part, depth) for part in schema["allOf"]]
    own = {key: value for key, value in schema.items() if key != "allOf"}
    if own.get("properties") or own.get("type") == "object":
        parts.append(_object(spec, own, depth))
    if all(isinstance(part, Mapping) for part in parts):
        merged: dict[str, Any] = {}
        for part in parts:
            merged.update(part)
        return merged
    return parts[0] if parts else None


def _array(spec: Mapping[str, Any], schema: Mapping[str, Any], depth: int) -> list[Any]:
    item = sample(spec, schema.get("items", {}), depth + 1)
    return [item] * max(int(schema.get("minItems", 1)), 1 if depth < _DEEPEST else 0)


def _object(spec: Mapping[str, Any], schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
    required = set(schema.get("required", ()))
    properties = schema.get("properties") or {}
    if schema.get("maxProperties") == 0:
        return {}
    return {
        name: sample(spec, child, depth + 1)
        for name, child in properties.items()
        if name in required or depth < _DEEPEST
    }


def _string(spec: Mapping[str, Any], schema: Mapping[str, Any], depth: int) -> str:
    text = _FORMATS.get(str(schema.get("format")), "string")
    least, most = int(schema.get("minLength", 0)), schema.get("maxLength")
    text = text.ljust(least, "x")
    return text if most is None else text[: int(most)]


def _number(spec: Mapping[str, Any], schema: Mapping[str, Any], depth: int) -> int | float:
    value: float = 0  # zero, moved within the bounds
    if "minimum" in schema:
        value = max(value, schema["minimum"])
    if "exclusiveMinimum" in schema and not isinstance(schema["exclusiveMinimum"], bool):
        value = max(value, schema["exclusiveMinimum"] + 1)
    if "maximum" in schema:
        value = min(value, schema["maximum"])
    if "exclusiveMaximum" in schema and not isinstance(schema["exclusiveMaximum"], bool):
        value = min(value, schema["exclusiveMaximum"] - 1)
    step = schema.get("multipleOf")
    if step:
        value = (value // step) * step + (step if value % step else 0)
    return int(value) if _type(schema) == "integer" else value


_BUILDERS: dict[str, Callable[[Mapping[str, Any], Mapping[str, Any], int], Any]] = {
    "object": _object,
    "array": _array,
    "string": _string,
    "integer": _number,
    "number": _number,
    "boolean": lambda spec, schema, depth: False,
}


__all__ = ["sample"]
