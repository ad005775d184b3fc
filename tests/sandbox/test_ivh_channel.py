"""The sandbox's IVH command channel on the wire: handshake rules, message checks, pace, drops."""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import urlencode

import pytest
import websockets

from tests.specs import load
from vrlive import Ivh
from vrlive.ivh import ivh_signature

pytestmark = pytest.mark.vrlive_sandbox(contract=False)  # these tests send what breaks the rules


def channel_url(sandbox: Any, session_id: str, *, accesstoken: str | None = None) -> str:
    environment = sandbox.environment
    query = {
        "appkey": environment["IVH_APPKEY"],
        "requestid": session_id,
        "timestamp": str(int(sandbox.now())),
    }
    query["signature"] = ivh_signature(query, accesstoken or environment["IVH_ACCESSTOKEN"])
    path = load("ivh")["x-channels"]["command_channel"]["path"]
    return f"{environment['IVH_CHANNEL_URL']}{path}?{urlencode(query)}"


def session(*, start: bool = True) -> str:
    with Ivh() as ivh:
        created = ivh.session.create_session(
            virtualman_project_id="p1", user_id="buyer-1", protocol="rtmp", driver_type=1
        )
        ivh.wait_until_ready(created.session_id, interval=1)
        if start:
            ivh.session.start_session(session_id=created.session_id)
    return created.session_id


def fragment(session_id: str, seq: int, text: str, *, final: bool = False, **more: Any) -> str:
    data = {"Text": text, "Seq": seq, "IsFinal": final, **more}
    payload = {"ReqId": "a" * 32, "SessionId": session_id, "Command": "SEND_STREAMTEXT", "Data": data}
    return json.dumps({"Header": {}, "Payload": payload})


def text(session_id: str, words: str, req_id: str) -> str:
    payload = {"ReqId": req_id, "SessionId": session_id, "Command": "SEND_TEXT", "Data": {"Text": words}}
    return json.dumps({"Header": {}, "Payload": payload})


async def exchange(url: str, messages: list[str], answers: int) -> list[dict[str, Any]]:
    async with websockets.connect(url) as socket:
        for message in messages:
            await socket.send(message)
        return [json.loads(await asyncio.wait_for(socket.recv(), 5)) for _ in range(answers)]


def refusal(url: str) -> tuple[int, int]:
    async def attempt() -> tuple[int, int]:
        with pytest.raises(websockets.InvalidStatus) as refused:
            async with websockets.connect(url):
                pass
        response = refused.value.response
        return response.status_code, json.loads(bytes(response.body or b""))["Header"]["Code"]

    return asyncio.run(attempt())


def test_the_handshake_is_refused_as_the_pages_say(vrlive_sandbox) -> None:
    not_started = session(start=False)
    assert refusal(channel_url(vrlive_sandbox, not_started)) == (409, 110016)
    assert refusal(channel_url(vrlive_sandbox, "m000000")) == (404, 110018)
    started = session()
    assert refusal(channel_url(vrlive_sandbox, started, accesstoken="wrong")) == (403, 100005)

    async def twice() -> tuple[int, int]:
        async with websockets.connect(channel_url(vrlive_sandbox, started)):
            return await asyncio.to_thread(refusal, channel_url(vrlive_sandbox, started))

    assert asyncio.run(twice()) == (409, 110015)
    vrlive_sandbox.end_session(started)
    assert refusal(channel_url(vrlive_sandbox, started)) == (409, 110013)


def test_every_message_is_checked_and_a_broken_one_answered_with_type_9(vrlive_sandbox) -> None:
    session_id = session()
    url = channel_url(vrlive_sandbox, session_id)
    answers = asyncio.run(
        exchange(
            url,
            [
                fragment(session_id, 2, "starts at 2"),  # Seq must start from 1
                fragment(session_id, 1, "é" * 600),  # 600 characters, 1200 bytes
                fragment(session_id, 1, "ok", Colour="red"),  # a field the spec does not list
                fragment(session_id, 1, "Hello"),
                fragment(session_id, 2, "", final=True),
                fragment(session_id, 3, "after the end"),
            ],
            answers=7,
        )
    )
    failures = [answer for answer in answers if answer["Payload"]["Type"] == 9]
    assert [answer["Header"]["Code"] for answer in failures] == [100001] * 4
    violations = [violation for _, violation in vrlive_sandbox.channel_violations()]
    assert "the next must be 1" in violations[0]
    assert "1200 bytes" in violations[1]
    assert "Colour: unknown field" in violations[2]
    assert "already had its final packet" in violations[3]
    assert [(u.text, u.interrupted) for u in vrlive_sandbox.said(session_id)] == [("Hello", False)]


def test_texts_less_than_a_second_apart_are_refused(vrlive_sandbox) -> None:
    session_id = session()
    answers = asyncio.run(
        exchange(
            channel_url(vrlive_sandbox, session_id),
            [text(session_id, "One.", "b" * 32), text(session_id, "Two.", "c" * 32)],
            answers=2,
        )
    )
    refused = next(answer for answer in answers if answer["Payload"]["Type"] == 9)
    assert refused["Header"]["Code"] == 100012
    assert refused["Payload"]["ReqId"] == "c" * 32
    assert [u.text for u in vrlive_sandbox.said(session_id)] == ["One."]


def test_a_text_is_over_when_said_in_sandbox_time(vrlive_sandbox) -> None:
    session_id = session()
    words = "Fifteen letters" * 2  # 30 characters: two seconds at 15 a second

    async def run() -> list[dict[str, Any]]:
        async with websockets.connect(channel_url(vrlive_sandbox, session_id)) as socket:
            await socket.send(text(session_id, words, "d" * 32))
            started = json.loads(await asyncio.wait_for(socket.recv(), 5))
            await asyncio.to_thread(vrlive_sandbox.advance, 2.5)
            over = json.loads(await asyncio.wait_for(socket.recv(), 5))
            return [started, over]

    started, over = asyncio.run(run())
    assert started["Payload"]["SpeakStatus"] == "TextStart"
    assert over["Payload"]["SpeakStatus"] == "TextOver"
    assert over["Payload"]["ReqId"] == "d" * 32


def test_a_dropped_channel_keeps_its_answers_for_the_next_one(vrlive_sandbox) -> None:
    session_id = session()
    url = channel_url(vrlive_sandbox, session_id)
    vrlive_sandbox.drop_channel(session_id, after=1)

    async def run() -> list[dict[str, Any]]:
        async with websockets.connect(url) as socket:
            await socket.send(fragment(session_id, 1, "Hello "))
            with pytest.raises(websockets.ConnectionClosed):
                await asyncio.wait_for(socket.recv(), 5)
        return await exchange(url, [fragment(session_id, 1, "Hello "), fragment(session_id, 2, "there")], 3)

    answers = asyncio.run(run())
    assert [(a["Payload"]["Seq"], a["Payload"]["SpeakStatus"]) for a in answers] == [
        (1, "TextStart"),  # the answer the drop held back
        (1, "TextStart"),  # packet 1 again: answered again, said once
        (2, "TextStart"),
    ]
    assert vrlive_sandbox.said(session_id)[0].fragments == ("Hello ", "there")
