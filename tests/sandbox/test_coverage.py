"""The sandbox answers every operation its specs declare: a stateful handler where behaviour needs
state, its spec (success example, or a value built from the schema) everywhere else, always behind
the vendor's guard (the credentials of the operation's security, then the request's shape)."""

from __future__ import annotations

import contextlib
import copy
import json
from typing import Any
from urllib.parse import urlencode

import pytest
from openapi_python_client.strings import PythonIdentifier

from tests.calls import fields_of
from tests.signing import ivh_query
from tests.specs import Operation, load, operations, schema_problems
from vrlive.ivh import Ivh
from vrlive.qnlive import QnLive
from vrlive.realsee import Realsee
from vrlive_core.errors import APIError
from vrlive_core.openapi import resolve
from vrlive_sandbox import Sandbox
from vrlive_sandbox.controls import SandboxControls
from vrlive_sandbox.http import Handler, Reply, Request
from vrlive_sandbox.ivh import Ivh as IvhVendor
from vrlive_sandbox.qnlive import QnLive as QnLiveVendor
from vrlive_sandbox.qnlive import encode_jwt
from vrlive_sandbox.realsee import Realsee as RealseeVendor
from vrlive_sandbox.vendor import Vendor

OPERATIONS = operations()


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_every_operation_is_answered_as_its_spec_declares(
    operation: Operation, controls: SandboxControls, realsee: Realsee, qnlive: QnLive, ivh: Ivh
) -> None:
    """Its example request, through the facade: a declared answer (the vendor's success or its own
    refusal, such as a task the example names not being there), never the sandbox's own failure.
    The plugin's contract guard holds the request to the spec at teardown."""
    facade = {"realsee": realsee, "qnlive": qnlive, "ivh": ivh}[operation.spec_name]
    resource = getattr(facade, PythonIdentifier(operation.data["tags"][0], prefix=""))
    # The vendor's refusal is parsed into an APIError: the record below says it was a declared answer.
    with contextlib.suppress(APIError):
        getattr(resource, operation.id)(**fields_of(operation))
    (record,) = controls.requests(operation=operation.id)
    declared = {int(status) for status in operation.data["responses"] if str(status).isdigit()}
    assert record.status in declared, record


def _vendors(sandbox: Sandbox, spec: dict[str, Any] | None = None, keep: tuple[str, ...] = ()) -> Vendor:
    """A Realsee vendor (of ``spec``, else its own) with no stateful handler but those in ``keep``."""

    class Bare(RealseeVendor):
        def handlers(self) -> dict[str, Handler]:
            return {name: handler for name, handler in super().handlers().items() if name in keep}

    return Bare(sandbox.config, sandbox.clock, sandbox.storage, spec)


def _route(vendor: Vendor, operation_id: str) -> Handler:
    return next(route.handler for route in vendor.routes() if route.operation == operation_id)


def _success_example(spec_name: str, operation_id: str) -> Any:
    operation = next(op for op in operations(spec_name) if op.id == operation_id)
    examples = {name: value for status, name, value in operation.response_examples() if status == 200}
    return examples.get("success", next(iter(examples.values())))


def _realsee_token(vendor: Vendor, sandbox: Sandbox) -> str:
    config = sandbox.config
    form = f"app_key={config.realsee_app_key}&app_secret={config.realsee_app_secret}".encode()
    headers = {"content-type": "application/x-www-form-urlencoded"}
    reply = _route(vendor, "get_access_token")(Request("POST", "/auth/access_token", "", headers, form))
    return str(json.loads(reply.body)["data"]["access_token"])


def _detail_request(token: str | None, query: str = "app_id=vw9deNaEggNpPLkW&room_code=r1") -> Request:
    headers = {"authorization": token} if token else {}
    return Request("GET", "/open/v1/live/room/detail", query, headers, b"")


def test_an_operation_without_a_handler_answers_its_success_example(sandbox: Sandbox) -> None:
    vendor = _vendors(sandbox, keep=("get_access_token",))
    assert "get_viewing_room_detail" in vendor.answered_from_spec()
    detail = _route(vendor, "get_viewing_room_detail")
    reply = detail(_detail_request(_realsee_token(vendor, sandbox)))
    assert (reply.status, json.loads(reply.body)) == (
        200,
        _success_example("realsee", "get_viewing_room_detail"),
    )


def test_an_operation_without_a_handler_checks_credentials_and_the_request(sandbox: Sandbox) -> None:
    vendor = _vendors(sandbox, keep=("get_access_token",))
    detail = _route(vendor, "get_viewing_room_detail")
    for token in (None, "made-up"):
        refused = json.loads(detail(_detail_request(token)).body)
        assert (refused["code"], refused["status"]) == (-3, "access_token expired")
    invalid = json.loads(detail(_detail_request(_realsee_token(vendor, sandbox), "app_id=a")).body)
    assert (invalid["code"], invalid["business_code"]) == (-1, "50")
    assert invalid["status"] == "invalid request: query.room_code: required"


def test_the_other_vendors_answer_from_their_specs_behind_their_own_guards(sandbox: Sandbox) -> None:
    class BareQnLive(QnLiveVendor):
        def handlers(self) -> dict[str, Handler]:
            return {}

    class BareIvh(IvhVendor):
        def handlers(self) -> dict[str, Handler]:
            return {}

    config = sandbox.config
    stop = _route(BareQnLive(config, sandbox.clock), "stop_relay")
    claims = {"app_id": config.qnlive_app_id, "user_id": "user_1", "exp": int(sandbox.clock.now()) + 60}
    user_token = encode_jwt(claims, config.qnlive_jwt_secret)
    request = Request(
        "POST", "/client/relay/r1/stop", "", {"authorization": user_token}, b"", {"relay_id": "r1"}
    )
    assert json.loads(stop(request).body) == _success_example("qnlive", "stop_relay")
    assert stop(Request("POST", "/client/relay/r1/stop", "", {}, b"", {"relay_id": "r1"})).status == 401

    stat = _route(BareIvh(config, sandbox.clock), "stat_session")
    body = json.dumps({"Header": {}, "Payload": {"ReqId": "a" * 32, "SessionId": "s1"}}).encode()
    signed = urlencode(ivh_query(config.ivh_appkey, config.ivh_accesstoken, int(sandbox.clock.now())))
    json_type = {"content-type": "application/json"}
    path = "/v2/ivh/interactdriver/interactdriverservice/statsession"
    assert json.loads(stat(Request("POST", path, signed, json_type, body)).body) == _success_example(
        "ivh", "stat_session"
    )
    assert json.loads(stat(Request("POST", path, "", json_type, body)).body)["Header"]["Code"] == 100005


def _without_examples(operation_id: str) -> dict[str, Any]:
    """The Realsee spec, with no response example left on ``operation_id``."""
    spec = copy.deepcopy(load("realsee"))
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                for response in operation["responses"].values():
                    for media in response.get("content", {}).values():
                        media.pop("examples", None)
    return spec


def test_an_operation_without_examples_answers_a_value_built_from_its_schema(sandbox: Sandbox) -> None:
    spec = _without_examples("get_viewing_room_detail")
    vendor = _vendors(sandbox, spec, keep=("get_access_token",))
    reply = _route(vendor, "get_viewing_room_detail")(_detail_request(_realsee_token(vendor, sandbox)))
    answer = json.loads(reply.body)
    schema = spec["paths"]["/open/v1/live/room/detail"]["get"]["responses"]["200"]["content"]
    assert schema_problems(load("realsee"), schema["application/json"]["schema"], answer) == []
    assert answer["code"] == 0  # the envelope's success, whatever the schema's first choice
    detail = resolve(spec, spec["components"]["schemas"]["ViewingRoomDetail"])
    assert set(detail["required"]) <= set(answer["data"])


def test_a_security_scheme_the_sandbox_cannot_check_is_refused_naming_it(sandbox: Sandbox) -> None:
    spec = copy.deepcopy(load("realsee"))
    spec["paths"]["/open/v1/live/room/detail"]["get"]["security"] = [{"ClientCertificate": []}]
    reply: Reply = _route(_vendors(sandbox, spec), "get_viewing_room_detail")(_detail_request("t"))
    assert reply.status == 501
    assert (
        b"cannot check the security scheme ClientCertificate of realsee get_viewing_room_detail" in reply.body
    )
