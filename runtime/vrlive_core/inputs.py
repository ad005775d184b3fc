"""Checking an operation's arguments before anything is sent, against what its spec declares.

The generator renders each operation's inputs (``generator.inputs``) as a literal: each argument
by its Python name, with where it goes (``in``: path, query, header, cookie, body), whether it is
``required``, and its ``schema``, a subset of JSON Schema for the Python values the generated code
holds:

- ``type``: ``string``, ``integer``, ``number``, ``boolean``, ``null``, ``array``, ``object``, or
  one Python type: ``datetime``, ``date``, ``uuid``, ``file``; with the JSON Schema constraints
  of that type (``minLength``, ``maxLength``, ``pattern``, ``minimum``, ``exclusiveMaximum``,
  ``multipleOf``, ``minItems``, ``uniqueItems``, ``minProperties``...);
- an object of a generated model: ``model`` (its class name), ``properties`` by Python name,
  ``required``, ``additional`` (the schema of its ``additional_properties``, when it has them);
- ``type: object`` without ``model``: a plain ``dict``, as a JSON document holds it (a file a
  request refers to, see `check_document()`): ``properties`` by key, ``required``, ``additional``
  (the schema of every other key's value; without it, other keys are not checked);
- ``enum`` (its values) with ``class`` (the generated enum class), or ``const``;
- ``anyOf`` (a union), ``items`` (of an array);
- ``{}``: any JSON value; ``unchecked``: whatever the generated code accepts (a kind of property
  the generator does not describe).

Beyond the spec, what could not be sent is refused too: text that is not valid Unicode (a lone
surrogate), numbers that are not finite, ``bytes`` where text is declared, a plain ``dict`` where a
model is, a path parameter that is empty (it would change the path), a header value with a line
break. Every problem of a call is named in one
[`RequestValidationError`][vrlive_core.errors.RequestValidationError].

Path parameters go into the path through `path_segment()`: percent-encoded, ``/`` included, and
``.`` and ``..`` too, so that each stays one segment of the operation's own path.
"""

from __future__ import annotations

import datetime
import math
import operator
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any, Final, TypeVar, overload
from urllib.parse import quote

from vrlive_core.errors import RequestValidationError
from vrlive_core.types import UNSET, File, Unset

E = TypeVar("E", bound=Enum)

Segment = tuple[str, str | None]
"""A step into a value: the field's name, and the model class holding it (None in a list)."""
Path = tuple[Any, Segment, int]
"""Where a value is: the path of its parent (None for an argument), its own step, and its depth.
Linked, not flat: a check makes one for every field it looks at, and only problems read it."""
Problems = list[tuple[Path, str]]
Check = Callable[[object, Path, Problems], None]

DEEPEST: Final = 100
"""The deepest nesting of lists and dicts checked in a free-form value (a value that holds itself
would otherwise never end)."""
REQUIRED_FIELD: Final = "required (give them, or body=)"


def path_segment(value: object) -> str:
    """``value`` as one segment of a URL path: percent-encoded (``/`` too), and ``.`` and ``..``
    encoded as well, which a URL would otherwise resolve against the rest of the path."""
    text = quote(str(value), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


@overload
def as_member(enum: type[E], value: Unset) -> Unset: ...  # type: ignore[overload-overlap]
@overload
def as_member(enum: type[E], value: None) -> None: ...
@overload
def as_member(enum: type[E], value: object) -> E: ...
def as_member(enum: type[Any], value: object) -> Any:
    """The member of ``enum`` that ``value`` names (``"desc"`` for ``Sort.DESC``), so that an enum
    argument takes its members or their values alike.

    A member, ``UNSET`` and ``None`` are returned as they are, and so is a value ``enum`` does not
    list (``True`` included: it equals 1 but names no member): the operation's check then refuses
    it, naming the values it takes.
    """
    if isinstance(value, Enum | Unset) or value is None or isinstance(value, bool):
        return value
    try:
        return enum(value)
    except (ValueError, TypeError):
        return value


def _into(path: Path, name: str, holder: str | None) -> Path:
    return (path, (name, holder), path[2] + 1)


def _steps(path: Path) -> list[Segment]:
    """The steps from the argument to ``path``."""
    steps = []
    node: Path | None = path
    while node is not None:
        steps.append(node[1])
        node = node[0]
    return steps[::-1]


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _expected(what: str, value: object) -> str:
    return f"expected {what}, got {_kind(value)}"


def _text_problem(text: str) -> str | None:
    """Why ``text`` cannot be sent (encoded as UTF-8), if it cannot."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return f"not valid Unicode text (a lone surrogate at index {error.start})"
    return None


def _characters(count: int) -> str:
    return f"{count} character{'s' if count != 1 else ''}"


def _string(schema: Mapping[str, Any]) -> Check:
    least = schema.get("minLength")
    most = schema.get("maxLength")
    pattern = re.compile(schema["pattern"]) if "pattern" in schema else None

    def check(value: object, path: Path, problems: Problems) -> None:
        if not isinstance(value, str):
            problems.append((path, _expected("a string", value)))
            return
        problem = _text_problem(value)
        if problem is None and least is not None and len(value) < least:
            problem = f"must have at least {_characters(least)} (minLength), has {len(value)}"
        if problem is None and most is not None and len(value) > most:
            problem = f"must have at most {_characters(most)} (maxLength), has {len(value)}"
        if problem is None and pattern is not None and not pattern.search(value):
            problem = f"does not match the pattern {pattern.pattern!r}"
        if problem is not None:
            problems.append((path, problem))

    return check


_BOUNDS: Final[tuple[tuple[str, Callable[[Any, Any], bool], str], ...]] = (
    ("minimum", operator.ge, "at least"),
    ("exclusiveMinimum", operator.gt, "more than"),
    ("maximum", operator.le, "at most"),
    ("exclusiveMaximum", operator.lt, "less than"),
)


def _number(schema: Mapping[str, Any], integer: bool) -> Check:
    bounds = [(schema[key], within, words, key) for key, within, words in _BOUNDS if key in schema]
    step = schema.get("multipleOf")
    kinds: tuple[type, ...] = (int,) if integer else (int, float)
    what = "an integer" if integer else "a number"

    def check(value: object, path: Path, problems: Problems) -> None:
        if isinstance(value, bool) or not isinstance(value, kinds):
            problems.append((path, _expected(what, value)))
            return
        if isinstance(value, float) and not math.isfinite(value):
            problems.append((path, f"not a finite number ({value})"))
            return
        for bound, within, words, key in bounds:
            if not within(value, bound):
                problems.append((path, f"must be {words} {bound} ({key})"))
                return
        if step and value % step:
            problems.append((path, f"must be a multiple of {step} (multipleOf)"))

    return check


def _of_type(kind: type | tuple[type, ...], what: str) -> Check:
    def check(value: object, path: Path, problems: Problems) -> None:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            problems.append((path, _expected(what, value)))

    return check


def _enum(schema: Mapping[str, Any]) -> Check:
    allowed = list(schema["enum"])
    name = schema.get("class")
    choices = ", ".join(repr(choice) for choice in allowed)

    def check(value: object, path: Path, problems: Problems) -> None:
        given = value.value if isinstance(value, Enum) else value
        if name is not None and isinstance(value, Enum) and type(value).__name__ != name:
            problems.append((path, _expected(name, value)))
        elif isinstance(given, bool) or given not in allowed:
            problems.append((path, f"{given!r} is not one of {choices}"))
        elif name is not None and not isinstance(value, Enum):
            problems.append((path, f"expected {name}, got {_kind(value)}: pass {name}({value!r})"))

    return check


def _const(schema: Mapping[str, Any]) -> Check:
    wanted = schema["const"]

    def check(value: object, path: Path, problems: Problems) -> None:
        if value != wanted or isinstance(value, bool) != isinstance(wanted, bool):
            # The value is named, as an enum's is: a constant is a one-member enum, never a secret.
            problems.append((path, f"must be {wanted!r}, not {value!r}"))

    return check


def _items(count: int) -> str:
    return f"{count} item{'s' if count != 1 else ''}"


def _array(schema: Mapping[str, Any]) -> Check:
    items = compile_schema(schema.get("items", {}))
    least, most = schema.get("minItems"), schema.get("maxItems")
    unique = schema.get("uniqueItems", False)

    def check(value: object, path: Path, problems: Problems) -> None:
        if not isinstance(value, list | tuple):
            problems.append((path, _expected("a list", value)))
            return
        if least is not None and len(value) < least:
            problems.append((path, f"must have at least {_items(least)} (minItems), has {len(value)}"))
        if most is not None and len(value) > most:
            problems.append((path, f"must have at most {_items(most)} (maxItems), has {len(value)}"))
        for index, item in enumerate(value):
            items(item, _into(path, f"[{index}]", None), problems)
        if unique and not problems and len({repr(item) for item in value}) < len(value):
            problems.append((path, "must not repeat an item (uniqueItems)"))

    return check


def _model(schema: Mapping[str, Any]) -> Check:
    name = schema["model"]
    properties = {field: compile_schema(shape) for field, shape in schema.get("properties", {}).items()}
    required = frozenset(schema.get("required", ()))
    additional = compile_schema(schema["additional"]) if "additional" in schema else None
    least, most = schema.get("minProperties"), schema.get("maxProperties")
    fields = tuple((field, field_check, field in required) for field, field_check in properties.items())
    models: set[type] = set()  # the classes seen to be this model (its own, or a subclass)

    def check(value: object, path: Path, problems: Problems) -> None:
        if type(value) not in models:
            if not hasattr(value, "to_dict") or all(cls.__name__ != name for cls in type(value).__mro__):
                hint = f" (build one, or {name}.from_dict(...))" if isinstance(value, Mapping) else ""
                problems.append((path, _expected(name, value) + hint))
                return
            models.add(type(value))
        if path[2] > DEEPEST:
            problems.append((path, f"nested deeper than {DEEPEST} levels"))
            return
        count = 0
        for field, field_check, needed in fields:
            item = getattr(value, field, None)
            if item is UNSET or isinstance(item, Unset):
                if needed:
                    problems.append((_into(path, field, name), REQUIRED_FIELD))
                continue
            count += 1
            field_check(item, _into(path, field, name), problems)
        extra = getattr(value, "additional_properties", None)
        if additional is not None and extra and not isinstance(extra, dict):
            problems.append((_into(path, "additional_properties", name), _expected("a dict", extra)))
        elif additional is not None and extra:
            for key, item in extra.items():
                count += 1
                _key(key, _into(path, repr(key), name), problems)
                additional(item, _into(path, str(key), name), problems)
        _count_problems(count, least, most, path, problems)

    return check


def _count_problems(count: int, least: int | None, most: int | None, path: Path, problems: Problems) -> None:
    if least is not None and count < least:
        problems.append((path, f"must have at least {_fields(least)} (minProperties), has {count}"))
    if most is not None and count > most:
        problems.append((path, f"must have at most {_fields(most)} (maxProperties), has {count}"))


def _fields(count: int) -> str:
    return f"{count} field{'s' if count != 1 else ''}"


def _object(schema: Mapping[str, Any]) -> Check:
    """A plain ``dict`` (an object of a JSON document), its keys as ``properties`` names them."""
    properties = {key: compile_schema(shape) for key, shape in schema.get("properties", {}).items()}
    required = frozenset(schema.get("required", ()))
    additional = compile_schema(schema["additional"]) if "additional" in schema else None
    least, most = schema.get("minProperties"), schema.get("maxProperties")

    def check(value: object, path: Path, problems: Problems) -> None:
        if not isinstance(value, Mapping):
            problems.append((path, _expected("an object", value)))
            return
        if path[2] > DEEPEST:
            problems.append((path, f"nested deeper than {DEEPEST} levels"))
            return
        for key, key_check in properties.items():
            if key in value:
                key_check(value[key], _into(path, key, None), problems)
            elif key in required:
                problems.append((_into(path, key, None), "required"))
        for key, item in value.items():
            if key not in properties and additional is not None:
                at = _into(path, f"[{key!r}]", None)
                _key(key, at, problems)
                additional(item, at, problems)
        _count_problems(len(value), least, most, path, problems)

    return check


def _key(key: object, path: Path, problems: Problems) -> None:
    if not isinstance(key, str):
        problems.append((path, f"a key must be a string, not {_kind(key)}"))
    elif (problem := _text_problem(key)) is not None:
        problems.append((path, f"key: {problem}"))


def _json(value: object, path: Path, problems: Problems) -> None:
    """Any JSON value: text that encodes, finite numbers, lists and string-keyed dicts of them."""
    if value is None or isinstance(value, bool | int):
        return
    if isinstance(value, str):
        if (problem := _text_problem(value)) is not None:
            problems.append((path, problem))
    elif isinstance(value, float):
        if not math.isfinite(value):
            problems.append((path, f"not a finite number ({value})"))
    elif path[2] > DEEPEST and isinstance(value, list | tuple | Mapping):
        problems.append((path, f"nested deeper than {DEEPEST} levels"))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _json(item, _into(path, f"[{index}]", None), problems)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _key(key, _into(path, repr(key), None), problems)
            _json(item, _into(path, str(key), None), problems)
    else:
        problems.append((path, _expected("a JSON value (text, number, true/false, None, list, dict)", value)))


def _unchecked(value: object, path: Path, problems: Problems) -> None:
    """A kind of value the generator does not describe: left to the generated code."""


def _any_of(options: Sequence[Check]) -> Check:
    def check(value: object, path: Path, problems: Problems) -> None:
        found: list[Problems] = []
        for option in options:
            mine: Problems = []
            option(value, path, mine)
            if not mine:
                return
            found.append(mine)
        # An option that took the value's type but not the value says most; else the types wanted.
        for mine in found:
            if any(where is not path or not text.startswith("expected ") for where, text in mine):
                problems.extend(mine)
                return
        wanted = [text.removeprefix("expected ").split(", got ")[0] for mine in found for _, text in mine]
        problems.append((path, _expected(" or ".join(dict.fromkeys(wanted)), value)))

    return check


_TYPES: Final[dict[str, Callable[[Mapping[str, Any]], Check]]] = {
    "string": _string,
    "integer": lambda schema: _number(schema, integer=True),
    "number": lambda schema: _number(schema, integer=False),
    "boolean": lambda schema: _of_type(bool, "true or false"),
    "null": lambda schema: _of_type(type(None), "None"),
    "datetime": lambda schema: _of_type(datetime.datetime, "a datetime"),
    "date": lambda schema: _of_type(datetime.date, "a date"),
    "uuid": lambda schema: _of_type(uuid.UUID, "a UUID"),
    "file": lambda schema: _of_type(File, "a File"),
    "array": _array,
    "object": _object,
}


def compile_schema(schema: Mapping[str, Any]) -> Check:
    """The check of one schema (the format in this module's docstring)."""
    if schema.get("unchecked"):
        return _unchecked
    if "anyOf" in schema:
        return _any_of([compile_schema(option) for option in schema["anyOf"]])
    if "enum" in schema:
        return _enum(schema)
    if "const" in schema:
        return _const(schema)
    if "model" in schema:
        return _model(schema)
    make = _TYPES.get(schema.get("type", ""))
    return _json if make is None else make(schema)


_LINE_BREAK: Final = re.compile(r"[\r\n\0]")


class Inputs:
    """The checks of one operation's arguments, compiled from its inputs literal."""

    def __init__(self, operation: str, inputs: Mapping[str, Mapping[str, Any]]) -> None:
        self.operation = operation
        self._arguments = {
            name: (str(spec["in"]), bool(spec.get("required")), compile_schema(spec.get("schema", {})))
            for name, spec in inputs.items()
        }

    def check(self, values: Mapping[str, object]) -> None:
        """Raise one RequestValidationError naming every argument (and field) that cannot be sent."""
        problems: Problems = []
        for name, (place, required, check) in self._arguments.items():
            value = values.get(name)
            path: Path = (None, (name, None), 0)
            if isinstance(value, Unset) or (value is None and place != "body" and not required):
                if required:
                    problems.append((path, "required"))
                continue
            before = len(problems)
            check(value, path, problems)
            if len(problems) > before:
                continue
            if place == "path" and str(value) == "":
                problems.append((path, "empty: a path parameter cannot be empty (the path would change)"))
            elif place == "header" and isinstance(value, str) and _LINE_BREAK.search(value):
                problems.append((path, "holds a line break or NUL, which a header cannot carry"))
        if problems:
            raise invalid(self.operation, problems)


def check_document(schema: Mapping[str, Any], document: object) -> list[tuple[str, str]]:
    """Every way ``document`` (a decoded JSON value) breaks ``schema`` (this module's format),
    as ``(where, problem)``: ``where`` is the path inside it (``scan_list[1].floor``, ``""`` for
    the document itself)."""
    problems: Problems = []
    compile_schema(schema)(document, (None, ("", None), 0), problems)
    return [(_name(_steps(path)[1:]), text) for path, text in problems]


def _name(steps: Sequence[Segment]) -> str:
    """Steps as a field path: ``scan_list[1].floor``."""
    return ".".join(name for name, _ in steps).replace(".[", "[")


def invalid(operation: str, problems: Problems) -> RequestValidationError:
    """One error for every problem, named after the innermost model that holds them all (else the
    operation's request), each field by its path inside it."""
    paths = [_steps(path) for path, _ in problems]
    common = 0
    while all(len(path) > common + 1 and path[common] == paths[0][common] for path in paths):
        common += 1
    holder = next((index for index in range(common, 0, -1) if paths[0][index][1] is not None), None)
    schema = f"{operation} request" if holder is None else str(paths[0][holder][1])
    start = holder or 0
    named = [(_name(steps[start:]), text) for steps, (_, text) in zip(paths, problems, strict=True)]
    return RequestValidationError(schema, [field for field, _ in named], problems=named)


__all__ = ["Inputs", "as_member", "check_document", "compile_schema", "invalid", "path_segment"]
