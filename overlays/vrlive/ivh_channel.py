"""Driving a started IVH session over its command channel: ``ivh.drive(session_id)``.

Usage:

```python
async with AsyncIvh() as ivh, ivh.drive(session_id) as guide:
    await (await guide.say("Welcome to the flat.")).wait()  # until it has been said
    speech = await guide.stream(llm_chunks())                # SEND_STREAMTEXT fragments
    await guide.interrupt()
```

The channel is the WebSocket ``spec/ivh.yaml`` declares (``x-channels.command_channel``), signed
like every call, with ``requestid`` = the SessionId. The driver:

- sends ``say`` as SEND_TEXT and ``stream`` as SEND_STREAMTEXT fragments of at most 1000 bytes of
  UTF-8 cut at character boundaries, numbered from 1 under one ReqId per stream, then a final
  packet; ``interrupt`` stops what is being said;
- paces texts: two texts to one session are at least `TEXT_INTERVAL` apart (the pages: more than
  one second), on this channel and on ``ivh.interaction.send_command`` alike, through one
  `TextPacer` per facade, which sleeps on `vrlive.clock` (virtual time under the sandbox's plugin);
- keeps every message it sent until the service answers for it: a downstream message naming its
  ReqId (and, for a fragment, a Seq at least its own) acknowledges it. When the channel drops while
  the session is open, it connects again (backoff with jitter, within the facade's deadline) and
  sends again, in order, what was not acknowledged, then what was waiting: nothing acknowledged is
  sent twice and nothing is lost. The pages document no acknowledgement of each fragment: against
  the service, a fragment the service took but did not answer for before the drop is sent again;
- raises `SessionClosedError` when the session was closed under it, `ChannelError` when the channel
  cannot be had (refused, or not back within the deadline), `DriveFailedError` from a speech the
  service reports failed (type 9).

The sync `Guide` runs the same `AsyncGuide` on an event loop of its own, in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import threading
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Callable, Coroutine, Iterable, Iterator
from types import TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import urlencode, urlsplit

from attrs import define
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from ivh_client.models import ChannelEventMessage, IvhChannelEventType, IvhSpeakStatus
from vrlive import clock as timing
from vrlive.calls import RetryPolicy
from vrlive.errors import ChannelError, DriveFailedError, SessionClosedError, WaitTimeoutError
from vrlive.logs import logger, register_secret

CHANNEL_PATH = "/v2/ws/ivh/interactdriver/interactdriverservice/commandchannel"
"""``x-channels.command_channel.path`` of spec/ivh.yaml (a test holds the two together)."""
TEXT_INTERVAL = 1.1
"""Seconds between two texts to one session: the pages say more than one second; a tenth more
keeps them apart at the service whatever the network's jitter."""
FRAGMENT_BYTES = 1000
TEXT_BYTES = 4000
RECONNECT_DEADLINE = 60.0
"""Seconds to get a dropped channel back when the facade's policy sets no deadline."""
ANSWER_WAIT = 10.0
"""Real seconds a wait for a speech first gives the service to answer for what was sent (see
`AsyncSpeech.wait`)."""
_CLOSED_CODES = frozenset({110013, 110018})
_FINAL_CODES = frozenset({100001, 100005, 110016})

T = TypeVar("T")


def fragments(text: str, limit: int = FRAGMENT_BYTES) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` bytes of UTF-8, never inside a character."""
    pieces: list[str] = []
    start, size = 0, 0
    for index, character in enumerate(text):
        width = len(character.encode("utf-8"))
        if size + width > limit:
            pieces.append(text[start:index])
            start, size = index, 0
        size += width
    if start < len(text):
        pieces.append(text[start:])
    return pieces


class TextPacer:
    """Keeps texts to one session at least ``interval`` seconds apart (per facade, all threads)."""

    def __init__(self, interval: float = TEXT_INTERVAL) -> None:
        self.interval = interval
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def reserve(self, session_id: str) -> float:
        """Take the session's next slot; the seconds to wait for it."""
        with self._lock:
            now = timing.monotonic()
            slot = max(now, self._next.get(session_id, now))
            self._next[session_id] = slot + self.interval
        return slot - now

    def wait(self, session_id: str) -> None:
        delay = self.reserve(session_id)
        if delay > 0:
            logger.debug("ivh: next text to session %s in %.3f s (one text a second)", session_id, delay)
            timing.sleep(delay)

    async def wait_async(self, session_id: str) -> None:
        delay = self.reserve(session_id)
        if delay > 0:
            logger.debug("ivh: next text to session %s in %.3f s (one text a second)", session_id, delay)
            await timing.async_sleep(delay)


def channel_base_url(base_url: str, channel_url: str | None = None) -> str:
    """Where the channel is: ``channel_url``, else ``IVH_CHANNEL_URL``, else the API's host over
    ``wss://`` (``ws://`` for ``http://``)."""
    given = channel_url or os.environ.get("IVH_CHANNEL_URL")
    if given:
        return given.rstrip("/")
    parts = urlsplit(base_url)
    scheme = "ws" if parts.scheme == "http" else "wss"
    return f"{scheme}://{parts.netloc}"


@define
class _Outgoing:
    req_id: str
    seq: int | None
    message: dict[str, Any]


class AsyncSpeech:
    """One drive (a text or a stream): what the service reported about it, and its end."""

    def __init__(self, req_id: str, kind: str, guide: AsyncGuide | None = None) -> None:
        self.req_id = req_id
        self.kind = kind
        self._guide = guide
        self.events: list[ChannelEventMessage] = []
        self._done = asyncio.Event()
        self._error: BaseException | None = None
        self.interrupted = False

    @property
    def done(self) -> bool:
        """It has been said (TextOver), interrupted, or it failed."""
        return self._done.is_set()

    async def wait(self, timeout: float = 300.0) -> ChannelEventMessage | None:
        """Until it has been said (or interrupted): its last message. Raises `DriveFailedError`,
        `SessionClosedError`, or ``WaitTimeoutError`` after ``timeout`` seconds (vrlive's clock).

        It first lets the service answer for every message sent (up to `ANSWER_WAIT` real
        seconds, a reconnection included): under virtual time, a wait that began while a message was
        still on its way would let the clock run past the moment the text is said.
        """
        started = timing.monotonic()
        if self._guide is not None and not self._done.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._guide._answered.wait(), min(timeout, ANSWER_WAIT))
        left = max(0.0, timeout - (timing.monotonic() - started))
        if not await timing.current().async_wait(self._done, left):
            raise WaitTimeoutError(
                f"speech {self.req_id} was not over within {timeout:g} s",
                last_state=self.events[-1] if self.events else None,
                waited=timeout,
            )
        if self._error is not None:
            raise self._error
        return self.events[-1] if self.events else None

    def _finish(self, error: BaseException | None = None) -> None:
        if not self._done.is_set():
            self._error = error
            self._done.set()

    def __repr__(self) -> str:
        state = "done" if self.done else "speaking"
        return f"AsyncSpeech(req_id={self.req_id!r}, kind={self.kind!r}, {state})"


class _Stream:
    """The fragments of one SEND_STREAMTEXT under way."""

    def __init__(self, guide: AsyncGuide, speech: AsyncSpeech, *, smart_actions: bool = False) -> None:
        self.guide = guide
        self.speech = speech
        self.smart_actions = smart_actions
        self.seq = 0
        self.closed = False

    async def push(self, chunk: str) -> None:
        for piece in fragments(chunk):
            if self.closed:
                return
            self.seq += 1
            await self.guide._send(self._packet(piece))

    async def finish(self, *, interrupt: bool = False) -> None:
        if self.closed:
            return
        self.closed = True
        self.seq += 1
        await self.guide._send(self._packet("", final=True, interrupt=interrupt))
        if self.guide._stream is self:
            self.guide._stream = None

    def _packet(self, text: str, *, final: bool = False, interrupt: bool = False) -> _Outgoing:
        data: dict[str, Any] = {"Text": text, "Seq": self.seq, "IsFinal": final}
        if interrupt:
            data["Interrupt"] = True
        if self.smart_actions:
            data["SmartActionEnabled"] = True
        return self.guide._message("SEND_STREAMTEXT", self.speech.req_id, data, seq=self.seq)


class AsyncGuide:
    """A started session's command channel (``async with AsyncIvh().drive(session_id) as guide``)."""

    def __init__(
        self,
        session_id: str,
        *,
        url: str,
        sign: Callable[[dict[str, str]], dict[str, str]],
        pacer: TextPacer,
        policy: RetryPolicy,
        open_timeout: float = 30.0,
    ) -> None:
        self.session_id = session_id
        self._url = url
        self._sign = sign
        self._pacer = pacer
        self._policy = policy
        self._open_timeout = open_timeout
        self._socket: ClientConnection | None = None
        self._reader: asyncio.Task[None] | None = None
        self._io = asyncio.Lock()
        self._outbox: list[_Outgoing] = []
        self._speeches: dict[str, AsyncSpeech] = {}
        self._current: AsyncSpeech | None = None
        self._stream: _Stream | None = None
        self._events: asyncio.Queue[ChannelEventMessage] = asyncio.Queue()
        self._arrived = asyncio.Event()
        self._answered = asyncio.Event()
        """Set while every message sent has been answered for (and no reconnection is under way)."""
        self._answered.set()
        self._failure: ChannelError | None = None
        self._closing = False
        self._recovering: asyncio.Task[None] | None = None
        self.reconnects = 0

    def __repr__(self) -> str:
        state = "open" if self._socket is not None else "closed"
        return f"AsyncGuide(session_id={self.session_id!r}, {state}, reconnects={self.reconnects})"

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.close()

    # The connection.

    async def open(self) -> None:
        """Connect (``async with`` does it)."""
        async with self._io:
            await self._connect_once()

    async def close(self) -> None:
        """Close the channel (the session stays open: close it with ``session.close_session``)."""
        self._closing = True
        if self._recovering is not None:
            self._recovering.cancel()
        socket, self._socket = self._socket, None
        if socket is not None:
            await socket.close()
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        logger.debug("ivh: channel of session %s closed", self.session_id)

    def _address(self) -> str:
        query = self._sign({"requestid": self.session_id})
        return f"{self._url}{CHANNEL_PATH}?{urlencode(query)}"

    async def _connect_once(self) -> None:
        address = self._address()
        logger.debug("ivh: opening the command channel of session %s (%s)", self.session_id, address)
        try:
            socket = await connect(
                address, open_timeout=self._open_timeout, ping_interval=20, compression=None
            )
        except InvalidStatus as refusal:
            raise _refusal(refusal, self.session_id) from None
        except (OSError, InvalidHandshake, TimeoutError) as error:
            raise ChannelError(
                f"the command channel of session {self.session_id} did not open: {error}"
            ) from None
        self._socket = socket
        self._reader = asyncio.create_task(self._read(socket))
        logger.debug("ivh: command channel of session %s open", self.session_id)

    async def _reconnect(self) -> None:
        """Connect again (with ``_io`` held), then send again what was not acknowledged, in order."""
        deadline = self._policy.deadline or RECONNECT_DEADLINE
        started = timing.monotonic()
        for attempt in itertools.count():
            try:
                await self._connect_once()
            except (SessionClosedError, ChannelError) as error:
                final = isinstance(error, SessionClosedError) or error.code in _FINAL_CODES
                delay = self._policy.backoff(attempt)
                late = timing.monotonic() - started + delay > deadline
                if final or late:
                    if not final:
                        error = ChannelError(
                            f"the command channel of session {self.session_id} was not back within "
                            f"{deadline:g} s: {error}",
                            code=error.code,
                        )
                    self._fail(error)
                    raise error from None
                logger.debug("ivh: channel of session %s: %s; again in %.2f s", self.session_id, error, delay)
                await timing.async_sleep(delay)
                continue
            self.reconnects += 1
            logger.debug(
                "ivh: channel of session %s back (attempt %d); sending %d unacknowledged message(s) again",
                self.session_id,
                attempt + 1,
                len(self._outbox),
            )
            try:
                for outgoing in list(self._outbox):
                    await self._write(outgoing)
            except ConnectionClosed:
                continue
            return

    async def _write(self, outgoing: _Outgoing) -> None:
        assert self._socket is not None
        await self._socket.send(json.dumps(outgoing.message, ensure_ascii=False))
        logger.debug(
            "ivh: sent %s %s seq=%s", outgoing.message["Payload"]["Command"], outgoing.req_id, outgoing.seq
        )

    async def _send(self, outgoing: _Outgoing, *, keep: bool = True) -> None:
        self._raise_if_failed()
        async with self._io:
            self._raise_if_failed()
            if keep:
                self._outbox.append(outgoing)
                self._answered.clear()
            if self._socket is None:
                await self._reconnect()
                return
            try:
                await self._write(outgoing)
            except ConnectionClosed:
                self._socket = None
                await self._reconnect()

    def _message(
        self, command: str, req_id: str, data: dict[str, Any], *, seq: int | None = None
    ) -> _Outgoing:
        payload = {"ReqId": req_id, "SessionId": self.session_id, "Command": command, "Data": data}
        return _Outgoing(req_id, seq, {"Header": {}, "Payload": payload})

    # What comes back.

    async def _read(self, socket: ClientConnection) -> None:
        try:
            async for raw in socket:
                self._take(raw)
        except ConnectionClosed:
            pass
        if self._closing or self._socket is not socket:
            return
        reason = socket.close_reason or ""
        if reason.startswith("110013"):
            self._fail(SessionClosedError(f"session {self.session_id} was closed", code=110013))
            return
        logger.debug(
            "ivh: channel of session %s dropped (%s); connecting again", self.session_id, socket.close_code
        )
        self._answered.clear()
        self._recovering = asyncio.create_task(self._recover(socket))

    async def _recover(self, dropped: ClientConnection) -> None:
        async with self._io:
            if self._socket is dropped:
                self._socket = None
                with contextlib.suppress(ChannelError):
                    await self._reconnect()
            if not self._outbox:
                self._answered.set()

    def _take(self, raw: str | bytes) -> None:
        message = ChannelEventMessage.from_dict(json.loads(raw))
        event = message.payload
        logger.debug(
            "ivh: received type %s %s seq=%s %s",
            event.type_.value,
            event.req_id,
            event.seq,
            getattr(event.speak_status, "value", ""),
        )
        self._outbox = [
            outgoing
            for outgoing in self._outbox
            if not (outgoing.req_id == event.req_id and (outgoing.seq is None or outgoing.seq <= event.seq))
        ]
        if not self._outbox and (self._recovering is None or self._recovering.done()):
            self._answered.set()
        speech = self._speeches.get(event.req_id)
        if speech is not None:
            speech.events.append(message)
            if event.type_ is IvhChannelEventType.DRIVE_FAILED:
                code = message.header.code if message.header else None
                text = message.header.message if message.header else ""
                speech._finish(DriveFailedError(f"drive {event.req_id} failed: {code} {text}", code=code))
            elif event.speak_status is IvhSpeakStatus.TEXTOVER:
                speech._finish()
        self._events.put_nowait(message)
        self._arrived.set()

    def _fail(self, error: ChannelError) -> None:
        self._failure = error
        self._answered.set()
        for speech in self._speeches.values():
            speech._finish(error)
        self._arrived.set()

    def _raise_if_failed(self) -> None:
        if self._failure is not None:
            raise self._failure

    async def next_event(self, timeout: float | None = None) -> ChannelEventMessage:
        """The next downstream message (``WaitTimeoutError`` after ``timeout`` seconds)."""
        waited = 0.0
        while self._events.empty():
            self._raise_if_failed()
            self._arrived.clear()
            step = 60.0 if timeout is None else timeout - waited
            if not await timing.current().async_wait(self._arrived, step):
                waited += step
                if timeout is not None and waited >= timeout:
                    raise WaitTimeoutError("no message on the channel", last_state=None, waited=waited)
        return self._events.get_nowait()

    async def events(self) -> AsyncIterator[ChannelEventMessage]:
        """Every downstream message, as it comes, until the channel is closed or fails."""
        while not self._closing:
            yield await self.next_event()

    # Driving.

    async def say(
        self,
        text: str,
        *,
        interrupt: bool = False,
        chat_command: str | None = "NotUseChat",
        chat_round_id: str | None = None,
    ) -> AsyncSpeech:
        """Say ``text`` (SEND_TEXT, at most 4000 bytes), after the pace of texts allows it.

        ``interrupt`` forces the interruption of what is being said even where the platform marks it
        not interruptible; ``chat_command`` ``NotUseChat`` (the default) says the text as given
        where a customer-service bot is bound (None lets the bot answer it).
        """
        size = len(text.encode("utf-8"))
        if size > TEXT_BYTES:
            raise ValueError(
                f"say: the text is {size} bytes of UTF-8; the channel takes at most {TEXT_BYTES}"
            )
        data: dict[str, Any] = {"Text": text}
        if interrupt:
            data["Interrupt"] = True
        if chat_command is not None:
            data["ChatCommand"] = chat_command
        if chat_round_id is not None:
            data["ChatRoundId"] = chat_round_id
        return await self._text(data, "text")

    async def _text(self, data: dict[str, Any], kind: str) -> AsyncSpeech:
        speech = self._begin(kind)
        await self._pacer.wait_async(self.session_id)
        await self._send(self._message("SEND_TEXT", speech.req_id, data, seq=None))
        return speech

    def _begin(self, kind: str) -> AsyncSpeech:
        self._raise_if_failed()
        speech = AsyncSpeech(uuid.uuid4().hex, kind, self)
        self._speeches[speech.req_id] = speech
        previous, self._current = self._current, speech
        if previous is not None and not previous.done:
            previous.interrupted = True
        return speech

    async def stream(
        self, chunks: AsyncIterable[str] | Iterable[str], *, smart_actions: bool = False
    ) -> AsyncSpeech:
        """Say what ``chunks`` yields as it comes (an LLM's stream): SEND_STREAMTEXT fragments of at
        most 1000 bytes, numbered from 1, then a final packet. Returns once every chunk is sent (or
        `interrupt()` stopped it); ``await speech.wait()`` until it has been said."""
        speech = self._begin("stream")
        stream = self._stream = _Stream(self, speech, smart_actions=smart_actions)
        if isinstance(chunks, AsyncIterable):
            async for chunk in chunks:
                if stream.closed:
                    break
                await stream.push(chunk)
        else:
            for chunk in chunks:
                if stream.closed:
                    break
                await stream.push(chunk)
        await stream.finish()
        return speech

    async def interrupt(self) -> None:
        """Stop what is being said: a stream under way gets its interrupting final packet; anything
        else, an interrupting SEND_TEXT (paced like texts)."""
        stream = self._stream
        if stream is not None and not stream.closed:
            stream.speech.interrupted = True
            await stream.finish(interrupt=True)
            return
        current = self._current
        if current is not None and not current.done:
            current.interrupted = True
        await self._text({"Interrupt": True, "Text": ""}, "interrupt")

    async def heartbeat(self) -> None:
        """Keep an idle session open (SEND_HEARTBEAT; the pages: every 30 s to 10 min)."""
        await self._send(self._message("SEND_HEARTBEAT", uuid.uuid4().hex, {"Text": "PING"}), keep=False)


def _refusal(refusal: InvalidStatus, session_id: str) -> ChannelError:
    code: int | None = None
    text = ""
    with contextlib.suppress(ValueError, TypeError, AttributeError):
        header = json.loads(bytes(refusal.response.body or b""))["Header"]
        code, text = int(header["Code"]), str(header.get("Message", ""))
    status = refusal.response.status_code
    message = f"the command channel of session {session_id} was refused (HTTP {status}, code {code}): {text}"
    if code in _CLOSED_CODES:
        return SessionClosedError(message, code=code)
    return ChannelError(message, code=code)


class _Portal:
    """An event loop in a thread of its own, for the sync `Guide`."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="vrlive-ivh-channel", daemon=True)
        self._thread.start()

    def call(self, work: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(work, self.loop).result()

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


class Speech:
    """The sync twin of `AsyncSpeech`."""

    def __init__(self, speech: AsyncSpeech, portal: _Portal) -> None:
        self._speech = speech
        self._portal = portal
        self.req_id = speech.req_id
        self.kind = speech.kind

    @property
    def events(self) -> list[ChannelEventMessage]:
        return list(self._speech.events)

    @property
    def done(self) -> bool:
        return self._speech.done

    @property
    def interrupted(self) -> bool:
        return self._speech.interrupted

    def wait(self, timeout: float = 300.0) -> ChannelEventMessage | None:
        """As `AsyncSpeech.wait`."""
        return self._portal.call(self._speech.wait(timeout))

    def __repr__(self) -> str:
        return repr(self._speech).replace("AsyncSpeech", "Speech", 1)


class Guide:
    """A started session's command channel, sync (``with Ivh().drive(session_id) as guide``): the
    methods of `AsyncGuide`, run on an event loop of its own."""

    def __init__(self, make: Callable[[], AsyncGuide]) -> None:
        self._portal = _Portal()

        async def build() -> AsyncGuide:
            return make()

        self._guide = self._portal.call(build())
        self.session_id = self._guide.session_id

    def __repr__(self) -> str:
        return repr(self._guide).replace("AsyncGuide", "Guide", 1)

    def __enter__(self) -> Self:
        try:
            self.open()
        except BaseException:
            self._portal.stop()  # no __exit__ follows a failed __enter__
            raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @property
    def reconnects(self) -> int:
        return self._guide.reconnects

    def open(self) -> None:
        self._portal.call(self._guide.open())

    def close(self) -> None:
        try:
            self._portal.call(self._guide.close())
        finally:
            self._portal.stop()

    def say(
        self,
        text: str,
        *,
        interrupt: bool = False,
        chat_command: str | None = "NotUseChat",
        chat_round_id: str | None = None,
    ) -> Speech:
        """As `AsyncGuide.say`."""
        speech = self._portal.call(
            self._guide.say(text, interrupt=interrupt, chat_command=chat_command, chat_round_id=chat_round_id)
        )
        return Speech(speech, self._portal)

    def stream(self, chunks: Iterable[str], *, smart_actions: bool = False) -> Speech:
        """As `AsyncGuide.stream`, for a sync iterable (each chunk sent as it comes; the iterable runs
        in the calling thread)."""

        async def begin() -> _Stream:
            speech = self._guide._begin("stream")
            stream = self._guide._stream = _Stream(self._guide, speech, smart_actions=smart_actions)
            return stream

        stream = self._portal.call(begin())
        for chunk in chunks:
            if stream.closed:
                break
            self._portal.call(stream.push(chunk))
        self._portal.call(stream.finish())
        return Speech(stream.speech, self._portal)

    def interrupt(self) -> None:
        """As `AsyncGuide.interrupt`."""
        self._portal.call(self._guide.interrupt())

    def heartbeat(self) -> None:
        self._portal.call(self._guide.heartbeat())

    def next_event(self, timeout: float | None = None) -> ChannelEventMessage:
        return self._portal.call(self._guide.next_event(timeout))

    def events(self) -> Iterator[ChannelEventMessage]:
        """Every downstream message, as it comes."""
        while not self._guide._closing:
            yield self.next_event()


def signer(
    appkey: str, accesstoken: str, sign: Callable[[dict[str, str], str], str]
) -> Callable[[dict[str, str]], dict[str, str]]:
    """The query of a handshake, signed as every call is (the signature never logged)."""

    def signed(query: dict[str, str]) -> dict[str, str]:
        parameters = {**query, "appkey": appkey, "timestamp": str(int(timing.now()))}
        signature = sign(parameters, accesstoken)
        register_secret(signature)
        return {**parameters, "signature": signature}

    return signed


__all__ = [
    "CHANNEL_PATH",
    "FRAGMENT_BYTES",
    "TEXT_INTERVAL",
    "AsyncGuide",
    "AsyncSpeech",
    "ChannelError",
    "DriveFailedError",
    "Guide",
    "SessionClosedError",
    "Speech",
    "TextPacer",
    "channel_base_url",
    "fragments",
]
