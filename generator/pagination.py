"""``x-pagination`` (operation): a list operation's paging, and the iterator it gives its resource.

An operation that answers one page of a list declares how it pages::

    x-pagination:
      iterator: iter_vrs   # the resource method walking every page (a Python identifier)
      page: page           # the query parameter holding the page number
      size: page_size      # the query parameter holding the page size (optional; passed on as given)
      items: /list         # JSON pointer into the operation's data: the page's items (an array)
      total: /total        # JSON pointer into the data: how many items there are in all (a number)
      first: 1             # the first page's number (optional, 1)

The data is what the operation returns: the envelope's data where the document declares an
``x-envelope``, else the body of its 2xx answer. The operation's resource gains the iterator,
sync and async (``for vr in realsee.entity.iter_vrs(): ...``, ``async for ...``), taking the
operation's arguments but the page, and yielding the items, typed, page after page from ``first``
until the total is reached (``vrlive_core.pages`` says when else it stops).

This module checks the declaration against the document (for the preflight and before
generation: every key, that the parameters exist and the pointers lead to an array and a number),
works out what the resource template writes (:func:`pager`, from openapi-python-client's models),
and compares two versions of a spec (for ``generator diff``: an iterator added, removed, renamed).
"""

from __future__ import annotations

import keyword
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from attrs import frozen
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode

from generator.extensions import SpecProblem, data_choice, data_property, read_envelope, success_schema, unknown_keys
from generator.responses import Reading
from generator.specfile import HTTP_METHODS, Pointer, operation_name, suggestion
from vrlive_core.openapi import UnresolvableReference, parse_pointer, resolve

if TYPE_CHECKING:
    from generator.diff import _Comparison
    from generator.resources import Argument

PAGINATION_KEYS: Final = frozenset({"iterator", "page", "size", "items", "total", "first"})
REQUIRED_KEYS: Final = ("iterator", "page", "items", "total")
TAKEN_NAMES: Final = frozenset({"with_raw_response"})
"""Names of a resource class's own members, which no iterator may take."""
PAGES_IMPORTS: Final = frozenset(
    {
        "from collections.abc import AsyncIterator, Iterator",
        "from vrlive_core.pages import walk_pages as _walk_pages, walk_pages_async as _walk_pages_async",
    }
)
"""What a resource module with iterators imports (under private names: no argument shadows them)."""


@frozen
class PaginationSpec:
    """One operation's ``x-pagination``, checked."""

    iterator: str
    page: str
    """The name of the page's query parameter, as the spec writes it."""
    size: str | None
    items: tuple[str, ...]
    """The pointer to the items, as its keys (``("list",)`` for ``/list``)."""
    total: tuple[str, ...]
    first: int


def _keys(pointer: object) -> tuple[str, ...] | None:
    """The keys of a JSON pointer into the data (``/page/list``); None when it is not one."""
    if not isinstance(pointer, str) or not pointer.startswith("/") or pointer == "/":
        return None
    return parse_pointer(pointer)


def _types(schema: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    return {kind} if isinstance(kind, str) else {str(each) for each in kind} if isinstance(kind, list) else set()


def _parameters(spec: Mapping[str, Any], item: Mapping[str, Any], operation: Mapping[str, Any]) -> dict[str, Any]:
    """The operation's query parameters (its own and its path's), resolved, by name."""
    found = {}
    for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = resolve(spec, raw) if isinstance(raw, Mapping) else {}
        if parameter.get("in") == "query" and isinstance(parameter.get("name"), str):
            found[parameter["name"]] = parameter
    return found


class _Reader:
    """Reads the ``x-pagination`` of every operation of one document."""

    def __init__(self, spec: Mapping[str, Any], problems: list[SpecProblem], prefix: str) -> None:
        self.spec, self.problems, self.prefix = spec, problems, prefix
        self.envelope = read_envelope(spec, [])  # its own problems are the envelope's to report
        self.names: dict[str, set[str]] = {}
        """The names taken in each tag's resource: its operations' methods, then its iterators."""
        for _path, _method, _item, operation in self._operations():
            self.names.setdefault(self._tag(operation), set()).add(self._name(_path, _method, operation))

    def _operations(self) -> list[tuple[str, str, Mapping[str, Any], Mapping[str, Any]]]:
        found = []
        for path, item in (self.spec.get("paths") or {}).items():
            for method in HTTP_METHODS:
                operation = item.get(method) if isinstance(item, Mapping) else None
                if isinstance(operation, Mapping):
                    found.append((str(path), method, item, operation))
        return found

    @staticmethod
    def _tag(operation: Mapping[str, Any]) -> str:
        tags = operation.get("tags")
        return str(tags[0]) if isinstance(tags, list) and tags else "default"

    def _name(self, path: str, method: str, operation: Mapping[str, Any]) -> str:
        return operation_name(path, method, operation, self.prefix)

    def problem(self, pointer: Pointer, message: str) -> None:
        self.problems.append(SpecProblem(pointer, message))

    def read(self) -> dict[str, PaginationSpec]:
        found = {}
        for path, method, item, operation in self._operations():
            if "x-pagination" not in operation:
                continue
            pointer: Pointer = ("paths", path, method, "x-pagination")
            before = len(self.problems)
            try:
                spec = self._one(operation["x-pagination"], item, operation, pointer)
            except UnresolvableReference as error:  # the preflight reports every dangling $ref
                self.problem(pointer, f"x-pagination cannot be checked: {error}")
                continue
            if spec is not None and len(self.problems) == before:
                found[self._name(path, method, operation)] = spec
        return found

    def _one(
        self, raw: object, item: Mapping[str, Any], operation: Mapping[str, Any], pointer: Pointer
    ) -> PaginationSpec | None:
        if not isinstance(raw, Mapping):
            self.problem(pointer, "x-pagination must be a mapping: iterator, page, items, total (and size, first)")
            return None
        self.problems.extend(unknown_keys(raw, PAGINATION_KEYS, "x-pagination", pointer))
        missing = [key for key in REQUIRED_KEYS if key not in raw]
        if missing:
            self.problem(pointer, f"x-pagination lacks {', '.join(missing)}")
            return None
        if operation.get("requestBody") is not None:
            self.problem(
                pointer,
                "x-pagination on an operation with a request body: its iterator passes on parameters only "
                "(page and size are query parameters)",
            )
        iterator = self._iterator(raw["iterator"], operation, (*pointer, "iterator"))
        parameters = _parameters(self.spec, item, operation)
        self._parameter(raw["page"], parameters, "page", (*pointer, "page"), integer=True)
        if raw.get("size") is not None:
            self._parameter(raw["size"], parameters, "size", (*pointer, "size"), integer=False)
        first = raw.get("first", 1)
        if not isinstance(first, int) or isinstance(first, bool):
            self.problem((*pointer, "first"), f"x-pagination.first must be an integer (the first page), got {first!r}")
        data = self._data(operation, pointer)
        items = self._pointer(raw["items"], data, "items", "array", (*pointer, "items"))
        total = self._pointer(raw["total"], data, "total", "number", (*pointer, "total"))
        if iterator is None or items is None or total is None or not isinstance(first, int):
            return None
        return PaginationSpec(iterator, str(raw["page"]), raw.get("size"), items, total, first)

    def _iterator(self, name: object, operation: Mapping[str, Any], pointer: Pointer) -> str | None:
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
            self.problem(
                pointer, f"x-pagination.iterator must be a public Python name such as iter_items, got {name!r}"
            )
            return None
        tag = self._tag(operation)
        taken = self.names.setdefault(tag, set())
        if name in taken or name in TAKEN_NAMES:
            self.problem(
                pointer,
                f"x-pagination.iterator {name!r} is already a member of the {tag!r} resource: give the iterator "
                "a name of its own",
            )
            return None
        taken.add(name)
        return name

    def _parameter(
        self, name: object, parameters: Mapping[str, Any], key: str, pointer: Pointer, *, integer: bool
    ) -> None:
        if not isinstance(name, str) or name not in parameters:
            names = sorted(parameters)
            self.problem(
                pointer,
                f"x-pagination.{key} {name!r} is not a query parameter of the operation"
                + (suggestion(str(name), names) or (f"; it has {', '.join(names)}" if names else "; it has none")),
            )
            return
        schema = parameters[name].get("schema")
        kinds = _types(resolve(self.spec, schema)) if isinstance(schema, Mapping) else set()
        if integer and kinds and "integer" not in kinds:
            self.problem(pointer, f"x-pagination.{key} {name!r} must be an integer parameter, not {sorted(kinds)}")

    def _data(self, operation: Mapping[str, Any], pointer: Pointer) -> Mapping[str, Any] | None:
        """The schema of what the operation returns (the envelope's data, else its 2xx body)."""
        schema = success_schema(self.spec, operation)
        if schema is not None and self.envelope is not None:
            data, _required = data_property(self.spec, schema, self.envelope.data_key)
            schema = data
        if schema is None:
            self.problem(pointer, "x-pagination on an operation that returns no JSON data to find the items in")
            return None
        return data_choice(self.spec, schema)

    def _pointer(
        self, pointer: object, data: Mapping[str, Any] | None, key: str, kind: str, place: Pointer
    ) -> tuple[str, ...] | None:
        keys = _keys(pointer)
        if keys is None:
            self.problem(
                place, f"x-pagination.{key} must be a JSON pointer into the data such as '/list', got {pointer!r}"
            )
            return None
        if data is None:
            return None
        schema: Mapping[str, Any] = data
        for depth, part in enumerate(keys):
            found, _required = data_property(self.spec, schema, part)
            if found is None:
                properties = resolve(self.spec, schema).get("properties") or {}
                whose = "the data" if depth == 0 else "/" + "/".join(keys[:depth])
                self.problem(
                    place,
                    f"x-pagination.{key} {pointer}: {whose} has no property {part!r}"
                    + suggestion(part, [str(name) for name in properties]),
                )
                return None
            schema = data_choice(self.spec, found)
        kinds = _types(schema)
        wanted = {"array"} if kind == "array" else {"integer", "number"}
        if not kinds & wanted:
            self.problem(
                place,
                f"x-pagination.{key} {pointer} must lead to {'an array' if kind == 'array' else 'a number'}, "
                f"not {sorted(kinds) or 'an untyped value'}",
            )
            return None
        return keys


def read_pagination(
    spec: Mapping[str, Any], problems: list[SpecProblem], prefix: str = "field_"
) -> dict[str, PaginationSpec]:
    """The ``x-pagination`` of each operation that declares one, by operation name (as
    openapi-python-client names it, ``prefix`` its ``field_prefix``); problems go to ``problems``."""
    return _Reader(spec, problems, prefix).read()


# What the resource template writes.


class PaginationError(ValueError):
    """The generated models cannot hold what ``x-pagination`` points to; the message says why."""


@frozen
class Pager:
    """An iterator of a resource class, as ``templates/pagination.py.jinja`` renders it."""

    name: str
    page: str
    """The Python name of the page's argument of the operation's method."""
    arguments: tuple[Argument, ...]
    """The method's keyword arguments but the page, which the iterator takes and passes on."""
    item_type: str
    items: tuple[str, ...]
    """The attributes leading from the data to the items (Python names)."""
    total: tuple[str, ...]
    first: int


def _code(value: object) -> str:
    return value.as_unembedded_code() if isinstance(value, PythonCode) else str(value)


def _json_name(prop: Property) -> str:
    name = prop.name
    return name.get_untrusted_value() if isinstance(name, UntrustedString) else str(name)


def _data_root(reading: Reading) -> Property | None:
    if reading.envelope:
        return reading.data_model or reading.data_property
    bodies = [body for body in reading.successes if body.kind == "json"]
    return bodies[0].prop if len(bodies) == 1 else None


def _walk(root: Property | None, keys: tuple[str, ...], what: str) -> tuple[list[str], Property]:
    """The Python attribute names along ``keys`` from ``root``, and the property at the end."""
    names, prop = [], root
    for key in keys:
        if not isinstance(prop, ModelProperty):
            raise PaginationError(f"x-pagination.{what}: the data has no model holding {key!r}")
        members = [*(prop.required_properties or []), *(prop.optional_properties or [])]
        found = next((member for member in members if _json_name(member) == key), None)
        if found is None:
            raise PaginationError(f"x-pagination.{what}: {prop.class_info.name} has no property {key!r}")
        names.append(str(found.python_name))
        prop = found
    assert prop is not None  # keys is never empty
    return names, prop


def pager(
    endpoint: Endpoint, pagination: PaginationSpec, reading: Reading, arguments: Sequence[Argument]
) -> tuple[Pager, set[str]]:
    """The iterator of ``endpoint``'s resource, and what its module imports for it. ``arguments``:
    the method's keyword arguments (the page's among them)."""
    root = _data_root(reading)
    items, listed = _walk(root, pagination.items, "items")
    total, _ = _walk(root, pagination.total, "total")
    if not isinstance(listed, ListProperty):
        raise PaginationError(f"x-pagination.items: {'/'.join(pagination.items)} is not generated as a list")
    page = next((str(p.python_name) for p in endpoint.query_parameters if _json_name(p) == pagination.page), None)
    if page is None:
        raise PaginationError(f"x-pagination.page: {pagination.page!r} is not a query parameter")
    inner = listed.inner_property
    imports = {str(line) for line in inner.get_imports(prefix="..")} | {
        str(line) for line in inner.get_lazy_imports(prefix="..")
    }
    found = Pager(
        name=pagination.iterator,
        page=page,
        arguments=tuple(argument for argument in arguments if argument.field != page),
        item_type=_code(inner.get_type_string(no_optional=True)),
        items=tuple(items),
        total=tuple(total),
        first=pagination.first,
    )
    return found, imports | PAGES_IMPORTS


# What changed for users.


def compare_pagination(comparison: _Comparison, operation: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    """Add to ``comparison`` what changed in an operation's iterator (``old``/``new``: the operation
    in each version, empty when it is not there): added, removed, renamed, or walking otherwise."""
    before, after = old.get("x-pagination"), new.get("x-pagination")
    was = before.get("iterator") if isinstance(before, Mapping) else None
    now = after.get("iterator") if isinstance(after, Mapping) else None
    if was is None and now is None:
        return
    if now is None:
        comparison.add(True, f"iterator `{was}` removed", operation)
    elif was is None:
        comparison.add(False, f"iterator `{now}` added", operation)
    elif was != now:
        comparison.add(True, f"iterator `{was}` renamed `{now}`", operation)
    elif isinstance(before, Mapping) and isinstance(after, Mapping):
        changed = sorted(key for key in PAGINATION_KEYS - {"iterator"} if before.get(key) != after.get(key))
        if changed:
            comparison.add(False, f"iterator `{now}` pages differently ({', '.join(changed)} changed)", operation)


__all__ = [
    "PAGINATION_KEYS",
    "Pager",
    "PaginationError",
    "PaginationSpec",
    "compare_pagination",
    "pager",
    "read_pagination",
]
