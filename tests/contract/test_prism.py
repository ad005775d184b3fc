"""Contract tests of every operation against Prism serving the spec (`prism mock --errors`).

Through the generated clients: a valid call parses into the typed model; every named example,
selected with `Prefer`, comes back as the typed data or the typed error; requests that break the
spec (sent raw with httpx) get Prism's 4xx, which the client surfaces as a clear typed error.
"""

from __future__ import annotations

import asyncio
import typing
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from tests.calls import (
    as_json,
    call_arguments,
    conforms,
    envelope_value,
    is_success,
    make_client,
    module_of,
    parameter_examples,
    request_example,
)
from tests.expectations import expected_error
from tests.specs import Operation, operations, resolve
from vrlive_core.errors import APIError, AuthenticationError, InvalidRequestError

OPERATIONS = operations()
EXAMPLES = [(op, status, name, value) for op in OPERATIONS for status, name, value in op.response_examples()]


def _data_type(operation: Operation) -> Any:
    return typing.get_type_hints(module_of(operation).sync)["return"]


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_valid_call_parses_into_the_typed_model(operation: Operation, prism: dict[str, str]) -> None:
    client = make_client(operation, prism[operation.spec_name])
    result = module_of(operation).sync(client=client, **call_arguments(operation))
    status, _name, first = next(operation.response_examples())
    assert is_success(operation, status, first)
    data = envelope_value(operation, first, "data")
    if data is None:
        assert result is None
    else:
        assert conforms(result, _data_type(operation))
        assert as_json(result) == data


@pytest.mark.parametrize(
    ("operation", "status", "name", "value"), EXAMPLES, ids=[f"{e[0]}-{e[2]}" for e in EXAMPLES]
)
def test_named_example_comes_back_typed(
    operation: Operation, status: int, name: str, value: Any, prism: dict[str, str]
) -> None:
    client = make_client(
        operation, prism[operation.spec_name], headers={"Prefer": f"code={status}, example={name}"}
    )
    call = module_of(operation).sync
    if is_success(operation, status, value):
        result = call(client=client, **call_arguments(operation))
        data = envelope_value(operation, value, "data")
        assert as_json(result) == data
    else:
        with pytest.raises(APIError) as caught:
            call(client=client, **call_arguments(operation))
        assert type(caught.value) is expected_error(operation, status, name, value)
        assert caught.value.code == envelope_value(operation, value, "code")
        assert caught.value.status_code == status
        assert caught.value.request_id == envelope_value(operation, value, "request_id")


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_async_call_parses_too(operation: Operation, prism: dict[str, str]) -> None:
    client = make_client(operation, prism[operation.spec_name])
    result = asyncio.run(module_of(operation).asyncio(client=client, **call_arguments(operation)))
    _status, _name, first = next(operation.response_examples())
    data = envelope_value(operation, first, "data")
    assert as_json(result) == data


def _raw(
    operation: Operation, base_url: str, *, credentials: bool, drop: str | None = None
) -> httpx.Response:
    """Send the operation's example request with httpx, without the field ``drop`` (if given).

    httpx, not the generated client: the client would refuse to build such a request.
    """
    path = operation.path
    params: dict[str, Any] = {}
    for parameter, example in parameter_examples(operation):
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", str(example))
        elif parameter["in"] == "query" and parameter["name"] != drop:
            params[parameter["name"]] = example
    headers = {"Authorization": "test-token"} if credentials else {}
    if operation.spec_name == "ivh" and credentials:
        params.update(appkey="a", timestamp="1", signature="s")
    kwargs: dict[str, Any] = {"params": params, "headers": headers}
    request_body = operation.request_body()
    if request_body is not None:
        media_type = request_body[0]
        body = {key: value for key, value in request_example(operation).items() if key != drop}
        headers["Content-Type"] = media_type
        kwargs["content"] = (
            urlencode(body).encode()
            if "form" in media_type
            else httpx.Request("POST", "/", json=body).content
        )
    with httpx.Client(base_url=base_url, timeout=10) as raw:
        return raw.request(operation.method.upper(), path, **kwargs)


def _first_required(operation: Operation) -> str | None:
    """The first required query parameter or body field of an operation, if it has one."""
    for parameter in operation.parameters():
        if parameter["in"] == "query" and parameter.get("required"):
            return str(parameter["name"])
    request_body = operation.request_body()
    if request_body is not None:
        schema = resolve(operation.spec, request_body[1]["schema"])
        return str(schema["required"][0])
    return None


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_request_breaking_the_spec_is_surfaced_clearly(operation: Operation, prism: dict[str, str]) -> None:
    field = _first_required(operation)
    if field is None:
        # Nothing to get wrong but the credentials.
        response = _raw(operation, prism[operation.spec_name], credentials=False)
        expected: type[APIError] = AuthenticationError
    else:
        response = _raw(operation, prism[operation.spec_name], credentials=True, drop=field)
        expected = InvalidRequestError
    assert 400 <= response.status_code < 500
    error = module_of(operation)._build_response(response).error
    assert type(error) is expected
    assert error.status_code == response.status_code
    if expected is InvalidRequestError:
        assert response.status_code == 422
        assert f"must have required property '{field}'" in str(error)


SECURED = [op for op in OPERATIONS if op.data.get("security")]


@pytest.mark.parametrize("operation", SECURED, ids=str)
def test_missing_credentials_is_an_authentication_error(operation: Operation, prism: dict[str, str]) -> None:
    response = _raw(operation, prism[operation.spec_name], credentials=False)
    assert response.status_code == 401
    error = module_of(operation)._build_response(response).error
    assert isinstance(error, AuthenticationError)
    assert error.status_code == 401


WITH_BODY = [op for op in OPERATIONS if op.request_body() is not None]


@pytest.mark.parametrize("operation", WITH_BODY, ids=str)
def test_wrong_content_type_is_an_invalid_request(operation: Operation, prism: dict[str, str]) -> None:
    with httpx.Client(base_url=prism[operation.spec_name], timeout=10) as raw:
        params = {"appkey": "a", "timestamp": "1", "signature": "s"} if operation.spec_name == "ivh" else {}
        response = raw.request(
            operation.method.upper(),
            operation.path,
            params=params,
            headers={"Authorization": "test-token", "Content-Type": "text/plain"},
            content=b"hello",
        )
    assert response.status_code == 415
    error = module_of(operation)._build_response(response).error
    assert type(error) is InvalidRequestError
