"""What each operation's arguments must be, for the runtime to check before anything is sent.

openapi-python-client keeps a request's types (it builds the model classes from them) but drops
its constraints: lengths, patterns, ranges, item counts. This module walks each argument's parsed
property (which says how the generated code holds the value: a model class, an enum class, a
list...) beside its schema in the document (which says what the value may be) and renders one
plain literal per operation, ``Operation(inputs=...)``, that `vrlive_core.inputs` checks every
call against (its format is described there).

Only what the generated code can send is described: a property kind this module does not know is
marked ``unchecked`` (the runtime lets it through as it is), so a new construct never makes a
valid call fail.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import AnyProperty, EnumProperty, ModelProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty

from vrlive_core.openapi import resolve

Schema = dict[str, Any]

KEPT: Final = {
    "string": ("minLength", "maxLength", "pattern"),
    "integer": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
    "number": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
    "array": ("minItems", "maxItems", "uniqueItems"),
    "object": ("minProperties", "maxProperties"),
}
"""The constraints of each type that are checked, by their JSON Schema names."""

_PLAIN: Final[tuple[tuple[type[Any], str], ...]] = (
    (StringProperty, "string"),
    (IntProperty, "integer"),
    (FloatProperty, "number"),
    (BooleanProperty, "boolean"),
    (NoneProperty, "null"),
    (DateTimeProperty, "datetime"),
    (DateProperty, "date"),
    (UuidProperty, "uuid"),
    (FileProperty, "file"),
)
"""Property kinds whose value is one Python type; the runtime knows each by this name."""


class Inputs:
    """The inputs of every operation of one document: ``spec`` as loaded, ``models`` the model
    classes openapi-python-client made of it (``GeneratorData.models``)."""

    def __init__(self, spec: Mapping[str, Any], models: Iterable[ModelProperty]) -> None:
        self._spec = spec
        # A property refers to its model as first parsed, maybe before its fields were; the
        # finished model of each class is the one to describe.
        self._models = {model.class_info.name: model for model in models}

    def of(self, endpoint: Endpoint) -> dict[str, Schema]:
        """Each argument of ``endpoint``'s functions by its Python name: where it goes (``in``),
        whether it is required, and its ``schema``."""
        item = self._spec.get("paths", {}).get(_text(endpoint.path), {})
        operation = item.get(endpoint.method, {})
        declared = [self._resolve(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
        inputs: dict[str, Schema] = {}
        places = (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
            ("cookie", endpoint.cookie_parameters),
        )
        for place, parameters in places:
            for parameter in parameters:
                raw: Mapping[str, Any] = next(
                    (p for p in declared if p.get("in") == place and p.get("name") == parameter.name), {}
                )
                schema = self._shape(parameter, self._resolve(raw.get("schema", {})), ())
                inputs[str(parameter.python_name)] = {"in": place, "required": parameter.required, "schema": schema}
        if endpoint.bodies:
            content = self._resolve(operation.get("requestBody", {})).get("content", {})
            shapes = [
                self._shape(body.prop, self._resolve(content.get(_text(body.content_type), {}).get("schema", {})), ())
                for body in endpoint.bodies
            ]
            required = any(body.prop.required for body in endpoint.bodies)
            schema = shapes[0] if len(shapes) == 1 else {"anyOf": shapes}
            inputs["body"] = {"in": "body", "required": required, "schema": schema}
        return inputs

    def manifest_of(self, endpoint: Endpoint) -> Schema | None:
        """The shape of the file ``endpoint``'s request refers to (its ``x-package-manifest``) as a
        JSON document holds it, for ``vrlive_core.inputs.check_document``; None without one."""
        item = self._spec.get("paths", {}).get(_text(endpoint.path), {})
        manifest = item.get(endpoint.method, {}).get("x-package-manifest")
        return None if manifest is None else self._document(manifest, frozenset())

    def _document(self, node: Any, inside: frozenset[str]) -> Schema:
        """What a JSON value of schema ``node`` may be: its types and their constraints, objects as
        plain dicts by their keys. A kind this does not know (or a schema within itself) is any
        JSON value, so that the check never refuses what the schema allows."""
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        if isinstance(ref, str):
            if ref in inside:
                return {}
            inside = inside | {ref}
        raw = self._merged(self._resolve(node))
        if "const" in raw:
            return {"const": raw["const"]}
        if "enum" in raw:
            return {"enum": list(raw["enum"])}
        options = raw.get("anyOf") or raw.get("oneOf")
        kinds = raw.get("type")
        if isinstance(options, list):
            return {"anyOf": [self._document(option, inside) for option in options]}
        if isinstance(kinds, list):
            return {"anyOf": [self._document({**raw, "type": kind}, inside) for kind in kinds]}
        if kinds == "array":
            items = self._document(raw.get("items", {}), inside)
            return {"type": "array", "items": items, **_constraints("array", raw)}
        if kinds == "object" or (kinds is None and "properties" in raw):
            properties = {str(key): self._document(value, inside) for key, value in raw.get("properties", {}).items()}
            shape: Schema = {"type": "object", "properties": properties, "required": list(raw.get("required", []))}
            if isinstance(raw.get("additionalProperties"), Mapping):
                shape["additional"] = self._document(raw["additionalProperties"], inside)
            return {**shape, **_constraints("object", raw)}
        if kinds in ("string", "integer", "number", "boolean", "null"):
            return {"type": kinds, **_constraints(kinds, raw)}
        return {}

    def _resolve(self, node: Any) -> Any:
        """``node`` with its local ``$ref`` followed (to another ``$ref`` too); empty when one
        points to nothing."""
        found = resolve(self._spec, node, default={})
        return found if isinstance(found, Mapping) else {}

    def _merged(self, schema: Mapping[str, Any]) -> Schema:
        """``schema`` with the parts of its ``allOf`` merged in (as openapi-python-client merges
        them into one model): properties and required fields joined, constraints kept."""
        merged: Schema = {key: value for key, value in schema.items() if key != "allOf"}
        for part in schema.get("allOf", []):
            resolved = self._merged(self._resolve(part))
            merged["properties"] = {**resolved.get("properties", {}), **merged.get("properties", {})}
            merged["required"] = [*merged.get("required", []), *resolved.get("required", [])]
            for key, value in resolved.items():
                merged.setdefault(key, value)
        return merged

    def _shape(self, prop: Any, raw: Mapping[str, Any], models: tuple[str, ...]) -> Schema:
        """What the generated code holds for ``prop``, with the constraints ``raw`` declares."""
        raw = self._merged(raw)
        for kind, name in _PLAIN:
            if isinstance(prop, kind):
                return {"type": name, **_constraints(name, raw)}
        if isinstance(prop, EnumProperty):
            return {"enum": list(prop.values.values()), "class": prop.class_info.name}
        if isinstance(prop, LiteralEnumProperty):
            return {"enum": sorted(prop.values, key=repr)}
        if isinstance(prop, ConstProperty) and "const" in raw:
            return {"const": raw["const"]}
        if isinstance(prop, ListProperty):
            items = self._shape(prop.inner_property, self._resolve(raw.get("items", {})), models)
            return {"type": "array", "items": items, **_constraints("array", raw)}
        if isinstance(prop, UnionProperty):
            return {"anyOf": [self._shape(inner, raw, models) for inner in prop.inner_properties]}
        if isinstance(prop, ModelProperty):
            return self._model(prop, raw, models)
        if isinstance(prop, AnyProperty):
            return {}
        return {"unchecked": True}

    def _model(self, prop: ModelProperty, raw: Mapping[str, Any], models: tuple[str, ...]) -> Schema:
        name = prop.class_info.name
        prop = self._models.get(name, prop)
        if name in models:  # a schema that holds itself: its class is checked, its fields once
            return {"type": "object", "model": name}
        inside = (*models, name)
        declared = raw.get("properties", {})
        properties = {
            str(field.python_name): self._shape(field, self._resolve(declared.get(field.name, {})), inside)
            for field in (*(prop.required_properties or ()), *(prop.optional_properties or ()))
        }
        shape: Schema = {"type": "object", "model": name, "properties": properties}
        shape["required"] = [str(field.python_name) for field in prop.required_properties or ()]
        extra: Any = prop.additional_properties  # a property, None, or True (any value)
        if extra is not None and extra is not False:
            additional = raw.get("additionalProperties")
            shape["additional"] = {} if extra is True else self._shape(extra, self._resolve(additional or {}), inside)
        return {**shape, **_constraints("object", raw)}


def _text(value: Any) -> str:
    """A string of the document as it is there (openapi-python-client wraps them: UntrustedString);
    used to look things up, never written into code."""
    return value if isinstance(value, str) else str(value.get_untrusted_value())


def _constraints(kind: str, raw: Mapping[str, Any]) -> Schema:
    """The constraints of ``kind`` that ``raw`` declares, OpenAPI 3.0's boolean exclusive bounds
    made 3.1's numbers."""
    found = {key: raw[key] for key in KEPT.get(kind, ()) if key in raw and not isinstance(raw[key], bool)}
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if raw.get(exclusive) is True and bound in found:
            found[exclusive] = found.pop(bound)
    if raw.get("uniqueItems") is True and kind == "array":
        found["uniqueItems"] = True
    return found


__all__ = ["Inputs"]
