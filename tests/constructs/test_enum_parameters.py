"""Enum parameters take their members or their values, in the functional modules and in the
resources alike (as body fields do); a value the enum does not list is refused before anything is
sent, naming the values it takes. (Their typing under mypy --strict: tests/generated/test_resources.py.)"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.constructs.conftest import Api
from vrlive_core.errors import RequestValidationError


def test_the_functions_take_a_member_or_its_value(api: Callable[[str], Api]) -> None:
    enums = api("enums")
    enums.succeed([])
    list_tasks = enums.operation("default", "list_tasks")
    for state in ("running", enums.models.State.RUNNING):
        list_tasks.sync(client=enums.client(), state=state)
        assert enums.stub.last.query == {"state": ["running"]}


def test_the_resources_take_a_member_or_its_value(api: Callable[[str], Api]) -> None:
    parameters = api("parameters")
    parameters.succeed({"ok": True})
    items = parameters.resources(parameters.client(token="tok-1234567890")).default
    assert items.get_item("i", 1, x_trace="t", mode="fast").ok is True
    assert parameters.stub.last.query["mode"] == ["fast"]


@pytest.mark.parametrize("value", ["paused", True, 1], ids=["unknown", "boolean", "wrong type"])
def test_a_value_the_enum_does_not_list_is_refused_before_sending(
    api: Callable[[str], Api], value: object
) -> None:
    enums = api("enums")
    list_tasks = enums.operation("default", "list_tasks")
    with pytest.raises(RequestValidationError, match=r"state: .* is not one of 'pending', 'running', 'done'"):
        list_tasks.sync(client=enums.client(), state=value)
    assert enums.stub.seen == []
