"""What openapi-python-client leaves out of a document, or why it refuses one, as findings at their place.

openapi-python-client reads a document, leaves out each schema, parameter or operation it cannot
render and says so in a warning (``Unable to parse schema /components/schemas/Pet``, ``WARNING
parsing GET /pets within pets``); when it cannot read the document at all it stops with an error.
Its warnings become findings (``FILE:LINE:COL: warning: ...``) at the schema or operation they
concern, named by its place in the document; its refusals become error findings. The preflight
reports them before anything is generated, and ``render`` after generating (what it left out).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError, ParseError
from openapi_python_client.schema import OpenAPI, Reference
from pydantic import ValidationError

from generator.extensions import operation_name
from generator.findings import Finding
from generator.specfile import Pointer, SpecFile, pointer_text

_ENDPOINT = re.compile(r"parsing (?P<method>[A-Z]+) (?P<path>\S+) within")
_COMPONENT = re.compile(r"/components/(?P<kind>schemas|parameters)/(?P<name>[^\s/'\":]+)")
_KINDS = {"schemas": "schema", "parameters": "parameter"}


def omissions(spec: SpecFile, parsed: GeneratorData) -> list[Finding]:
    """A warning for each thing openapi-python-client left out of (or changed in) ``parsed``."""
    generated = {
        (endpoint.method.lower(), str(endpoint.name))
        for collection in parsed.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    problems: list[ParseError] = [
        *parsed.errors,
        *(error for collection in parsed.endpoint_collections_by_tag.values() for error in collection.parse_errors),
    ]
    return [_warning(spec, problem, generated) for problem in problems]


def _warning(spec: SpecFile, problem: ParseError, generated: set[tuple[str, str]]) -> Finding:
    header, detail = _flat(problem.header or ""), _flat(problem.detail or "")
    found = _ENDPOINT.search(header)
    if found:
        method, path = found["method"].lower(), found["path"]
        pointer: Pointer = ("paths", path, method)
        operation = spec.describe(pointer)
        left_out = not any(m == method and _is_operation(spec, path, method, n) for m, n in generated)
        if left_out:
            return spec.finding(pointer, f"openapi-python-client leaves out {operation}: {detail}", "warning")
        return spec.finding(pointer, f"openapi-python-client, reading {operation}: {detail}", "warning")
    component = _COMPONENT.search(header) or _COMPONENT.search(detail)
    if component is not None:
        kind, name = component["kind"], component["name"]
        pointer = ("components", kind, name)
        text = detail or header
        return spec.finding(
            pointer,
            f"openapi-python-client leaves out {_KINDS[kind]} {name} ({pointer_text(pointer)}): {text}",
            "warning",
        )
    pointer = _referring(spec, problem.data)
    place = f"{spec.describe(pointer)} ({pointer_text(pointer)})" if pointer else "a part of the document"
    what = " ".join(part for part in (header.rstrip(": "), detail) if part) or "a problem it does not name"
    return spec.finding(pointer, f"openapi-python-client leaves out {place}: {what}", "warning")


def _is_operation(spec: SpecFile, path: str, method: str, name: str) -> bool:
    """Whether the operation at ``path`` and ``method`` is the generated endpoint called ``name``."""
    paths = spec.document.get("paths") if isinstance(spec.document, Mapping) else None
    item = paths.get(path) if isinstance(paths, Mapping) else None
    operation = item.get(method) if isinstance(item, Mapping) else None
    return isinstance(operation, Mapping) and operation_name(path, method, operation) == name


def _referring(spec: SpecFile, data: object) -> Pointer:
    """The component schema a problem's data is (a bare reference, as in a circular one), if found."""
    if not isinstance(data, Reference):
        return ()
    ref = data.ref.get_untrusted_value() if hasattr(data.ref, "get_untrusted_value") else str(data.ref)
    components = spec.document.get("components") if isinstance(spec.document, Mapping) else None
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    for name, node in (schemas if isinstance(schemas, Mapping) else {}).items():
        if isinstance(node, Mapping) and node.get("$ref") == ref:
            return ("components", "schemas", name)
    return ()


_OBJECT = re.compile(r" ?<[\w.]+ object at 0x[0-9a-f]+>")


def _flat(text: str) -> str:
    """One line, without the object reprs openapi-python-client's messages may hold (they name
    nothing the reader can find, and would change on every run)."""
    text = _OBJECT.sub("", text).replace("Unable to parse this part of your OpenAPI document: :", "")
    return " ".join(text.split())


def refusal(spec: SpecFile, error: GeneratorError, document: Mapping[str, Any]) -> list[Finding]:
    """Why openapi-python-client cannot read the document at all, as error findings at their nodes."""
    findings = _model_errors(spec, document)
    if findings:
        return findings
    detail = _flat(error.detail or "")
    return [spec.finding((), f"openapi-python-client cannot read the document: {error.header}: {detail}")]


def _model_errors(spec: SpecFile, document: Mapping[str, Any]) -> list[Finding]:
    """openapi-python-client's document model errors (pydantic's), at the nodes they concern."""
    try:
        OpenAPI.model_validate(document)
    except ValidationError as error:
        findings = []
        for item in error.errors():
            pointer = _document_path(document, item["loc"])
            missing = [str(part) for part in item["loc"][len(pointer) :] if isinstance(part, (str, int))]
            what = f"{pointer_text(pointer)} ({'/'.join(missing)})" if item["type"] == "missing" and missing else ""
            findings.append(
                spec.finding(
                    pointer, f"openapi-python-client cannot read {what or pointer_text(pointer)}: {item['msg']}"
                )
            )
        return findings
    return []


def _document_path(document: object, loc: Iterable[int | str]) -> Pointer:
    """The part of a pydantic error location that exists in the document (it adds model names)."""
    pointer: list[str | int] = []
    node = document
    for part in loc:
        if isinstance(node, Mapping) and part in node:
            node = node[part]
            pointer.append(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
            pointer.append(part)
    return tuple(pointer)


__all__ = ["omissions", "refusal"]
