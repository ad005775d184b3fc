"""``x-pagination``: the iterators the resources gain, walking every page against a loopback server,
sync and async, with and without an envelope (documents/pagination.yaml): where they start, what
they pass on, what they yield, and where they stop however the pages come."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import pytest

from tests.constructs.conftest import Api
from vrlive_core.errors import APIError


def _pets(*names: str) -> list[dict[str, str]]:
    return [{"name": name, "kind": "cat"} for name in names]


def _page(total: object, *names: str) -> dict[str, Any]:
    return {"pets": _pets(*names), "meta": {"total": total}}


def _collect(api: Api, asynchronous: bool, iterator: str, *arguments: Any, **options: Any) -> list[Any]:
    resources = api.resources(asynchronous=asynchronous).pets
    walk = getattr(resources, iterator)(*arguments, **options)
    if not asynchronous:
        return list(walk)

    async def gather() -> list[Any]:
        return [item async for item in walk]

    return asyncio.run(gather())


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_every_item_of_every_page_typed_from_the_first_page(
    api: Callable[[str], Api], asynchronous: bool
) -> None:
    pagination = api("pagination")
    pagination.succeed_in_turn(_page(5, "a", "b"), _page(5, "c", "d"), _page(5, "e"))
    pets = _collect(pagination, asynchronous, "iter_pets", "shop 1", per_page=2, kind="cat")
    assert [pet.name for pet in pets] == ["a", "b", "c", "d", "e"]
    assert all(isinstance(pet, pagination.models.Pet) for pet in pets)
    assert pets[0].kind is pagination.models.Kind.CAT
    seen = pagination.stub.seen
    assert [request.query for request in seen] == [
        {"page": [str(page)], "per_page": ["2"], "kind": ["cat"]}
        for page in (0, 1, 2)  # first: 0
    ]
    assert {request.path for request in seen} == {"/shops/shop%201/pets"}


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_nothing_is_sent_before_the_first_item_is_asked_for(
    api: Callable[[str], Api], asynchronous: bool
) -> None:
    pagination = api("pagination")
    pagination.succeed_in_turn(_page(3, "a", "b"), _page(3, "c"))
    resources = pagination.resources(asynchronous=asynchronous).pets
    walk = resources.iter_pets("s")
    assert pagination.stub.seen == []
    first = asyncio.run(walk.__anext__()) if asynchronous else next(walk)
    assert first.name == "a"
    assert len(pagination.stub.seen) == 1


def test_an_empty_page_ends_the_walk(api: Callable[[str], Api]) -> None:
    pagination = api("pagination")
    pagination.succeed_in_turn(_page(10, "a"), _page(10))
    assert [pet.name for pet in _collect(pagination, False, "iter_pets", "s")] == ["a"]
    assert len(pagination.stub.seen) == 2


@pytest.mark.parametrize(
    "first",
    [{"pets": _pets("a", "b")}, {"pets": _pets("a", "b"), "meta": {}}],
    ids=["without meta", "without total"],
)
def test_a_page_without_a_total_is_the_last(
    api: Callable[[str], Api], first: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    """How many there are is unknown: its items are yielded, no page after it is asked for."""
    pagination = api("pagination")
    pagination.succeed_in_turn(first, _page(10, "c"))
    with caplog.at_level(logging.WARNING, logger="vrlive"):
        names = [pet.name for pet in _collect(pagination, False, "iter_pets", "s")]
    assert names == ["a", "b"]
    assert len(pagination.stub.seen) == 1
    assert "list_pets: page 0 gives no total" in caplog.text


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_server_repeating_a_page_cannot_keep_the_walk_going(
    api: Callable[[str], Api], asynchronous: bool, caplog: pytest.LogCaptureFixture
) -> None:
    """A server that ignores the page number answers page 0 again and again; its total is never
    reached. The walk stops at the first repeat, yielding nothing twice."""
    pagination = api("pagination")
    pagination.succeed(_page(1000, "a", "b"))
    with caplog.at_level(logging.WARNING, logger="vrlive"):
        names = [pet.name for pet in _collect(pagination, asynchronous, "iter_pets", "s")]
    assert names == ["a", "b"]
    assert len(pagination.stub.seen) == 2
    assert "list_pets: page 1 repeats a page already read; stopping after 2 items" in caplog.text


def test_a_server_starting_over_is_caught_too(api: Callable[[str], Api]) -> None:
    pagination = api("pagination")
    pagination.succeed_in_turn(_page(9, "a"), _page(9, "b"), _page(9, "a"), _page(9, "z"))
    assert [pet.name for pet in _collect(pagination, False, "iter_pets", "s")] == ["a", "b"]
    assert len(pagination.stub.seen) == 3


def test_pages_from_one_with_the_total_beside_the_items(api: Callable[[str], Api]) -> None:
    """No ``first`` (pages count from 1), no ``size``, items that are plain strings."""
    pagination = api("pagination")
    pagination.succeed_in_turn({"tags": ["x", "y"], "count": 3}, {"tags": ["z"], "count": 3})
    assert _collect(pagination, True, "iter_tags") == ["x", "y", "z"]
    assert [request.query for request in pagination.stub.seen] == [{"p": ["1"]}, {"p": ["2"]}]


def test_a_failing_page_raises_from_the_iteration(api: Callable[[str], Api]) -> None:
    pagination = api("pagination")
    pagination.succeed_in_turn(_page(4, "a", "b"))
    pagination.stub.answer(500, json_body={"code": 7, "message": "down"})
    walk = pagination.resources().pets.iter_pets("s")
    assert next(walk).name == "a"
    assert next(walk).name == "b"
    with pytest.raises(APIError):
        next(walk)


def test_arguments_are_checked_when_the_walk_starts(api: Callable[[str], Api]) -> None:
    pagination = api("pagination")
    with pytest.raises(ValueError, match="kind: 'bird' is not one of 'cat', 'dog'"):
        next(pagination.resources().pets.iter_pets("s", kind="bird"))
    assert pagination.stub.seen == []
