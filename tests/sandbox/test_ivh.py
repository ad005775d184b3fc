"""The sandbox's IVH: signature checks and the session lifecycle."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.signing import ivh_query
from vrlive_sandbox.ivh import ivh_signature

APPKEY, ACCESSTOKEN = "sandbox-ivh-appkey", "sandbox-ivh-accesstoken"
BASE = "/v2/ivh/sessionmanager/sessionmanagerservice"
REQ_ID = "d7aa08da33dd4a662ad5be508c5b77cf"


def test_sandbox_verifier_reproduces_the_published_vector() -> None:
    query = {"appkey": "e38267c0e86411ebb02aed82acb0ed99", "timestamp": "1646636485"}
    assert (
        ivh_signature(query, "f68f2d10ae9e4604b76fb05cf46bccec")
        == "BfWuaC9kmaicCggXc693uK+sZQ8qe88O4HVQNTdwZuo="
    )


def test_test_signer_reproduces_the_published_vector() -> None:
    signed = ivh_query("e38267c0e86411ebb02aed82acb0ed99", "f68f2d10ae9e4604b76fb05cf46bccec", 1646636485)
    assert signed["signature"] == "BfWuaC9kmaicCggXc693uK+sZQ8qe88O4HVQNTdwZuo="


def ivh(
    api: httpx.Client, name: str, payload: dict[str, Any], query: dict[str, str] | None = None
) -> dict[str, Any]:
    now = int(api.get("/_sandbox").json()["now"])
    response = api.post(
        f"{BASE}/{name}",
        params=query if query is not None else ivh_query(APPKEY, ACCESSTOKEN, now),
        json={"Header": {}, "Payload": {"ReqId": REQ_ID, **payload}},
        headers={"Content-Type": "application/json;charset=utf-8"},
    )
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


CREATE = {"VirtualmanProjectId": "p1", "UserId": "viewer-1", "Protocol": "trtc", "DriverType": 1}


@pytest.mark.parametrize(
    "query",
    [
        lambda now: {**ivh_query(APPKEY, ACCESSTOKEN, now), "signature": "bm9wZQ=="},
        lambda now: ivh_query(APPKEY, "wrong-token", now),
        lambda now: ivh_query("other-appkey", ACCESSTOKEN, now),
        lambda now: ivh_query(APPKEY, ACCESSTOKEN, now - 310),
        lambda now: ivh_query(APPKEY, ACCESSTOKEN, now + 310),
        lambda now: {},
    ],
)
def test_bad_signature_gets_100005(api: httpx.Client, query: Any) -> None:
    now = int(api.get("/_sandbox").json()["now"])
    answer = ivh(api, "createsession", CREATE, query(now))
    assert answer["Header"]["Code"] == 100005
    assert answer["Payload"] == {}


def test_timestamp_inside_the_window_is_accepted(api: httpx.Client) -> None:
    now = int(api.get("/_sandbox").json()["now"])
    assert ivh(api, "createsession", CREATE, ivh_query(APPKEY, ACCESSTOKEN, now - 290))["Header"]["Code"] == 0


def test_session_lifecycle(api: httpx.Client) -> None:
    created = ivh(api, "createsession", CREATE)
    assert created["Header"]["Code"] == 0
    session = created["Payload"]["SessionId"]
    assert created["Payload"]["SessionStatus"] == 3
    assert ivh(api, "startsession", {"SessionId": session})["Header"]["Code"] == 110014
    api.post("/_sandbox/clock", json={"advance": 3})
    stat = ivh(api, "statsession", {"SessionId": session})["Payload"]
    assert (stat["SessionStatus"], stat["IsSessionStarted"], stat["ErrorCode"]) == (1, False, 0)
    assert ivh(api, "startsession", {"SessionId": session})["Payload"] == {"ReqId": REQ_ID}
    assert ivh(api, "statsession", {"SessionId": session})["Payload"]["IsSessionStarted"] is True
    sign = ivh(api, "gettrtcsign", {"SessionId": session, "RoomId": "1200000", "UserId": "guest"})["Payload"]
    assert sign["UserSig"]
    assert sign["PrivateMapKey"]
    assert ivh(api, "closesession", {"SessionId": session})["Header"]["Code"] == 0
    assert ivh(api, "statsession", {"SessionId": session})["Payload"]["SessionStatus"] == 2
    assert ivh(api, "startsession", {"SessionId": session})["Header"]["Code"] == 110013


def test_ready_delay_is_configurable(api: httpx.Client) -> None:
    api.patch("/_sandbox/config", json={"ivh_ready_seconds": 0}).raise_for_status()
    created = ivh(api, "createsession", CREATE)["Payload"]
    assert created["SessionStatus"] == 1


@pytest.mark.parametrize("name", ["statsession", "startsession", "closesession", "gettrtcsign"])
def test_unknown_session_is_110018(api: httpx.Client, name: str) -> None:
    payload = {"SessionId": "m000", "RoomId": "1", "UserId": "u"}
    assert ivh(api, name, payload)["Header"]["Code"] == 110018


def test_same_user_replaces_the_older_session(api: httpx.Client) -> None:
    first = ivh(api, "createsession", CREATE)["Payload"]["SessionId"]
    ivh(api, "createsession", CREATE)
    stat = ivh(api, "statsession", {"SessionId": first})["Payload"]
    assert (stat["SessionStatus"], stat["ErrorCode"]) == (2, 110022)


def test_invalid_payload_is_a_bad_parameter(api: httpx.Client) -> None:
    answer = ivh(api, "createsession", {"UserId": "u", "Protocol": "smoke-signals"})
    assert answer["Header"]["Code"] == 100001
    assert (
        "Payload.Protocol" in answer["Header"]["Message"]
        or "VirtualmanProjectId" in answer["Header"]["Message"]
    )


def test_concurrency_limit(api: httpx.Client) -> None:
    api.patch("/_sandbox/config", json={"ivh_max_sessions": 1}).raise_for_status()
    assert ivh(api, "createsession", CREATE)["Header"]["Code"] == 0
    assert ivh(api, "createsession", {**CREATE, "UserId": "viewer-2"})["Header"]["Code"] == 100008
