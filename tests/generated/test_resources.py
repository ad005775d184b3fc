"""The generated resource classes: every operation a method, its body's fields as keyword arguments.

Each operation is called through its resource method (sync, async and both raw views) with the
fields of its request example, against a mock transport: the request sent is the example request,
the result the example's data. A fake facade records which client (security scheme) each call used.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.calls import (
    Facade,
    as_json,
    body_model,
    check_request,
    envelope_value,
    fields_of,
    is_success,
    make_client,
    request_example,
    resource_class,
)
from tests.specs import Operation, operations
from tests.typecheck import strict_errors
from vrlive import ivh as ivh_overlay
from vrlive_core.errors import RequestValidationError

OPERATIONS = operations()


def _first_example(operation: Operation) -> tuple[int, dict[str, Any]]:
    status, _name, value = next(operation.response_examples())
    return status, value


def _facade(operation: Operation, seen: list[httpx.Request], answer: Any | None = None) -> Facade:
    status, value = _first_example(operation) if answer is None else (200, answer)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=value)

    return Facade(
        make_client(operation, "https://api.test", httpx_args={"transport": httpx.MockTransport(handler)})
    )


def _expected_data(operation: Operation) -> Any:
    status, value = _first_example(operation)
    assert is_success(operation, status, value)
    return envelope_value(operation, value, "data")


def _check_scheme(operation: Operation, facade: Facade) -> None:
    security = operation.data.get("security")
    expected = next(iter(security[0])) if security else None
    assert facade.schemes == [expected]


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_every_operation_is_a_method_taking_its_fields(operation: Operation) -> None:
    seen: list[httpx.Request] = []
    facade = _facade(operation, seen)
    result = getattr(resource_class(operation)(facade), operation.id)(**fields_of(operation))
    assert len(seen) == 1
    check_request(operation, seen[0])
    assert as_json(result) == _expected_data(operation)
    _check_scheme(operation, facade)


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_the_async_class_has_the_same_method(operation: Operation) -> None:
    seen: list[httpx.Request] = []
    facade = _facade(operation, seen)
    method = getattr(resource_class(operation, asynchronous=True)(facade), operation.id)
    result = asyncio.run(method(**fields_of(operation)))
    check_request(operation, seen[0])
    assert as_json(result) == _expected_data(operation)


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_raw_views_return_the_response(operation: Operation) -> None:
    seen: list[httpx.Request] = []
    facade = _facade(operation, seen)
    status, value = _first_example(operation)
    response = getattr(resource_class(operation)(facade).with_raw_response, operation.id)(
        **fields_of(operation)
    )
    assert (response.status_code, json.loads(response.content)) == (status, value)
    asynchronous = resource_class(operation, asynchronous=True)(facade).with_raw_response
    response = asyncio.run(getattr(asynchronous, operation.id)(**fields_of(operation)))
    assert response.status_code == status
    assert response.error is None


def _operation(operation_id: str) -> Operation:
    return next(operation for operation in OPERATIONS if operation.id == operation_id)


def test_a_prebuilt_body_sends_the_same_request() -> None:
    operation = _operation("create_viewing_room")
    seen: list[httpx.Request] = []
    prebuilt = body_model(operation).from_dict(request_example(operation))
    resource_class(operation)(_facade(operation, seen)).create_viewing_room(body=prebuilt)
    check_request(operation, seen[0])


def test_body_and_fields_together_are_refused_before_sending() -> None:
    operation = _operation("create_viewing_room")
    seen: list[httpx.Request] = []
    prebuilt = body_model(operation).from_dict(request_example(operation))
    viewing = resource_class(operation)(_facade(operation, seen))
    with pytest.raises(
        RequestValidationError, match=r"invalid CreateViewingRoomRequest: app_id: give either body="
    ):
        viewing.create_viewing_room(body=prebuilt, app_id="other")
    assert seen == []


def test_a_missing_required_field_is_named_before_sending() -> None:
    operation = _operation("start_relay")
    seen: list[httpx.Request] = []
    relay = resource_class(operation)(_facade(operation, seen))
    with pytest.raises(
        RequestValidationError,
        match=r"invalid StartRelayRequest: recv_user_id: required \(give them, or body=\)",
    ):
        relay.start_relay(init_room_id="live_1", recv_room_id="live_2")
    assert seen == []


def test_request_envelopes_are_filled_in_and_req_ids_made_up() -> None:
    operation = _operation("create_session")
    seen: list[httpx.Request] = []
    session = resource_class(operation)(_facade(operation, seen))
    fields = {name: value for name, value in fields_of(operation).items() if name != "req_id"}
    fields["protocol"] = "trtc"  # an enum also takes its value
    session.create_session(**fields)
    sent = json.loads(seen[0].content)
    assert sent["Header"] == {}
    assert len(sent["Payload"]["ReqId"]) == 32
    int(sent["Payload"]["ReqId"], 16)
    assert sent["Payload"]["Protocol"] == "trtc"
    session.create_session(**fields)
    assert json.loads(seen[1].content)["Payload"]["ReqId"] != sent["Payload"]["ReqId"]


def test_an_enum_value_it_does_not_have_is_refused_before_sending() -> None:
    operation = _operation("create_session")
    seen: list[httpx.Request] = []
    session = resource_class(operation)(_facade(operation, seen))
    fields = {**fields_of(operation), "protocol": "rtsp"}
    with pytest.raises(
        RequestValidationError,
        match=r"invalid CreateSessionPayload: protocol: 'rtsp' is not one of 'rtmp', 'trtc'",
    ):
        session.create_session(**fields)
    assert seen == []


def test_each_tag_is_a_resource_of_the_package() -> None:
    realsee = importlib.import_module("realsee_client.resources")
    for resources in (realsee.Resources, realsee.AsyncResources):
        assert {"auth", "viewing", "pano"} <= set(vars(resources))
    assert set(vars(importlib.import_module("qnlive_client.resources").Resources)) >= {"server", "relay"}
    assert "session" in vars(importlib.import_module("ivh_client.resources").Resources)


# What users write: an enum argument takes its members or its values (as the README says), in sync
# and async calls and their raw views. The module docstring's example of vrlive.ivh is checked too.
USER_CODE = """\
from ivh_client.models import IvhDriverType, IvhProtocol
from vrlive import AsyncIvh, Ivh


def sync_calls(ivh: Ivh) -> None:
    ivh.session.create_session(virtualman_project_id="p", user_id="u", protocol="trtc", driver_type=1)
    ivh.session.create_session(
        virtualman_project_id="p", user_id="u", protocol=IvhProtocol.TRTC, driver_type=IvhDriverType.TEXT
    )
    ivh.session.with_raw_response.create_session(
        virtualman_project_id="p", user_id="u", protocol="webrtc", driver_type=IvhDriverType.AUDIO
    )


async def async_calls(ivh: AsyncIvh) -> None:
    await ivh.session.create_session(virtualman_project_id="p", user_id="u", protocol="rtmp", driver_type=3)
    await ivh.session.with_raw_response.create_session(
        virtualman_project_id="p", user_id="u", protocol=IvhProtocol.RTMP, driver_type=1
    )
"""

# A value the enum does not have is a type error, on the line that passes it.
WRONG_VALUES = """\
from vrlive import AsyncIvh, Ivh


async def calls(ivh: Ivh, async_ivh: AsyncIvh) -> None:
    ivh.session.create_session(virtualman_project_id="p", user_id="u", protocol="rtsp", driver_type=1)
    ivh.session.create_session(virtualman_project_id="p", user_id="u", protocol="trtc", driver_type=2)
    await async_ivh.session.create_session(
        virtualman_project_id="p", user_id="u", protocol="TRTC", driver_type=1
    )
"""


def _docstring_example(module: Any) -> str:
    """The code block after ``Usage::`` in a module docstring."""
    return textwrap.dedent(str(module.__doc__).split("Usage::", 1)[1])


def test_enum_arguments_take_members_or_values_under_mypy_strict(
    tmp_path: Path, pytestconfig: pytest.Config
) -> None:
    (tmp_path / "user_code.py").write_text(USER_CODE, encoding="utf-8")
    (tmp_path / "docstring_example.py").write_text(_docstring_example(ivh_overlay), encoding="utf-8")
    (tmp_path / "wrong_values.py").write_text(WRONG_VALUES, encoding="utf-8")
    errors, printed = strict_errors(sorted(tmp_path.glob("*.py")), pytestconfig)
    assert errors == {
        ("wrong_values.py", 5),
        ("wrong_values.py", 6),
        ("wrong_values.py", 7),  # a multi-line call's error is on its first line
    }, printed


# Query parameters holding enums (of text and of integers) take members or values too, in the
# resources and the functional modules; a value the enum does not list is a type error.
PARAMETER_CODE = """\
from realsee_client.api.production import list_production_projects
from realsee_client.client import AuthenticatedClient
from realsee_client.models import ListProductionProjectsSort, ProductionProjectStatus
from vrlive import AsyncRealsee, Realsee


def calls(realsee: Realsee, client: AuthenticatedClient) -> None:
    realsee.production.list_production_projects(app_code="a", sort="asc", status=4)
    realsee.production.list_production_projects(
        app_code="a", sort=ListProductionProjectsSort.ASC, status=ProductionProjectStatus.PROCESSED
    )
    list_production_projects.sync(client=client, app_code="a", sort="desc", status=0)


async def async_calls(realsee: AsyncRealsee) -> None:
    await realsee.production.list_production_projects(app_code="a", sort="desc", status=12)
"""

WRONG_PARAMETERS = """\
from realsee_client.api.production import list_production_projects
from realsee_client.client import AuthenticatedClient
from vrlive import Realsee


def calls(realsee: Realsee, client: AuthenticatedClient) -> None:
    realsee.production.list_production_projects(app_code="a", sort="newest")
    realsee.production.list_production_projects(app_code="a", status=7)
    list_production_projects.sync(client=client, app_code="a", sort="ASC")
"""


def test_enum_parameters_take_members_or_values_under_mypy_strict(
    tmp_path: Path, pytestconfig: pytest.Config
) -> None:
    (tmp_path / "parameter_code.py").write_text(PARAMETER_CODE, encoding="utf-8")
    (tmp_path / "wrong_parameters.py").write_text(WRONG_PARAMETERS, encoding="utf-8")
    errors, printed = strict_errors(sorted(tmp_path.glob("*.py")), pytestconfig)
    assert errors == {("wrong_parameters.py", line) for line in (7, 8, 9)}, printed
