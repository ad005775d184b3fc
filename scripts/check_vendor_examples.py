"""Each example request of ``spec/realsee.yaml``, checked by Prism against Realsee's own OpenAPI document.

Realsee publishes OpenAPI documents of its Open API (a root ``openapi.yaml`` or ``openapi-en.yaml``
whose paths partly refer to files under ``api/`` or ``api-en/``). They are loose, and Prism refuses
or misreads some of what they say as they are, so this script first makes a tolerant copy of one in
a temporary folder (never in the repository):

- the path items of ``api/`` files are inlined, with the references into each file's own components;
- entries of ``required`` that are not property names (the English document writes ``true`` for
  ``y``) are dropped;
- integer response codes become strings; the types ``enums`` and ``bool`` become ``string`` and
  ``boolean``; the misspelt keyword ``decoration`` becomes ``description``; keywords with no value
  are dropped; an ``items`` that lists properties without ``properties`` gets it; answers declared as
  ``*/*`` are read as ``application/json`` (Prism cannot write an object as text).

Every change is printed. Then it runs ``prism mock`` on the copy on a free loopback port, sends every
operation of the spec whose method and path the vendor's document has, with the spec's parameter
examples and each of its named request body examples, and prints what Prism says of each request.

    python scripts/check_vendor_examples.py ../shared/vendor/realsee-openapi [--document openapi-en.yaml]

Exit status: 0 when Prism accepts every request, 1 when it refuses some, 2 when the document cannot
be read or Prism does not start.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from vrlive_core.openapi import DocumentSyntaxError, UnresolvableReference, load, lookup, resolve

ROOT = Path(__file__).resolve().parents[1]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
METHODS = ("get", "put", "post", "delete", "patch")
TOKEN = "check-vendor-examples-token"  # noqa: S105 - a placeholder, not a credential
"""Sent as the Authorization header: Prism checks that the header is there, not its value."""
STRUCTURE_KEYWORDS = frozenset(
    {"type", "properties", "items", "additionalProperties", "allOf", "anyOf", "oneOf", "not", "$ref"}
)
"""Keywords that give a schema its shape; an ``items`` whose keys are none of them, and whose values
are all mappings, lists an object's properties without saying ``properties``."""
TYPO_TYPES = {"enums": "string", "bool": "boolean"}


class VendorDocumentError(Exception):
    """The vendor's document cannot be read."""


@dataclass
class Tolerances:
    """What the tolerant copy changed, one line per change, in document order."""

    lines: list[str] = field(default_factory=list)

    def note(self, where: str, what: str) -> None:
        self.lines.append(f"{where}: {what}")


def load_yaml(path: Path) -> Any:
    try:
        return load(path)
    except (OSError, UnicodeDecodeError, DocumentSyntaxError) as error:
        raise VendorDocumentError(f"{path}: {error}") from error


def _pointer(document: Any, ref: str, where: str) -> Any:
    try:
        return lookup(document, ref)
    except UnresolvableReference:
        raise VendorDocumentError(f"{where}: $ref {ref!r} points to nothing") from None


def inline_local_refs(node: Any, document: Any, where: str, depth: int = 0) -> Any:
    """``node`` with every ``#/...`` reference into ``document`` replaced by (a copy of) its target;
    keys beside a ``$ref`` are kept over the target's."""
    if depth > 64:
        raise VendorDocumentError(f"{where}: references nest more than 64 deep")
    if isinstance(node, list):
        return [inline_local_refs(item, document, where, depth) for item in node]
    if not isinstance(node, Mapping):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target = inline_local_refs(copy.deepcopy(_pointer(document, ref, where)), document, where, depth + 1)
        siblings = {
            key: inline_local_refs(value, document, where, depth)
            for key, value in node.items()
            if key != "$ref"
        }
        return {**target, **siblings} if isinstance(target, Mapping) else target
    return {key: inline_local_refs(value, document, where, depth) for key, value in node.items()}


def bundle(root_path: Path) -> dict[str, Any]:
    """The root document with each path item that refers to a file replaced by that file's content."""
    root = load_yaml(root_path)
    if not isinstance(root, dict) or not isinstance(root.get("paths"), dict):
        raise VendorDocumentError(f"{root_path}: not an OpenAPI document with paths")
    for path, item in root["paths"].items():
        ref = item.get("$ref") if isinstance(item, Mapping) else None
        if isinstance(ref, str) and not ref.startswith("#"):
            file = (root_path.parent / ref).resolve()
            where = f"{file.relative_to(root_path.parent.resolve())}"
            content = load_yaml(file)
            operations = {
                key: value for key, value in content.items() if key in METHODS or key == "parameters"
            }
            root["paths"][path] = inline_local_refs(operations, content, where)
    root["paths"] = inline_local_refs(root["paths"], root, root_path.name)
    return root


def tolerate(node: Any, where: str, notes: Tolerances, *, responses: bool = False) -> Any:
    """``node`` made acceptable to Prism, each change noted with where it was made."""
    if isinstance(node, list):
        return [tolerate(item, f"{where}[{index}]", notes) for index, item in enumerate(node)]
    if not isinstance(node, Mapping):
        return node
    result: dict[str, Any] = {}
    for key, original in node.items():
        place, value = f"{where}/{key}", original
        if responses and not isinstance(key, str):
            notes.note(place, f"response code {key!r} written as the string {str(key)!r}")
        name = str(key)
        if value is None and name not in ("default", "example", "enum"):
            notes.note(place, "keyword without a value dropped")
            continue
        if name == "decoration" and "description" not in node:
            notes.note(place, "misspelt `decoration` read as `description`")
            name = "description"
        if name == "*/*" and isinstance(value, Mapping) and "application/json" not in node:
            notes.note(place, "media type `*/*` read as application/json (the answer is the JSON envelope)")
            name = "application/json"
        if (
            name == "required"
            and isinstance(value, list)
            and not all(isinstance(entry, str) for entry in value)
        ):
            notes.note(place, f"entries that are not property names dropped from {value!r}")
            value = [entry for entry in value if isinstance(entry, str)]
        if name == "type" and isinstance(value, str) and value in TYPO_TYPES:
            notes.note(place, f"type {value!r} read as {TYPO_TYPES[value]!r}")
            value = TYPO_TYPES[value]
        if (
            name == "items"
            and isinstance(value, Mapping)
            and value
            and not STRUCTURE_KEYWORDS & set(map(str, value))
            and all(isinstance(inner, Mapping) for inner in value.values())
        ):
            notes.note(
                place, f"properties {sorted(map(str, value))} written under items without `properties`"
            )
            value = {"type": "object", "properties": dict(value)}
        result[name] = tolerate(value, place, notes, responses=name == "responses")
    return result


@dataclass(frozen=True)
class ExampleRequest:
    operation_id: str
    method: str
    path: str
    example: str
    """The body example's name, or ``-`` for an operation without a body."""
    query: dict[str, str]
    content_type: str | None = None
    body: Any = None


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    try:
        return resolve(spec, node)
    except UnresolvableReference as error:
        raise VendorDocumentError(f"spec: {error}") from None


def _query_text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


def example_requests(spec: Mapping[str, Any]) -> Iterator[ExampleRequest]:
    """Every example request of ``spec``: its parameters' examples, with each named body example."""
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            query = {}
            for parameter in [
                _resolve(spec, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
            ]:
                if parameter.get("in") == "query" and "example" in parameter:
                    query[parameter["name"]] = _query_text(parameter["example"])
            body = _resolve(spec, operation.get("requestBody"))
            if not body:
                yield ExampleRequest(operation["operationId"], method, path, "-", query)
                continue
            for content_type, media in body.get("content", {}).items():
                for name, example in media.get("examples", {}).items():
                    value = _resolve(spec, example)["value"]
                    yield ExampleRequest(
                        operation["operationId"], method, path, name, query, content_type, value
                    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def prism_mock(document: Path, port: int, timeout: float = 90.0) -> Iterator[str]:
    """``prism mock`` of ``document`` on ``127.0.0.1:port``; yields its base URL, stops it after."""
    log = document.with_suffix(".prism.log")
    with log.open("w", encoding="utf-8") as output:
        process = subprocess.Popen(
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(document)],
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise VendorDocumentError(
                    f"prism exited with {process.returncode}:\n{log.read_text(encoding='utf-8')}"
                )
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if time.monotonic() > deadline:
                raise VendorDocumentError(
                    f"prism did not listen within {timeout:.0f} s:\n{log.read_text(encoding='utf-8')}"
                )
            time.sleep(0.3)
        yield base_url
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


@dataclass(frozen=True)
class Verdict:
    request: ExampleRequest
    status: int
    violations: list[str]

    @property
    def accepted(self) -> bool:
        return 200 <= self.status < 300 and not self.violations


def _request_violations(response: httpx.Response) -> list[str]:
    """The request violations Prism lists (``sl-violations`` header, or a problem+json body)."""
    found: list[Any] = []
    with contextlib.suppress(ValueError):
        found += json.loads(response.headers.get("sl-violations", "[]"))
    if response.headers.get("content-type", "").startswith("application/problem+json"):
        with contextlib.suppress(ValueError, AttributeError):
            found += response.json().get("validation", [])
    problem = response.headers.get("content-type", "").startswith("application/problem+json")
    texts = []
    for violation in found:
        location = [str(step) for step in violation.get("location", [])]
        if location[:1] == ["request"]:
            location = location[1:]
        elif not problem or location[:1] == ["response"]:
            continue  # the header also lists what is wrong with the mocked response
        texts.append(f"{'.'.join(location)}: {violation.get('message')}")
    if not 200 <= response.status_code < 300 and not texts:
        texts.append(response.text[:300])
    return texts


def send(client: httpx.Client, request: ExampleRequest) -> Verdict:
    headers = {"Authorization": TOKEN}
    content: bytes | None = None
    if request.content_type is not None:
        headers["Content-Type"] = request.content_type
        if "form" in request.content_type:
            content = str(httpx.QueryParams({k: _query_text(v) for k, v in request.body.items()})).encode()
        else:
            content = json.dumps(request.body, ensure_ascii=False).encode()
    response = client.request(
        request.method.upper(), request.path, params=request.query, headers=headers, content=content
    )
    return Verdict(request, response.status_code, _request_violations(response))


def vendor_routes(document: Mapping[str, Any]) -> set[tuple[str, str]]:
    return {
        (method, path) for path, item in document["paths"].items() for method in METHODS if method in item
    }


def check(vendor_dir: Path, document_name: str, spec_path: Path) -> int:
    notes = Tolerances()
    try:
        document = tolerate(bundle(vendor_dir / document_name), document_name, notes)
    except VendorDocumentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    spec = load(spec_path)
    routes = vendor_routes(document)
    requests = list(example_requests(spec))
    checked = [request for request in requests if (request.method, request.path) in routes]
    skipped = sorted(
        {f"{r.method.upper()} {r.path} ({r.operation_id})" for r in requests if r not in checked}
    )
    print(f"tolerant copy of {vendor_dir / document_name}: {len(notes.lines)} changes")
    for line in notes.lines:
        print(f"  {line}")
    print(f"not in the vendor's document (not checked): {', '.join(skipped) or 'none'}")
    with tempfile.TemporaryDirectory(prefix="vendor-openapi-") as folder:
        copy_path = Path(folder) / "openapi.json"
        copy_path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        try:
            with (
                prism_mock(copy_path, free_port()) as base_url,
                httpx.Client(base_url=base_url, timeout=30) as client,
            ):
                verdicts = [send(client, request) for request in checked]
        except VendorDocumentError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    for verdict in verdicts:
        request = verdict.request
        label = "accepted" if verdict.accepted else "REFUSED "
        route = f"{request.method.upper()} {request.path}"
        print(f"{label} {verdict.status} {route} {request.operation_id} [{request.example}]")
        for violation in verdict.violations:
            print(f"    {violation}")
    accepted = sum(verdict.accepted for verdict in verdicts)
    operations = len({verdict.request.operation_id for verdict in verdicts})
    print(
        f"prism mock {document_name}: {accepted} of {len(verdicts)} example requests accepted "
        f"({operations} operations of {spec_path.name} that the document has)"
    )
    return 0 if accepted == len(verdicts) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "vendor_dir", type=Path, help="the folder of Realsee's documents (openapi.yaml, api/...)"
    )
    parser.add_argument(
        "--document",
        action="append",
        help="root document(s) in that folder (default: openapi.yaml and openapi-en.yaml)",
    )
    parser.add_argument(
        "--spec", type=Path, default=ROOT / "spec" / "realsee.yaml", help="the spec whose examples to send"
    )
    arguments = parser.parse_args(argv)
    documents = arguments.document or [
        name for name in ("openapi.yaml", "openapi-en.yaml") if (arguments.vendor_dir / name).is_file()
    ]
    if not documents:
        print(f"error: {arguments.vendor_dir}: no openapi.yaml or openapi-en.yaml", file=sys.stderr)
        return 2
    return max(check(arguments.vendor_dir, name, arguments.spec) for name in documents)


if __name__ == "__main__":
    sys.exit(main())
