"""The vendors' contracts, read from the OpenAPI documents, for routing and checking requests.

Each emulated vendor rejects a request that breaks its document the way that vendor does (an
error envelope), so the sandbox checks requests against the same specs the clients are
generated from. Responses are built by hand and held against the specs by the tests.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema
import yaml
from attrs import field, frozen

from vrlive_sandbox.http import BadRequestBody, Request

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
    return yaml.safe_load(spec_path(name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """``node``, following ``$ref`` pointers within ``spec`` until it is not a reference."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


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
    secured: bool
    validator: Any
    spec: Mapping[str, Any] = field(repr=False, factory=dict)
    response_schemas: tuple[Mapping[str, Any], ...] = field(repr=False, default=())

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
            if parameter.schema.get("type") == "integer":
                try:
                    value = int(value)
                except ValueError:
                    problems.append(f"{parameter.location}.{parameter.name}: {value!r} is not an integer")
                    continue
            problems += self._check(parameter.schema, value, f"{parameter.location}.{parameter.name}")
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

    def __init__(self, name: str) -> None:
        self.name = name
        self.spec = load_spec(name)
        resource = referencing.Resource.from_contents(
            json.loads(json.dumps(self.spec)), default_specification=referencing.jsonschema.DRAFT202012
        )
        registry: referencing.Registry[Any] = referencing.Registry().with_resource("urn:spec", resource)

        def validator(schema: Mapping[str, Any]) -> jsonschema.Draft202012Validator:
            rooted = json.loads(json.dumps(schema).replace('"$ref": "#/', '"$ref": "urn:spec#/'))
            return jsonschema.Draft202012Validator(rooted, registry=registry)

        self.operations = {operation.id: operation for operation in self._read(validator)}

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
                responses = (resolve(self.spec, raw) for raw in operation.get("responses", {}).values())
                response_schemas = tuple(
                    content["schema"]
                    for response in responses
                    for content in (response.get("content") or {}).values()
                    if "schema" in content
                )
                yield OperationContract(
                    id=operation["operationId"],
                    method=method.upper(),
                    path=path,
                    parameters=parameters,
                    body_media_type=media_type,
                    body_schema=schema,
                    secured=bool(operation.get("security")),
                    validator=validator,
                    spec=self.spec,
                    response_schemas=response_schemas,
                )
