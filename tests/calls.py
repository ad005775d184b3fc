"""Calling any generated operation from its spec examples, through its client or its resource
method (on a fake facade that records the security scheme asked for), for tests."""

from __future__ import annotations

import importlib
import json
import types
import typing
from collections.abc import Iterator, Mapping
from enum import Enum
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import attrs
import httpx
from openapi_python_client.strings import PythonIdentifier, pascal_case

from generator.preflight import NO_EXAMPLE, example_of
from tests.specs import PACKAGES, Operation, resolve
from vrlive_core.openapi import parse_pointer
from vrlive_core.types import Unset


def module_of(operation: Operation) -> ModuleType:
    """The generated module of an operation (``realsee_client.api.pano.get_pano_task_status``)."""
    tag = operation.data["tags"][0]
    return importlib.import_module(f"{PACKAGES[operation.spec_name]}.api.{tag}.{operation.id}")


def client_class(operation: Operation) -> Any:
    package = importlib.import_module(PACKAGES[operation.spec_name])
    return package.AuthenticatedClient if operation.data.get("security") else package.Client


class DummyQuerySignature(httpx.Auth):
    """IVH-shaped credentials (appkey, timestamp, signature in the query) with placeholder values.

    Enough for mocks that only check the parameters are there; the sandbox checks real signatures.
    """

    def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
        request.url = request.url.copy_merge_params({"appkey": "a", "timestamp": "1", "signature": "s"})
        yield request


def make_client(operation: Operation, base_url: str, **options: Any) -> Any:
    """A generated client for the operation, with placeholder credentials when it needs any."""
    cls = client_class(operation)
    if operation.data.get("security"):
        if operation.spec_name == "ivh":
            options.setdefault("auth", DummyQuerySignature())
        else:
            options.setdefault("token", "test-token")
    return cls(base_url=base_url, **options)


def request_example(operation: Operation, name: str | None = None) -> Any:
    """A request body example of the operation (the first one unless named)."""
    body = operation.request_body()
    if body is None:
        return None
    examples = body[1]["examples"]
    return resolve(operation.spec, examples[name] if name else next(iter(examples.values())))["value"]


def parameter_examples(operation: Operation) -> list[tuple[Mapping[str, Any], Any]]:
    """Each parameter of the operation that gives an example, with it: the example request. An
    optional parameter without one is left out of it; a required one without one is an error."""
    found = []
    for parameter in operation.parameters():
        example = example_of(parameter, operation.spec)
        if example is not NO_EXAMPLE:
            found.append((parameter, example))
        elif parameter.get("required"):
            raise AssertionError(
                f"{operation}: required {parameter['in']} parameter {parameter['name']!r} has no example "
                "to call it with; add `example:` to it (python -m generator preflight says so too)"
            )
    return found


def python_name(parameter: Mapping[str, Any]) -> str:
    """The name of a parameter's argument in the generated functions and methods."""
    return str(PythonIdentifier(parameter["name"], prefix="field_"))


def call_arguments(operation: Operation, body: Any = None) -> dict[str, Any]:
    """Keyword arguments for the operation's functions, from its parameter and body examples (an
    enum parameter gets its example's value, which the functions take as they take its member)."""
    module = module_of(operation)
    arguments = {python_name(parameter): example for parameter, example in parameter_examples(operation)}
    if operation.request_body() is not None:
        body_type = typing.get_type_hints(module.sync)["body"]
        value = request_example(operation) if body is None else body
        arguments["body"] = body_type.from_dict(value)
    return arguments


def as_json(value: Any) -> Any:
    """A parsed result as the JSON it was read from: a model by its ``to_dict()``, a list item by
    item, an enum member by its value, anything else (a number, a string, None) as it is."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, Enum):
        return value.value
    return value


def conforms(value: Any, hint: Any) -> bool:
    """Whether ``value`` is of the type ``hint`` names (a class, ``list[X]``, ``dict[K, V]``, a union,
    a literal, ``None``, ``Any``), as an operation's return annotation names what it returns."""
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    checks: dict[Any, Any] = {
        typing.Union: lambda: any(conforms(value, option) for option in arguments),
        types.UnionType: lambda: any(conforms(value, option) for option in arguments),
        typing.Literal: lambda: value in arguments,
        list: lambda: isinstance(value, list) and all(conforms(item, arguments[0]) for item in value),
        dict: lambda: (
            isinstance(value, dict)
            and all(
                conforms(key, arguments[0]) and conforms(item, arguments[1]) for key, item in value.items()
            )
        ),
    }
    if hint is Any:
        return True
    if hint is None or hint is type(None):
        return value is None
    if origin in checks:
        return bool(checks[origin]())
    if not isinstance(hint, type):
        raise AssertionError(f"conforms() does not know the type {hint!r}: teach it")
    return isinstance(value, hint) and not (hint is int and isinstance(value, bool))


def envelope_value(operation: Operation, document: Any, field: str) -> Any:
    """A field of a decoded envelope (``code``, ``message``, ``data``...), by the spec's pointer."""
    pointer = operation.spec["x-envelope"].get(field)
    if pointer is None:
        return None
    value = document
    for key in parse_pointer(pointer):
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
    return value


def is_success(operation: Operation, status: int, document: Any) -> bool:
    return (
        200 <= status < 300
        and envelope_value(operation, document, "code") in operation.spec["x-envelope"]["success"]
    )


def check_request(operation: Operation, request: httpx.Request) -> None:
    """Assert ``request`` is the operation's example request (method, path, query, body, credentials)."""
    assert request.method == operation.method.upper()
    expected_path = operation.path
    for parameter, example in parameter_examples(operation):
        if parameter["in"] == "path":
            expected_path = expected_path.replace("{" + parameter["name"] + "}", str(example))
        elif parameter["in"] == "query":
            assert request.url.params[parameter["name"]] == str(example)
    assert request.url.path == expected_path
    body = operation.request_body()
    if body is None:
        assert request.content == b""
        return
    media_type, _ = body
    assert request.headers["content-type"] == media_type
    sent = dict(parse_qsl(request.content.decode())) if "form" in media_type else json.loads(request.content)
    assert sent == request_example(operation)
    if operation.spec_name == "ivh":
        assert {"appkey", "timestamp", "signature"} <= set(request.url.params)
    elif operation.data.get("security"):
        assert request.headers.get("authorization") == "test-token"


class Facade:
    """Hands every resource one client, and records which security scheme each call asked for."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.schemes: list[str | None] = []

    def client_for(self, scheme: str) -> Any:
        self.schemes.append(scheme)
        return self.client

    def public_client(self) -> Any:
        self.schemes.append(None)
        return self.client


def resource_class(operation: Operation, *, asynchronous: bool = False) -> Any:
    tag = operation.data["tags"][0]
    module = importlib.import_module(
        f"{PACKAGES[operation.spec_name]}.resources.{PythonIdentifier(tag, prefix='')}"
    )
    return getattr(module, ("Async" if asynchronous else "") + pascal_case(tag))


def fields_of(operation: Operation) -> dict[str, Any]:
    """The method's keyword arguments that make the operation's example request: its parameters'
    examples, and the body's fields, or the body prebuilt (``body=``) when its fields cannot say
    it all (a free-form object, properties the schema does not name, a body that is no object)."""
    arguments = {python_name(parameter): example for parameter, example in parameter_examples(operation)}
    example = request_example(operation)
    if example is None:
        return arguments
    prebuilt = body_model(operation).from_dict(example)
    body = prebuilt
    envelope = operation.spec.get("x-request-envelope")
    if envelope is not None:
        body = getattr(body, PythonIdentifier(envelope["data"].strip("/"), prefix="field_"))
    fields = {
        field.name: getattr(body, field.name)
        for field in attrs.fields(type(body))
        if field.init and not isinstance(getattr(body, field.name), Unset)
    }
    if getattr(body, "additional_properties", None) or (not fields and example):
        return {**arguments, "body": prebuilt}
    return {**arguments, **fields}


def body_model(operation: Operation) -> Any:
    """The generated class of the operation's request body."""
    return typing.get_type_hints(module_of(operation).sync)["body"]
