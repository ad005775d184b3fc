"""Qiniu low-code live (QNLiveKit), emulated: AK/SK-signed token minting and cross-room relay.

Errors come with the HTTP status equal to the envelope's code (400, 401, 404, 500), except an
expired token: HTTP 401 with code 499. Receivers accept or reject a relay through the sandbox's
control endpoints (the documented client API has no call for it), or on their own after
``relay_answer_seconds`` when ``relay_answer`` is configured.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Mapping
from typing import Any

from attrs import define, field

from vrlive_sandbox.clock import Clock
from vrlive_sandbox.config import SandboxConfig
from vrlive_sandbox.http import Handler, Reply, Request
from vrlive_sandbox.vendor import Authenticator, Vendor

WAITING, ACCEPTED, INITIATOR_RELAYED, RECEIVER_RELAYED, BOTH_RELAYED, REJECTED, ENDED = range(7)
CLOSED = (REJECTED, ENDED)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode_jwt(claims: dict[str, Any], secret: str) -> str:
    """An HS256 JSON Web Token."""
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64url(signature)}"


def decode_jwt(token: str, secret: str) -> dict[str, Any] | None:
    """The claims of an HS256 token signed with ``secret``; None when it is not one."""
    try:
        header, payload, signature = token.split(".")
        expected = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _b64url_decode(signature)):
            return None
        if json.loads(_b64url_decode(header)).get("alg") != "HS256":
            return None
        claims = json.loads(_b64url_decode(payload))
    except (ValueError, TypeError):
        return None
    return claims if isinstance(claims, dict) else None


def qiniu_signing_string(
    method: str, path: str, query: str, *, host: str, content_type: str | None, body: bytes
) -> bytes:
    """What Qiniu signs with the SecretKey (api-notes).

    ``<METHOD> <path>[?<query>]\\nHost: <host>[\\nContent-Type: <type>]\\n\\n[<body>]``, the body
    only when a content type is set and it is not ``application/octet-stream``.
    """
    text = f"{method} {path}{'?' + query if query else ''}\nHost: {host}"
    if content_type:
        text += f"\nContent-Type: {content_type}"
    text += "\n\n"
    data = text.encode()
    if content_type and content_type != "application/octet-stream":
        data += body
    return data


@define
class Relay:
    sid: str
    init_user_id: str
    init_room_id: str
    recv_room_id: str
    recv_user_id: str
    created: float
    status: int = WAITING
    start_at: str = ""
    stop_at: str = ""
    extends: dict[str, str] = field(factory=dict)

    def document(self) -> dict[str, Any]:
        return {
            "sid": self.sid,
            "init_user_id": self.init_user_id,
            "init_room_id": self.init_room_id,
            "recv_room_id": self.recv_room_id,
            "recv_user_id": self.recv_user_id,
            "status": self.status,
            "start_at": self.start_at,
            "stop_at": self.stop_at,
            "extends": dict(self.extends),
        }


@define
class QnLiveState:
    relays: dict[str, Relay] = field(factory=dict)


class QnLive(Vendor):
    name = "qnlive"

    def __init__(self, config: SandboxConfig, clock: Clock, spec: Mapping[str, Any] | None = None) -> None:
        super().__init__(spec)
        self.config = config
        self.clock = clock
        self.state = QnLiveState()

    def reset(self) -> None:
        self.state = QnLiveState()

    def handlers(self) -> dict[str, Handler]:
        return {
            "get_user_token": self.get_user_token,
            "start_relay": self.start_relay,
            "get_relay_session": self.get_relay_session,
            "get_relay_token": self.get_relay_token,
            "stop_relay": self.stop_relay,
            "report_relay_started": self.report_relay_started,
            "update_relay_extends": self.update_relay_extends,
        }

    @staticmethod
    def _request_id() -> str:
        return secrets.token_hex(6)

    def ok(self, data: Any = None) -> Reply:
        document: dict[str, Any] = {"request_id": self._request_id(), "code": 0, "message": "success"}
        if data is not None:
            document["data"] = data
        return Reply.json(200, document)

    def fail(self, code: int, message: str) -> Reply:
        status = 401 if code == 499 else code if code < 600 else 500
        return Reply.json(status, {"request_id": self._request_id(), "code": code, "message": message})

    def authenticators(self) -> dict[str, Authenticator]:
        """Server calls are signed with the AccessKey/SecretKey (401); client calls bring a user
        token (401, or 499 once it expired)."""
        return {"QiniuSignature": self._check_server_signature, "UserToken": self._check_user_token}

    def refuse(self, request: Request, problems: list[str]) -> Reply:
        return self.fail(400, "invalid argument: " + "; ".join(problems[:3]))

    def _check_server_signature(self, request: Request) -> Reply | None:
        scheme, _, credential = (request.header("authorization") or "").partition(" ")
        access_key, _, sign = credential.partition(":")
        if scheme != "Qiniu" or not hmac.compare_digest(
            access_key.encode(), self.config.qnlive_access_key.encode()
        ):
            return self.fail(401, "unauthorized")
        signing = qiniu_signing_string(
            request.method,
            request.path,
            request.raw_query,
            host=request.header("host") or "",
            content_type=request.header("content-type"),
            body=request.body,
        )
        expected = base64.urlsafe_b64encode(
            hmac.new(self.config.qnlive_secret_key.encode(), signing, hashlib.sha1).digest()
        )
        if not hmac.compare_digest(expected, sign.encode()):
            return self.fail(401, "unauthorized")
        return None

    def _check_user_token(self, request: Request) -> Reply | None:
        claims = decode_jwt(request.header("authorization") or "", self.config.qnlive_jwt_secret)
        if (
            claims is None
            or claims.get("app_id") != self.config.qnlive_app_id
            or not isinstance(claims.get("user_id"), str)
        ):
            return self.fail(401, "unauthorized")
        if not isinstance(claims.get("exp"), int) or self.clock.now() >= claims["exp"]:
            return self.fail(499, "token expired")
        return None

    def _user(self, request: Request) -> str:
        claims = decode_jwt(request.header("authorization") or "", self.config.qnlive_jwt_secret)
        assert claims is not None  # checked by guard()
        return str(claims["user_id"])

    # Server API.

    def get_user_token(self, request: Request) -> Reply:
        query = request.query
        if query["app_id"] != self.config.qnlive_app_id:
            return self.fail(400, f"invalid argument: unknown app_id {query['app_id']}")
        now = int(self.clock.now())
        expires_at = int(query["expires_at"]) if "expires_at" in query else now + self.config.qnlive_token_ttl
        if expires_at <= now:
            return self.fail(400, "invalid argument: expires_at is in the past")
        claims = {"app_id": query["app_id"], "user_id": query["user_id"], "iat": now, "exp": expires_at}
        if query.get("device_id"):
            claims["device_id"] = query["device_id"]
        return self.ok(
            {"access_token": encode_jwt(claims, self.config.qnlive_jwt_secret), "expires_at": expires_at}
        )

    # Relay.

    def _relay_token(self, relay: Relay, user: str) -> str:
        room = relay.recv_room_id if user == relay.init_user_id else relay.init_room_id
        claims = {
            "relay_id": relay.sid,
            "user_id": user,
            "room_id": room,
            "exp": int(self.clock.now()) + 3600,
        }
        return encode_jwt(claims, self.config.qnlive_jwt_secret)

    def start_relay(self, request: Request) -> Reply:
        body = request.json()
        user = self._user(request)
        if body["init_room_id"] == body["recv_room_id"] or body["recv_user_id"] == user:
            return self.fail(400, "invalid argument: relay between two different rooms and hosts")
        rooms = {body["init_room_id"], body["recv_room_id"]}
        for relay in self.state.relays.values():
            if relay.status not in CLOSED and rooms & {relay.init_room_id, relay.recv_room_id}:
                return self.fail(10001, f"already exists: room in relay {relay.sid}")
        relay = Relay(
            sid="relay_" + secrets.token_hex(8),
            init_user_id=user,
            init_room_id=body["init_room_id"],
            recv_room_id=body["recv_room_id"],
            recv_user_id=body["recv_user_id"],
            created=self.clock.now(),
            extends=dict(body.get("extends") or {}),
        )
        self.state.relays[relay.sid] = relay
        return self.ok(
            {
                "relay_id": relay.sid,
                "relay_status": relay.status,
                "relay_token": self._relay_token(relay, user),
            }
        )

    def _relay(self, request: Request, *, hosts_only: bool) -> Relay | Reply:
        relay = self.state.relays.get(request.path_params["relay_id"])
        if relay is None or (
            hosts_only and self._user(request) not in (relay.init_user_id, relay.recv_user_id)
        ):
            return self.fail(404, "not found")
        self._answer_on_time(relay)
        return relay

    def _answer_on_time(self, relay: Relay) -> None:
        """The configured receiver's answer, once its time has come (the clock moves lazily)."""
        answer = self.config.relay_answer
        due = relay.created + self.config.relay_answer_seconds
        if answer and relay.status == WAITING and self.clock.now() >= due:
            self._record_answer(relay, accept=answer == "accept")

    def get_relay_session(self, request: Request) -> Reply:
        relay = self._relay(request, hosts_only=False)
        return relay if isinstance(relay, Reply) else self.ok(relay.document())

    def get_relay_token(self, request: Request) -> Reply:
        relay = self._relay(request, hosts_only=True)
        if isinstance(relay, Reply):
            return relay
        if relay.status in CLOSED:
            return self.fail(400, f"invalid argument: relay {relay.sid} has ended")
        user = self._user(request)
        return self.ok(
            {
                "relay_id": relay.sid,
                "relay_status": relay.status,
                "relay_token": self._relay_token(relay, user),
            }
        )

    def stop_relay(self, request: Request) -> Reply:
        relay = self._relay(request, hosts_only=True)
        if isinstance(relay, Reply):
            return relay
        if relay.status in CLOSED:
            return self.fail(400, f"invalid argument: relay {relay.sid} has ended")
        relay.status = ENDED
        relay.stop_at = self._now_text()
        return self.ok()

    def report_relay_started(self, request: Request) -> Reply:
        relay = self._relay(request, hosts_only=True)
        if isinstance(relay, Reply):
            return relay
        initiator = self._user(request) == relay.init_user_id
        moves = {
            (ACCEPTED, True): INITIATOR_RELAYED,
            (ACCEPTED, False): RECEIVER_RELAYED,
            (INITIATOR_RELAYED, False): BOTH_RELAYED,
            (RECEIVER_RELAYED, True): BOTH_RELAYED,
            (INITIATOR_RELAYED, True): INITIATOR_RELAYED,
            (RECEIVER_RELAYED, False): RECEIVER_RELAYED,
            (BOTH_RELAYED, True): BOTH_RELAYED,
            (BOTH_RELAYED, False): BOTH_RELAYED,
        }
        moved = moves.get((relay.status, initiator))
        if moved is None:
            state = "waiting for the receiver" if relay.status == WAITING else "ended"
            return self.fail(400, f"invalid argument: relay {relay.sid} is {state}")
        relay.status = moved
        return self.ok({"relay_id": relay.sid, "relay_status": relay.status})

    def update_relay_extends(self, request: Request) -> Reply:
        relay = self._relay(request, hosts_only=True)
        if isinstance(relay, Reply):
            return relay
        relay.extends = dict(request.json()["extends"])
        return self.ok()

    def answer(self, relay_id: str, accept: bool) -> tuple[int, str]:
        """The receiver accepts or rejects a waiting relay (a sandbox control)."""
        relay = self.state.relays.get(relay_id)
        if relay is None:
            return 404, "unknown relay"
        if relay.status != WAITING:
            return 409, f"relay {relay_id} is not waiting (status {relay.status})"
        self._record_answer(relay, accept=accept)
        return 200, "accepted" if accept else "rejected"

    def _record_answer(self, relay: Relay, *, accept: bool) -> None:
        relay.status = ACCEPTED if accept else REJECTED
        if accept:
            relay.start_at = self._now_text()
        else:
            relay.stop_at = self._now_text()

    def _now_text(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.clock.now()))


__all__ = ["QnLive", "decode_jwt", "encode_jwt", "qiniu_signing_string"]
