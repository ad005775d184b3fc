"""A spec file read with the place of every node, so that problems can be reported as ``FILE:LINE:COL``.

PyYAML's composer keeps the start mark of every node; reading the file once through it gives both
the document and, for every JSON-pointer-like path into it, the line and column where it is
written. A path's place is its key for a mapping entry and the item itself in a list.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import yaml
from attrs import frozen
from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier

from generator.findings import Finding, Severity

Pointer = tuple[str | int, ...]
"""A path into the document: mapping keys and list indexes, from the root."""

HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecSyntaxError(Exception):
    """The file is not YAML; ``finding`` says where it stops being."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(str(finding))
        self.finding = finding


@frozen
class OperationRef:
    """Where one operation sits in a document."""

    path: str
    method: str
    pointer: Pointer
    data: Mapping[str, Any]

    @property
    def id(self) -> str | None:
        operation_id = self.data.get("operationId")
        return operation_id if isinstance(operation_id, str) else None

    @property
    def name(self) -> str:
        """Its operationId, else the name openapi-python-client makes (see :func:`operation_name`)."""
        return operation_name(self.path, self.method, self.data)

    def __str__(self) -> str:
        return f"{self.id or self.name} ({self.method.upper()} {self.path})"


@frozen
class SpecFile:
    """A spec document and where each of its nodes is written.

    Attributes:
        shown: How findings name the file (``spec/realsee.yaml``).
        document: The parsed document.
    """

    shown: str
    document: Any
    places: Mapping[Pointer, tuple[int, int]]

    def place(self, pointer: Pointer) -> tuple[int, int] | None:
        """(line, column) of ``pointer``, else of its nearest written ancestor; 1-based."""
        for length in range(len(pointer), -1, -1):
            found = self.places.get(pointer[:length])
            if found is not None:
                return found
        return None

    def finding(self, pointer: Pointer, message: str, severity: Severity = "error") -> Finding:
        line, column = self.place(pointer) or (None, None)
        return Finding(self.shown, line, column, message, severity)

    def get(self, pointer: Pointer) -> Any:
        """The node at ``pointer``; KeyError, IndexError or TypeError when there is none."""
        node = self.document
        for part in pointer:
            node = node[part]
        return node

    def operations(self) -> Iterator[OperationRef]:
        """Every operation of the document, in file order."""
        paths = self.document.get("paths") if isinstance(self.document, Mapping) else None
        for path, item in (paths or {}).items():
            if not isinstance(item, Mapping):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping):
                    yield OperationRef(str(path), method, ("paths", path, method), operation)

    def describe(self, pointer: Pointer) -> str:
        """Whose part ``pointer`` is, for messages: an operation, a component, or the document."""
        if len(pointer) >= 3 and pointer[0] == "paths" and pointer[2] in HTTP_METHODS:
            for operation in self.operations():
                if operation.pointer == pointer[:3]:
                    return f"operation {operation}"
        if len(pointer) >= 3 and pointer[0] == "components":
            kind = {"schemas": "schema", "parameters": "parameter", "responses": "response"}.get(
                str(pointer[1]), str(pointer[1])
            )
            return f"{kind} {pointer[2]}"
        if len(pointer) >= 2 and pointer[0] == "paths":
            return f"path {pointer[1]}"
        return "the document"


def operation_name(path: str, method: str, operation: Mapping[str, Any], prefix: str = "field_") -> str:
    """The name an operation's module and method get, as openapi-python-client makes it: its
    operationId as a Python identifier, else one made from its method and path
    (``get_pets_pet_id``). ``prefix`` starts a name that cannot start an identifier (its
    ``field_prefix``)."""
    operation_id = operation.get("operationId")
    if isinstance(operation_id, str):
        return str(PythonIdentifier(operation_id, prefix=prefix))
    return str(generate_operation_id(path=UntrustedString(path), method=method, prefix=prefix))


def read_spec_file(path: Path, shown: str) -> SpecFile:
    """Parse ``path`` (YAML or JSON); raise :class:`SpecSyntaxError` (with its place) when it is neither."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecSyntaxError(Finding(shown, None, None, f"cannot be read: {error}")) from None
    if path.suffix.lower() == ".json":
        try:
            json.loads(text)
        except json.JSONDecodeError as error:
            raise SpecSyntaxError(Finding(shown, error.lineno, error.colno, f"not valid JSON: {error.msg}")) from None
    loader = yaml.SafeLoader(text)  # JSON is YAML: the same reader finds the places of both
    try:
        node = loader.get_single_node()
        document = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        raise SpecSyntaxError(_yaml_problem(error, shown)) from None
    finally:
        loader.dispose()
    places: dict[Pointer, tuple[int, int]] = {}
    if node is not None:
        _record(node, (), places)
    return SpecFile(shown, document, places)


def _yaml_problem(error: yaml.YAMLError, shown: str) -> Finding:
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        problem = " ".join(part for part in (error.context, error.problem) if part)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        opened = error.context_mark
        if opened is not None and error.problem_mark is not None and opened.line != error.problem_mark.line:
            # Where the parser noticed is often a line after the mistake, which is where it began.
            problem += f" (it began at line {opened.line + 1}, column {opened.column + 1})"
        return Finding(shown, line, column, f"not valid YAML: {problem}")
    return Finding(shown, None, None, f"not valid YAML: {error}")


def _record(node: yaml.Node, pointer: Pointer, places: dict[Pointer, tuple[int, int]]) -> None:
    places.setdefault(pointer, (node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                child = (*pointer, _key(key))
                places[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
                _record(value, child, places)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record(item, (*pointer, index), places)


def _key(node: yaml.ScalarNode) -> str | int:
    """A mapping key as the constructed document has it (response codes written bare are ints)."""
    if node.tag == "tag:yaml.org,2002:int":
        try:
            return int(node.value)
        except ValueError:
            return str(node.value)
    return str(node.value)


def suggestion(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices``, or nothing."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def pointer_text(pointer: Pointer) -> str:
    """A path as a JSON pointer (``#/components/schemas/PanoTaskStatus``)."""
    parts = (str(part).replace("~", "~0").replace("/", "~1") for part in pointer)
    return "#/" + "/".join(parts)


__all__ = [
    "HTTP_METHODS",
    "OperationRef",
    "Pointer",
    "SpecFile",
    "SpecSyntaxError",
    "operation_name",
    "pointer_text",
    "read_spec_file",
    "suggestion",
]
