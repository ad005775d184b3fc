"""IVH's command channel, emulated: a WebSocket server beside the sandbox's HTTP server.

The channel is declared in ``spec/ivh.yaml`` (``x-channels.command_channel``): its path, the signed
query (``appkey``, ``timestamp``, ``signature``, ``requestid`` = the SessionId) and its messages.
The sandbox, like the service's pages say:

- refuses a handshake that is not signed (HTTP 403, ``Header.Code`` 100005), for a session that
  does not exist (404, 110018), is closed (409, 110013) or was not started (409, 110016), and a
  second channel of a session that has one (409, 110015);
- checks every upstream message against its schema (by ``Payload.Command``), a stream's ``Seq``
  (from 1, without gaps, nothing after its final packet; a packet sent again unchanged after a
  reconnection is acknowledged again and not said twice), a fragment's size (at most 1000 bytes of
  UTF-8) and the pace of texts (more than one second apart per session, on HTTP and the channel
  alike): a message that breaks them is answered with a type 9 message (drive failed, the code in
  ``Header``) and recorded as a violation;
- assembles what the digital human says ([`Utterance`][vrlive_sandbox.ivh_channel.Utterance]) and
  answers on the channel as the service does: for each accepted message a type 3 message with its
  ReqId and Seq (``TextStart``, ``WaitingTextOver`` after a final packet), then ``TextOver`` when
  the text has been said, at ``SPEAKING_RATE`` characters a second of the sandbox's clock (virtual
  time stops there: `Clock.expect`), or at once when something interrupts it;
- can drop a channel on demand (`IvhChannel.drop`), as a network would: after the next N messages
  are taken, before the answer to the last one is sent; answers not delivered wait for the next
  channel of the session.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import json
import threading
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from attrs import define, field, frozen
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request as HandshakeRequest
from websockets.http11 import Response as HandshakeResponse

from vrlive_core.openapi import resolve
from vrlive_sandbox.contract import OperationContract
from vrlive_sandbox.http import Request

if TYPE_CHECKING:
    from vrlive_sandbox.clock import Clock
    from vrlive_sandbox.ivh import Ivh

SPEAKING_RATE = 15.0
"""Characters a second the emulated digital human says (about 150 words a minute)."""
TEXT_INTERVAL = 1.0
"""Texts to one session must be more than this many seconds apart (62120, 62113)."""
FRAGMENT_BYTES = 1000
"""The most a streaming fragment's Text may hold, in bytes of UTF-8 (62115)."""
CHANNEL = "command_channel"


@frozen
class Utterance:
    """What the digital human said for one drive (a text, or a stream), as the sandbox assembled it.

    Attributes:
        req_id: The drive's ReqId.
        command: ``SEND_TEXT`` or ``SEND_STREAMTEXT``.
        text: What it said: the text, or the stream's fragments joined in Seq order.
        fragments: A stream's fragments, in Seq order (a text: the text alone).
        interrupted: Something interrupted it before it was all said.
        via: ``channel`` or ``http`` (send_command).
        at: The sandbox time it began.
    """

    req_id: str
    command: str
    text: str
    fragments: tuple[str, ...]
    interrupted: bool
    via: str
    at: float


@define
class _Drive:
    req_id: str
    command: str
    via: str
    at: float
    fragments: list[str] = field(factory=list)
    seq: int = 0
    final: bool = False
    interrupted: bool = False
    over: bool = False
    speaking_until: float = 0.0

    def utterance(self) -> Utterance:
        return Utterance(
            self.req_id,
            self.command,
            "".join(self.fragments),
            tuple(self.fragments),
            self.interrupted,
            self.via,
            self.at,
        )


@define
class Voice:
    """One session's side of the channel: what it said, what it was sent, what broke the rules."""

    session_id: str
    drives: list[_Drive] = field(factory=list)
    current: _Drive | None = None
    last_text_at: float | None = None
    received: list[dict[str, Any]] = field(factory=list)
    """Every upstream message taken, in order (retransmissions included)."""
    retransmissions: int = 0
    violations: list[str] = field(factory=list)
    connection: ServerConnection | None = None
    pending: list[dict[str, Any]] = field(factory=list)
    """Downstream messages due while no channel was open, for the next one."""
    drop_after: int | None = None

    def said(self) -> list[Utterance]:
        return [drive.utterance() for drive in self.drives if drive.fragments or drive.command == "SEND_TEXT"]


def utf8_size(text: str) -> int:
    return len(text.encode("utf-8"))


class IvhChannel:
    """The command channel's server: its own thread and event loop, on a free 127.0.0.1 port."""

    def __init__(self, ivh: Ivh, clock: Clock, lock: threading.RLock, host: str = "127.0.0.1") -> None:
        self.ivh = ivh
        self.clock = clock
        self.lock = lock
        self.host = host
        spec = ivh.contract.spec
        declared = spec["x-channels"][CHANNEL]
        self.path: str = declared["path"]
        self._upstream = {
            value: resolve(spec, schema) for value, schema in declared["upstream"]["messages"].items()
        }
        validator = next(iter(ivh.contract.operations.values())).validator
        self._contract = OperationContract(
            id=CHANNEL,
            method="GET",
            path=self.path,
            parameters=(),
            body_media_type=None,
            body_schema=None,
            security=(frozenset({"AppKey", "Timestamp", "Signature"}),),
            validator=validator,
            spec=spec,
        )
        self._queue: list[tuple[float, int, str, dict[str, Any]]] = []
        self._counter = itertools.count()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._stopping = False
        self.port = 0

    # Running.

    def start(self) -> IvhChannel:
        self._thread = threading.Thread(target=self._run, name="sandbox-ivh-channel", daemon=True)
        self._thread.start()
        self._started.wait(10)
        self.clock.on_move(self._poke)
        return self

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        async with serve(
            self._handle, self.host, 0, process_request=self._handshake, compression=None, ping_interval=None
        ) as server:
            self._server = server
            self.port = server.sockets[0].getsockname()[1]
            self._started.set()
            await self._deliver_forever()

    def stop(self) -> None:
        self._stopping = True
        self._poke()
        if self._thread is not None:
            self._thread.join(10)
        self._thread = None

    @property
    def url(self) -> str:
        """The channel's base URL (``ws://127.0.0.1:PORT``); the path is the spec's."""
        return f"ws://{self.host}:{self.port}"

    def _poke(self) -> None:
        if self._loop is not None and self._wake is not None:
            self._loop.call_soon_threadsafe(self._wake.set)

    # The handshake.

    def _handshake(  # noqa: PLR0911 - one refusal per rule of the pages
        self, connection: ServerConnection, request: HandshakeRequest
    ) -> HandshakeResponse | None:
        target = urlsplit(request.path)
        if target.path != self.path:
            return self._refuse(connection, 404, 100001, f"no channel at {target.path}")
        signed = Request("GET", target.path, target.query, {}, b"")
        if not self.ivh._signed(signed):
            return self._refuse(connection, 403, 100005, "unauthorized: bad appkey, timestamp or signature")
        session_id = dict(parse_qsl(target.query)).get("requestid", "")
        with self.lock:
            session = self.ivh.state.sessions.get(session_id)
            if session is None:
                return self._refuse(connection, 404, 110018, "session does not exist")
            if session.closed:
                return self._refuse(connection, 409, 110013, "session closed")
            if not session.started:
                return self._refuse(connection, 409, 110016, "session not started: call startsession first")
            voice = self.voice(session_id)
            if voice.connection is not None:
                return self._refuse(connection, 409, 110015, "the session already has a command channel")
            voice.connection = connection
        return None

    def _refuse(
        self, connection: ServerConnection, status: int, code: int, message: str
    ) -> HandshakeResponse:
        body = json.dumps({"Header": {"Code": code, "Message": message, "RequestID": uuid.uuid4().hex}})
        response = connection.respond(status, body)
        response.headers = Headers([("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return response

    # Messages.

    async def _handle(self, connection: ServerConnection) -> None:
        session_id = dict(parse_qsl(urlsplit(connection.request.path).query))["requestid"]  # type: ignore[union-attr]
        voice = self.voice(session_id)
        self._poke()  # answers that waited for this channel
        try:
            async for raw in connection:
                with self.lock:
                    self.take(voice, raw, via="channel")
                    drop = voice.drop_after is not None and voice.drop_after <= 1
                    if voice.drop_after is not None:
                        voice.drop_after -= 1
                if drop:
                    with self.lock:
                        voice.drop_after = None
                        voice.connection = None
                    # As a network would: nothing more arrives, the answer to this one is not sent.
                    connection.transport.abort()
                    return
        except ConnectionClosed:
            pass
        finally:
            with self.lock:
                if voice.connection is connection:
                    voice.connection = None

    def voice(self, session_id: str) -> Voice:
        voices: dict[str, Voice] = self.ivh.state.voices
        return voices.setdefault(session_id, Voice(session_id))

    def take(self, voice: Voice, raw: str | bytes, *, via: str) -> int:  # noqa: PLR0911 - one answer per rule
        """Take one upstream message (already parsed when sent by HTTP); the code it earns (0 taken)."""
        try:
            message = json.loads(raw)
        except ValueError:
            return self._refuse_message(voice, {}, 100001, "the message is not JSON")
        if not isinstance(message, Mapping) or not isinstance(message.get("Payload"), Mapping):
            return self._refuse_message(voice, {}, 100001, 'a message is {"Header": {}, "Payload": {...}}')
        payload = message["Payload"]
        voice.received.append(dict(message))
        schema = self._upstream.get(str(payload.get("Command")))
        if schema is None:
            known = ", ".join(self._upstream)
            return self._refuse_message(voice, payload, 100001, f"Payload.Command must be one of {known}")
        problems = self._contract._check(schema, message, "message")
        problems += [
            f"message{where}: unknown field" for where in self._contract._unknown(schema, message, "")
        ]
        if payload.get("SessionId") != voice.session_id:
            problems.append(
                f"message.Payload.SessionId: {payload.get('SessionId')!r} is not this channel's session"
            )
        if problems:
            return self._refuse_message(voice, payload, 100001, "; ".join(problems[:3]))
        command = payload["Command"]
        if command == "SEND_HEARTBEAT":
            return 0
        if command == "SEND_TEXT":
            return self._text(voice, payload, via)
        return self._fragment(voice, payload)

    def _text(self, voice: Voice, payload: Mapping[str, Any], via: str) -> int:
        now = self.clock.now()
        if voice.last_text_at is not None and now - voice.last_text_at <= TEXT_INTERVAL:
            gap = now - voice.last_text_at
            return self._refuse_message(
                voice,
                payload,
                100012,
                f"too frequent: texts {gap:.3f} s apart; they must be more than 1 s apart",
            )
        voice.last_text_at = now
        data = payload["Data"]
        text = data.get("Text", "")
        self._interrupt_current(voice)
        drive = _Drive(str(payload.get("ReqId") or uuid.uuid4().hex), "SEND_TEXT", via, now)
        voice.drives.append(drive)
        if text:
            drive.fragments.append(text)
            drive.speaking_until = now + len(text) / SPEAKING_RATE
            voice.current = drive
            self._answer(voice, drive, 1, "TextStart")
            self._answer(voice, drive, 1, "TextOver", due=drive.speaking_until)
        else:  # an interruption alone: nothing to say
            drive.over = True
            self._answer(voice, drive, 1, "TextOver")
        return 0

    def _fragment(self, voice: Voice, payload: Mapping[str, Any]) -> int:  # noqa: PLR0911 - one answer per rule
        data = payload["Data"]
        req_id, seq, text = payload["ReqId"], data["Seq"], data["Text"]
        drive = next((d for d in voice.drives if d.req_id == req_id and d.command == "SEND_STREAMTEXT"), None)
        if drive is not None and seq <= drive.seq:
            if seq >= 1 and self._same_as_taken(voice, req_id, seq, data):
                voice.retransmissions += 1  # sent again after a reconnection: answered again, said once
                self._answer(voice, drive, seq, "TextStart" if not drive.final else "WaitingTextOver")
                return 0
            return self._refuse_message(
                voice, payload, 100001, f"Seq {seq} repeats an earlier packet of {req_id}"
            )
        expected = 1 if drive is None else drive.seq + 1
        if seq != expected:
            return self._refuse_message(
                voice, payload, 100001, f"Seq {seq} of {req_id}: the next must be {expected}"
            )
        if drive is not None and drive.final:
            return self._refuse_message(voice, payload, 100001, f"{req_id} already had its final packet")
        if utf8_size(text) > FRAGMENT_BYTES:
            size = utf8_size(text)
            return self._refuse_message(
                voice, payload, 100001, f"Text is {size} bytes; a fragment holds at most 1000"
            )
        now = self.clock.now()
        if drive is None:
            self._interrupt_current(voice)
            drive = _Drive(req_id, "SEND_STREAMTEXT", "channel", now, speaking_until=now)
            voice.drives.append(drive)
            voice.current = drive
        drive.seq = seq
        if data.get("Interrupt") and not text:
            drive.interrupted = not drive.over
            drive.final = drive.over = True
            if voice.current is drive:
                voice.current = None
            self._answer(voice, drive, seq, "TextOver")
            return 0
        if text:
            drive.fragments.append(text)
            drive.speaking_until = max(drive.speaking_until, now) + len(text) / SPEAKING_RATE
        if data.get("IsFinal"):
            drive.final = True
            self._answer(voice, drive, seq, "WaitingTextOver")
            self._answer(voice, drive, seq, "TextOver", due=drive.speaking_until)
        else:
            self._answer(voice, drive, seq, "TextStart")
        return 0

    def _same_as_taken(self, voice: Voice, req_id: str, seq: int, data: Mapping[str, Any]) -> bool:
        taken = [
            message["Payload"]["Data"]
            for message in voice.received[:-1]
            if message["Payload"].get("ReqId") == req_id
            and message["Payload"].get("Data", {}).get("Seq") == seq
        ]
        return bool(taken) and taken[0] == dict(data)

    def _interrupt_current(self, voice: Voice) -> None:
        """A new drive interrupts the one being said; it reports TextOver at once."""
        current = voice.current
        if current is None or current.over:
            return
        if self.clock.now() < current.speaking_until or (
            not current.final and current.command == "SEND_STREAMTEXT"
        ):
            current.interrupted = True
        current.over = True
        voice.current = None
        self._answer(voice, current, max(current.seq, 1), "TextOver")

    # Answers.

    def _refuse_message(self, voice: Voice, payload: Mapping[str, Any], code: int, message: str) -> int:
        voice.violations.append(f"{payload.get('Command', 'message')} {payload.get('ReqId', '')}: {message}")
        event = {
            "Type": 9,
            "SessionId": voice.session_id,
            "ReqId": str(payload.get("ReqId", "")),
            "Seq": int(payload.get("Data", {}).get("Seq", 1))
            if isinstance(payload.get("Data"), Mapping)
            else 1,
            "SpeakStatus": "Error",
        }
        self._queue_message(voice, {"Header": self._header(code, message), "Payload": event}, None)
        return code

    def _answer(
        self, voice: Voice, drive: _Drive, seq: int, status: str, *, due: float | None = None
    ) -> None:
        if status == "TextOver" and due is None:
            drive.over = True
        event = {
            "Type": 3,
            "SessionId": voice.session_id,
            "ReqId": drive.req_id,
            "Seq": seq,
            "SpeakStatus": status,
        }
        self._queue_message(voice, {"Header": self._header(0, ""), "Payload": event}, due, drive)

    def _header(self, code: int, message: str) -> dict[str, Any]:
        return {"Code": code, "Message": message, "RequestID": uuid.uuid4().hex}

    def _queue_message(
        self, voice: Voice, message: dict[str, Any], due: float | None, drive: _Drive | None = None
    ) -> None:
        moment = self.clock.now() if due is None else due
        if due is not None:
            self.clock.expect(due)
            message = {**message, "_drive": drive}
        heapq.heappush(self._queue, (moment, next(self._counter), voice.session_id, message))
        self._poke()

    async def _deliver_forever(self) -> None:
        assert self._wake is not None
        while not self._stopping:
            await self._deliver_due()
            with self.lock:
                next_due = self._queue[0][0] if self._queue else None
            self._wake.clear()
            timeout = None if next_due is None else min(max(0.0, next_due - self.clock.now()), 0.25)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)

    async def _deliver_due(self) -> None:
        with self.lock:
            now = self.clock.now()
            due: list[tuple[str, dict[str, Any]]] = []
            while self._queue and self._queue[0][0] <= now:
                moment, _, session_id, message = heapq.heappop(self._queue)
                drive: _Drive | None = message.pop("_drive", None)
                if drive is not None:
                    self.clock.fulfil(moment)
                    if drive.over:  # interrupted meanwhile: its TextOver went out then
                        continue
                    drive.over = True
                    if self.voice(session_id).current is drive:
                        self.voice(session_id).current = None
                due.append((session_id, message))
            for session_id, message in due:
                self.voice(session_id).pending.append(message)
            ready = [
                (voice, voice.pending[:])
                for voice in self.ivh.state.voices.values()
                if voice.pending and voice.connection is not None
            ]
            for voice, _ in ready:
                voice.pending.clear()
        for voice, messages in ready:
            connection = voice.connection
            for index, message in enumerate(messages):
                try:
                    assert connection is not None
                    await connection.send(json.dumps(message, ensure_ascii=False))
                except (ConnectionClosed, AssertionError):
                    with self.lock:
                        voice.pending[:0] = messages[index:]
                    break

    # Controls.

    def drop(self, session_id: str, after: int = 0) -> None:
        """Drop the session's channel now (``after=0``) or once it has taken ``after`` more messages
        (before answering the last)."""
        with self.lock:
            voice = self.voice(session_id)
            if after > 0:
                voice.drop_after = after
                return
            connection, voice.connection = voice.connection, None
        if connection is not None and self._loop is not None:
            self._loop.call_soon_threadsafe(connection.transport.abort)

    def close_session(self, session_id: str) -> None:
        """The session was closed: its channel is closed with the reason (110013)."""
        with self.lock:
            voice = self.ivh.state.voices.get(session_id)
            connection = voice.connection if voice is not None else None
            if voice is not None:
                voice.connection = None
        if connection is not None and self._loop is not None:
            close = connection.close(code=1000, reason="110013 session closed")
            self._loop.call_soon_threadsafe(lambda: asyncio.ensure_future(close))

    def reset(self) -> None:
        """Close every channel and forget every answer not yet sent (the sandbox was reset)."""
        connections = [voice.connection for voice in self.ivh.state.voices.values() if voice.connection]
        with self.lock:
            for moment, *_ in self._queue:
                self.clock.fulfil(moment)
            self._queue.clear()
        for connection in connections:
            if self._loop is not None:
                self._loop.call_soon_threadsafe(connection.transport.abort)


__all__ = ["FRAGMENT_BYTES", "SPEAKING_RATE", "TEXT_INTERVAL", "IvhChannel", "Utterance", "Voice"]
