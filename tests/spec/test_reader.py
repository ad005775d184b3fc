"""The one spec reader (`vrlive_core.openapi`): references as RFC 6901 reads them, the same in the
generator's preflight and diff, ``sources``, and the sandbox's contract guard."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from generator.diff import compare_specs
from generator.preflight import check_references
from generator.sources.spec_index import Spec
from generator.specfile import SpecFile
from tests.specs import ROOT
from vrlive_core.openapi import (
    DocumentSyntaxError,
    UnresolvableReference,
    load,
    loads,
    parse_pointer,
    read,
    resolve,
    resolve_named,
    schema_name,
)
from vrlive_sandbox.contract import Contract

ESCAPED: dict[str, Any] = {
    "paths": {"/client/{id}": {"get": {"found": "path"}}},
    "a~b": {"found": "tilde"},
    "~1": {"found": "a tilde and a one"},
    "50%": {"found": "percent"},
    "list": [{"found": "first"}, {"found": "second"}],
    "": {"found": "empty key"},
}


@pytest.mark.parametrize(
    ("ref", "found"),
    [
        ("#/paths/~1client~1%7Bid%7D/get", "path"),  # ~1 is /; the fragment is percent-decoded
        ("#/paths/~1client~1{id}/get", "path"),
        ("#/a~0b", "tilde"),
        ("#/~01", "a tilde and a one"),  # ~0 read after ~1: "~01" is "~1", not "/" after a "~"
        ("#/50%25", "percent"),
        ("#/list/1", "second"),
        ("#/", "empty key"),
    ],
)
def test_a_reference_is_a_percent_encoded_json_pointer(ref: str, found: str) -> None:
    assert resolve(ESCAPED, {"$ref": ref}) == {"found": found}


def test_the_empty_pointer_is_the_whole_document() -> None:
    assert resolve(ESCAPED, {"$ref": "#"}) is ESCAPED
    assert parse_pointer("") == ()
    assert parse_pointer("/Header/Code") == ("Header", "Code")
    with pytest.raises(ValueError, match="must be empty or start with '/'"):
        parse_pointer("Header/Code")


@pytest.mark.parametrize(
    ("ref", "missing", "key"),
    [
        ("#/paths/~1client/get", 1, "/client"),
        ("#/list/01", 1, "01"),  # an index has no leading zero
        ("#/list/2", 1, "2"),
        ("#/a~0b/found/deeper", 2, "deeper"),  # a string has no members
    ],
)
def test_a_reference_to_nothing_says_which_segment_is_missing(ref: str, missing: int, key: str) -> None:
    with pytest.raises(UnresolvableReference, match=re.escape(f"$ref {ref!r} points to nothing")) as caught:
        resolve(ESCAPED, {"$ref": ref})
    assert caught.value.missing == missing
    assert caught.value.segments is not None
    assert caught.value.segments[missing] == key


@pytest.mark.parametrize("ref", ["other.yaml#/components/schemas/Pet", 7, "#no-slash"])
def test_only_references_within_the_document_are_followed(ref: object) -> None:
    with pytest.raises(UnresolvableReference) as caught:
        resolve(ESCAPED, {"$ref": ref})
    assert caught.value.segments is None
    assert resolve(ESCAPED, {"$ref": ref}, default={}) == {}


def test_a_loop_of_references_is_refused_not_followed_forever() -> None:
    document = {
        "components": {
            "schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}
        }
    }
    with pytest.raises(UnresolvableReference):
        resolve(document, {"$ref": "#/components/schemas/A"})


def test_a_chain_gives_the_last_schema_named_on_the_way() -> None:
    document = {
        "components": {
            "schemas": {"Room": {"$ref": "#/components/schemas/Place"}, "Place": {"type": "object"}},
            "responses": {"Ok": {"$ref": "#/components/schemas/Room"}},
        }
    }
    assert resolve_named(document, {"$ref": "#/components/responses/Ok"}) == ({"type": "object"}, "Place")
    assert schema_name("#/components/schemas/Room") == "Room"
    assert schema_name("#/components/schemas/A~1B") == "A/B"
    assert schema_name("#/components/responses/Ok") is None
    assert schema_name("#/components/schemas/Room/properties/id") is None


def test_reading_gives_each_node_its_line_and_column() -> None:
    marked = read("openapi: 3.1.0\npaths:\n  /rooms:\n    get:\n      responses:\n        200: {}\n")
    assert marked.document["paths"]["/rooms"]["get"]["responses"] == {200: {}}
    assert marked.places[("paths", "/rooms", "get")] == (4, 5)
    assert marked.places[("paths", "/rooms", "get", "responses", 200)] == (6, 9)
    with pytest.raises(DocumentSyntaxError) as caught:
        read("paths: [a\nb: c\n")
    assert (caught.value.line, caught.value.column) == (2, 2)
    assert str(caught.value).startswith("not valid YAML: while parsing a flow sequence")
    with pytest.raises(DocumentSyntaxError, match=r"^not valid JSON: Expecting .* \(line 1, column 9\)$"):
        read('{"a": 1,]', as_json=True)
    with pytest.raises(DocumentSyntaxError, match="line 2, column 2"):
        loads("paths: [a\nb: c\n")


def test_the_specs_load_as_documents() -> None:
    document = load(ROOT / "spec" / "realsee.yaml")
    assert document["openapi"].startswith("3.")


# Every reader of the project follows the same references: a parameter shared by pointing into
# another operation's list of parameters, its path escaped and percent-encoded.
SHARED = "#/paths/~1rooms~1%7Bid%7D/get/parameters/0"
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "rooms", "version": "1"},
    "paths": {
        "/rooms/{id}": {
            "get": {
                "operationId": "get_room",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "the room"}},
            }
        },
        "/rooms/{id}/doors": {
            "get": {
                "operationId": "list_doors",
                "parameters": [{"$ref": SHARED}],
                "responses": {"200": {"description": "its doors"}},
            }
        },
    },
}


def test_the_preflight_finds_what_a_shared_parameter_points_to() -> None:
    assert check_references(SpecFile("rooms.yaml", DOCUMENT, {})) == []
    broken = copy.deepcopy(DOCUMENT)
    broken["paths"]["/rooms/{id}/doors"]["get"]["parameters"] = [{"$ref": SHARED.replace("/0", "/1")}]
    (finding,) = check_references(SpecFile("rooms.yaml", broken, {}))
    assert finding.message == (
        f"$ref {SHARED.replace('/0', '/1')!r} in operation list_doors (GET /rooms/{{id}}/doors) points to "
        "nothing: paths/~1rooms~1{id}/get/parameters has no '1'"
    )


def test_the_sandbox_checks_a_shared_parameter() -> None:
    contract = Contract("rooms", DOCUMENT)
    (parameter,) = contract.operations["list_doors"].parameters
    assert (parameter.name, parameter.location, parameter.required) == ("id", "path", True)


def test_sources_read_a_shared_parameter() -> None:
    spec = Spec("spec/rooms.yaml", DOCUMENT)
    assert [parameter["name"] for parameter in spec.operations["list_doors"].parameters()] == ["id"]


def test_the_diff_sees_a_shared_parameter_change_in_every_operation_using_it() -> None:
    changed = copy.deepcopy(DOCUMENT)
    changed["paths"]["/rooms/{id}"]["get"]["parameters"][0]["schema"] = {"type": "integer"}
    changes, _ = compare_specs(DOCUMENT, changed)
    assert [(change.text, change.where) for change in changes] == [
        ("request `path parameter `id`` changed type from string to integer", ("get_room", "list_doors"))
    ]


def test_one_module_reads_json_pointers() -> None:
    """Pointers are unescaped (``~1``) in `vrlive_core.openapi` alone: any other reader of them
    would be a second resolver, free to disagree with it."""
    readers = sorted(
        str(path.relative_to(ROOT))
        for folder in ("generator", "runtime", "overlays", "sandbox", "scripts", "bench", "tests")
        for path in (ROOT / folder).rglob("*.py")
        if path != Path(__file__) and re.search(r"""\.replace\(\s*["']~[01]["']""", path.read_text("utf-8"))
    )
    assert readers == ["runtime/vrlive_core/openapi.py"]
