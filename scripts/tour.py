"""`make tour`: a narrated VR viewing against the local sandbox, start to finish.

Starts the sandbox in this process (virtual time on, as its pytest plugin does: the guide's speech
and the one-second pace of texts take no wall time), then, through the vrlive facades only:
creates a Realsee viewing room and a buyer's ticket, creates and starts an IVH digital human,
has it greet the buyer, streams a narration from an async generator (an LLM's stream would do
the same), interrupts it when the buyer "asks a question", answers, and closes everything. It
prints each step, then the sandbox's record of what the guide said.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator

from vrlive import AsyncIvh, AsyncRealsee
from vrlive import clock as timing
from vrlive_sandbox.ivh_channel import Utterance
from vrlive_sandbox.server import Sandbox
from vrlive_sandbox.virtual_time import VirtualTime

APP_ID = "vw9deNaEggNpPLkW"
NARRATION = (
    "This flat is on the fourth floor of a 2019 building. ",
    "The living room faces south, so the morning light reaches the sofa. ",
    "To your left is the kitchen, renovated last spring, with an induction hob. ",
    "Ahead are the two bedrooms; the larger one has a walk-in wardrobe. ",
    "Finally, the balcony looks over the park.",
)


async def narration(pause: float) -> AsyncIterator[str]:
    """The narration, a sentence at a time, as a language model would stream it."""
    for sentence in NARRATION:
        await timing.async_sleep(pause)  # the model thinking (vrlive's clock: virtual here)
        yield sentence


async def tour(say: bool = True) -> list[str]:
    """The tour against the sandbox the environment names; the lines it printed."""
    lines: list[str] = []

    def show(line: str) -> None:
        lines.append(line)
        if say:
            print(line, flush=True)

    async with AsyncRealsee() as realsee, AsyncIvh() as ivh:
        room = await realsee.viewing.create_viewing_room(
            app_id=APP_ID, create_user_id="agent-7", create_user_role="1", members="[]"
        )
        ticket = await realsee.viewing.apply_room_ticket(
            app_id=APP_ID, room_code=room.room_code, user_id="buyer-1", user_role="2"
        )
        show(f"viewing room {room.room_code}; the buyer's ticket opens {ticket.room_link}")
        session = await ivh.session.create_session(
            virtualman_project_id="tour-guide", user_id="buyer-1", protocol="trtc", driver_type=1
        )
        await ivh.wait_until_ready(session.session_id, interval=1)
        await ivh.session.start_session(session_id=session.session_id)
        show(f"digital human {session.session_id} started, streaming at {session.play_stream_addr}")
        try:
            async with ivh.drive(session.session_id) as guide:
                greeting = await guide.say("Hello, and welcome to your viewing.")
                await greeting.wait()
                show("guide: greeting said")

                async def question_after(seconds: float) -> None:
                    await timing.async_sleep(seconds)
                    show(f"buyer asks a question after {seconds:g} s: interrupting the narration")
                    await guide.interrupt()

                asking = asyncio.create_task(question_after(7.5))
                speech = await guide.stream(narration(pause=2.0))
                await asking
                await speech.wait()
                show(f"guide: narration {'interrupted' if speech.interrupted else 'finished'}")
                answer = await guide.say("Yes, the parking space is included in the price.")
                await answer.wait()
                show("guide: answer said")
        finally:
            await ivh.session.close_session(session_id=session.session_id)
            show(f"digital human {session.session_id} closed")
    return lines


def record(said: list[Utterance]) -> list[str]:
    """The sandbox's record of what the guide said, one line per drive."""
    return [
        f"  {utterance.command:<15} {'interrupted' if utterance.interrupted else 'said':<11} "
        f"{len(utterance.fragments)} fragment(s): {utterance.text!r}"
        for utterance in said
    ]


def main() -> int:
    with Sandbox() as sandbox, timing.use(VirtualTime(sandbox.clock)):
        os.environ.update(sandbox.info()["environment"])
        started = sandbox.clock.now()
        asyncio.run(tour())
        print(f"({sandbox.clock.now() - started:.1f} s of sandbox time)")
        print("the sandbox's record of what the guide said:")
        for line in record(
            [said for voice in sandbox.app.ivh.state.voices.values() for said in voice.said()]
        ):
            print(line)
        violations = [
            violation for voice in sandbox.app.ivh.state.voices.values() for violation in voice.violations
        ]
        if violations:
            print("the channel saw messages breaking the spec:", *violations, sep="\n  ")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
