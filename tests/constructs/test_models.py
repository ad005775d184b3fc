"""The models of every construct document: each schema example parses into its model and back to
the same JSON (``from_dict`` / ``to_dict``), and what parsing yields is of the declared types."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable, Iterator

import pytest
from openapi_python_client.strings import ClassName

from tests.constructs.catalog import documents, load
from tests.constructs.conftest import Api
from vrlive_core.errors import ResponseValidationError
from vrlive_core.strict import strict


def examples() -> Iterator[tuple[str, str, object]]:
    """(document, schema, example) for every example of a components schema (``example`` or ``examples``)."""
    for document in documents():
        for name, schema in (load(document).get("components", {}).get("schemas") or {}).items():
            found = schema.get("examples") or ([schema["example"]] if "example" in schema else [])
            for example in found:
                yield document.stem, name, example


EXAMPLES = list(examples())


@pytest.mark.parametrize(
    ("document", "schema", "example"), EXAMPLES, ids=[f"{d}-{s}" for d, s, _ in EXAMPLES]
)
def test_every_example_round_trips(
    api: Callable[[str], Api], document: str, schema: str, example: object
) -> None:
    model = getattr(api(document).models, str(ClassName(schema, "")))
    parsed = model.from_dict(example)
    assert parsed.to_dict() == example
    assert model.from_dict(parsed.to_dict()) == parsed


def test_every_object_schema_has_an_example() -> None:
    """The round trip covers every model: a construct document's object schemas all give one (but
    those holding a file, which are uploaded, never parsed: bodies.yaml's Upload, sent in test_bodies)."""
    missing = [
        f"{document.stem}: {name}"
        for document in documents()
        for name, schema in (load(document).get("components", {}).get("schemas") or {}).items()
        if schema.get("type") == "object"
        and not (schema.get("examples") or "example" in schema)
        and not any(field.get("format") == "binary" for field in (schema.get("properties") or {}).values())
    ]
    assert missing == []


def test_formats_parse_into_their_types(api: Callable[[str], Api]) -> None:
    formats = api("formats")
    event = formats.models.Event.from_dict(
        {
            "id": "6f1c9c2e-8a3e-4c1e-9a55-2d1f1f0f7b10",
            "day": "2026-12-01",
            "starts_at": "2026-12-01T09:30:00Z",
        }
    )
    assert event.id == uuid.UUID("6f1c9c2e-8a3e-4c1e-9a55-2d1f1f0f7b10")
    assert event.day == datetime.date(2026, 12, 1)
    assert event.starts_at == datetime.datetime(2026, 12, 1, 9, 30, tzinfo=datetime.UTC)
    assert "hunter2" not in repr(
        formats.models.Event.from_dict({**event.to_dict(), "secret": "hunter2-hunter2"})
    )
    with pytest.raises(
        ResponseValidationError, match=r"Event\.day: expected a date \(YYYY-MM-DD\), got a string"
    ):
        formats.models.Event.from_dict({**event.to_dict(), "day": "1st of December"})
    with pytest.raises(ResponseValidationError, match=r"Event\.id: expected a UUID, got int"):
        formats.models.Event.from_dict({**event.to_dict(), "id": 7})


def test_unions_take_the_alternative_that_fits(api: Callable[[str], Api]) -> None:
    models = api("unions").models
    shape = models.Shape.from_dict(
        {
            "figure": {"kind": "circle", "radius": 2},
            "label": "one",
            "size": 2.5,
            "colour": None,
            "seen": "soon",
        }
    )
    assert isinstance(shape.figure, models.Circle)
    assert (shape.label, shape.size, shape.colour, shape.seen) == ("one", 2.5, None, "soon")
    again = models.Shape.from_dict(
        {"figure": {"kind": "square", "side": 1}, "seen": "2026-12-01T09:30:00+00:00"}
    )
    assert isinstance(again.figure, models.Square)
    assert isinstance(again.seen, datetime.datetime)  # a date-time before a plain string, as stock does


def test_union_errors_name_the_field_path(api: Callable[[str], Api]) -> None:
    models = api("unions").models
    figure = {"kind": "square", "side": 1}
    with pytest.raises(ResponseValidationError, match=r"Shape\.label\[1\]: expected a string, got int"):
        models.Shape.from_dict({"figure": figure, "label": ["a", 2]})
    with (
        pytest.raises(
            ResponseValidationError, match=r"Shape\.grid\[1\]\[0\]: expected one of .*, got 'purple'"
        ),
        strict(),
    ):
        models.Shape.from_dict({"figure": figure, "grid": [["red"], ["purple"]]})
    with pytest.raises(
        ResponseValidationError, match=r"Shape\.figure: expected an object or an object, got str"
    ):
        models.Shape.from_dict({"figure": "circle"})


def test_enums_are_tolerant_unless_strict(
    api: Callable[[str], Api], mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    models = api("enums").models
    new = f"queued-{mode}"  # a value each mode meets first (each place and value is logged once)
    with strict(False):
        task = models.Task.from_dict(
            {"state": new, "priority": 9, "previous": "paused", "phases": [["later"]]}
        )
    assert isinstance(task.state, models.State)
    assert not task.state.is_known
    assert (task.state.value, task.priority.value, task.previous.value, task.phases[0][0].value) == (
        new, 9, "paused", "later",
    )  # fmt: skip
    assert task.to_dict()["state"] == new
    assert f"Task.state: '{new}' is not a value the spec lists" in caplog.text
    with (
        strict(),
        pytest.raises(ResponseValidationError, match=r"Task\.priority: expected one of 1, 2, 3, got 9"),
    ):
        models.Task.from_dict({"state": "done", "priority": 9})
    assert models.Priority.HIGH.value == 3  # x-enum-varnames


def test_literal_enums_are_tolerant_unless_strict(api: Callable[[str], Api]) -> None:
    models = api("literal_enums").models
    task = models.Task.from_dict({"state": "done", "priority": 1, "previous": None})
    assert (task.state, task.priority, task.previous) == ("done", 1, None)
    with strict(False):
        assert (
            models.Task.from_dict({"state": "queued", "priority": 1, "previous": "paused"}).previous
            == "paused"
        )
    with strict(), pytest.raises(ResponseValidationError, match=r"Task\.state: expected one of"):
        models.Task.from_dict({"state": "queued", "priority": 1})


def test_recursive_models(api: Callable[[str], Api]) -> None:
    models = api("recursion").models
    node = models.Node.from_dict({"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]})
    assert node.children[0].children[0].name == "c"
    folder = models.Folder.from_dict({"docs": {"drafts": {}}})
    assert isinstance(folder["docs"], models.Folder)
    assert isinstance(folder["docs"]["drafts"], models.Folder)
    team = models.Team.from_dict({"name": "t", "lead": {"name": "p", "manages": [{"name": "t2"}]}})
    assert team.lead.manages[0].name == "t2"


def test_additional_properties_of_every_kind(api: Callable[[str], Api]) -> None:
    models = api("additional_properties").models
    settings = models.Settings.from_dict(
        {
            "counts": {"a": 1},
            "labels": {"x": {"text": "y"}},
            "mixed": {"m": {"text": "z"}, "n": 3},
            "free": {"k": [1]},
        }
    )
    assert settings.counts["a"] == 1
    assert isinstance(settings.labels["x"], models.Label)
    assert isinstance(settings.mixed["m"], models.Label)
    assert settings.mixed["n"] == 3
    assert settings.free["k"] == [1]
    with pytest.raises(ResponseValidationError, match=r"Settings\.counts\.b: expected an integer, got str"):
        models.Settings.from_dict({"counts": {"b": "two"}})


def test_consts(api: Callable[[str], Api]) -> None:
    models = api("consts").models
    flags = models.Flags.from_dict({"api": "v1", "level": 2, "enabled": True, "mode": 4})
    assert flags.mode == 4
    with pytest.raises(ResponseValidationError, match=r"Flags\.level: expected one of 2, got 3"):
        models.Flags.from_dict({"api": "v1", "level": 3, "enabled": True})


def test_openapi_30_nullable(api: Callable[[str], Api]) -> None:
    models = api("openapi30").models
    room = models.Room.from_dict({"name": "Hall", "tags": None, "area": None, "owner": None})
    assert (room.tags, room.area, room.owner) == (None, None, None)
    room = models.Room.from_dict({"name": "Hall", "tags": ["big"], "owner": {"name": "Ada"}})
    assert room.tags == ["big"]
    assert room.owner.name == "Ada"


def test_fields_named_like_methods_keep_their_json_names(api: Callable[[str], Api]) -> None:
    models = api("clashes").models
    item = models.Item.from_dict(
        {"item_id": "i", "to_dict": "x", "d": 1, "cls": "c", "import": "y", "self": "s"}
    )
    assert (item.to_dict_, item.d_, item.cls_, item.import_, item.self_) == ("x", 1, "c", "y", "s")
    assert item.to_dict() == {"item_id": "i", "to_dict": "x", "d": 1, "cls": "c", "import": "y", "self": "s"}
