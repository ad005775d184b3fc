"""What the generated operations send: parameters of every location and type, request bodies of
every kind, and arguments whose names clash with something, against a loopback server."""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Callable
from io import BytesIO

import pytest

from tests.constructs.conftest import Api
from vrlive_core.errors import RequestValidationError


def test_parameters_of_every_location_and_type(api: Callable[[str], Api]) -> None:
    parameters = api("parameters")
    parameters.succeed({"ok": True})
    models = parameters.models
    client = parameters.client(token="tok-1234567890")
    echo = parameters.operation("default", "get_item").sync(
        "a b/c",
        3,
        client=client,
        ratio=0.5,
        verbose=True,
        mode=models.Mode.SAFE,
        tags=["x", "y"],
        since=datetime.date(2026, 12, 1),
        request_id=uuid.UUID("6f1c9c2e-8a3e-4c1e-9a55-2d1f1f0f7b10"),
        x_trace="trace-1",
        x_retries=2,
        x_dry_run=False,
        session="s-1",
    )
    assert echo.ok is True
    seen = parameters.stub.last
    assert seen.path == "/items/a%20b%2Fc/3"
    assert seen.query == {
        "limit": ["10"],  # its default
        "ratio": ["0.5"],
        "verbose": ["true"],
        "mode": ["safe"],
        "tags": ["x", "y"],
        "since": ["2026-12-01"],
        "request_id": ["6f1c9c2e-8a3e-4c1e-9a55-2d1f1f0f7b10"],
    }
    assert (seen.headers["x-trace"], seen.headers["x-retries"], seen.headers["x-dry-run"]) == (
        "trace-1",
        "2",
        "false",
    )
    assert seen.headers["cookie"] == "session=s-1"
    assert seen.headers["authorization"] == "tok-1234567890"


def test_resources_take_the_same_parameters_and_enum_values(api: Callable[[str], Api]) -> None:
    parameters = api("parameters")
    parameters.succeed({"ok": True})
    items = parameters.resources(parameters.client(token="tok-1234567890")).default
    assert items.get_item("i", 1, x_trace="t", mode=parameters.models.Mode.FAST).ok is True
    assert parameters.stub.last.query["mode"] == ["fast"]
    with pytest.raises(TypeError, match="operations secured by 'token' need an AuthenticatedClient"):
        parameters.resources(parameters.client()).default.get_item("i", 1, x_trace="t")


def test_bodies_of_every_kind(api: Callable[[str], Api]) -> None:
    bodies = api("bodies")
    models = bodies.models
    client = bodies.client()
    bodies.stub.answer(204)
    bodies.resources(client).default.post_empty()  # an object without properties: built empty
    assert json.loads(bodies.stub.last.body) == {}
    bodies.operation("default", "post_form").sync(client=client, body=models.Login(user="ada", remember=True))
    assert bodies.stub.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert bodies.stub.last.body == b"user=ada&remember=true"
    bodies.operation("default", "put_raw").sync(
        client=client, body=bodies.module("types").File(BytesIO(b"\x00\x01"))
    )
    assert bodies.stub.last.body == b"\x00\x01"
    assert bodies.stub.last.headers["content-type"] == "application/octet-stream"
    post_either = bodies.operation("default", "post_either")  # JSON or a form, by the body's type
    post_either.sync(client=client, body=models.Login(user="ada"))
    assert json.loads(bodies.stub.last.body) == {"user": "ada"}
    post_either.sync(client=client, body=models.LoginForm(user="ada", password="correct-horse"))
    assert bodies.stub.last.body == b"user=ada&password=correct-horse"


def test_a_multipart_upload(api: Callable[[str], Api]) -> None:
    bodies = api("bodies")
    bodies.succeed(2)
    upload = bodies.models.Upload(
        file=bodies.module("types").File(BytesIO(b"PDF"), file_name="a.pdf", mime_type="application/pdf"),
        title="A",
        pages=2,
        meta=bodies.models.Login(user="ada"),
    )
    assert bodies.operation("default", "upload").sync(client=bodies.client(), body=upload) == 2
    seen = bodies.stub.last
    assert seen.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="a.pdf"' in seen.body
    assert b"PDF" in seen.body
    assert b'name="title"' in seen.body
    assert b'name="pages"' in seen.body
    assert b'{"user": "ada"}' in seen.body


def test_resource_bodies_check_their_fields_before_sending(api: Callable[[str], Api]) -> None:
    responses = api("responses")
    with pytest.raises(RequestValidationError, match="Note: text: required"):
        responses.resources().default.put_note(id=7)
    with pytest.raises(RequestValidationError, match="give either body="):
        responses.resources().default.put_note(id=7, text="x", body=responses.models.Note(id=7, text="x"))
    assert responses.stub.seen == []


def test_names_that_clash(api: Callable[[str], Api]) -> None:
    """A parameter named like its operation, like the endpoint's locals or a keyword, a body field
    named like a path parameter or ``body``: each still reaches the server under its own name."""
    clashes = api("clashes")
    clashes.succeed({"item_id": "i-1", "to_dict": "x"})
    item = clashes.resources().base.get_item(
        "i-1",
        get_item="g",
        params_query="p",
        response_query="r",
        body_query="b",
        from_="f",
        client_query="c",
        class_="k",
        item_id_body="i-2",
        to_dict_="x",
        d_=1,
        body_body="bb",
    )
    assert item.to_dict_ == "x"
    seen = clashes.stub.last
    assert seen.path == "/items/i-1"
    assert seen.query == {
        name: [value]
        for name, value in {
            "get_item": "g",
            "params": "p",
            "response": "r",
            "body": "b",
            "from": "f",
            "client": "c",
        }.items()
    }
    assert seen.headers["class"] == "k"
    assert json.loads(seen.body) == {"item_id": "i-2", "to_dict": "x", "d": 1, "body": "bb"}
    clashes.succeed("raw")
    assert clashes.resources().true_.with_raw_response_() == "raw"
    assert clashes.resources().true_.with_raw_response.with_raw_response_().parsed == "raw"


def test_operations_without_operation_id(api: Callable[[str], Api]) -> None:
    """Named as openapi-python-client names them: method and path, or the id made an identifier."""
    operation_ids = api("operation_ids")
    operation_ids.succeed("thing")
    assert (
        operation_ids.operation("default", "get_things_thing_id").sync(1, client=operation_ids.client())
        == "thing"
    )
    assert operation_ids.resources().default.get_things_thing_id(1) == "thing"
    operation_ids.stub.answer(204)
    assert operation_ids.resources().default.delete_thing(1) is None
    assert operation_ids.stub.last.method == "DELETE"


def test_consts_and_formats_through_calls(api: Callable[[str], Api]) -> None:
    consts = api("consts")
    consts.succeed("v1")
    assert consts.resources().default.get_version() == "v1"
    formats = api("formats")
    formats.succeed(
        {
            "id": "6f1c9c2e-8a3e-4c1e-9a55-2d1f1f0f7b10",
            "day": "2026-12-01",
            "starts_at": "2026-12-01T09:30:00+00:00",
        }
    )
    event = formats.resources().events.get_event(
        uuid.UUID("6f1c9c2e-8a3e-4c1e-9a55-2d1f1f0f7b10"),
        after=datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC),
    )
    assert event.day == datetime.date(2026, 12, 1)
    assert formats.stub.last.query == {"after": ["2026-12-01T09:00:00+00:00"]}
