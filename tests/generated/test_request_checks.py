"""Every argument is checked against its spec before anything is sent, and what cannot be sent is
refused as one RequestValidationError naming each field: text that does not encode, numbers that
are not finite, bytes for text, plain values for models, wrong types, values outside the spec's
lengths, enums and ranges. A path parameter never changes its path.

Driven by the specs and the generated resource methods: every operation is tried, against a mock
transport that records what would have been sent.
"""

from __future__ import annotations

import math
import typing
from collections.abc import Iterator
from enum import Enum
from typing import Any
from urllib.parse import unquote

import attrs
import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

from tests.calls import Facade, fields_of, make_client, resource_class
from tests.specs import Operation, operations, resolve
from vrlive_core.errors import RequestValidationError

OPERATIONS = operations()


def _example_answer(operation: Operation) -> tuple[int, Any]:
    status, _name, value = next(operation.response_examples())
    return status, value


class Sent:
    """A resource of the operation's tag on a mock transport, and every request it sent."""

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        self.requests: list[httpx.Request] = []
        status, value = _example_answer(operation)

        def handler(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return httpx.Response(status, json=value)

        client = make_client(
            operation, "https://api.test", httpx_args={"transport": httpx.MockTransport(handler)}
        )
        self.method = getattr(resource_class(operation)(Facade(client)), operation.id)

    def refused(self, leaving_out: tuple[str, ...] = (), **changes: Any) -> RequestValidationError:
        """The error of a call with the example's arguments but ``changes`` (and without those it
        leaves out); nothing was sent."""
        leaving_out += tuple(other for name in changes for other in exclusive(self.operation, name))
        given = {name: value for name, value in fields_of(self.operation).items() if name not in leaving_out}
        with pytest.raises(RequestValidationError) as caught:
            self.method(**{**given, **changes})
        assert self.requests == [], f"{self.operation} sent {self.requests}"
        return caught.value


def exclusive(operation: Operation, argument: str) -> list[str]:
    """The fields that ``argument`` excludes: the others of its body's ``x-exactly-one-of``."""
    body = operation.request_body()
    if body is None:
        return []
    group = resolve(operation.spec, body[1]["schema"]).get("x-exactly-one-of", [])
    names = [str(PythonIdentifier(name, prefix="field_")) for name in group]
    return [name for name in names if argument in names and name != argument]


def arguments(operation: Operation) -> dict[str, Any]:
    """The resource method's keyword arguments (but ``body``), with their annotations."""
    method = getattr(resource_class(operation), operation.id)
    hints = typing.get_type_hints(method)
    return {name: hint for name, hint in hints.items() if name not in ("return", "body")}


def takes(hint: Any, kind: type) -> bool:
    return any(
        isinstance(option, type) and issubclass(option, kind) for option in typing.get_args(hint) or (hint,)
    )


def models_in(hint: Any) -> list[type]:
    return [option for option in typing.get_args(hint) or (hint,) if attrs.has(option)]


def named(error: RequestValidationError, argument: str) -> bool:
    """Whether ``error`` names ``argument`` (a field of a nested model is named by its path)."""
    return any(field == argument or field.endswith("." + argument) for field in error.fields)


def cases(*kinds: type) -> list[Any]:
    """(operation, argument) of every argument whose type is (or includes) one of ``kinds``."""
    return [
        pytest.param(operation, name, id=f"{operation}.{name}")
        for operation in OPERATIONS
        for name, hint in arguments(operation).items()
        if not kinds or any(takes(hint, kind) for kind in kinds)
    ]


# Observation 10: values that left as raw Python exceptions (UnicodeEncodeError, ValueError, TypeError,
# AttributeError) or not at all.


@pytest.mark.parametrize(("operation", "argument"), [case for case in cases(str) if case not in cases(Enum)])
def test_text_that_cannot_be_encoded_is_refused_naming_the_field(operation: Operation, argument: str) -> None:
    error = Sent(operation).refused(**{argument: "a lone surrogate: \ud800"})
    assert named(error, argument), error
    assert "not valid Unicode text (a lone surrogate at index 18)" in str(error)


@pytest.mark.parametrize(("operation", "argument"), list(cases()))
@pytest.mark.parametrize(
    "value", [math.nan, math.inf, b"bytes", object()], ids=["nan", "inf", "bytes", "object"]
)
def test_values_that_cannot_be_sent_are_refused_naming_the_field(
    operation: Operation, argument: str, value: object
) -> None:
    error = Sent(operation).refused(**{argument: value})
    assert named(error, argument), error
    assert str(error).startswith("invalid "), error


def model_cases() -> Iterator[Any]:
    for operation in OPERATIONS:
        for name, hint in arguments(operation).items():
            if models_in(hint):
                yield pytest.param(operation, name, id=f"{operation}.{name}")


@pytest.mark.parametrize(("operation", "argument"), list(model_cases()))
@pytest.mark.parametrize("value", ["..", {"key": "value"}], ids=["str", "dict"])
def test_a_plain_value_where_a_model_is_declared_is_refused(
    operation: Operation, argument: str, value: object
) -> None:
    (model,) = models_in(arguments(operation)[argument])
    error = Sent(operation).refused(**{argument: value})
    assert f"{argument}: expected {model.__name__}, got {type(value).__name__}" in str(error), error


# Observation 11: wrong types and values that break the spec's own constraints.


def _schemas(operation: Operation) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each resource argument's name with its schema in the spec: parameters, then the body's fields
    (the fields of its ``x-request-envelope`` data where it has one)."""
    spec = operation.spec
    for parameter in operation.parameters():
        yield (
            str(PythonIdentifier(parameter["name"], prefix="field_")),
            resolve(spec, parameter.get("schema", {})),
        )
    body = operation.request_body()
    if body is None:
        return
    schema = resolve(spec, body[1]["schema"])
    envelope = spec.get("x-request-envelope")
    if envelope is not None:
        schema = resolve(spec, schema["properties"][envelope["data"].strip("/")])
    for part in [schema, *(resolve(spec, part) for part in schema.get("allOf", []))]:
        for name, field in part.get("properties", {}).items():
            yield str(PythonIdentifier(name, prefix="field_")), resolve(spec, field)


def breaking(schema: dict[str, Any]) -> Iterator[tuple[str, object]]:
    """Values that break ``schema``, each with the constraint it breaks."""
    kind = schema.get("type")
    wrong = {"string": [], "integer": "1", "number": "1", "boolean": "yes", "array": "x", "object": "x"}
    if kind in wrong:
        yield "type", wrong[kind]
    if schema.get("minLength", 0) > 0:
        yield "minLength", "x" * (schema["minLength"] - 1)
    if "maxLength" in schema:
        yield "maxLength", "x" * (schema["maxLength"] + 1)
    if "enum" in schema:
        yield "enum", "not-one-of-them" if kind == "string" else 987654
    if "minimum" in schema:
        yield "minimum", schema["minimum"] - 1
    if "maximum" in schema:
        yield "maximum", schema["maximum"] + 1


def constrained() -> Iterator[Any]:
    for operation in OPERATIONS:
        taken = arguments(operation)
        for name, schema in _schemas(operation):
            if name in taken:
                for constraint, value in breaking(schema):
                    yield pytest.param(operation, name, value, id=f"{operation}.{name}-{constraint}")


@pytest.mark.parametrize(("operation", "argument", "value"), list(constrained()))
def test_values_breaking_the_spec_are_refused_naming_the_field(
    operation: Operation, argument: str, value: object
) -> None:
    error = Sent(operation).refused(**{argument: value})
    assert named(error, argument), error


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if len(arguments(op)) >= 2], ids=str)
def test_every_problem_of_a_call_is_named_in_one_error(operation: Operation) -> None:
    # (x-exactly-one-of is checked as the body is built, before the rest: one of each group is given.)
    given = fields_of(operation)
    taken = [name for name in arguments(operation) if not any(name in exclusive(operation, g) for g in given)]
    error = Sent(operation).refused(**dict.fromkeys(taken, math.nan))
    for argument in taken:
        assert named(error, argument), (argument, error)
    assert str(error).count(";") >= len(taken) - 1 or str(error).count(",") >= len(taken) - 1, error


def test_the_issues_examples_are_refused_before_sending() -> None:
    by_id = {operation.id: operation for operation in OPERATIONS}
    status = Sent(by_id["get_pano_task_status"])
    assert str(status.refused(task_code=[])) == (
        "invalid get_pano_task_status request: task_code: expected a string, got list"
    )
    assert str(status.refused(task_code="")) == (
        "invalid get_pano_task_status request: task_code: must have at least 1 character (minLength), has 0"
    )
    close = Sent(by_id["close_session"])
    assert str(close.refused(req_id="ab", session_id=math.nan)) == (
        "invalid SessionRef: req_id: must have at least 32 characters (minLength), has 2; "
        "session_id: expected a string, got float"
    )
    relay = Sent(by_id["start_relay"])
    assert (
        str(relay.refused(extends=".."))
        == "invalid StartRelayRequest: extends: expected RelayExtends, got str"
    )


# Observation 12: a path parameter that changed the path (".." sent GET /client).


def path_cases() -> Iterator[Any]:
    for operation in OPERATIONS:
        for parameter in operation.parameters():
            if parameter["in"] == "path":
                name = str(PythonIdentifier(parameter["name"], prefix="field_"))
                yield pytest.param(operation, parameter["name"], name, id=f"{operation}.{name}")


ODD_SEGMENTS = ["..", ".", "/", "../..", "a/../b", "%2e%2e", "?x=1", "#top", " ", "é"]


@pytest.mark.parametrize(("operation", "wire_name", "argument"), list(path_cases()))
@pytest.mark.parametrize("value", ODD_SEGMENTS)
def test_a_path_parameter_stays_one_segment_of_its_path(
    operation: Operation, wire_name: str, argument: str, value: str
) -> None:
    sent = Sent(operation)
    sent.method(**{**fields_of(operation), argument: value})
    (request,) = sent.requests
    template = operation.path.split("/")
    segments = request.url.raw_path.decode("ascii").split("?")[0].split("/")
    assert len(segments) == len(template), request.url
    for pattern, segment in zip(template, segments, strict=True):
        if pattern == "{" + wire_name + "}":
            assert unquote(segment) == value
        elif not pattern.startswith("{"):
            assert segment == pattern


@pytest.mark.parametrize(("operation", "wire_name", "argument"), list(path_cases()))
def test_an_empty_path_parameter_is_refused(operation: Operation, wire_name: str, argument: str) -> None:
    error = Sent(operation).refused(**{argument: ""})
    assert error.fields == (argument,), error


def test_a_missing_field_and_a_bad_one_are_named_together() -> None:
    by_id = {operation.id: operation for operation in OPERATIONS}
    error = Sent(by_id["create_session"]).refused(
        ("user_id",), virtualman_project_id=math.nan, protocol="rtsp"
    )
    assert error.schema == "CreateSessionPayload"
    assert set(error.fields) == {"virtualman_project_id", "user_id", "protocol"}
