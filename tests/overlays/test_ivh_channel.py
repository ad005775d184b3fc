"""vrlive's IVH command channel driver against the sandbox: saying, streaming, pacing, reconnecting."""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import AsyncIterator

import pytest
import yaml

from ivh_client.models import SendTextData
from tests.specs import load
from vrlive import AsyncIvh, Ivh
from vrlive import clock as timing
from vrlive.ivh_channel import (
    CHANNEL_PATH,
    FRAGMENT_BYTES,
    ChannelError,
    Guide,
    SessionClosedError,
    fragments,
)

NARRATION = [
    "Welcome to the flat on the fourth floor. ",
    "The living room faces south: ",
    "morning light reaches the sofa. ",
    "To your left, the kitchen, ",
    "renovated last spring, ",
    "with an induction hob. ",
    "Ahead, the two bedrooms. ",
    "The larger one has a walk-in wardrobe.",
]


def started_session(ivh: Ivh) -> str:
    session = ivh.session.create_session(
        virtualman_project_id="tour-project", user_id="buyer-1", protocol="webrtc", driver_type=1
    )
    ivh.wait_until_ready(session.session_id, interval=1)
    ivh.session.start_session(session_id=session.session_id)
    return session.session_id


async def started_session_async(ivh: AsyncIvh) -> str:
    session = await ivh.session.create_session(
        virtualman_project_id="tour-project", user_id="buyer-1", protocol="webrtc", driver_type=1
    )
    await ivh.wait_until_ready(session.session_id, interval=1)
    await ivh.session.start_session(session_id=session.session_id)
    return session.session_id


async def narration(pause: float = 0.0) -> AsyncIterator[str]:
    for chunk in NARRATION:
        if pause:
            await timing.async_sleep(pause)
        yield chunk


def test_fragments_are_cut_at_character_boundaries_to_at_most_1000_bytes() -> None:
    text = "a" * 999 + "é" + "漢字" * 400 + "🏠"
    pieces = fragments(text)
    assert "".join(pieces) == text
    assert all(len(piece.encode("utf-8")) <= FRAGMENT_BYTES for piece in pieces)
    assert pieces[0] == "a" * 999  # "é" (2 bytes) would pass 1000: it starts the next piece
    assert fragments("") == []


def test_the_driver_uses_the_channel_path_the_spec_declares() -> None:
    assert load("ivh")["x-channels"]["command_channel"]["path"] == CHANNEL_PATH


def test_two_says_one_after_another_are_a_virtual_second_apart(vrlive_sandbox, capsys) -> None:
    with Ivh() as ivh:
        session_id = started_session(ivh)
        with ivh.drive(session_id) as guide:
            real = time.monotonic()
            virtual = timing.monotonic()
            first = guide.say("Welcome.")
            second = guide.say("This is the living room.")
            second.wait(timeout=30)
            virtual_gap = timing.monotonic() - virtual
            real_gap = time.monotonic() - real
    said = vrlive_sandbox.said(session_id)
    assert [utterance.text for utterance in said] == ["Welcome.", "This is the living room."]
    apart = said[1].at - said[0].at
    print(f"sandbox: the two texts arrived {apart:.3f} virtual s apart; {real_gap:.3f} s of real time passed")
    assert apart > 1.0
    assert first.done
    assert virtual_gap > 1.0
    assert real_gap < 1.0, "the pacing slept in real time"
    with capsys.disabled():
        print(f"\n[say pacing] texts {apart:.3f} s apart on the sandbox's clock, {real_gap:.3f} s real")


def test_send_command_over_http_is_paced_with_the_channel(vrlive_sandbox) -> None:
    with Ivh() as ivh:
        session_id = started_session(ivh)
        ivh.interaction.send_command(
            session_id=session_id, command="SEND_TEXT", data=SendTextData(text="Hello.")
        )
        with ivh.drive(session_id) as guide:
            guide.say("Over the channel now.").wait(timeout=30)
        ivh.interaction.send_command(
            session_id=session_id, command="SEND_TEXT", data=SendTextData(text="And HTTP again.")
        )
    said = vrlive_sandbox.said(session_id)
    assert [(u.via, u.text) for u in said] == [
        ("http", "Hello."),
        ("channel", "Over the channel now."),
        ("http", "And HTTP again."),
    ]
    assert all(later.at - earlier.at > 1.0 for earlier, later in itertools.pairwise(said))


@pytest.mark.anyio
async def test_a_channel_dropped_mid_stream_loses_and_repeats_nothing(vrlive_sandbox) -> None:
    async with AsyncIvh() as ivh:
        session_id = await started_session_async(ivh)
        async with ivh.drive(session_id) as guide:
            vrlive_sandbox.drop_channel(session_id, after=3)  # after the third fragment, before its answer
            speech = await guide.stream(narration())
            await speech.wait(timeout=60)
            reconnects = guide.reconnects
    said = vrlive_sandbox.said(session_id)
    assert len(said) == 1
    assert said[0].fragments == tuple(NARRATION)
    assert said[0].text == "".join(NARRATION)
    assert not said[0].interrupted
    assert reconnects == 1
    taken = [
        message["Payload"]["Data"]["Seq"]
        for message in vrlive_sandbox.channel_messages(session_id)
        if message["Payload"]["Command"] == "SEND_STREAMTEXT"
    ]
    # Seq from 1 without gaps, the final packet number len(NARRATION) + 1. The packets the service
    # had not answered for when the channel dropped (its answers to the last ones were lost with
    # it) were sent again on the new channel, in order: taken again, said once (the contract guard
    # fails the test on any packet out of sequence).
    assert list(dict.fromkeys(taken)) == list(range(1, len(NARRATION) + 2))
    again = next(index for index in range(1, len(taken)) if taken[index] <= taken[index - 1])
    assert taken[:again] == [1, 2, 3]  # the first channel took three packets
    assert taken[again:] == list(range(taken[again], len(NARRATION) + 2))
    print(f"Seq taken by the sandbox: {taken} (channel dropped after Seq 3; {reconnects} reconnection)")


@pytest.mark.anyio
async def test_interrupting_a_stream_from_an_async_generator(vrlive_sandbox) -> None:
    async with AsyncIvh() as ivh:
        session_id = await started_session_async(ivh)
        async with ivh.drive(session_id) as guide:

            async def interrupt_later() -> None:
                await timing.async_sleep(2.5)
                await guide.interrupt()

            interrupter = asyncio.create_task(interrupt_later())
            speech = await guide.stream(narration(pause=1.0))
            await interrupter
            last = await speech.wait(timeout=30)
    said = vrlive_sandbox.said(session_id)
    assert len(said) == 1
    assert said[0].interrupted
    assert 0 < len(said[0].fragments) < len(NARRATION)
    assert said[0].fragments == tuple(NARRATION[: len(said[0].fragments)])
    assert speech.interrupted
    assert last is not None
    assert last.payload.speak_status is not None
    assert last.payload.speak_status.value == "TextOver"


def say_until_refused(guide: Guide) -> None:
    for _ in range(50):  # the close reaches the driver's reader a moment after the session closes
        guide.say("Is anyone there?")


def test_a_session_closed_under_the_driver_is_a_typed_error(vrlive_sandbox) -> None:
    with Ivh() as ivh:
        session_id = started_session(ivh)
        with ivh.drive(session_id) as guide:
            guide.say("Hello.")
            vrlive_sandbox.end_session(session_id)
            with pytest.raises(SessionClosedError) as raised:
                say_until_refused(guide)
    assert raised.value.code == 110013


@pytest.mark.vrlive_sandbox(contract=False)
def test_the_channel_is_refused_before_start_session_and_twice(vrlive_sandbox) -> None:
    with Ivh() as ivh:
        session = ivh.session.create_session(
            virtualman_project_id="tour-project", user_id="buyer-1", protocol="webrtc", driver_type=1
        )
        ivh.wait_until_ready(session.session_id, interval=1)
        with pytest.raises(ChannelError) as refused, ivh.drive(session.session_id):
            pass
        assert refused.value.code == 110016
        ivh.session.start_session(session_id=session.session_id)
        with (
            ivh.drive(session.session_id),
            pytest.raises(ChannelError) as second,
            ivh.drive(session.session_id),
        ):
            pass
        assert second.value.code == 110015


def test_no_secret_in_the_debug_log_or_reprs(vrlive_sandbox, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="vrlive")
    environment = vrlive_sandbox.environment
    with Ivh() as ivh:
        session_id = started_session(ivh)
        with ivh.drive(session_id) as guide:
            guide.say("Hello.").wait(timeout=30)
            shown = repr(guide) + repr(ivh)
    text = caplog.text + shown
    assert "opening the command channel" in caplog.text
    assert "signature=[redacted]" in caplog.text
    assert environment["IVH_ACCESSTOKEN"] not in text
    signatures = [record.query.get("signature") for record in vrlive_sandbox.requests(vendor="ivh")]
    assert all(signature == "[redacted]" for signature in signatures)


def test_the_sandbox_prints_where_the_channel_is(vrlive_sandbox) -> None:
    url = vrlive_sandbox.environment["IVH_CHANNEL_URL"]
    assert url.startswith("ws://127.0.0.1:")
    assert yaml.safe_dump({"url": url})  # a plain string, for tools


def test_vrlive_say_makes_a_session_say_a_line(vrlive_sandbox, capsys) -> None:
    from vrlive.cli import main

    with Ivh() as ivh:
        session_id = started_session(ivh)
    assert main(["say", session_id, "Welcome to the open house.", "--json"]) == 0
    printed = capsys.readouterr().out
    assert '"status": "said"' in printed
    assert [u.text for u in vrlive_sandbox.said(session_id)] == ["Welcome to the open house."]
    assert main(["say", "m000", "Nobody here."]) == 3
    assert "session does not exist" in capsys.readouterr().err
