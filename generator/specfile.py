"""A spec file read with the place of every node, so that problems can be reported as ``FILE:LINE:COL``.

The document and its places come from the project's one spec reader (`vrlive_core.openapi.read`):
for every path into the document, the line and column where it is written (its key for a mapping
entry, the item itself in a list).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

from attrs import frozen
from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier

from generator.findings import Finding, Severity
from vrlive_core.openapi import DocumentSyntaxError, Pointer, place_of, pointer_text, read

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
        return place_of(self.places, pointer)

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
    try:
        marked = read(text, as_json=path.suffix.lower() == ".json")
    except DocumentSyntaxError as error:
        raise SpecSyntaxError(Finding(shown, error.line, error.column, error.message)) from None
    return SpecFile(shown, marked.document, marked.places)


def suggestion(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices``, or nothing."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


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
