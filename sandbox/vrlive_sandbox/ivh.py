"""Tencent Cloud AI Digital Human (IVH), emulated: signed calls and interactive stream sessions.

Every call is verified (``appkey``, ``timestamp`` within five minutes, ``signature``) before
anything else; failures answer HTTP 200 with ``Header.Code`` 100005. A new session is preparing
(status 3) and becomes ready (1) after ``ivh_ready_seconds`` on the sandbox clock. Texts sent with
send_command are taken as the command channel takes them (`vrlive_sandbox.ivh_channel`): the same
pace, the same record of what the session said.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import uuid
from typing import Any
from urllib.parse import parse_qsl

from attrs import define, field

from vrlive_sandbox.clock import Clock
from vrlive_sandbox.config import SandboxConfig
from vrlive_sandbox.http import Handler, Reply, Request
from vrlive_sandbox.ivh_channel import IvhChannel, Voice
from vrlive_sandbox.vendor import Vendor

READY, CLOSED, PREPARING, FAILED = 1, 2, 3, 4
TIMESTAMP_WINDOW = 300


def ivh_signature(query: dict[str, str], accesstoken: str) -> str:
    """base64(HMAC-SHA256(accesstoken, every parameter but ``signature``, sorted, as ``k=v&k=v``))."""
    text = "&".join(f"{key}={value}" for key, value in sorted(query.items()) if key != "signature")
    return base64.b64encode(hmac.new(accesstoken.encode(), text.encode(), hashlib.sha256).digest()).decode()


@define
class Session:
    id: str
    user_id: str
    protocol: str
    created_at: float
    room_id: int
    driver_type: int = 1
    project_id: str | None = None
    asset_key: str | None = None
    closed: bool = False
    started: bool = False
    replaced: bool = False

    def status(self, now: float, ready_seconds: float) -> int:
        if self.closed:
            return CLOSED
        return PREPARING if now - self.created_at < ready_seconds else READY

    def address(self) -> str:
        if self.protocol == "trtc":
            return f"trtc://{self.room_id}/{self.user_id}"
        return f"{self.protocol}://127.0.0.1/live/{self.id}"


@define
class IvhState:
    sessions: dict[str, Session] = field(factory=dict)
    voices: dict[str, Voice] = field(factory=dict)
    """What each session said and was sent (`vrlive_sandbox.ivh_channel`)."""


class Ivh(Vendor):
    name = "ivh"

    def __init__(self, config: SandboxConfig, clock: Clock) -> None:
        super().__init__()
        self.config = config
        self.clock = clock
        self.state = IvhState()
        self.channel = IvhChannel(self, clock, threading.RLock())
        """The command channel (started by the `Sandbox`, which gives it the app's lock)."""

    def reset(self) -> None:
        self.channel.reset()
        self.state = IvhState()

    def handlers(self) -> dict[str, Handler]:
        return {
            "create_session": self.create_session,
            "stat_session": self.stat_session,
            "start_session": self.start_session,
            "close_session": self.close_session,
            "get_trtc_sign": self.get_trtc_sign,
            "create_session_by_asset": self.create_session,
            "list_sessions_of_account": self.list_sessions,
            "list_sessions_of_project": self.list_sessions,
            "list_sessions_of_asset": self.list_sessions,
            "send_command": self.send_command,
        }

    def _reply(self, code: int, message: str, payload: dict[str, Any]) -> Reply:
        return Reply.json(
            200,
            {"Header": {"Code": code, "Message": message, "RequestID": uuid.uuid4().hex}, "Payload": payload},
        )

    def ok(self, payload: dict[str, Any]) -> Reply:
        return self._reply(0, "", payload)

    def fail(self, code: int, message: str) -> Reply:
        return self._reply(code, message, {})

    def guard(self, operation_id: str, handler: Handler) -> Handler:
        """Verify the signature (100005), then the request against the spec (100001)."""

        def guarded(request: Request) -> Reply:
            if not self._signed(request):
                return self.fail(100005, "unauthorized: bad appkey, timestamp or signature")
            problems = self.contract.operations[operation_id].problems(request)
            if problems:
                return self.fail(100001, "bad parameter: " + "; ".join(problems[:3]))
            return handler(request)

        return guarded

    def _signed(self, request: Request) -> bool:
        query = dict(parse_qsl(request.raw_query, keep_blank_values=True))
        if not hmac.compare_digest(query.get("appkey", "").encode(), self.config.ivh_appkey.encode()):
            return False
        try:
            timestamp = int(query.get("timestamp", ""))
        except ValueError:
            return False
        if abs(self.clock.now() - timestamp) > TIMESTAMP_WINDOW:
            return False
        expected = ivh_signature(query, self.config.ivh_accesstoken)
        return hmac.compare_digest(expected.encode(), query.get("signature", "").encode())

    def _session(self, request: Request) -> Session | Reply:
        session = self.state.sessions.get(request.json()["Payload"]["SessionId"])
        return self.fail(110018, "session does not exist") if session is None else session

    def create_session(self, request: Request) -> Reply:
        payload = request.json()["Payload"]
        now = self.clock.now()
        open_sessions = [s for s in self.state.sessions.values() if not s.closed]
        for session in open_sessions:
            if session.user_id == payload["UserId"]:
                session.closed = session.replaced = True
        if sum(not s.closed for s in self.state.sessions.values()) >= self.config.ivh_max_sessions:
            return self.fail(100008, "concurrency limit")
        session = Session(
            id="m" + "".join(secrets.choice("0123456789") for _ in range(18)),
            user_id=payload["UserId"],
            protocol=payload["Protocol"],
            created_at=now,
            driver_type=payload["DriverType"],
            project_id=payload.get("VirtualmanProjectId"),
            asset_key=payload.get("AssetVirtualmanKey"),
            room_id=int(
                payload.get("ProtocolOption", {}).get("TrtcRoomId") or 1_200_000 + len(self.state.sessions)
            ),
        )
        self.state.sessions[session.id] = session
        return self.ok(
            {
                "ReqId": payload["ReqId"],
                "SessionId": session.id,
                "SessionStatus": session.status(now, self.config.ivh_ready_seconds),
                "PlayStreamAddr": session.address(),
            }
        )

    def stat_session(self, request: Request) -> Reply:
        session = self._session(request)
        if isinstance(session, Reply):
            return session
        status = session.status(self.clock.now(), self.config.ivh_ready_seconds)
        payload: dict[str, Any] = {
            "ReqId": request.json()["Payload"]["ReqId"],
            "SessionStatus": status,
            "IsSessionStarted": session.started,
            "ErrorCode": 110022 if session.replaced else 0,
            "ErrorMessage": "replaced by a newer session of the same UserId" if session.replaced else "",
        }
        if status != PREPARING:
            payload["PlayStreamAddr"] = session.address()
            payload["SpeakStatus"] = "Initial"
        return self.ok(payload)

    def start_session(self, request: Request) -> Reply:
        session = self._session(request)
        if isinstance(session, Reply):
            return session
        status = session.status(self.clock.now(), self.config.ivh_ready_seconds)
        if status == CLOSED:
            return self.fail(110013, "session closed")
        if status == PREPARING:
            return self.fail(110014, "session not ready")
        session.started = True
        return self.ok({"ReqId": request.json()["Payload"]["ReqId"]})

    def close_session(self, request: Request) -> Reply:
        session = self._session(request)
        if isinstance(session, Reply):
            return session
        session.closed = True
        self.channel.close_session(session.id)
        return self.ok({"ReqId": request.json()["Payload"]["ReqId"]})

    def list_sessions(self, request: Request) -> Reply:
        """The open sessions: all of them, or a project's, or an asset image's."""
        payload = request.json()["Payload"]
        now = self.clock.now()
        listed = [
            {
                "UserId": session.user_id,
                "SessionId": session.id,
                "SessionStatus": session.status(now, self.config.ivh_ready_seconds),
                "DriverType": session.driver_type,
                "IsSessionStarted": session.started,
                "PlayStreamAddr": session.address(),
            }
            for session in self.state.sessions.values()
            if not session.closed
            and payload.get("VirtualmanProjectId", session.project_id) == session.project_id
            and payload.get("AssetVirtualmanKey", session.asset_key) == session.asset_key
        ]
        return self.ok({"ReqId": payload["ReqId"], "Sessions": listed})

    def send_command(self, request: Request) -> Reply:
        """SEND_TEXT over HTTP: said as on the channel (paced, recorded); its answers go on the channel."""
        session = self._session(request)
        if isinstance(session, Reply):
            return session
        if session.closed:
            return self.fail(110013, "session closed")
        if not session.started:
            return self.fail(110016, "session not started")
        code = self.channel.take(self.channel.voice(session.id), json.dumps(request.json()), via="http")
        if code:
            return self.fail(code, self.channel.voice(session.id).violations[-1])
        return Reply.json(200, {"Header": {"Code": 0, "Message": "", "RequestID": uuid.uuid4().hex}})

    def get_trtc_sign(self, request: Request) -> Reply:
        session = self._session(request)
        if isinstance(session, Reply):
            return session
        payload = request.json()["Payload"]
        if session.protocol != "trtc":
            return self.fail(100001, "bad parameter: the session does not use TRTC")
        if session.status(self.clock.now(), self.config.ivh_ready_seconds) == CLOSED:
            return self.fail(110013, "session closed")
        key = self.config.ivh_accesstoken.encode()
        user_sig = base64.b64encode(
            hmac.new(key, f"sig:{payload['RoomId']}:{payload['UserId']}".encode(), hashlib.sha256).digest()
        )
        map_key = base64.b64encode(
            hmac.new(key, f"map:{payload['RoomId']}:{payload['UserId']}".encode(), hashlib.sha256).digest()
        )
        return self.ok(
            {"ReqId": payload["ReqId"], "UserSig": user_sig.decode(), "PrivateMapKey": map_key.decode()}
        )


__all__ = ["Ivh", "ivh_signature"]
