"""Validates a page's example against a schema strictly: every object schema is closed.

A key the schema does not list is a problem even where the spec allows additional properties,
because on a vendor page it means the vendor documents a field the spec does not have. Only maps
(``additionalProperties`` given as a schema) and free-form objects (no ``properties`` at all) take
keys of their own. Where ``anyOf``/``oneOf`` offers shapes, the problems reported are those of the
shape the example is closest to (the one that declares most of its keys), so a new field in
``data`` is reported as such, not as "matches none of three schemas".
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from attrs import frozen

from generator.sources.examples import JsonPath
from generator.sources.spec_index import Node, Spec, fits, json_type, types_text


@frozen
class Problem:
    """What is wrong at ``path``: kind is property, type, enum, required or constraint; ``says``
    completes a sentence whose subject is the path (``is "x", not a value of PanoTaskState ...``)."""

    kind: str
    path: JsonPath
    says: str


def show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _values(values: Any) -> str:
    return ", ".join(value if isinstance(value, str) else show(value) for value in values)


class _Strict:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    def check(self, schema: Node, value: Any, path: JsonPath, label: str) -> list[Problem]:
        resolved, name = self.spec.resolve(schema)
        label = name or label
        branches = resolved.get("anyOf") or resolved.get("oneOf")
        if not branches:
            return self._keywords(self.spec.merged(resolved), value, path, label)
        problems = self._choose(branches, value, path, label)
        if problems:
            return problems
        rest = {key: item for key, item in resolved.items() if key not in {"anyOf", "oneOf"}}
        return self._keywords(self.spec.merged(rest), value, path, label)

    def _choose(self, branches: list[Node], value: Any, path: JsonPath, label: str) -> list[Problem]:
        results = [(branch, self.check(branch, value, path, label)) for branch in branches]
        if any(not problems for _, problems in results):
            return []
        fitting = [(branch, problems) for branch, problems in results if fits(self.spec.types(branch), value)]
        if not fitting:
            admitted = frozenset().union(*(self.spec.types(branch) or frozenset() for branch in branches))
            return [
                Problem(
                    "type",
                    path,
                    f"is {show(value)}, {types_text(frozenset({json_type(value)}))}, "
                    f"where {label} is {types_text(admitted)}",
                )
            ]

        def closeness(result: tuple[Node, list[Problem]]) -> tuple[int, int]:
            declared = {key for shape, _ in self.spec.choices(result[0], label) for key in shape.get("properties", {})}
            shared = len(declared & set(value)) if isinstance(value, Mapping) else 0
            return shared, -len(result[1])

        return max(fitting, key=closeness)[1]

    def _keywords(self, schema: Node, value: Any, path: JsonPath, label: str) -> list[Problem]:
        declared = schema.get("type")
        if declared is not None:
            types = frozenset([declared] if isinstance(declared, str) else declared)
            if not fits(types, value):
                kind = types_text(frozenset({json_type(value)}))
                return [Problem("type", path, f"is {show(value)}, {kind}, where {label} is {types_text(types)}")]
        if "const" in schema and value != schema["const"]:
            return [Problem("enum", path, f"is {show(value)}, where {label} is always {show(schema['const'])}")]
        if "enum" in schema and value not in schema["enum"]:
            return [Problem("enum", path, f"is {show(value)}, not a value of {label} ({_values(schema['enum'])})")]
        problems = self._limits(schema, value, path, label)
        if isinstance(value, Mapping):
            problems += self._object(schema, value, path, label)
        elif isinstance(value, list) and isinstance(schema.get("items"), Mapping):
            for index, item in enumerate(value):
                problems += self.check(schema["items"], item, (*path, index), f"{label}[]")
        forbidden = schema.get("not")
        if isinstance(forbidden, Mapping) and not self.check(forbidden, value, path, label):
            names = forbidden.get("required")
            what = f"giving {', '.join(names)} together" if names else f"matching {show(forbidden)}"
            problems.append(Problem("constraint", path, f"breaks {label}, which forbids {what}"))
        return problems

    def _limits(self, schema: Node, value: Any, path: JsonPath, label: str) -> list[Problem]:
        checks: list[tuple[str, bool, str]] = []
        if isinstance(value, str):
            checks += [
                ("minLength", len(value) < schema.get("minLength", 0), "shorter than"),
                ("maxLength", "maxLength" in schema and len(value) > schema["maxLength"], "longer than"),
                ("pattern", "pattern" in schema and re.search(schema["pattern"], value) is None, "not matching"),
            ]
        elif isinstance(value, int | float) and not isinstance(value, bool):
            checks += [
                ("minimum", "minimum" in schema and value < schema["minimum"], "below"),
                ("maximum", "maximum" in schema and value > schema["maximum"], "above"),
            ]
        elif isinstance(value, list):
            checks += [
                ("minItems", len(value) < schema.get("minItems", 0), "with fewer items than"),
                ("maxItems", "maxItems" in schema and len(value) > schema["maxItems"], "with more items than"),
            ]
        elif isinstance(value, Mapping):
            checks += [
                ("minProperties", len(value) < schema.get("minProperties", 0), "with fewer keys than"),
                (
                    "maxProperties",
                    "maxProperties" in schema and len(value) > schema["maxProperties"],
                    "with more keys than",
                ),
            ]
        return [
            Problem("constraint", path, f"is {show(value)}, {how} the {keyword} {show(schema[keyword])} of {label}")
            for keyword, failed, how in checks
            if failed
        ]

    def _object(self, schema: Node, value: Mapping[str, Any], path: JsonPath, label: str) -> list[Problem]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        additional = schema.get("additionalProperties")
        patterns: Mapping[str, Any] = schema.get("patternProperties", {})
        problems = [
            Problem("required", path, f'lacks "{key}", which {label} requires')
            for key in schema.get("required", [])
            if key not in value
        ]
        for key, item in value.items():
            matching = [pattern for pattern in patterns if re.search(pattern, key)]
            if key in properties:
                problems += self.check(properties[key], item, (*path, key), f"{label}.{key}")
            elif matching:
                problems += self.check(patterns[matching[0]], item, (*path, key), f"{label}[*]")
            elif isinstance(additional, Mapping):
                problems += self.check(additional, item, (*path, key), f"{label}[*]")
            elif not properties and not patterns and additional in (None, True):
                continue  # a free-form object: its keys are data, not fields
            else:
                problems.append(
                    Problem("property", (*path, key), f'is not in the spec: {label} has no property "{key}"')
                )
        return problems


def strict_problems(spec: Spec, schema: Node, value: Any, label: str) -> list[Problem]:
    """Everything in ``value`` that ``schema`` (of ``spec``), taken strictly, does not allow."""
    return _Strict(spec).check(schema, value, (), label)


__all__ = ["Problem", "show", "strict_problems"]
