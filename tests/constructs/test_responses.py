"""Every kind of answer, through the generated functions and resources against a loopback server:
``sync()`` returns the parsed body of a 2xx answer (or the envelope's data), None for no content,
and raises the error of any other status with its body, parsed when the status declares a schema."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.constructs.conftest import Api
from vrlive_core.errors import (
    APIError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    ResponseValidationError,
    ServerError,
    UnexpectedStatus,
)


def test_a_json_answer_is_its_model(api: Callable[[str], Api]) -> None:
    responses = api("responses")
    responses.succeed({"id": 7, "text": "hello"})
    note = responses.operation("default", "get_note").sync(7, client=responses.client())
    assert note == responses.models.Note(id=7, text="hello")
    assert responses.stub.last.method == "GET"
    assert responses.stub.last.path == "/notes/7"


def test_no_content_is_none(api: Callable[[str], Api]) -> None:
    responses = api("responses")
    responses.stub.answer(204)
    assert responses.operation("default", "delete_note").sync(7, client=responses.client()) is None


def test_text_and_bytes(api: Callable[[str], Api]) -> None:
    responses = api("responses")
    responses.stub.answer(200, text="héllo")
    assert responses.operation("default", "get_note_text").sync(7, client=responses.client()) == "héllo"
    responses.stub.answer(200, content=b"%PDF-1.7", content_type="application/pdf")
    pdf = responses.operation("default", "get_note_pdf").sync(7, client=responses.client())
    assert pdf.payload.read() == b"%PDF-1.7"


def test_several_2xx_answers(api: Callable[[str], Api]) -> None:
    responses = api("responses")
    put_note = responses.operation("default", "put_note")
    note = responses.models.Note(id=7, text="hello")
    responses.succeed({"id": 7, "text": "hello"}, status=200)
    assert put_note.sync(client=responses.client(), body=note) == note
    responses.succeed(8, status=201)
    assert put_note.sync(client=responses.client(), body=note) == 8
    responses.stub.answer(202)
    assert put_note.sync(client=responses.client(), body=note) is None
    assert json.loads(responses.stub.last.body) == {"id": 7, "text": "hello"}


def failure_body(responses: Api, body: dict[str, Any]) -> object:
    """What a failure's ``body`` is: parsed into the model its status declares, or with an
    envelope (where failures are envelopes) the decoded JSON of one that carries none."""
    return responses.models.Problem.from_dict(body) if responses.mode == "plain" else body


def test_a_2xx_range_and_a_default(api: Callable[[str], Api]) -> None:
    responses = api("responses")
    archive = responses.operation("default", "archive")
    responses.succeed(3, status=207)
    assert archive.sync(client=responses.client()) == 3
    responses.stub.answer(503, json_body={"title": "Busy", "detail": "later"})
    with pytest.raises(ServerError) as raised:
        archive.sync(client=responses.client())
    assert raised.value.body == failure_body(responses, {"title": "Busy", "detail": "later"})
    assert raised.value.status_code == 503


def test_a_default_alone_describes_successes(api: Callable[[str], Api]) -> None:
    responses = api("responses")
    responses.stub.answer(
        200, json_body={"id": 1, "text": "pong"}
    )  # `default` is not enveloped: read as written
    assert responses.operation("default", "ping").sync(client=responses.client()).text == "pong"


def test_failures_raise_by_status_with_their_body(api: Callable[[str], Api]) -> None:
    responses = api("responses")
    get_note = responses.operation("default", "get_note")
    responses.stub.answer(404, json_body={"title": "Not Found", "detail": "no note 7"})
    with pytest.raises(NotFoundError) as raised:
        get_note.sync(7, client=responses.client())
    assert raised.value.body == failure_body(responses, {"title": "Not Found", "detail": "no note 7"})
    assert raised.value.status_code == 404
    assert raised.value.operation == "get_note"
    responses.stub.answer(409, json_body=["locked by ada"])
    with pytest.raises(ConflictError) as conflict:
        responses.operation("default", "delete_note").sync(7, client=responses.client())
    assert conflict.value.body == ["locked by ada"]
    responses.stub.answer(404, json_body={"unexpected": True})  # a body that does not fit: kept as it came
    with pytest.raises(NotFoundError) as unfit:
        get_note.sync(7, client=responses.client())
    assert unfit.value.body == {"unexpected": True}
    responses.stub.answer(418, text="teapot")
    with pytest.raises(InvalidRequestError) as other:
        get_note.sync(7, client=responses.client())
    assert other.value.body == "teapot"


def test_an_undeclared_2xx_is_unexpected(api: Callable[[str], Api]) -> None:
    """An operation read answer by answer (several 2xx) finds a 2xx it does not declare unexpected."""
    responses = api("responses")
    responses.succeed({"id": 7, "text": "hello"}, status=203)
    put_note = responses.operation("default", "put_note")
    with pytest.raises(UnexpectedStatus):
        put_note.sync(client=responses.client(), body=responses.models.Note(id=7, text="hello"))


def test_a_malformed_success_is_a_response_validation_error(api: Callable[[str], Api]) -> None:
    responses = api("responses")
    responses.succeed({"id": "seven", "text": "hello"})
    with pytest.raises(ResponseValidationError, match=r"Note\.id: expected an integer, got str") as raised:
        responses.operation("default", "get_note").sync(7, client=responses.client())
    assert raised.value.status_code == 200
    assert raised.value.operation == "get_note"
    responses.stub.answer(200, text="not json", content_type="application/json")
    with pytest.raises(ResponseValidationError, match=r"not JSON|not a JSON envelope"):
        responses.operation("default", "get_note").sync(7, client=responses.client())


def test_the_raw_response_carries_the_error(api: Callable[[str], Api]) -> None:
    responses = api("responses")
    responses.stub.answer(404, json_body={"title": "Not Found"})
    raw = responses.operation("default", "get_note").sync_detailed(7, client=responses.client())
    assert raw.status_code == 404
    assert raw.parsed is None
    assert isinstance(raw.error, NotFoundError)
    raw = responses.resources().default.with_raw_response.get_note(7)
    assert isinstance(raw.error, NotFoundError)


def test_resources_return_what_the_functions_return(api: Callable[[str], Api]) -> None:
    responses = api("responses")
    responses.succeed({"id": 7, "text": "hello"})
    assert responses.resources().default.get_note(7).text == "hello"
    assert responses.resources().default.put_note(id=7, text="hello").text == "hello"
    responses.stub.answer(204)

    async def delete() -> object:
        return await responses.resources(asynchronous=True).default.delete_note(7)

    assert asyncio.run(delete()) is None


def test_an_envelope_failure_raises_by_its_code(api: Callable[[str], Api], mode: str) -> None:
    """Enveloped, a 200 answer whose code is not a success is an APIError; as written it is a success."""
    responses = api("responses")
    responses.stub.answer(200, json_body={"code": 7, "message": "no such note", "data": None})
    get_note = responses.operation("default", "get_note")
    if mode == "enveloped":
        with pytest.raises(APIError, match="no such note") as raised:
            get_note.sync(7, client=responses.client())
        assert raised.value.code == 7
        # An operation whose success is not JSON still reads a failure envelope.
        with pytest.raises(APIError, match="no such note"):
            responses.operation("default", "delete_note").sync(7, client=responses.client())
    else:
        with pytest.raises(ResponseValidationError, match=r"Note\.id: required field is missing"):
            get_note.sync(7, client=responses.client())
