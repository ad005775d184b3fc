"""The sandbox emulates every operation of the specs; one a spec gains first answers 501, saying so."""

from __future__ import annotations

from vrlive_sandbox import Sandbox
from vrlive_sandbox.app import SandboxApp
from vrlive_sandbox.http import Handler, Request
from vrlive_sandbox.qnlive import QnLive, encode_jwt


def test_every_operation_of_every_spec_has_a_handler(sandbox: Sandbox) -> None:
    app: SandboxApp = sandbox.app
    missing = {vendor.name: vendor.unemulated() for vendor in (app.realsee, app.qnlive, app.ivh)}
    assert not any(missing.values()), (
        "the sandbox does not emulate "
        + "; ".join(f"{name}: {', '.join(ids)}" for name, ids in missing.items() if ids)
        + ": add a handler to sandbox/vrlive_sandbox/<vendor>.py (until then it answers 501)"
    )


class _Behind(QnLive):
    """A sandbox vendor that has not caught up with its spec."""

    def handlers(self) -> dict[str, Handler]:
        return {name: handler for name, handler in super().handlers().items() if name != "stop_relay"}


def test_an_operation_without_a_handler_answers_501_naming_it(sandbox: Sandbox) -> None:
    vendor = _Behind(sandbox.config, sandbox.clock)
    assert "stop_relay" in vendor.unemulated()
    route = next(route for route in vendor.routes() if route.operation == "stop_relay")
    claims = {
        "app_id": sandbox.config.qnlive_app_id,
        "user_id": "user_1",
        "exp": int(sandbox.clock.now()) + 60,
    }
    user_token = encode_jwt(claims, sandbox.config.qnlive_jwt_secret)  # past the vendor's guard
    request = Request(
        "POST", "/client/relay/r1/stop", "", {"authorization": user_token}, b"", {"relay_id": "r1"}
    )
    reply = route.handler(request)
    assert reply.status == 501
    assert b"the sandbox does not emulate qnlive stop_relay yet" in reply.body
