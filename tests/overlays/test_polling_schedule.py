"""How long and how often a panorama-to-VR task is polled, by default: like Realsee's own tool.

Its tool (realsee-panorama-to-vr-skill, scripts/lib/constants.mjs) polls every 30 s, 60 times:
30 minutes. The waits here start at 5 s (small sets finish in under a minute) and back off to
30 s, for 30 minutes; then TaskTimeoutError says how to resume.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import vrlive.clock
from tests.clocks import FakeClock
from tests.facades import REALSEE
from tests.sandbox.packages import task
from vrlive import TaskTimeoutError, cli
from vrlive.realsee import AsyncRealsee, Realsee
from vrlive_sandbox import Sandbox
from vrlive_sandbox.controls import SandboxControls

EXPECTED_PAUSES = [5.0, 7.5, 11.25, 16.875, 25.3125] + [30.0] * 57 + [24.0625]
"""x1.5 from 5 s up to 30 s; the last pause ends at 1800 s."""


def test_wait_for_task_polls_from_5_s_to_30_s_for_30_minutes(
    realsee: Realsee, controls: SandboxControls
) -> None:
    controls.configure(task_pending_seconds=10_000)
    code = task(realsee)
    time = FakeClock()
    with vrlive.clock.use(time), pytest.raises(TaskTimeoutError) as caught:
        realsee.wait_for_task(code)
    assert caught.value.waited == 1800
    assert time.slept == EXPECTED_PAUSES
    assert sum(EXPECTED_PAUSES) == 1800


def test_the_async_facade_keeps_the_same_schedule(
    realsee: Realsee, sandbox: Sandbox, controls: SandboxControls
) -> None:
    controls.configure(task_pending_seconds=10_000)
    code = task(realsee)

    async def run() -> None:
        async with AsyncRealsee(**REALSEE, base_url=sandbox.api_url) as asynchronous:
            await asynchronous.wait_for_task(code)

    time = FakeClock()
    with vrlive.clock.use(time), pytest.raises(TaskTimeoutError):
        asyncio.run(run())
    assert time.slept == EXPECTED_PAUSES


@pytest.mark.parametrize("command", [["pano2vr", "church"], ["task", "abc", "--wait"]])
def test_the_command_line_defaults_are_the_same(command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    arguments = cli._parser().parse_args(command)
    assert (arguments.interval, arguments.max_interval, arguments.timeout) == (5.0, 30.0, 1800.0)
    passed: dict[str, Any] = {}

    def wait_for_task(self: Realsee, task_code: str, **options: Any) -> str:
        passed.update(options)
        return "https://realsee.cn/x"

    monkeypatch.setattr(Realsee, "wait_for_task", wait_for_task)
    realsee = Realsee(app_key="key", app_secret="secret-of-the-app", base_url="http://127.0.0.1:9")
    output = cli.Output(as_json=True, debug=False)
    cli._wait(realsee, output, None, "abc", arguments)
    assert (passed["interval"], passed["max_interval"], passed["timeout"]) == (5.0, 30.0, 1800.0)
