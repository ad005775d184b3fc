"""``x-waiters`` (document root): waiting for an operation's answer to reach a state, as data.

botocore's shape (an operation polled, a delay, acceptors that succeed, fail or retry), read
for this project's specs: each waiter, by the name of the method it becomes::

    x-waiters:
      wait_for_task:
        summary: ...                     # and description: the method's docstring
        operation: get_pano_task_status  # the operation polled (its operationId)
        arguments: [task_code]           # its parameters (or body fields) the method takes
        field: /status                   # JSON pointer into the operation's data: the field polled
        acceptors:                       # values of that field (its enum's, when it has one)
          success: [success]             # end the wait and return (the default of ``until``)
          failure: [failed]              # end it with StateUnreachableError: success cannot come
          retry: [pending, processing]   # keep waiting, as every value not listed does
        returns: /vr_url                 # a field of the data a success returns (default: all of it)
        reason: /ErrorCode               # a field saying why a failure happened, for its message
        schedule: {interval: 5, backoff: 1.5, max_interval: 30, timeout: 1800}  # seconds
        waiting_for: task {task_code} to finish  # messages: over the arguments and {until}

The operation's data is what its resource method returns: with an ``x-envelope``, the envelope's
data (which a success must carry); without one, the answer itself. The generator writes the
waiters into a ``waiters`` module (``templates/waiters.py.jinja``), run by ``vrlive_core.waiters``.
This module checks the declaration (for the preflight), binds it to openapi-python-client's parsed
operations (for the template) and compares two versions of it (for ``generator diff``).
"""

from __future__ import annotations

import keyword
import math
import string
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from attrs import frozen
from openapi_python_client.parser.properties import EnumProperty, ModelProperty, Property
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode, PythonIdentifier

from generator.extensions import (
    EnvelopeSpec,
    SpecProblem,
    data_choice,
    data_property,
    read_envelope,
    success_schema,
    unknown_keys,
)
from generator.resources import Argument, ResourceMethod
from generator.responses import Reading
from generator.specfile import HTTP_METHODS, Pointer, operation_name, suggestion
from vrlive_core.openapi import UnresolvableReference, parse_pointer, resolve

if TYPE_CHECKING:
    from generator.diff import _Comparison

WAITER_KEYS: Final = frozenset(
    {
        "summary",
        "description",
        "operation",
        "arguments",
        "field",
        "acceptors",
        "returns",
        "reason",
        "schedule",
        "waiting_for",
    }
)
REQUIRED_KEYS: Final = ("operation", "field", "acceptors", "schedule", "waiting_for")
ACCEPTOR_STATES: Final = ("success", "failure", "retry")
SCHEDULE_KEYS: Final = ("interval", "backoff", "max_interval", "timeout")
SCALAR_TYPES: Final = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,)}
"""The JSON types a polled field may have, and the Python types of their values in YAML."""


@frozen
class WaiterSpec:
    """One waiter as its spec declares it (names and pointers as the spec writes them)."""

    name: str
    operation: str
    """The operation's name (:func:`operation_name`: its operationId as a Python identifier)."""
    summary: str
    description: str
    arguments: tuple[str, ...]
    field: tuple[str, ...]
    success: tuple[object, ...]
    failure: tuple[object, ...]
    retry: tuple[object, ...]
    returns: tuple[str, ...] | None
    reason: tuple[str, ...] | None
    interval: float
    timeout: float
    backoff: float
    max_interval: float | None
    waiting_for: str


# Reading and checking.


def _property_names(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> list[str]:
    """The properties of an object schema, through ``allOf``."""
    schema = resolve(spec, schema)
    names = [str(name) for name in schema.get("properties") or {}]
    for part in schema.get("allOf") or []:
        names += [name for name in _property_names(spec, part) if name not in names]
    return names


def _data_of(
    spec: Mapping[str, Any], operation: Mapping[str, Any], envelope: EnvelopeSpec | None
) -> tuple[Mapping[str, Any] | None, str]:
    """The schema of what the operation's resource method returns, or why there is none to poll."""
    schema = success_schema(spec, operation)
    if schema is None:
        return None, "has no JSON success answer to poll"
    if envelope is None:
        return data_choice(spec, resolve(spec, schema)), ""
    data, required = data_property(spec, schema, envelope.data_key)
    if data is None:
        return None, f"has no {envelope.data} in its success envelope"
    if not required:
        return None, f"may answer a success without {envelope.data} (not required in its envelope): nothing to poll"
    return data_choice(spec, data), ""


def _walk(
    spec: Mapping[str, Any], data: Mapping[str, Any], path: tuple[str, ...], pointer: str, what: str
) -> tuple[list[tuple[Mapping[str, Any], bool]], str]:
    """The schema of each step of ``path`` in ``data`` with whether it is required, or a problem."""
    steps: list[tuple[Mapping[str, Any], bool]] = []
    node = data
    for depth, key in enumerate(path):
        names = _property_names(spec, node)
        if key not in names:
            here = "/" + "/".join(path[:depth]) if depth else "the operation's data"
            return steps, f"{what} {pointer}: {here} has no property {key!r}{suggestion(key, names)}"
        found, required = data_property(spec, node, key)
        node = resolve(spec, found or {})
        steps.append((node, required))
    return steps, ""


def _types(schema: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def _field_values(schema: Mapping[str, Any], pointer: str) -> tuple[list[object] | None, set[str], str]:
    """A polled field's enum (None when it has none) and JSON types, or why it cannot be polled."""
    enum = schema.get("enum")
    types = _types(schema) - {"null"}
    if isinstance(enum, list):
        return [value for value in enum if value is not None], types, ""
    if not types or not types <= SCALAR_TYPES.keys():
        shown = "/".join(sorted(types)) or "a schema without a type"
        return None, types, f"field {pointer} is {shown}: a waiter polls a string, number, integer or boolean"
    return None, types, ""


def _fits(value: object, enum: list[object] | None, types: set[str]) -> bool:
    if enum is not None:
        return any(value == known and type(value) is type(known) for known in enum)
    accepted = tuple(kind for name in types for kind in SCALAR_TYPES[name])
    return isinstance(value, accepted) and (not isinstance(value, bool) or "boolean" in types)


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _operations(spec: Mapping[str, Any], prefix: str) -> dict[str, tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Every operation by name, with its path item."""
    found = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping):
                found[operation_name(str(path), method, operation, prefix)] = (operation, item)
    return found


def operation_arguments(
    spec: Mapping[str, Any], operation: Mapping[str, Any], item: Mapping[str, Any]
) -> dict[str, bool]:
    """What a resource method of the operation takes, as the spec names it: its parameters and its
    body's top-level fields (the data's, under an ``x-request-envelope``), each with whether the
    caller must give it (a field the client makes up, ``x-fresh-id``, need not be)."""
    found: dict[str, bool] = {}
    for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = resolve(spec, raw) if isinstance(raw, Mapping) else {}
        if isinstance(parameter.get("name"), str):
            found[parameter["name"]] = bool(parameter.get("required")) or parameter.get("in") == "path"
    body = resolve(spec, operation.get("requestBody") or {})
    media = next((m for m in (body.get("content") or {}).values() if isinstance(m, Mapping) and "schema" in m), None)
    if media is None:
        return found
    schema = resolve(spec, media["schema"])
    wrapper = spec.get("x-request-envelope")
    data = wrapper.get("data") if isinstance(wrapper, Mapping) else None
    if isinstance(data, str) and data.startswith("/"):
        inner, _ = data_property(spec, schema, data[1:])
        schema = resolve(spec, inner) if inner is not None else schema
    for name in _property_names(spec, schema):
        field, required = data_property(spec, schema, name)
        made_up = "x-fresh-id" in resolve(spec, field or {})
        found.setdefault(name, required and not made_up)
    return found


class _Reader:
    """Checks one waiter, collecting its problems."""

    def __init__(self, spec: Mapping[str, Any], name: str, pointer: Pointer, problems: list[SpecProblem]) -> None:
        self.spec, self.name, self.pointer, self.problems = spec, name, pointer, problems
        self.where = f"waiter {name!r}"

    def problem(self, key: Pointer, message: str) -> None:
        self.problems.append(SpecProblem((*self.pointer, *key), f"{self.where}: {message}"))

    def pointer_of(self, declared: Mapping[str, Any], key: str) -> tuple[str, ...] | None:
        """The pointer ``declared[key]`` as its parts; None when it is not one (or missing: said once)."""
        if key not in declared:
            return None
        value = declared[key]
        if not isinstance(value, str) or not (value == "" or value.startswith("/")):
            self.problem((key,), f"{key} must be a JSON pointer into the operation's data such as '/status'")
            return None
        return parse_pointer(value)

    def arguments(self, declared: Mapping[str, Any], taken: Mapping[str, bool], operation: str) -> tuple[str, ...]:
        raw = declared.get("arguments", [name for name, required in taken.items() if required])
        if not isinstance(raw, list) or not all(isinstance(name, str) for name in raw):
            self.problem(("arguments",), "arguments must list names of the operation's parameters or body fields")
            return ()
        for index, name in enumerate(raw):
            if name not in taken:
                self.problem(
                    ("arguments", index), f"{operation} takes no argument {name!r}{suggestion(name, list(taken))}"
                )
            elif raw.index(name) != index:
                self.problem(("arguments", index), f"argument {name!r} is listed twice")
        for name, required in taken.items():
            if required and name not in raw:
                self.problem(("arguments",), f"{operation} needs {name!r}: list it in arguments")
        return tuple(raw)

    def acceptors(
        self, declared: Mapping[str, Any], enum: list[object] | None, types: set[str]
    ) -> dict[str, tuple[object, ...]]:
        raw = declared.get("acceptors")
        at: Pointer = ("acceptors",)
        if not isinstance(raw, Mapping):
            self.problem(at, "acceptors must map success, failure and retry to lists of the field's values")
            return {}
        self.problems += unknown_keys(raw, frozenset(ACCEPTOR_STATES), f"{self.where}: acceptors", (*self.pointer, *at))
        found: dict[str, tuple[object, ...]] = {}
        seen: dict[object, str] = {}
        for state in ACCEPTOR_STATES:
            values = raw.get(state, [])
            if not isinstance(values, list) or (state == "success" and not values):
                self.problem(
                    (*at, state), f"acceptors.{state} must be a{' non-empty' if state == 'success' else ''} list"
                )
                continue
            for index, value in enumerate(values):
                if not _fits(value, enum, types):
                    allowed = f"one of {enum}" if enum is not None else f"a {' or '.join(sorted(types))}"
                    near = suggestion(str(value), [str(known) for known in enum or []])
                    self.problem((*at, state, index), f"{value!r} is not {allowed}, as the polled field is{near}")
                elif (value, type(value)) in seen:
                    self.problem((*at, state, index), f"{value!r} is already a {seen[value, type(value)]} value")
                else:
                    seen[value, type(value)] = state
            found[state] = tuple(values)
        return found

    def schedule(self, declared: Mapping[str, Any]) -> dict[str, float]:
        raw = declared.get("schedule")
        at: Pointer = ("schedule",)
        if not isinstance(raw, Mapping):
            self.problem(at, "schedule must give interval and timeout (and backoff, max_interval), in seconds")
            return {}
        self.problems += unknown_keys(raw, frozenset(SCHEDULE_KEYS), f"{self.where}: schedule", (*self.pointer, *at))
        found = {key: raw[key] for key in SCHEDULE_KEYS if key in raw}
        for key in ("interval", "timeout"):
            if key not in found:
                self.problem(at, f"schedule lacks {key}")
        for key, value in found.items():
            if not _number(value):
                self.problem((*at, key), f"schedule.{key} must be a number of seconds, got {value!r}")
                return {}
        rules = [
            ("interval", found.get("interval", 1) > 0, "must be more than 0"),
            ("timeout", found.get("timeout", 0) >= 0, "must not be negative"),
            ("backoff", found.get("backoff", 1) >= 1, "must be at least 1 (each pause as long as the last, or longer)"),
            (
                "max_interval",
                found.get("max_interval", math.inf) >= found.get("interval", 0),
                "must not be below interval",
            ),
        ]
        for key, holds, rule in rules:
            if not holds:
                self.problem((*at, key), f"schedule.{key} {rule}")
        return {key: float(value) for key, value in found.items()}

    def waiting_for(self, declared: Mapping[str, Any], arguments: Sequence[str]) -> str:
        text = declared.get("waiting_for")
        at = ("waiting_for",)
        if not isinstance(text, str) or not text.strip():
            self.problem(at, "waiting_for must say what is waited for, such as 'task {task_code} to finish'")
            return ""
        try:
            parts = list(string.Formatter().parse(text))
        except ValueError as error:
            self.problem(at, f"waiting_for is not a format string: {error}")
            return ""
        known = [*arguments, "until"]
        for _, field, spec, conversion in parts:
            if field is None:
                continue
            if field not in known or spec or conversion:
                self.problem(
                    at, f"waiting_for names {{{field}}}: it may name only {', '.join(known)}{suggestion(field, known)}"
                )
        return text


def read_waiters(
    spec: Mapping[str, Any], envelope: EnvelopeSpec | None, problems: list[SpecProblem], prefix: str = "field_"
) -> dict[str, WaiterSpec]:
    """The document's waiters by name; each problem of their declaration goes to ``problems``.

    ``envelope`` is the document's (None when it declares none). With a broken ``x-envelope``
    (declared, but None here) the waiters' fields are not checked: the envelope's own problems say
    why."""
    raw = spec.get("x-waiters")
    root: Pointer = ("x-waiters",)
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        problems.append(SpecProblem(root, "x-waiters must map each waiter's name to its declaration"))
        return {}
    operations = _operations(spec, prefix)
    readable = envelope is not None or "x-envelope" not in spec
    waiters = {}
    for name, declared in raw.items():
        reader = _Reader(spec, str(name), (*root, name), problems)
        before = len(problems)
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
            reader.problem((), "a waiter's name must be a public Python identifier: it names the method")
        if not isinstance(declared, Mapping):
            reader.problem((), "must be a mapping (operation, field, acceptors, schedule, waiting_for...)")
            continue
        problems += unknown_keys(declared, WAITER_KEYS, reader.where, reader.pointer)
        missing = [key for key in REQUIRED_KEYS if key not in declared]
        if missing:
            reader.problem((), f"lacks {', '.join(missing)}")
        for key in ("summary", "description"):
            if not isinstance(declared.get(key, ""), str):
                reader.problem((key,), f"{key} must be text")
        found = _read_one(reader, declared, operations, envelope if readable else None, readable, prefix)
        if found is not None and len(problems) == before:
            waiters[str(name)] = found
    return waiters


def _read_one(
    reader: _Reader,
    declared: Mapping[str, Any],
    operations: Mapping[str, tuple[Mapping[str, Any], Mapping[str, Any]]],
    envelope: EnvelopeSpec | None,
    readable: bool,
    prefix: str,
) -> WaiterSpec | None:
    spec = reader.spec
    operation_id = declared.get("operation")
    name = str(PythonIdentifier(operation_id, prefix=prefix)) if isinstance(operation_id, str) else None
    if name is None or name not in operations:
        near = suggestion(str(operation_id), list(operations))
        reader.problem(("operation",), f"operation {operation_id!r} is no operation of this document{near}")
        return None
    operation, item = operations[name]
    arguments = reader.arguments(declared, operation_arguments(spec, operation, item), name)
    field, returns = reader.pointer_of(declared, "field"), reader.pointer_of(declared, "returns")
    reason = reader.pointer_of(declared, "reason")
    enum: list[object] | None = None
    types = set(SCALAR_TYPES)  # what the acceptors' values may be while the field is not known
    try:
        data, why = _data_of(spec, operation, envelope) if readable else (None, "")
        if data is None and why:
            reader.problem(("operation",), f"{name} {why}")
        if data is not None and field is not None:
            steps, problem = _walk(spec, data, field, declared["field"], "field")
            if not problem:
                enum, types, problem = _field_values(steps[-1][0] if steps else data, declared["field"])
            if problem:
                reader.problem(("field",), problem)
                enum, types = None, set(SCALAR_TYPES)
        if data is not None:
            _check_reached(reader, data, returns, "returns")
            _check_reached(reader, data, reason, "reason")
    except UnresolvableReference as error:
        reader.problem(("operation",), f"{error} (found while reading {name}'s data)")
    acceptors = reader.acceptors(declared, enum, types)
    schedule = reader.schedule(declared)
    waiting_for = reader.waiting_for(declared, arguments)
    if field is None or not acceptors or not schedule:
        return None
    return WaiterSpec(
        name=reader.name,
        operation=name,
        summary=str(declared.get("summary", "")),
        description=str(declared.get("description", "")),
        arguments=arguments,
        field=field,
        success=acceptors.get("success", ()),
        failure=acceptors.get("failure", ()),
        retry=acceptors.get("retry", ()),
        returns=returns,
        reason=reason,
        interval=schedule.get("interval", 1.0),
        timeout=schedule.get("timeout", 0.0),
        backoff=schedule.get("backoff", 1.0),
        max_interval=schedule.get("max_interval"),
        waiting_for=waiting_for,
    )


def _check_reached(reader: _Reader, data: Mapping[str, Any], path: tuple[str, ...] | None, key: str) -> None:
    """``returns`` and ``reason`` name a field the data has, reached through required objects."""
    if path is None:
        return
    pointer = "/" + "/".join(path) if path else ""
    steps, problem = _walk(reader.spec, data, path, pointer, key)
    if problem:
        reader.problem((key,), problem)
        return
    for depth, (_, required) in enumerate(steps[:-1]):
        if not required:
            reader.problem(
                (key,), f"{key} {pointer}: /{'/'.join(path[: depth + 1])} is optional, so a state may lack it"
            )
            return


# Binding to what openapi-python-client parsed, for the template.


class UnsupportedWaiter(ValueError):
    """A waiter the template cannot write; the message says why."""


@frozen
class BoundWaiter:
    """Everything the waiters template needs for one waiter."""

    spec: WaiterSpec
    constant: str
    """The module constant holding the ``vrlive_core.waiters.Waiter`` (``WAIT_FOR_TASK``)."""
    tag: str
    """The resources attribute of the operation's tag (``pano``)."""
    resource_class: str
    """Its sync class (``Pano``; the async one is ``Async`` + it)."""
    method: ResourceMethod
    arguments: tuple[Argument, ...]
    state: str
    """The class of the data polled (``PanoTaskStatus``)."""
    field: tuple[str, ...]
    """The polled field's attribute path in that class."""
    value_type: str
    success: tuple[str, ...]
    """The success values as Python expressions (``PanoTaskState.SUCCESS``)."""
    failure: tuple[str, ...]
    returns: str
    """What the method returns (``str``)."""
    returned: str
    """The attribute path of what it returns, as code after the state (``.vr_url``; empty: the state)."""
    reason: tuple[str, ...]
    waiting_for: str
    """The messages' format string, over the arguments' Python names."""
    imports: frozenset[str]

    @property
    def schedule(self) -> tuple[str, str, str, str]:
        """``interval``, ``timeout``, ``backoff``, ``max_interval`` as code."""
        spec = self.spec
        longest = "math.inf" if spec.max_interval is None else repr(spec.max_interval)
        return repr(spec.interval), repr(spec.timeout), repr(spec.backoff), longest


def _code(value: object) -> str:
    return value.as_unembedded_code() if isinstance(value, PythonCode) else str(value)


def _name(prop: Property) -> str:
    name = prop.name
    return name.get_untrusted_value() if isinstance(name, UntrustedString) else str(name)


def _imports(prop: Property) -> set[str]:
    return {str(line) for line in (*prop.get_imports(prefix="."), *prop.get_lazy_imports(prefix="."))}


def _path(model: ModelProperty, path: tuple[str, ...], key: str) -> tuple[list[str], Property | None]:
    """The attribute names along ``path`` in ``model``, and the last property (None: the model)."""
    names: list[str] = []
    prop: Property | None = None
    current: Property = model
    for segment in path:
        if not isinstance(current, ModelProperty):
            raise UnsupportedWaiter(f"{key}: {segment!r} is inside {_name(current)!r}, which is not an object model")
        members = [*(current.required_properties or []), *(current.optional_properties or [])]
        prop = next((member for member in members if _name(member) == segment), None)
        if prop is None:
            raise UnsupportedWaiter(f"{key}: the model {current.class_info.name} has no {segment!r}")
        names.append(str(prop.python_name))
        current = prop
    return names, prop


def _values(prop: Property | None, values: Sequence[object]) -> tuple[str, tuple[str, ...], set[str]]:
    """The type of the polled field's values, the ``values`` as code, and the imports they need."""
    inner = prop.inner_properties if isinstance(prop, UnionProperty) else [prop] if prop is not None else []
    enum = next((each for each in inner if isinstance(each, EnumProperty)), None)
    if enum is not None:
        members: dict[object, str] = {value: member for member, value in enum.values.items()}
        cls = str(enum.class_info.name)
        return cls, tuple(f"{cls}.{members[value]}" for value in values), _imports(enum)
    literal = next((each for each in inner if isinstance(each, LiteralEnumProperty)), None)
    if literal is not None:
        return _code(literal.get_type_string(no_optional=True)), tuple(map(repr, values)), _imports(literal)
    if prop is None:
        raise UnsupportedWaiter("field: the operation's data is a model, not a value to compare")
    kinds = [each for each in inner if _code(each.get_type_string(no_optional=True)) != "None"]
    return " | ".join(_code(each.get_type_string(no_optional=True)) for each in kinds), tuple(map(repr, values)), set()


def bind_waiter(
    waiter: WaiterSpec, method: ResourceMethod, reading: Reading, tag: tuple[str, str, str], prefix: str
) -> BoundWaiter:
    """How the template writes ``waiter``, which polls ``method`` of the resource ``tag``: its
    attribute, module and class (``("pano", "pano", "Pano")``); ``prefix``: the field prefix."""
    attribute, module, resource_class = tag
    model = reading.data_model if reading.envelope else next((body.model for body in reading.successes), None)
    if model is None or (not reading.envelope and len(reading.successes) != 1):
        raise UnsupportedWaiter(f"{method.name} does not return one object model to poll ({reading.returns})")
    field_names, field = _path(model, waiter.field, "field")
    value_type, success, imports = _values(field, waiter.success)
    _, failure, _ = _values(field, waiter.failure)
    returned, returns = "", str(model.class_info.name)
    if waiter.returns is not None:
        names, prop = _path(model, waiter.returns, "returns")
        returned = "".join(f".{name}" for name in names)
        if prop is not None:
            returns = _code(prop.get_type_string())
            imports |= _imports(prop)
    reason = tuple(_path(model, waiter.reason, "reason")[0]) if waiter.reason is not None else ()
    python = {name: str(PythonIdentifier(name, prefix=prefix)) for name in waiter.arguments}
    arguments = []
    for name in waiter.arguments:
        argument = next(
            (each for each in (*method.path, *method.others, *_fields(method)) if each.field == python[name]), None
        )
        if argument is None:
            raise UnsupportedWaiter(f"{method.name} has no argument for {name!r}")
        arguments.append(argument)
    arguments.sort(key=lambda argument: not argument.required)
    renamed = {name: next(a.name for a in arguments if a.field == python[name]) for name in waiter.arguments}
    resources = f"from .resources.{module} import Async{resource_class}, {resource_class}"
    imports |= _imports(model) | set(method.imports) | {resources}
    return BoundWaiter(
        spec=waiter,
        constant=waiter.name.upper(),
        tag=attribute,
        resource_class=resource_class,
        method=method,
        arguments=tuple(arguments),
        state=str(model.class_info.name),
        field=tuple(field_names),
        value_type=value_type,
        success=success,
        failure=failure,
        returns=returns,
        returned=returned,
        reason=reason,
        waiting_for=_renamed(waiter.waiting_for, renamed),
        imports=frozenset(line.replace("from ..", "from .") for line in imports),
    )


@frozen
class WaitersModule:
    """What the waiters template writes: every waiter, with the imports and resources they need."""

    waiters: tuple[BoundWaiter, ...]

    @property
    def imports(self) -> list[str]:
        return sorted({line for waiter in self.waiters for line in waiter.imports})

    @property
    def resources(self) -> list[tuple[str, str]]:
        """The resources polled: (attribute, sync class)."""
        return sorted({(waiter.tag, waiter.resource_class) for waiter in self.waiters})


def bind_waiters(
    waiters: Mapping[str, WaiterSpec],
    resources: Mapping[str, tuple[ResourceMethod, Reading, tuple[str, str, str]]],
    prefix: str,
) -> tuple[WaitersModule, list[SpecProblem]]:
    """Every waiter bound to the resource method it polls (``resources``: by operation name, with
    how it reads its answer and its tag, as for `bind_waiter()`), and the problems of those that
    cannot be written."""
    bound: list[BoundWaiter] = []
    problems: list[SpecProblem] = []
    for waiter in waiters.values():
        method, reading, tag = resources[waiter.operation]
        try:
            bound.append(bind_waiter(waiter, method, reading, tag, prefix))
        except UnsupportedWaiter as error:
            problems.append(
                SpecProblem(("x-waiters", waiter.name), f"waiter {waiter.name!r} cannot be generated: {error}")
            )
    return WaitersModule(tuple(bound)), problems


def _fields(method: ResourceMethod) -> tuple[Argument, ...]:
    return method.body.fields if method.body is not None else ()


def _renamed(text: str, names: Mapping[str, str]) -> str:
    """``waiting_for`` with each argument named as the method names it."""
    parts = []
    for literal, field, _, _ in string.Formatter().parse(text):
        parts.append(literal.replace("{", "{{").replace("}", "}}"))
        if field is not None:
            parts.append("{" + names.get(field, field) + "}")
    return "".join(parts)


# Comparing two versions (generator diff).


def compare_waiters(comparison: _Comparison) -> None:
    """Add to ``comparison`` what changed in the waiters, for the code that calls them: a waiter
    added or removed, what it polls, the values that end it, what it returns, and its default schedule."""
    before = comparison.old.document.get("x-waiters")
    after = comparison.new.document.get("x-waiters")
    before = before if isinstance(before, Mapping) else {}
    after = after if isinstance(after, Mapping) else {}
    for name in sorted(before.keys() - after.keys()):
        comparison.add(True, f"waiter `{name}` removed")
    for name in sorted(after.keys() - before.keys()):
        comparison.add(False, f"waiter `{name}` added (polls `{after[name].get('operation')}`)")
    for name in sorted(before.keys() & after.keys()):
        old, new = before[name], after[name]
        if isinstance(old, Mapping) and isinstance(new, Mapping):
            _compare_one(comparison, f"waiter {name}", old, new)


def _compare_one(comparison: _Comparison, where: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    for key in ("operation", "field"):
        if old.get(key) != new.get(key):
            comparison.add(True, f"now polls {key} {new.get(key)} instead of {old.get(key)}", where)
    # What a waiter returns and takes shows in its signature too, where griffe reports what breaks
    # (a returned field renamed with its schema returns the same value).
    if old.get("returns", "") != new.get("returns", ""):
        shown = {None: "the whole state", "": "the whole state"}
        before, after = (shown.get(value, f"`{value}`") for value in (old.get("returns"), new.get("returns")))
        comparison.add(False, f"returns {after} instead of {before}", where)
    if old.get("arguments") != new.get("arguments"):
        comparison.add(False, f"takes {new.get('arguments')} instead of {old.get('arguments')}", where)
    names = _value_names(comparison.new.document, new) | _value_names(comparison.old.document, old)
    ends = {"success": "a success: the wait returns there", "failure": "a failure: the wait raises there"}
    old_acceptors, new_acceptors = old.get("acceptors") or {}, new.get("acceptors") or {}
    for state in ACCEPTOR_STATES:
        was, now = list(old_acceptors.get(state) or []), list(new_acceptors.get(state) or [])
        for value in [v for v in was if v not in now]:
            what = ends.get(state, "a value that keeps waiting")
            comparison.add(state != "retry", f"{state} value {_shown(value, names)} removed (no longer {what})", where)
        for value in [v for v in now if v not in was]:
            what = ends.get(state, "a value that keeps waiting, as unlisted values do")
            comparison.add(state != "retry", f"{state} value {_shown(value, names)} added ({what})", where)
    old_schedule, new_schedule = old.get("schedule") or {}, new.get("schedule") or {}
    for key in SCHEDULE_KEYS:
        if old_schedule.get(key) != new_schedule.get(key):
            first, then = (_seconds(schedule.get(key)) for schedule in (old_schedule, new_schedule))
            comparison.add(False, f"default {key} {first} -> {then}", where)
    if old.get("waiting_for") != new.get("waiting_for"):
        comparison.add(False, f"messages say {new.get('waiting_for')!r} instead of {old.get('waiting_for')!r}", where)


def _value_names(document: Mapping[str, Any], waiter: Mapping[str, Any]) -> dict[object, str]:
    """The member names (``x-enum-varnames``) of the field's values, where the spec gives them."""
    try:
        operation = _operations(document, "field_").get(str(PythonIdentifier(str(waiter.get("operation")), "field_")))
        data, _ = _data_of(document, operation[0], read_envelope(document, [])) if operation else (None, "")
        pointer = waiter.get("field")
        if data is None or not isinstance(pointer, str):
            return {}
        steps, problem = _walk(document, data, parse_pointer(pointer), pointer, "field")
        schema = steps[-1][0] if steps and not problem else {}
    except (UnresolvableReference, ValueError):
        return {}
    return dict(zip(schema.get("enum") or [], schema.get("x-enum-varnames") or [], strict=False))


def _shown(value: object, names: Mapping[object, str]) -> str:
    return f"{value!r} ({names[value]})" if value in names else repr(value)


def _seconds(value: object) -> str:
    return "none" if value is None else f"{value:g} s" if isinstance(value, int | float) else repr(value)


__all__ = [
    "ACCEPTOR_STATES",
    "SCHEDULE_KEYS",
    "WAITER_KEYS",
    "BoundWaiter",
    "UnsupportedWaiter",
    "WaiterSpec",
    "WaitersModule",
    "bind_waiter",
    "bind_waiters",
    "compare_waiters",
    "operation_arguments",
    "read_waiters",
]
