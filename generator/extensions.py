"""Reads the spec extensions that openapi-python-client does not know, for the templates.

- ``x-envelope`` (document root): where the vendor's envelope keeps its result code, message,
  request/trace ids and data (JSON pointers), which codes mean success, and which error each
  failure code raises.
- ``x-envelope-errors`` (operation): code-to-error rules of one operation, tried first.
- ``x-idempotent: false`` (operation): the operation creates something; replaying it after it
  may have reached the server is unsafe.
- ``x-exactly-one-of`` (schema): read by the model template straight from the schema.

The data model of an operation is derived, not declared: the ``data`` property (at the envelope's
data pointer) of its success response schema, looked through ``allOf`` and ``anyOf``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import frozen

from vrlive_core.errors import ERROR_KINDS

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecError(ValueError):
    """The spec breaks a rule of the generator; the message names the spec and the place."""


@frozen
class ErrorRuleSpec:
    error_class: str
    code: int | None = None
    min: int | None = None
    max: int | None = None


@frozen
class EnvelopeSpec:
    vendor: str
    code: str
    success: tuple[int, ...]
    message: str
    data: str
    request_id: str | None
    trace_id: str | None
    errors: tuple[ErrorRuleSpec, ...]

    @property
    def data_key(self) -> str:
        """The top-level key of the data (generation supports data one level deep)."""
        return self.data[1:]


@frozen
class OperationSpec:
    operation_id: str
    idempotent: bool
    errors: tuple[ErrorRuleSpec, ...]
    data_schema: str | None
    """The component schema of the data on success; ``None`` when successes carry no data."""
    data_optional: bool
    """Whether a success may omit the data."""


def _error_rules(rules: object, where: str) -> tuple[ErrorRuleSpec, ...]:
    if not isinstance(rules, list):
        raise SpecError(f"{where} must be a list of {{code|min|max, error}} rules")
    parsed = []
    for index, rule in enumerate(rules):
        place = f"{where}[{index}]"
        if not isinstance(rule, Mapping) or set(rule) - {"code", "min", "max", "error"}:
            raise SpecError(f"{place} must have 'error' and 'code' or 'min'/'max', got {rule!r}")
        kind = rule.get("error")
        if kind not in ERROR_KINDS:
            raise SpecError(f"{place}.error {kind!r} is not one of {sorted(ERROR_KINDS)}")
        bounds = [rule.get(key) for key in ("code", "min", "max")]
        if all(bound is None for bound in bounds) or not all(
            bound is None or (isinstance(bound, int) and not isinstance(bound, bool)) for bound in bounds
        ):
            raise SpecError(f"{place} needs an integer 'code', 'min' or 'max'")
        if rule.get("code") is not None and (rule.get("min") is not None or rule.get("max") is not None):
            raise SpecError(f"{place} gives 'code' with 'min'/'max'; use one or the other")
        parsed.append(ErrorRuleSpec(ERROR_KINDS[kind].__name__, rule.get("code"), rule.get("min"), rule.get("max")))
    return tuple(parsed)


def read_envelope(spec: Mapping[str, Any], name: str) -> EnvelopeSpec:
    """The ``x-envelope`` of a spec document called ``name``."""
    raw = spec.get("x-envelope")
    if not isinstance(raw, Mapping):
        raise SpecError(f"{name}: the document declares no x-envelope")
    missing = {"vendor", "code", "success", "message", "data"} - set(raw)
    if missing:
        raise SpecError(f"{name}: x-envelope lacks {sorted(missing)}")
    for key in ("code", "message", "data", "request_id", "trace_id"):
        value = raw.get(key)
        if value is not None and (not isinstance(value, str) or not value.startswith("/")):
            raise SpecError(f"{name}: x-envelope.{key} must be a JSON pointer such as '/code', got {value!r}")
    if raw["data"].count("/") != 1:
        raise SpecError(f"{name}: x-envelope.data must be a top-level key such as '/data'")
    success = raw["success"]
    if not isinstance(success, list) or not all(isinstance(code, int) for code in success):
        raise SpecError(f"{name}: x-envelope.success must be a list of integer codes")
    return EnvelopeSpec(
        vendor=str(raw["vendor"]),
        code=raw["code"],
        success=tuple(success),
        message=raw["message"],
        data=raw["data"],
        request_id=raw.get("request_id"),
        trace_id=raw.get("trace_id"),
        errors=_error_rules(raw.get("errors", []), f"{name}: x-envelope.errors"),
    )


def _resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise SpecError(f"only local references are supported, got {ref!r}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _ref_name(node: Mapping[str, Any]) -> str | None:
    ref = node.get("$ref")
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if isinstance(ref, str) and ref.startswith(prefix) else None


def _data_property(
    spec: Mapping[str, Any], schema: Mapping[str, Any], key: str
) -> tuple[Mapping[str, Any] | None, bool]:
    """The schema of ``key`` in ``schema`` (through ``allOf``), and whether it is required."""
    schema = _resolve(spec, schema)
    found: Mapping[str, Any] | None = schema.get("properties", {}).get(key)
    required = key in schema.get("required", [])
    for part in schema.get("allOf", []):
        part_found, part_required = _data_property(spec, part, key)
        found = part_found or found
        required = required or part_required
    return found, required


def _success_schema(spec: Mapping[str, Any], operation: Mapping[str, Any], where: str) -> Mapping[str, Any]:
    responses = {str(status): response for status, response in operation.get("responses", {}).items()}
    statuses = sorted(status for status in responses if status.startswith("2"))
    if not statuses:
        raise SpecError(f"{where} has no 2xx response")
    response = _resolve(spec, responses[statuses[0]])
    for media_type, content in response.get("content", {}).items():
        if media_type.split(";")[0].strip() == "application/json":
            return content["schema"]  # type: ignore[no-any-return]
    raise SpecError(f"{where}: its {statuses[0]} response has no application/json schema")


def read_operations(spec: Mapping[str, Any], envelope: EnvelopeSpec, name: str) -> dict[str, OperationSpec]:
    """Every operation of the document, by operationId."""
    operations: dict[str, OperationSpec] = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            where = f"{name}: {method.upper()} {path}"
            operation_id = operation.get("operationId")
            if not operation_id:
                raise SpecError(f"{where} has no operationId")
            idempotent = operation.get("x-idempotent", True)
            if not isinstance(idempotent, bool):
                raise SpecError(f"{where}: x-idempotent must be true or false")
            errors = _error_rules(operation.get("x-envelope-errors", []), f"{where}: x-envelope-errors")
            data, required = _data_property(spec, _success_schema(spec, operation, where), envelope.data_key)
            data_schema = None
            if data is not None:
                choices = data.get("anyOf") or data.get("oneOf") or [data]
                names = [ref for ref in (_ref_name(choice) for choice in choices) if ref is not None]
                if not names:
                    raise SpecError(f"{where}: its success data must reference a components schema")
                data_schema = names[0]
            operations[operation_id] = OperationSpec(
                operation_id=operation_id,
                idempotent=idempotent,
                errors=errors,
                data_schema=data_schema,
                data_optional=data is not None and not required,
            )
    return operations
