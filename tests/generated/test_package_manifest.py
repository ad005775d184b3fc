"""The panorama manifest's shape has one description, the spec's ``x-package-manifest`` schema: the
overlay checks it through the generated ``PACKAGE_MANIFEST`` (`vrlive_core.inputs.check_document`),
the sandbox through JSON Schema. Both must find every problem, in the same places."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from types import SimpleNamespace
from typing import Any

import pytest

from generator.inputs import Inputs
from realsee_client.api.pano.submit_pano_task import PACKAGE_MANIFEST
from tests.specs import load, operations
from vrlive_core.inputs import check_document
from vrlive_core.openapi import resolve, schema_validator

Place = tuple[str | int, ...]


def _declared() -> tuple[Any, dict[str, Any]]:
    """The manifest schema the spec declares (``x-package-manifest`` of the operation that has one),
    and a valid manifest: the schema's first example."""
    (operation,) = [op for op in operations() if "x-package-manifest" in op.data]
    schema = operation.data["x-package-manifest"]
    return schema, copy.deepcopy(resolve(operation.spec, schema)["examples"][0])


SCHEMA, VALID = _declared()


def _edit(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    manifest = copy.deepcopy(VALID)
    change(manifest)
    return manifest


BROKEN: dict[str, object] = {
    "not an object": [VALID],
    "another version": _edit(lambda m: m.update(version="2.0")),
    "no project name": _edit(lambda m: m.pop("project_name")),
    "an empty project name": _edit(lambda m: m.update(project_name="")),
    "no floors": _edit(lambda m: m.update(floor_map={})),
    "a floor that is not a number": _edit(lambda m: m.update(floor_map={"0": "ground", "1": True})),
    "no scans": _edit(lambda m: m.update(scan_list=[])),
    "a scan that is not an object": _edit(lambda m: m["scan_list"].append("hall")),
    "a scan without a floor, its id empty": _edit(lambda m: m["scan_list"].append({"id": ""})),
    "a scan with wrong types": _edit(lambda m: m["scan_list"].append({"id": 7, "floor": "0"})),
    "everything at once": {"version": 1, "floor_map": [], "scan_list": {}},
}


def _overlay_places(manifest: object, shape: Mapping[str, Any] = PACKAGE_MANIFEST) -> set[Place]:
    return {_parsed(where) for where, _ in check_document(shape, manifest)}


def _parsed(where: str) -> Place:
    """``scan_list[2].id`` as ``("scan_list", 2, "id")``; ``floor_map['0']`` as ``("floor_map", "0")``."""
    parts: list[str | int] = []
    for index, key, name in re.findall(r"\[(\d+)\]|\['([^']*)'\]|([^.\[\]]+)", where):
        parts.append(int(index) if index else key or name)
    return tuple(parts)


def _schema_places(
    manifest: object, document: Mapping[str, Any] | None = None, schema: Mapping[str, Any] = SCHEMA
) -> set[Place]:
    """Where JSON Schema (2020-12, the spec's schema) finds problems; a missing property is placed
    at the property, as the overlay names it."""
    places: set[Place] = set()
    for error in schema_validator(document or load("realsee"))(schema).iter_errors(manifest):
        at = tuple(error.absolute_path)
        if error.validator == "required":
            places |= {(*at, name) for name in error.validator_value if name not in error.instance}
        else:
            places.add(at)
    return places


def test_the_spec_examples_are_valid_manifests() -> None:
    assert check_document(PACKAGE_MANIFEST, VALID) == []
    assert _schema_places(VALID) == set()


@pytest.mark.parametrize("case", list(BROKEN))
def test_the_overlay_and_the_schema_find_the_same_problems(case: str) -> None:
    manifest = BROKEN[case]
    found = _overlay_places(manifest)
    assert found, "a broken manifest passed"
    assert found == _schema_places(manifest)


# Any document's manifest schema, not only Realsee's: what JSON Schema says, the check says.
TREE: dict[str, Any] = {
    "allOf": [{"$ref": "#/components/schemas/Named"}],
    "type": "object",
    "required": ["kind"],
    "properties": {
        "kind": {"enum": ["file", "folder"]},
        "size": {"type": ["integer", "null"], "minimum": 0},
        "children": {"type": "array", "maxItems": 2, "items": {"$ref": "#/components/schemas/Tree"}},
        "tags": {"type": "object", "additionalProperties": {"type": "string", "pattern": "^[a-z]+$"}},
        "link": {"anyOf": [{"type": "string", "format": "uri"}, {"type": "boolean"}]},
    },
}
NAME: dict[str, Any] = {"type": "string", "maxLength": 8}
NAMED: dict[str, Any] = {"type": "object", "required": ["name"], "properties": {"name": NAME}}
FILES: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "files", "version": "1"},
    "paths": {"/upload": {"post": {"x-package-manifest": {"$ref": "#/components/schemas/Tree"}}}},
    "components": {"schemas": {"Tree": TREE, "Named": NAMED}},
}
FILES_SHAPE = Inputs(FILES, []).manifest_of(SimpleNamespace(path="/upload", method="post"))  # type: ignore[arg-type]
FILE_CASES: dict[str, object] = {
    "valid": {"name": "root", "kind": "folder", "children": [{"name": "a", "kind": "file", "size": None}]},
    "an unknown kind, a long name": {"name": "a very long name", "kind": "link"},
    "a negative size": {"name": "a", "kind": "file", "size": -1},
    "too many children, one broken": {
        "name": "r",
        "kind": "folder",
        "children": [{"name": "a", "kind": "file"}, {"kind": "file"}, {"name": "c", "kind": "file"}],
    },
    "a tag out of its pattern": {"name": "a", "kind": "file", "tags": {"Colour": "Red"}},
    "a link of neither kind": {"name": "a", "kind": "file", "link": 3},
}


def test_a_manifest_schema_is_read_through_references_and_compositions() -> None:
    assert FILES_SHAPE is not None
    assert FILES_SHAPE["properties"]["children"]["items"] == {}  # a schema within itself: any value below
    assert FILES_SHAPE["required"] == ["kind", "name"]


@pytest.mark.parametrize("case", list(FILE_CASES))
def test_any_manifest_schema_is_checked_as_json_schema_checks_it(case: str) -> None:
    assert FILES_SHAPE is not None
    manifest = FILE_CASES[case]
    found = _overlay_places(manifest, FILES_SHAPE)
    if case != "valid":
        assert found, "a broken manifest passed"
    schema = FILES["paths"]["/upload"]["post"]["x-package-manifest"]
    # A child (within itself) is checked as any JSON value: compare what is above it.
    expected = {place for place in _schema_places(manifest, FILES, schema) if "children" not in place[:-1]}
    assert found == expected
