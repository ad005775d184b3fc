"""``x-pagination`` in the generator: the preflight's findings on a broken declaration (every one at
once, ``FILE:LINE:COL: message``, nothing generated), ``generator diff`` on iterators, the
iterators of this repository's specs, and the page walker's stopping rules on answers no schema
lets through parsing (a total that is not a number)."""

from __future__ import annotations

import copy
import importlib
import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import compare_specs
from tests.calls import resource_class
from tests.specs import ROOT, operations
from vrlive_core.pages import PageWalk

DOCUMENT = ROOT / "tests/constructs/documents/pagination.yaml"


def _preflight(text: str, tmp_path: Path) -> tuple[int, list[str]]:
    spec = tmp_path / "paged.yaml"
    spec.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "preflight", "--spec", str(spec), "--package", "paged"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert "Traceback" not in result.stdout + result.stderr
    lines = (result.stdout + result.stderr).splitlines()
    return result.returncode, [line.removeprefix(f"{spec}:") for line in lines if line.startswith(str(spec))]


def _edited(text: str, *edits: tuple[str, str]) -> tuple[str, list[int]]:
    """``text`` with each ``(old, new)`` replaced once, and the line where each was."""
    lines = []
    for old, new in edits:
        assert old in text, old
        lines.append(text[: text.index(old)].count("\n") + 1)
        text = text.replace(old, new, 1)
    return text, lines


def test_the_construct_document_is_sound(tmp_path: Path) -> None:
    assert _preflight(DOCUMENT.read_text(encoding="utf-8"), tmp_path) == (0, [])


def test_every_problem_of_a_declaration_at_its_line(tmp_path: Path) -> None:
    text, (page, size, items, total, first, iterator) = _edited(
        DOCUMENT.read_text(encoding="utf-8"),
        ("        page: page\n", "        page: pages\n"),
        ("        size: per_page\n", "        size: limit\n"),
        ("        items: /pets\n", "        items: /meta\n"),
        ("        total: /meta/total\n", "        total: /meta/totl\n"),
        ("        first: 0\n", "        first: zero\n        sise: 3\n"),
        ("        iterator: iter_tags\n", "        iterator: list_pets\n"),
    )
    status, found = _preflight(text, tmp_path)
    assert status == 2
    assert found == [
        f"{page}:9: x-pagination.page 'pages' is not a query parameter of the operation "
        "(did you mean 'page'?)",
        f"{size}:9: x-pagination.size 'limit' is not a query parameter of the operation; it has kind, page, "
        "per_page",
        f"{items}:9: x-pagination.items /meta must lead to an array, not ['object']",
        f"{total}:9: x-pagination.total /meta/totl: /meta has no property 'totl' (did you mean 'total'?)",
        f"{first}:9: x-pagination.first must be an integer (the first page), got 'zero'",
        f"{first + 1}:9: unknown key 'sise' in x-pagination (did you mean 'size'?); known keys: first, "
        "items, iterator, page, size, total",
        f"{iterator}:9: x-pagination.iterator 'list_pets' is already a member of the 'pets' resource: "
        "give the iterator a name of its own",
    ]


def test_what_a_declaration_lacks_and_what_it_cannot_page(tmp_path: Path) -> None:
    document = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    pets = document["paths"]["/shops/{shop_id}/pets"]["get"]
    del pets["x-pagination"]["items"]
    tags = document["paths"]["/tags"]["get"]
    tags["x-pagination"]["total"] = "count"
    tags["x-pagination"]["iterator"] = "iter tags"
    tags["parameters"][0]["schema"] = {"type": "string"}
    tags["requestBody"] = {"content": {"application/json": {"schema": {"type": "object"}, "example": {}}}}
    status, found = _preflight(yaml.safe_dump(document, sort_keys=False), tmp_path)
    assert status == 2
    messages = [line.split(": ", 1)[1] for line in found]
    assert messages == [
        "x-pagination lacks items",
        "x-pagination on an operation with a request body: its iterator passes on parameters only (page and "
        "size are query parameters)",
        "x-pagination.iterator must be a public Python name such as iter_items, got 'iter tags'",
        "x-pagination.page 'p' must be an integer parameter, not ['string']",
        "x-pagination.total must be a JSON pointer into the data such as '/list', got 'count'",
    ]


def _with_iterator(document: dict[str, Any], name: str | None) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    paging = changed["paths"]["/tags"]["get"]
    if name is None:
        del paging["x-pagination"]
    else:
        paging["x-pagination"]["iterator"] = name
    return changed


def test_generator_diff_reports_an_iterator_like_a_method() -> None:
    document = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    without = _with_iterator(document, None)
    texts = {change.text: change for change in compare_specs(without, document)[0]}
    assert not texts["iterator `iter_tags` added"].breaking
    assert texts["iterator `iter_tags` added"].where == ("list_tags",)
    texts = {change.text: change for change in compare_specs(document, without)[0]}
    assert texts["iterator `iter_tags` removed"].breaking
    renamed = _with_iterator(document, "each_tag")
    texts = {change.text: change for change in compare_specs(document, renamed)[0]}
    assert texts["iterator `iter_tags` renamed `each_tag`"].breaking
    added = {change.text for change in compare_specs(_drop_tags(document), document)[0]}
    assert {"operation `list_tags` (GET /tags) added", "iterator `iter_tags` added"} <= added


def _drop_tags(document: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    del changed["paths"]["/tags"]
    return changed


PAGED = [operation for operation in operations() if "x-pagination" in operation.data]


@pytest.mark.parametrize("operation", PAGED, ids=str)
def test_each_paged_operation_of_the_specs_has_its_iterator_sync_and_async(operation: Any) -> None:
    """Named as declared, on the operation's resource, taking the method's arguments but the page."""
    paging = operation.data["x-pagination"]
    for asynchronous in (False, True):
        resource = resource_class(operation, asynchronous=asynchronous)
        method = inspect.signature(getattr(resource, operation.id))
        iterator = inspect.signature(getattr(resource, paging["iterator"]))
        assert [name for name in method.parameters if name != paging["page"]] == list(iterator.parameters)
        returned = str(iterator.return_annotation)
        assert returned.startswith("AsyncIterator[" if asynchronous else "Iterator[")


def test_the_realsee_list_operations_are_paged() -> None:
    """The issue's list operations: VR works and production projects (tags come all at once)."""
    assert {(operation.id, operation.data["x-pagination"]["iterator"]) for operation in PAGED} >= {
        ("list_vrs", "iter_vrs"),
        ("list_production_projects", "iter_production_projects"),
    }
    assert importlib.import_module("realsee_client.resources.entity").Entity.iter_vrs


class _Page:
    def __init__(self, items: object, total: object) -> None:
        self.items = items
        self.total = total


@pytest.mark.parametrize("total", ["3", True, None, [3]], ids=["text", "boolean", "none", "list"])
def test_a_total_that_is_not_a_number_ends_the_walk_after_its_page(total: object) -> None:
    walk = PageWalk("op", first=1, items=("items",), total=("total",))
    assert walk.take(_Page(["a"], total)) == ["a"]
    assert walk.done


def test_the_walk_counts_items_against_the_total() -> None:
    walk = PageWalk("op", first=3, items=("items",), total=("total",))
    assert (walk.take(_Page(["a", "b"], 3.0)), walk.done, walk.page) == (["a", "b"], False, 4)
    assert (walk.take(_Page(["c", "d"], 3.0)), walk.done) == (["c", "d"], True)  # a page may hold more


def test_items_that_are_not_a_list_end_the_walk() -> None:
    walk = PageWalk("op", first=1, items=("items",), total=("total",))
    assert walk.take(_Page({"a": 1}, 10)) == []
    assert walk.done
    assert PageWalk("op", first=1, items=("missing",), total=("total",)).take(None) == []
