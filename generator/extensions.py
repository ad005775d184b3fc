"""Reads the spec extensions that openapi-python-client does not know, for the templates.

- ``x-envelope`` (document root): where the vendor's envelope keeps its result code, message,
  request/trace ids, business code and data (JSON pointers), which codes mean success, and which
  error each failure raises.
- ``x-envelope-errors`` (operation): code-to-error rules of one operation, tried first.
- ``x-idempotent: false`` (operation): the operation creates something; replaying it after it
  may have reached the server is unsafe.
- ``x-exactly-one-of`` (schema): read by the model template straight from the schema.
- ``x-enum-varnames`` (enum schema): the member names, one per value (checked by the preflight).
- ``x-package-manifest`` (operation): a ``$ref`` to the schema of a file the request refers to.
- ``x-request-envelope`` (document root): requests wrap their fields in an envelope too (IVH's
  ``{"Header": {}, "Payload": {...}}``): ``data`` names the property holding the fields, ``fixed``
  the value of each other property. Resources take the data's fields as keyword arguments.
- ``x-fresh-id: hex32`` (schema): a value the client makes up when the caller gives none (IVH's
  ``ReqId``); resources make that argument optional.
- ``x-channels`` (document root): message channels beside the operations (IVH's command
  channel), read by :mod:`generator.channels`.
- ``x-pagination`` (operation): a list operation's paging (page parameter, items, total), read by
  :mod:`generator.pagination`; its resource gains an iterator over every page.
- ``x-waiters`` (document root): polling an operation until a field of its data reaches a state,
  read by :mod:`generator.waiters`.

Every extension applies only where a document declares it: a document without ``x-envelope`` is
read as openapi-python-client reads it (an operation returns the body of its 2xx answer).

With an envelope, the data of an operation is derived, not declared: the ``data`` property (at the
envelope's data pointer) of its success response schema; when that is a union naming a components
schema (``anyOf: [$ref: Data, $ref: NoData, type: "null"]``, as vendors send ``{}`` or ``null``
on failure), the first schema named is the data of a success.

Problems are collected, not raised one at a time, each with the place in the document it
concerns, so that the preflight can report all of them with their lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from attrs import evolve, frozen

from generator.specfile import HTTP_METHODS, Pointer, operation_name, pointer_text, suggestion
from vrlive_core.errors import ERROR_KINDS
from vrlive_core.openapi import SCHEMAS, UnresolvableReference, resolve, schema_name

EXTENSION_KEYS: Final[dict[str, frozenset[str]]] = {
    "x-envelope": frozenset(
        {"vendor", "code", "success", "message", "data", "request_id", "trace_id", "business_code", "errors"}
    ),
    "x-package-manifest": frozenset({"$ref"}),
    "x-request-envelope": frozenset({"data", "fixed"}),
}
"""The keys each mapping-valued extension may have."""
RULE_KEYS: Final = frozenset({"code", "min", "max", "business_code", "error"})
EXTENSIONS: Final = frozenset(
    {
        "x-envelope",
        "x-envelope-errors",
        "x-idempotent",
        "x-exactly-one-of",
        "x-enum-varnames",
        "x-package-manifest",
        "x-request-envelope",
        "x-fresh-id",
        "x-channels",
        "x-pagination",
        "x-waiters",
        "x-region",
    }
)
"""Every extension this project's generator reads; other ``x-`` keys are left to their owners."""


@frozen
class SpecProblem:
    """Something in a spec that the generator cannot use, and where it is."""

    pointer: Pointer
    message: str


class SpecError(ValueError):
    """The spec breaks rules of the generator; ``problems`` name each place."""

    def __init__(self, name: str, problems: Sequence[SpecProblem]) -> None:
        self.name = name
        self.problems = tuple(problems)
        listed = "\n".join(f"{name}: {pointer_text(p.pointer)}: {p.message}" for p in self.problems)
        super().__init__(listed)


@frozen
class ErrorRuleSpec:
    error_class: str
    code: int | None = None
    min: int | None = None
    max: int | None = None
    business_code: str | None = None


@frozen
class EnvelopeSpec:
    vendor: str
    code: str
    success: tuple[int, ...]
    message: str
    data: str
    request_id: str | None
    trace_id: str | None
    business_code: str | None
    errors: tuple[ErrorRuleSpec, ...]

    @property
    def data_key(self) -> str:
        """The top-level key of the data (generation supports data one level deep)."""
        return self.data[1:]


FRESH_ID_KINDS: Final = frozenset({"hex32"})
"""The kinds of ``x-fresh-id`` the runtime can make (``vrlive_core.resource.fresh_id``)."""


@frozen
class RequestEnvelopeSpec:
    data: str
    """The body property that holds the operation's fields (``Payload``)."""
    fixed: Mapping[str, Any]
    """The value of every other body property (``{"Header": {}}``)."""


@frozen
class OperationSpec:
    operation_id: str
    """Its operationId, or the name openapi-python-client makes from its method and path."""
    idempotent: bool
    security: str | None
    """The security scheme its calls use (the first listed), None for public operations."""
    errors: tuple[ErrorRuleSpec, ...]
    enveloped: bool = False
    """Whether its success is a JSON envelope to read envelope-first (the document declares one)."""
    has_data: bool = False
    """Whether that envelope's schema has the data property."""
    data_schema: str | None = None
    """The component schema named as the data of a success, if one is."""
    data_optional: bool = False
    """Whether a success may omit the data."""


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def unknown_keys(value: Mapping[str, Any], known: frozenset[str], where: str, pointer: Pointer) -> list[SpecProblem]:
    """A problem for each key of ``value`` outside ``known``, at that key."""
    return [
        SpecProblem(
            (*pointer, key),
            f"unknown key {key!r} in {where}{suggestion(str(key), known)}; known keys: {', '.join(sorted(known))}",
        )
        for key in value
        if key not in known
    ]


def _error_rules(rules: object, where: str, pointer: Pointer, problems: list[SpecProblem]) -> tuple[ErrorRuleSpec, ...]:
    if not isinstance(rules, list):
        problems.append(SpecProblem(pointer, f"{where} must be a list of {{code|min|max|business_code, error}} rules"))
        return ()
    parsed = []
    for index, rule in enumerate(rules):
        at, place = (*pointer, index), f"{where}[{index}]"
        if not isinstance(rule, Mapping):
            problems.append(
                SpecProblem(at, f"{place} must be a mapping with 'error' and 'code', 'min'/'max' or 'business_code'")
            )
            continue
        found = unknown_keys(rule, RULE_KEYS, place, at)
        problems += found
        kind = rule.get("error")
        if kind not in ERROR_KINDS:
            problems.append(
                SpecProblem(
                    (*at, "error"),
                    f"{place}.error {kind!r} is not one of {sorted(ERROR_KINDS)}{suggestion(str(kind), set(ERROR_KINDS))}",
                )
            )
            continue
        bounds = [rule.get(key) for key in ("code", "min", "max")]
        business = rule.get("business_code")
        if business is not None and not isinstance(business, str):
            problems.append(
                SpecProblem((*at, "business_code"), f'{place}.business_code must be a string such as "10001"')
            )
            continue
        if not all(bound is None or _is_int(bound) for bound in bounds) or (
            business is None and all(bound is None for bound in bounds)
        ):
            problems.append(SpecProblem(at, f"{place} needs an integer 'code', 'min' or 'max', or a 'business_code'"))
            continue
        if rule.get("code") is not None and (rule.get("min") is not None or rule.get("max") is not None):
            problems.append(SpecProblem(at, f"{place} gives 'code' with 'min'/'max'; use one or the other"))
            continue
        if not found:
            parsed.append(
                ErrorRuleSpec(ERROR_KINDS[kind].__name__, rule.get("code"), rule.get("min"), rule.get("max"), business)
            )
    return tuple(parsed)


def read_envelope(spec: Mapping[str, Any], problems: list[SpecProblem]) -> EnvelopeSpec | None:
    """The document's ``x-envelope``; its problems are appended to ``problems``."""
    raw = spec.get("x-envelope")
    pointer: Pointer = ("x-envelope",)
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        problems.append(SpecProblem(pointer, "x-envelope must be a mapping (vendor, code, success, message, data...)"))
        return None
    before = len(problems)
    problems += unknown_keys(raw, EXTENSION_KEYS["x-envelope"], "x-envelope", pointer)
    missing = {"vendor", "code", "success", "message", "data"} - set(raw)
    if missing:
        problems.append(SpecProblem(pointer, f"x-envelope lacks {sorted(missing)}"))
    for key in ("code", "message", "data", "request_id", "trace_id", "business_code"):
        value = raw.get(key)
        if value is not None and (not isinstance(value, str) or not value.startswith("/")):
            problems.append(
                SpecProblem((*pointer, key), f"x-envelope.{key} must be a JSON pointer such as '/code', got {value!r}")
            )
    data = raw.get("data")
    if isinstance(data, str) and data.startswith("/") and data.count("/") != 1:
        problems.append(SpecProblem((*pointer, "data"), "x-envelope.data must be a top-level key such as '/data'"))
    success = raw.get("success")
    if "success" in raw and (not isinstance(success, list) or not all(_is_int(code) for code in success)):
        problems.append(SpecProblem((*pointer, "success"), "x-envelope.success must be a list of integer codes"))
    errors = _error_rules(raw.get("errors", []), "x-envelope.errors", (*pointer, "errors"), problems)
    if len(problems) > before:
        return None
    return EnvelopeSpec(
        vendor=str(raw["vendor"]),
        code=raw["code"],
        success=tuple(success or ()),
        message=raw["message"],
        data=raw["data"],
        request_id=raw.get("request_id"),
        trace_id=raw.get("trace_id"),
        business_code=raw.get("business_code"),
        errors=errors,
    )


def data_property(
    spec: Mapping[str, Any], schema: Mapping[str, Any], key: str
) -> tuple[Mapping[str, Any] | None, bool]:
    """The schema of ``key`` in ``schema`` (through ``allOf``), and whether it is required."""
    schema = resolve(spec, schema)
    properties = schema.get("properties")
    found: Mapping[str, Any] | None = properties.get(key) if isinstance(properties, Mapping) else None
    required = key in (schema.get("required") or [])
    for part in schema.get("allOf") or []:
        part_found, part_required = data_property(spec, part, key)
        found = part_found or found
        required = required or part_required
    return found, required


def data_choice(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """``schema`` behind its references; of a union (``anyOf: [$ref: Page, $ref: NoData, null]``,
    as a vendor's data is on failure), the first choice naming a components schema, or else the
    first choice: the schema the generated code reads a success's data as."""
    found: Mapping[str, Any] = resolve(spec, schema)
    choices = found.get("anyOf") or found.get("oneOf")
    if isinstance(choices, list) and choices:
        named = [choice for choice in choices if isinstance(choice, Mapping) and "$ref" in choice]
        chosen: Mapping[str, Any] = resolve(spec, (named or choices)[0])
        return chosen
    return found


def success_schema(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The JSON schema of the operation's first 2xx answer; None when it has none (no content, a
    file, text): such an answer is read as it is, not as an envelope."""
    responses = {str(status): response for status, response in (operation.get("responses") or {}).items()}
    statuses = sorted(status for status in responses if status.startswith("2"))
    if not statuses:
        return None
    response = resolve(spec, responses[statuses[0]])
    for media_type, content in (response.get("content") or {}).items():
        kind = str(media_type).split(";")[0].strip()
        if (kind == "application/json" or kind.endswith("+json")) and isinstance(content.get("schema"), Mapping):
            schema: Mapping[str, Any] = content["schema"]
            return schema
    return None


def read_operations(
    spec: Mapping[str, Any], envelope: EnvelopeSpec | None, problems: list[SpecProblem], prefix: str = "field_"
) -> dict[str, OperationSpec]:
    """Every operation of the document, by name (:func:`operation_name`); problems are appended to
    ``problems``. ``envelope`` is the document's (None when it declares none, or a broken one)."""
    operations: dict[str, OperationSpec] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if not isinstance(operation, Mapping):
                continue
            pointer: Pointer = ("paths", path, method)
            operation_id = operation_name(str(path), method, operation, prefix)
            idempotent = operation.get("x-idempotent", True)
            if not isinstance(idempotent, bool):
                problems.append(SpecProblem((*pointer, "x-idempotent"), "x-idempotent must be true or false"))
            errors = _error_rules(
                operation.get("x-envelope-errors", []), "x-envelope-errors", (*pointer, "x-envelope-errors"), problems
            )
            security = operation.get("security", spec.get("security", []))
            schemes = [name for requirement in security or [] for name in requirement]
            found = OperationSpec(
                operation_id=operation_id,
                idempotent=idempotent is not False,
                security=schemes[0] if schemes else None,
                errors=errors,
            )
            if envelope is not None:
                try:
                    found = _with_data(spec, operation, envelope, found)
                except UnresolvableReference as error:
                    problems.append(SpecProblem(pointer, f"{error} (found while reading its success response)"))
                    continue
            operations[operation_id] = found
    return operations


def _with_data(
    spec: Mapping[str, Any], operation: Mapping[str, Any], envelope: EnvelopeSpec, found: OperationSpec
) -> OperationSpec:
    """``found`` with what its success envelope holds (with a document's envelope)."""
    schema = success_schema(spec, operation)
    if schema is None:
        return found
    data, required = data_property(spec, schema, envelope.data_key)
    if data is None:
        return evolve(found, enveloped=True)
    choices = data.get("anyOf") or data.get("oneOf") or [data]
    names = [ref for ref in (schema_name(choice.get("$ref")) for choice in choices) if ref is not None]
    if names:
        resolve(spec, {"$ref": pointer_text((*SCHEMAS, names[0]))})
    return evolve(
        found, enveloped=True, has_data=True, data_schema=names[0] if names else None, data_optional=not required
    )


def read_request_envelope(spec: Mapping[str, Any], problems: list[SpecProblem]) -> RequestEnvelopeSpec | None:
    """The document's ``x-request-envelope``, if it declares one; problems go to ``problems``."""
    raw = spec.get("x-request-envelope")
    pointer: Pointer = ("x-request-envelope",)
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        problems.append(SpecProblem(pointer, "x-request-envelope must be a mapping with data and fixed"))
        return None
    found = unknown_keys(raw, EXTENSION_KEYS["x-request-envelope"], "x-request-envelope", pointer)
    data, fixed = raw.get("data"), raw.get("fixed", {})
    if not isinstance(data, str) or not data.startswith("/") or data.count("/") != 1:
        found.append(
            SpecProblem((*pointer, "data"), "x-request-envelope.data must be a top-level key such as '/Payload'")
        )
    if not isinstance(fixed, Mapping):
        found.append(SpecProblem((*pointer, "fixed"), "x-request-envelope.fixed must map property names to values"))
    problems += found
    if found:
        return None
    return RequestEnvelopeSpec(data=str(data)[1:], fixed=dict(fixed))


def check_fresh_ids(spec: Mapping[str, Any], problems: list[SpecProblem]) -> None:
    """Every ``x-fresh-id`` names a kind the runtime makes, on a string schema."""
    components = spec.get("components")
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    for name, schema in (schemas if isinstance(schemas, Mapping) else {}).items():
        kind = schema.get("x-fresh-id") if isinstance(schema, Mapping) else None
        if kind is None:
            continue
        pointer: Pointer = ("components", "schemas", name, "x-fresh-id")
        if kind not in FRESH_ID_KINDS:
            problems.append(SpecProblem(pointer, f"x-fresh-id {kind!r} is not one of {sorted(FRESH_ID_KINDS)}"))
        elif schema.get("type") != "string":
            problems.append(SpecProblem(pointer, "x-fresh-id belongs on a string schema"))


def read_extensions(
    spec: Mapping[str, Any], name: str, prefix: str = "field_"
) -> tuple[EnvelopeSpec | None, dict[str, OperationSpec]]:
    """The envelope (None when the document declares none) and operations of a spec called
    ``name``, by the names openapi-python-client gives them (``prefix``: its ``field_prefix``);
    raise :class:`SpecError` listing every problem."""
    problems: list[SpecProblem] = []
    envelope = read_envelope(spec, problems)
    operations = read_operations(spec, envelope, problems, prefix)
    read_request_envelope(spec, problems)
    check_fresh_ids(spec, problems)
    if problems:
        raise SpecError(name, problems)
    return envelope, operations


__all__ = [
    "EXTENSIONS",
    "FRESH_ID_KINDS",
    "check_fresh_ids",
    "operation_name",
    "EnvelopeSpec",
    "ErrorRuleSpec",
    "OperationSpec",
    "RequestEnvelopeSpec",
    "SpecError",
    "SpecProblem",
    "read_envelope",
    "read_extensions",
    "read_operations",
    "read_request_envelope",
    "unknown_keys",
]
