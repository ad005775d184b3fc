"""The sandbox's Qiniu: AK/SK-signed token minting, JWT checks and the relay state machine."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.signing import qiniu_authorization, qiniu_user_token
from vrlive_sandbox import Sandbox

AK, SK = "sandbox-qiniu-ak", "sandbox-qiniu-sk"


def user_token(sandbox: Sandbox, user: str, **query: str) -> str:
    response = qiniu_user_token(sandbox.api_url, AK, SK, user, **query)
    assert response.status_code == 200, response.text
    return str(response.json()["data"]["access_token"])


def relay_call(api: httpx.Client, method: str, path: str, token: str, **kwargs: Any) -> httpx.Response:
    return api.request(method, path, headers={"Authorization": token}, **kwargs)


def test_signed_token_request_mints_a_jwt(api: httpx.Client, sandbox: Sandbox) -> None:
    response = qiniu_user_token(
        sandbox.api_url, AK, SK, "user_1", device_id="device_1", expires_at="4102444800"
    )
    body = response.json()
    assert (response.status_code, body["code"]) == (200, 0)
    assert body["data"]["expires_at"] == 4102444800
    assert body["data"]["access_token"].count(".") == 2


@pytest.mark.parametrize(
    "authorization",
    [
        lambda url: qiniu_authorization(AK, "wrong-secret", "GET", url),
        lambda url: qiniu_authorization("other-ak", SK, "GET", url),
        lambda url: qiniu_authorization(AK, SK, "GET", url + "&user_id=someone-else"),
        lambda url: "",
    ],
)
def test_bad_signature_is_unauthorized(api: httpx.Client, sandbox: Sandbox, authorization: Any) -> None:
    url = f"{sandbox.api_url}/server/auth/token?app_id=live_app_1&user_id=user_1"
    response = httpx.get(url, headers={"Authorization": authorization(url)})
    assert (response.status_code, response.json()["code"]) == (401, 401)


def test_relay_calls_require_a_valid_unexpired_token(api: httpx.Client, sandbox: Sandbox) -> None:
    token = user_token(sandbox, "user_1", expires_at=str(int(api.get("/_sandbox").json()["now"]) + 60))
    assert relay_call(api, "GET", "/client/relay/none", token).status_code == 404
    garbage = relay_call(api, "GET", "/client/relay/none", token[:-3] + "abc")
    assert (garbage.status_code, garbage.json()["code"]) == (401, 401)
    api.post("/_sandbox/clock", json={"advance": 61})
    expired = relay_call(api, "GET", "/client/relay/none", token)
    assert (expired.status_code, expired.json()["code"], expired.json()["message"]) == (
        401,
        499,
        "token expired",
    )


def _start(api: httpx.Client, token: str, init_room: str = "live_1", recv_room: str = "live_2") -> str:
    body = {"init_room_id": init_room, "recv_room_id": recv_room, "recv_user_id": "user_2"}
    response = relay_call(api, "POST", "/client/relay/start", token, json=body)
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert (data["relay_status"], bool(data["relay_token"])) == (0, True)
    return str(data["relay_id"])


def _status(api: httpx.Client, token: str, relay: str) -> int:
    return int(relay_call(api, "GET", f"/client/relay/{relay}", token).json()["data"]["status"])


def test_relay_walks_the_documented_status_machine(api: httpx.Client, sandbox: Sandbox) -> None:
    initiator, receiver = user_token(sandbox, "user_1"), user_token(sandbox, "user_2")
    relay = _start(api, initiator)
    assert _status(api, initiator, relay) == 0
    refused = relay_call(api, "POST", f"/client/relay/{relay}/started", initiator)
    assert (refused.status_code, refused.json()["code"]) == (400, 400)
    assert api.post(f"/_sandbox/qnlive/relays/{relay}/accept").status_code == 200
    assert _status(api, initiator, relay) == 1
    moved = relay_call(api, "POST", f"/client/relay/{relay}/started", initiator).json()["data"]
    assert moved == {"relay_id": relay, "relay_status": 2}
    assert (
        relay_call(api, "POST", f"/client/relay/{relay}/started", receiver).json()["data"]["relay_status"]
        == 4
    )
    token = relay_call(api, "GET", f"/client/relay/{relay}/token", receiver).json()["data"]
    assert token["relay_status"] == 4
    assert token["relay_token"]
    assert relay_call(api, "POST", f"/client/relay/{relay}/stop", initiator).json()["code"] == 0
    session = relay_call(api, "GET", f"/client/relay/{relay}", initiator).json()["data"]
    assert session["status"] == 6
    assert session["start_at"]
    assert session["stop_at"]
    assert relay_call(api, "POST", f"/client/relay/{relay}/stop", initiator).status_code == 400


def test_rejected_relay_cannot_start(api: httpx.Client, sandbox: Sandbox) -> None:
    initiator = user_token(sandbox, "user_1")
    relay = _start(api, initiator)
    assert api.post(f"/_sandbox/qnlive/relays/{relay}/reject").status_code == 200
    assert _status(api, initiator, relay) == 5
    assert api.post(f"/_sandbox/qnlive/relays/{relay}/accept").status_code == 409
    assert relay_call(api, "POST", f"/client/relay/{relay}/started", initiator).status_code == 400
    assert relay_call(api, "GET", f"/client/relay/{relay}/token", initiator).status_code == 400


@pytest.mark.parametrize(("answer", "status"), [("accept", 1), ("reject", 5)])
def test_configured_receivers_answer_on_their_own(
    api: httpx.Client, sandbox: Sandbox, answer: str, status: int
) -> None:
    api.patch("/_sandbox/config", json={"relay_answer": answer, "relay_answer_seconds": 5})
    initiator = user_token(sandbox, "user_1")
    relay = _start(api, initiator)
    api.post("/_sandbox/clock", json={"advance": 4})
    assert _status(api, initiator, relay) == 0
    api.post("/_sandbox/clock", json={"advance": 1})
    assert _status(api, initiator, relay) == status
    assert api.post(f"/_sandbox/qnlive/relays/{relay}/accept").status_code == 409


def test_unknown_relay_answer_is_refused(api: httpx.Client) -> None:
    response = api.patch("/_sandbox/config", json={"relay_answer": "maybe"})
    assert response.status_code == 400
    assert "relay_answer" in response.text


def test_room_in_a_relay_cannot_start_another(api: httpx.Client, sandbox: Sandbox) -> None:
    initiator = user_token(sandbox, "user_1")
    _start(api, initiator)
    body = {"init_room_id": "live_1", "recv_room_id": "live_3", "recv_user_id": "user_3"}
    again = relay_call(api, "POST", "/client/relay/start", initiator, json=body)
    assert (again.status_code, again.json()["code"]) == (500, 10001)


@pytest.mark.parametrize(
    "body",
    [
        {"init_room_id": "live_1", "recv_room_id": "live_1", "recv_user_id": "user_2"},
        {"init_room_id": "live_1", "recv_room_id": "live_2", "recv_user_id": "user_1"},
        {"init_room_id": "live_1", "recv_room_id": "live_2"},
    ],
)
def test_invalid_start_is_a_400(api: httpx.Client, sandbox: Sandbox, body: dict[str, str]) -> None:
    response = relay_call(api, "POST", "/client/relay/start", user_token(sandbox, "user_1"), json=body)
    assert (response.status_code, response.json()["code"]) == (400, 400)


def test_only_hosts_touch_a_relay_and_extends_update(api: httpx.Client, sandbox: Sandbox) -> None:
    initiator, stranger = user_token(sandbox, "user_1"), user_token(sandbox, "user_9")
    relay = _start(api, initiator)
    assert relay_call(api, "GET", f"/client/relay/{relay}/token", stranger).status_code == 404
    assert (
        relay_call(
            api, "POST", f"/client/relay/{relay}/extends", initiator, json={"extends": {"k": "v"}}
        ).status_code
        == 200
    )
    assert relay_call(api, "GET", f"/client/relay/{relay}", stranger).json()["data"]["extends"] == {"k": "v"}
