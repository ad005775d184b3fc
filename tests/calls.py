"""Calling any generated operation from its spec examples, for tests."""

from __future__ import annotations

import importlib
import json
import typing
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import httpx

from generator.preflight import NO_EXAMPLE, example_of
from tests.specs import PACKAGES, Operation, resolve
from vrlive_core.openapi import parse_pointer


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


def call_arguments(operation: Operation, body: Any = None) -> dict[str, Any]:
    """Keyword arguments for the operation's functions, from its parameter and body examples."""
    module = module_of(operation)
    arguments: dict[str, Any] = {}
    for parameter in operation.parameters():
        example = example_of(parameter, operation.spec)
        if example is not NO_EXAMPLE:
            arguments[parameter["name"]] = example
        elif parameter.get("required"):
            raise AssertionError(
                f"{operation}: required {parameter['in']} parameter {parameter['name']!r} has no example "
                "to call it with; add `example:` to it (python -m generator preflight says so too)"
            )
    if operation.request_body() is not None:
        body_type = typing.get_type_hints(module.sync)["body"]
        value = request_example(operation) if body is None else body
        arguments["body"] = body_type.from_dict(value)
    return arguments


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
    for parameter in operation.parameters():
        example = example_of(parameter, operation.spec)
        if parameter["in"] == "path":
            expected_path = expected_path.replace("{" + parameter["name"] + "}", str(example))
        elif parameter["in"] == "query" and example is not NO_EXAMPLE:
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
