"""The vendors' contracts, read from the OpenAPI documents: routing, checking requests, answers.

Each emulated vendor rejects a request that breaks its document the way that vendor does (an
error envelope), so the sandbox checks requests against the same specs the clients are
generated from. An operation's declared security says which credentials it checks, and its named
response examples are what the sandbox answers when no stateful handler serves it (see
[`Vendor`][vrlive_sandbox.vendor.Vendor]) or when a fault asks for one.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from attrs import field, frozen

from vrlive_core.openapi import load, parse_pointer, resolve, schema_validator
from vrlive_sandbox.errors import BadRequestBody
from vrlive_sandbox.http import Request

SPEC_NAMES = ("realsee", "qnlive", "ivh")
_METHODS = ("get", "put", "post", "delete", "patch")


def spec_path(name: str) -> Path:
    """The OpenAPI document of a vendor: packaged with the sandbox, or the repository's ``spec/``."""
    packaged = importlib.resources.files("vrlive_sandbox") / "specs" / f"{name}.yaml"
    if packaged.is_file():
        return Path(str(packaged))
    in_repository = Path(__file__).resolve().parents[2] / "spec" / f"{name}.yaml"
    if in_repository.is_file():
        return in_repository
    raise FileNotFoundError(f"the {name} spec is neither packaged with vrlive_sandbox nor at {in_repository}")


def parsed_body(request: Request) -> Any:
    """``request``'s body as JSON or form data, when it is either; None otherwise."""
    if not request.body:
        return None
    try:
        return request.form() if request.media_type == "application/x-www-form-urlencoded" else request.json()
    except BadRequestBody:
        return None


@functools.cache
def load_spec(name: str) -> dict[str, Any]:
    return load(spec_path(name))  # type: ignore[no-any-return]


@frozen
class Envelope:
    """Where a vendor's answers say whether they succeeded: the spec's ``x-envelope`` (``code``, a
    JSON pointer, and its ``success`` values). Without one, every 2xx answer is a success."""

    code: tuple[str, ...] = ()
    success: tuple[Any, ...] = ()

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> Envelope:
        declared = spec.get("x-envelope") or {}
        if "code" not in declared:
            return cls()
        return cls(parse_pointer(str(declared["code"])), tuple(declared.get("success", ())))

    def code_of(self, document: Any) -> Any:
        for key in self.code:
            if not isinstance(document, Mapping) or key not in document:
                return None
            document = document[key]
        return document

    def succeeded(self, status: int, document: Any) -> bool:
        return 200 <= status < 300 and (not self.code or self.code_of(document) in self.success)


@frozen
class _NotText:
    """A path or query value that does not read as its schema's type."""

    text: str
    wanted: str


_FROM_TEXT: dict[str, tuple[Any, str]] = {
    "integer": (int, "an integer"),
    "number": (float, "a number"),
    "boolean": ({"true": True, "false": False}.__getitem__, "true or false"),
}


def _from_text(schema: Mapping[str, Any], text: str) -> Any:
    """A path or query parameter's text as the value its schema types (``"50"``: 50 for an integer,
    50.0 for a number; ``"true"``: True for a boolean); the text itself for any other schema."""
    kind = schema.get("type")
    if not isinstance(kind, str) or kind not in _FROM_TEXT:
        return text
    convert, wanted = _FROM_TEXT[kind]
    try:
        return convert(text)
    except (ValueError, KeyError):
        return _NotText(text, wanted)


@frozen
class ResponseExample:
    """A named example of one of an operation's responses."""

    status: int
    name: str
    value: Any = field(repr=False)
    success: bool


@frozen
class Parameter:
    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@frozen
class OperationContract:
    """What one operation accepts."""

    id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_media_type: str | None
    body_schema: Mapping[str, Any] | None
    security: tuple[frozenset[str], ...]
    """The security requirements, any one of which admits a request: each the set of scheme
    names it needs together (an empty one admits anyone; no requirement at all, likewise)."""
    validator: Any
    spec: Mapping[str, Any] = field(repr=False, factory=dict)
    response_schemas: tuple[Mapping[str, Any], ...] = field(repr=False, default=())
    success_schemas: tuple[tuple[int, Mapping[str, Any] | None], ...] = field(repr=False, default=())
    """Each 2xx response's status and JSON schema (None when it has no JSON content), in order."""
    examples: tuple[ResponseExample, ...] = field(repr=False, default=())
    envelope: Envelope = field(repr=False, factory=Envelope)
    manifest_schema: Mapping[str, Any] | None = field(repr=False, default=None)
    """The schema of the file the request refers to (the spec's ``x-package-manifest``), if any."""

    def success_example(self) -> ResponseExample | None:
        """The example a successful call answers: the success example named ``success``, else the
        first success example; None when the operation declares none."""
        successes = [example for example in self.examples if example.success]
        named = [example for example in successes if example.name == "success"]
        return next(iter(named or successes), None)

    def example(self, name: str) -> ResponseExample | None:
        """The response example called ``name`` (``STATUS/NAME`` when two responses use the name)."""
        matches = [
            example for example in self.examples if name in (example.name, f"{example.status}/{example.name}")
        ]
        return matches[0] if len(matches) == 1 else None

    @property
    def example_names(self) -> frozenset[str]:
        """The names a fault can ask for: every example's ``STATUS/NAME``, and its ``NAME`` when
        no other response of the operation uses it."""
        names = [example.name for example in self.examples]
        return frozenset(
            [f"{example.status}/{example.name}" for example in self.examples]
            + [name for name in names if names.count(name) == 1]
        )

    def problems(self, request: Request) -> list[str]:
        """What is wrong with ``request`` for this operation (empty when nothing is)."""
        problems: list[str] = []
        query = request.query
        for parameter in self.parameters:
            if parameter.location == "path":
                value: Any = request.path_params.get(parameter.name)
            elif parameter.location == "query":
                value = query.get(parameter.name)
            else:
                continue
            if value is None:
                if parameter.required:
                    problems.append(f"{parameter.location}.{parameter.name}: required")
                continue
            where = f"{parameter.location}.{parameter.name}"
            value = _from_text(resolve(self.spec, parameter.schema), value)
            if isinstance(value, _NotText):
                problems.append(f"{where}: {value.text!r} is not {value.wanted}")
                continue
            problems += self._check(parameter.schema, value, where)
        if self.body_schema is not None:
            problems += self._body_problems(request)
        return problems

    def violations(self, request: Request) -> list[str]:
        """Everything in ``request`` that breaks the spec, strictly: `problems()`, and fields
        of the body the spec does not declare (vendors ignore those; a contract test should not)."""
        problems = self.problems(request)
        body = self.body(request)
        if self.body_schema is not None and body is not None:
            problems += [f"body{where}: unknown field" for where in self._unknown(self.body_schema, body, "")]
        return problems

    def manifest_problems(self, document: Any) -> list[str]:
        """Where and how ``document`` breaks `manifest_schema` (``scan_list[0].id: 5 is not of type
        'string'``); none when it fits, or when the operation declares no such file."""
        if self.manifest_schema is None:
            return []
        problems = []
        errors = self.validator(self.manifest_schema).iter_errors(document)
        for error in sorted(errors, key=lambda error: list(error.absolute_path)):
            where = error.json_path.removeprefix("$").removeprefix(".")  # scan_list[0].id, floor_map['0']
            problems.append(f"{where}: {error.message}" if where else error.message)
        return problems

    def body(self, request: Request) -> Any:
        """The request's body as JSON or form data, when it is either; None otherwise."""
        return parsed_body(request)

    def secret_fields(self) -> frozenset[str]:
        """Names of the body's fields (at any depth) that the spec marks ``format: password``."""
        found: set[str] = set()
        if self.body_schema is not None:
            self._secrets(self.body_schema, found, set())
        return frozenset(found)

    def issued_secret_fields(self) -> frozenset[str]:
        """Names of the responses' fields (at any depth) that the spec marks ``format: password``:
        the secrets this operation hands out (tokens, tickets, upload keys)."""
        found: set[str] = set()
        for schema in self.response_schemas:
            self._secrets(schema, found, set())
        return frozenset(found)

    def _secrets(self, schema: Any, found: set[str], seen: set[int]) -> None:
        schema = resolve(self.spec, schema)
        if not isinstance(schema, Mapping) or id(schema) in seen:
            return
        seen.add(id(schema))
        for name, child in (schema.get("properties") or {}).items():
            if resolve(self.spec, child).get("format") == "password":
                found.add(name)
            self._secrets(child, found, seen)
        for key in ("items", "additionalProperties"):
            if isinstance(schema.get(key), Mapping):
                self._secrets(schema[key], found, seen)
        for part in (*schema.get("allOf", []), *schema.get("anyOf", []), *schema.get("oneOf", [])):
            self._secrets(part, found, seen)

    def _unknown(self, schema: Any, value: Any, where: str) -> list[str]:
        """Paths of object keys in ``value`` that ``schema`` neither declares nor allows."""
        schema = resolve(self.spec, schema)
        if not isinstance(schema, Mapping):
            return []
        if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
            return [
                path
                for index, item in enumerate(value)
                for path in self._unknown(schema["items"], item, f"{where}[{index}]")
            ]
        if not isinstance(value, Mapping):
            return []
        declared: dict[str, Any] = {}
        open_ended = "additionalProperties" in schema or "patternProperties" in schema
        for part in (schema, *(resolve(self.spec, p) for p in schema.get("allOf", []))):
            declared.update(part.get("properties") or {})
            open_ended = open_ended or "additionalProperties" in part
        unknown = (
            [] if open_ended or not declared else [f"{where}.{key}" for key in value if key not in declared]
        )
        for key, child in declared.items():
            if key in value:
                unknown += self._unknown(child, value[key], f"{where}.{key}")
        return unknown

    def _body_problems(self, request: Request) -> list[str]:
        assert self.body_media_type is not None
        wanted = self.body_media_type.split(";")[0].strip()
        if request.media_type != wanted:
            return [f"body: Content-Type must be {wanted}, not {request.media_type or 'missing'}"]
        try:
            body = request.form() if wanted == "application/x-www-form-urlencoded" else request.json()
        except BadRequestBody as error:
            return [f"body: {error}"]
        assert self.body_schema is not None
        return self._check(self.body_schema, body, "body")

    def _check(self, schema: Mapping[str, Any], value: Any, where: str) -> list[str]:
        errors = sorted(
            self.validator(schema).iter_errors(value), key=lambda error: list(error.absolute_path)
        )
        return [
            ".".join([where, *(str(part) for part in error.absolute_path)]) + f": {error.message}"
            for error in errors
        ]


class Contract:
    """The operations of one vendor's document."""

    def __init__(self, name: str, spec: Mapping[str, Any] | None = None) -> None:
        """The contract of ``spec``, else of the vendor's document (`spec_path`)."""
        self.name = name
        self.spec = load_spec(name) if spec is None else spec
        self.envelope = Envelope.of(self.spec)
        self.operations = {operation.id: operation for operation in self._read(schema_validator(self.spec))}

    def _read(self, validator: Any) -> Iterator[OperationContract]:
        for path, item in self.spec["paths"].items():
            for method in _METHODS:
                if method not in item:
                    continue
                operation = item[method]
                parameters = tuple(
                    Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema", {}))
                    for p in (
                        resolve(self.spec, raw)
                        for raw in [*item.get("parameters", []), *operation.get("parameters", [])]
                    )
                )
                media_type, schema = None, None
                if "requestBody" in operation:
                    ((media_type, content),) = resolve(self.spec, operation["requestBody"])["content"].items()
                    schema = content["schema"]
                responses = {
                    str(status): resolve(self.spec, raw)
                    for status, raw in operation.get("responses", {}).items()
                }
                response_schemas = tuple(
                    content["schema"]
                    for response in responses.values()
                    for content in (response.get("content") or {}).values()
                    if "schema" in content
                )
                requirements = operation.get("security", self.spec.get("security", []))
                yield OperationContract(
                    id=operation["operationId"],
                    method=method.upper(),
                    path=path,
                    parameters=parameters,
                    body_media_type=media_type,
                    body_schema=schema,
                    security=tuple(frozenset(requirement) for requirement in requirements),
                    validator=validator,
                    spec=self.spec,
                    response_schemas=response_schemas,
                    success_schemas=tuple(
                        (int(status), _json_content(response).get("schema"))
                        for status, response in responses.items()
                        if status.isdigit() and 200 <= int(status) < 300
                    ),
                    examples=tuple(self._examples(responses)),
                    envelope=self.envelope,
                    manifest_schema=operation.get("x-package-manifest"),
                )

    def _examples(self, responses: Mapping[str, Any]) -> Iterator[ResponseExample]:
        for status, response in responses.items():
            if not status.isdigit():
                continue
            for name, example in (_json_content(response).get("examples") or {}).items():
                value = resolve(self.spec, example).get("value")
                yield ResponseExample(int(status), name, value, self.envelope.succeeded(int(status), value))


def _json_content(response: Mapping[str, Any]) -> Mapping[str, Any]:
    """The JSON media type object of a response (``application/json`` or another ``+json``)."""
    content = response.get("content") or {}
    for media_type, media in content.items():
        kind = media_type.split(";")[0].strip().lower()
        if kind == "application/json" or kind.endswith("+json"):
            return media  # type: ignore[no-any-return]
    return {}
