"""Every response example of every operation, through the generated client's real functions.

Success examples parse into the typed data (a model, a list of them, a number...), which equals
the example's data field for field (``to_dict()`` of each model); failure examples raise the typed
error, carrying the vendor's code, message and ids.
Requests are checked too: method, path, content type and body as the spec's examples say.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from tests.calls import (
    as_json,
    call_arguments,
    check_request,
    envelope_value,
    is_success,
    make_client,
    module_of,
)
from tests.expectations import EXPECTED_ERRORS, expected_error
from tests.specs import Operation, operations
from vrlive_core.errors import APIError, PermissionDeniedError

CASES = [
    (operation, status, name, value)
    for operation in operations()
    for status, name, value in operation.response_examples()
]


def _transport(
    operation: Operation, status: int, value: Any, seen: list[httpx.Request]
) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=value)

    return httpx.MockTransport(handler)


def _check_outcome(operation: Operation, status: int, name: str, value: Any, outcome: Any) -> None:
    if is_success(operation, status, value):
        assert not isinstance(outcome, BaseException), f"{operation} {name} raised {outcome!r}"
        data = envelope_value(operation, value, "data")
        if outcome is None:
            assert data is None or operation.id == "report_relay_started"
        else:
            assert as_json(outcome) == data
        return
    expected = expected_error(operation, status, name, value)
    assert type(outcome) is expected, f"{operation} {name}: {outcome!r} is not {expected.__name__}"
    assert outcome.code == envelope_value(operation, value, "code")
    assert outcome.message == envelope_value(operation, value, "message")
    assert outcome.request_id == envelope_value(operation, value, "request_id")
    assert outcome.trace_id == envelope_value(operation, value, "trace_id")
    assert outcome.business_code == (envelope_value(operation, value, "business_code") or None)
    assert outcome.status_code == status
    assert outcome.vendor == operation.spec_name
    assert outcome.operation == operation.id


@pytest.mark.parametrize(
    ("operation", "status", "name", "value"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES]
)
def test_example_through_sync(operation: Operation, status: int, name: str, value: Any) -> None:
    seen: list[httpx.Request] = []
    client = make_client(
        operation, "https://api.test", httpx_args={"transport": _transport(operation, status, value, seen)}
    )
    try:
        outcome: Any = module_of(operation).sync(client=client, **call_arguments(operation))
    except APIError as error:
        outcome = error
    assert len(seen) == 1
    check_request(operation, seen[0])
    _check_outcome(operation, status, name, value, outcome)


@pytest.mark.parametrize(
    ("operation", "status", "name", "value"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES]
)
def test_example_through_asyncio(operation: Operation, status: int, name: str, value: Any) -> None:
    seen: list[httpx.Request] = []
    client = make_client(
        operation, "https://api.test", httpx_args={"transport": _transport(operation, status, value, seen)}
    )

    async def run() -> Any:
        try:
            return await module_of(operation).asyncio(client=client, **call_arguments(operation))
        except APIError as error:
            return error

    outcome = asyncio.run(run())
    assert len(seen) == 1
    _check_outcome(operation, status, name, value, outcome)


@pytest.mark.parametrize(
    ("operation", "status", "name", "value"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES]
)
def test_example_through_detailed(operation: Operation, status: int, name: str, value: Any) -> None:
    """The raw path never raises for a response: it returns status, body, and parsed data or error."""
    seen: list[httpx.Request] = []
    client = make_client(
        operation, "https://api.test", httpx_args={"transport": _transport(operation, status, value, seen)}
    )
    response = module_of(operation).sync_detailed(client=client, **call_arguments(operation))
    assert response.status_code == status
    assert json.loads(response.content) == value
    if is_success(operation, status, value):
        assert response.error is None
    else:
        assert response.parsed is None
        assert type(response.error) is expected_error(operation, status, name, value)
        with pytest.raises(type(response.error)):
            response.unwrap()


def test_every_failure_example_has_an_expected_error() -> None:
    failures = [
        (op, status, name, value) for op, status, name, value in CASES if not is_success(op, status, value)
    ]
    for operation, status, name, value in failures:
        expected_error(operation, status, name, value)  # says what to add for a new kind of failure
    stale = set(EXPECTED_ERRORS) - {(operation.spec_name, name) for operation, _, name, _ in failures}
    assert not stale, f"tests/expectations.py expects failure examples no spec has any more: {sorted(stale)}"


def test_business_code_tells_apart_realsee_failures_with_the_same_code() -> None:
    """Both come with code -1; "10001" is an authorisation failure, "50" a bad request (V1)."""
    submit = next(op for op in operations("realsee") if op.id == "submit_pano_task")
    examples = {name: value for _status, name, value in submit.response_examples()}
    raised = {}
    for name in ("missing_package", "user_id_empty"):
        client = make_client(
            submit, "https://api.test", httpx_args={"transport": _transport(submit, 200, examples[name], [])}
        )
        with pytest.raises(APIError) as caught:
            module_of(submit).sync(client=client, **call_arguments(submit))
        raised[name] = caught.value
    assert type(raised["user_id_empty"]) is PermissionDeniedError
    assert type(raised["missing_package"]) is APIError
    assert raised["user_id_empty"].business_code == "10001"
    assert str(raised["missing_package"]) == (
        "realsee submit_pano_task: zip_cos_url or private_cos_key is required (code -1, business_code 50, "
        "HTTP 200, request_id 20260326214530-172313621-5e3da7bbf2e554b1d24bfad127da1e11, "
        "trace_id 4084b5958bb982d84dcbad1981dde466)"
    )
