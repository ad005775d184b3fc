"""Reading an OpenAPI document: loading it, where each of its nodes is written, its ``$ref``
pointers followed, and its schemas checked.

The one reader of specs in the project: the generator (its preflight reports each problem at its
``FILE:LINE:COL``), ``python -m generator sources``, the sandbox's contract guard and the tests
all read documents through it, so that a reference means the same thing everywhere.

A reference is a URI whose fragment is a JSON pointer (RFC 6901): ``#/paths/~1rooms~1{id}/get``.
The fragment is percent-decoded first (RFC 6901 §6: ``%7B`` is ``{``, ``%25`` is ``%``), then
split at ``/``; in each segment ``~1`` is ``/`` and ``~0`` is ``~``, in that order (``~01`` is
``~1``). A segment into a list is its index. Only references within the document (``#...``)
are followed.

Nothing here is needed to call an API: PyYAML, jsonschema and referencing are imported by the
functions that load and check documents, which only the generator, the sandbox (its extra
brings them) and the tests call.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import unquote

from attrs import frozen

from vrlive_core.errors import DocumentSyntaxError, UnresolvableReference

if TYPE_CHECKING:
    import jsonschema
    import yaml

Pointer = tuple[str | int, ...]
"""A path into a document: mapping keys and list indexes, from the root."""
Places = Mapping[Pointer, tuple[int, int]]
"""Where each node of a document is written: (line, column), both from 1."""

SCHEMAS: Final = ("components", "schemas")
_MOST_HOPS: Final = 64
"""The longest chain of references followed (a reference to a reference...)."""


def unescape(segment: str) -> str:
    """A pointer segment as the key it names: ``~1`` is ``/``, then ``~0`` is ``~``."""
    return segment.replace("~1", "/").replace("~0", "~")


def escape(segment: str | int) -> str:
    """A key as a pointer segment: ``~`` as ``~0``, then ``/`` as ``~1``."""
    return str(segment).replace("~", "~0").replace("/", "~1")


def parse_pointer(text: str) -> tuple[str, ...]:
    """The segments of a JSON pointer: ``/a~1b/c`` is ``("a/b", "c")``, ``""`` (the whole
    document) is ``()``; ValueError when ``text`` is neither empty nor starts with ``/``."""
    if not text:
        return ()
    if not text.startswith("/"):
        raise ValueError(f"{text!r} is not a JSON pointer: it must be empty or start with '/'")
    return tuple(unescape(segment) for segment in text[1:].split("/"))


def pointer_text(pointer: Pointer) -> str:
    """A path as the reference that names it, for messages (``#/components/schemas/PanoScan``)."""
    return "#/" + "/".join(escape(part) for part in pointer)


def reference_segments(ref: object) -> tuple[str, ...]:
    """The decoded segments of a reference within the document; UnresolvableReference for any
    other (not a string, another document's, a fragment that is not a JSON pointer)."""
    if not isinstance(ref, str) or not ref.startswith("#"):
        raise UnresolvableReference(ref)
    try:
        return parse_pointer(unquote(ref[1:]))
    except ValueError:
        raise UnresolvableReference(ref) from None


def schema_name(ref: object) -> str | None:
    """The name of the components schema ``ref`` points to (``#/components/schemas/Pet``: ``Pet``);
    None when it points anywhere else."""
    try:
        segments = reference_segments(ref)
    except UnresolvableReference:
        return None
    return segments[2] if len(segments) == 3 and segments[:2] == SCHEMAS else None


def _child(node: object, segment: str | int) -> tuple[bool, Any]:
    """(True, the child) of ``node`` named by ``segment``; (False, None) when there is none."""
    if isinstance(node, Mapping):
        return (True, node[segment]) if segment in node else (False, None)
    if isinstance(node, Sequence) and not isinstance(node, str):
        index = segment if isinstance(segment, int) else _index(segment)
        return (True, node[index]) if index is not None and 0 <= index < len(node) else (False, None)
    return False, None


def _index(segment: str) -> int | None:
    """A list index as RFC 6901 writes it: ``0``, or digits without a leading zero."""
    plain = segment.isascii() and segment.isdigit() and (segment == "0" or not segment.startswith("0"))
    return int(segment) if plain else None


def lookup(document: object, ref: object) -> Any:
    """The node ``ref`` points to in ``document``, itself maybe another reference (one step of
    `resolve()`); UnresolvableReference when it points to nothing."""
    segments = reference_segments(ref)
    node = document
    for depth, segment in enumerate(segments):
        found, child = _child(node, segment)
        if not found:
            raise UnresolvableReference(ref, segments, depth, node)
        node = child
    return node


def _resolve(document: object, node: object) -> tuple[Any, str | None]:
    name = None
    seen: list[object] = []
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or len(seen) >= _MOST_HOPS:
            raise UnresolvableReference(ref)  # a loop: it never reaches a value
        seen.append(ref)
        node = lookup(document, ref)
        name = schema_name(ref) or name
    return node, name


_RAISE: Final[Any] = object()


def resolve(document: object, node: object, default: Any = _RAISE) -> Any:
    """``node``, its ``$ref`` followed within ``document`` until it is not a reference.

    Raises:
        UnresolvableReference: A reference on the way cannot be followed (unless ``default`` is
            given: then that is returned instead).
    """
    try:
        return _resolve(document, node)[0]
    except UnresolvableReference:
        if default is _RAISE:
            raise
        return default


def resolve_named(document: object, node: object, default: Any = _RAISE) -> tuple[Any, str | None]:
    """`resolve()`, and the last components schema name on the way (None when none was named);
    ``(default, None)`` when a reference cannot be followed and ``default`` is given."""
    try:
        return _resolve(document, node)
    except UnresolvableReference:
        if default is _RAISE:
            raise
        return default, None


# Loading.


@frozen
class MarkedDocument:
    """A document and where each of its nodes is written (see :func:`read`)."""

    document: Any
    places: Places


def place_of(places: Places, pointer: Pointer) -> tuple[int, int] | None:
    """(line, column) of ``pointer``, else of its nearest written ancestor."""
    for length in range(len(pointer), -1, -1):
        found = places.get(pointer[:length])
        if found is not None:
            return found
    return None


def loads(text: str) -> Any:
    """A YAML (or JSON) document; `DocumentSyntaxError` when ``text`` is neither."""
    import yaml  # noqa: PLC0415 - loading is for the generator, the sandbox and tests, not for calls

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise _syntax_error(error) from None


def load(path: str | Path) -> Any:
    """The YAML (or JSON) document in the file at ``path`` (UTF-8); `DocumentSyntaxError` when
    it is neither, OSError or UnicodeDecodeError when it cannot be read."""
    return loads(Path(path).read_text(encoding="utf-8"))


def read(text: str, *, as_json: bool = False) -> MarkedDocument:
    """A YAML document (JSON, with ``as_json``), with the place of every node: a mapping entry's
    place is its key's, a list item's its own. Raise `DocumentSyntaxError` where it is neither.

    PyYAML's composer keeps the start mark of every node; reading the text once through it gives
    both the document and the places.
    """
    import yaml  # noqa: PLC0415 - as in loads()

    if as_json:  # JSON is YAML, but JSON's own reader says better where JSON breaks
        try:
            json.loads(text)
        except json.JSONDecodeError as error:
            raise DocumentSyntaxError(f"not valid JSON: {error.msg}", error.lineno, error.colno) from None
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        document = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        raise _syntax_error(error) from None
    finally:
        loader.dispose()
    places: dict[Pointer, tuple[int, int]] = {}

    def record(node: yaml.Node, pointer: Pointer) -> None:
        places.setdefault(pointer, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    child = (*pointer, _key(key))
                    places[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
                    record(value, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                record(item, (*pointer, index))

    if node is not None:
        record(node, ())
    return MarkedDocument(document, places)


def _syntax_error(error: yaml.YAMLError) -> DocumentSyntaxError:
    import yaml  # noqa: PLC0415 - as in loads()

    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        problem = " ".join(part for part in (error.context, error.problem) if part)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        opened = error.context_mark
        if opened is not None and error.problem_mark is not None and opened.line != error.problem_mark.line:
            # Where the parser noticed is often a line after the mistake, which is where it began.
            problem += f" (it began at line {opened.line + 1}, column {opened.column + 1})"
        return DocumentSyntaxError(f"not valid YAML: {problem}", line, column)
    return DocumentSyntaxError(f"not valid YAML: {error}")


def _key(node: yaml.ScalarNode) -> str | int:
    """A mapping key as the constructed document has it (response codes written bare are ints)."""
    if node.tag == "tag:yaml.org,2002:int":
        try:
            return int(node.value)
        except ValueError:
            return str(node.value)
    return str(node.value)


# Checking values against the document's schemas.


def schema_validator(document: Any) -> Callable[[Mapping[str, Any]], jsonschema.Draft202012Validator]:
    """For a schema of ``document`` (its ``$ref`` within the document), a JSON Schema 2020-12
    validator that follows them there (as OpenAPI 3.1 reads schemas)."""
    import jsonschema  # noqa: PLC0415 - as in loads()
    import referencing  # noqa: PLC0415
    import referencing.jsonschema  # noqa: PLC0415

    resource = referencing.Resource.from_contents(
        json.loads(json.dumps(document)), default_specification=referencing.jsonschema.DRAFT202012
    )
    registry: referencing.Registry[Any] = referencing.Registry().with_resource("urn:spec", resource)

    def validator(schema: Mapping[str, Any]) -> jsonschema.Draft202012Validator:
        rooted = json.loads(json.dumps(schema).replace('"$ref": "#', '"$ref": "urn:spec#'))
        return jsonschema.Draft202012Validator(rooted, registry=registry)

    return validator


__all__ = [
    "DocumentSyntaxError",
    "MarkedDocument",
    "Places",
    "Pointer",
    "UnresolvableReference",
    "escape",
    "load",
    "loads",
    "lookup",
    "parse_pointer",
    "place_of",
    "pointer_text",
    "read",
    "reference_segments",
    "resolve",
    "resolve_named",
    "schema_name",
    "schema_validator",
    "unescape",
]
