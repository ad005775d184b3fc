"""Row 6: the sandbox's in-process transports against loopback, in calls per second.

Tests that upload nothing can give the facades ``vrlive_sandbox.transport.SandboxTransport`` (sync)
and ``AsyncSandboxTransport`` (async): each request goes to the sandbox's application in the same
process, with no socket and no HTTP parsing. This row measures what that saves on one Realsee
operation, ``get_viewing_room_detail`` of one room: the sandbox checks the request against the spec,
logs it and builds the room's detail; the facade unwraps the envelope into a ``ViewingRoomDetail``.
The same facade call runs over the in-process transport, over loopback to the same sandbox's HTTP
server in this process (what the pytest plugin's session sandbox is), and over loopback to
``python -m vrlive_sandbox`` in its own process. Async calls are awaited one after another.
"""

from __future__ import annotations

import asyncio
import importlib.util
import time

import httpx

from bench.common import Stats, sandbox_process, table
from vrlive.realsee import AsyncRealsee, Realsee
from vrlive_sandbox import Sandbox, SandboxConfig
from vrlive_sandbox.controls import SandboxControls
from vrlive_sandbox.transport import AsyncSandboxTransport, SandboxTransport

CALLS = 2000
"""Calls per measured run."""
REPEATS = 3
CONFIG = SandboxConfig()
"""Both sandboxes' settings: the defaults, so the facades' credentials are the same for both."""

TRANSPORTS = {
    "in_process": "in-process transport, no socket",
    "loopback": "loopback, the sandbox's server in this process",
    "own_process": "loopback, `python -m vrlive_sandbox` in its own process",
}
MODES = ("sync", "async")


class Target:
    """Where one variant's calls go: a fresh, reset sandbox state and the facade's arguments."""

    def __init__(self, sandbox: Sandbox, own_process_url: str) -> None:
        self.sandbox = sandbox
        self.own_process_url = own_process_url

    def reset(self, transport: str) -> None:
        """A clean sandbox (an empty request log) for a run."""
        if transport == "own_process":
            httpx.post(f"{self.own_process_url}/_sandbox/reset").raise_for_status()
        else:
            SandboxControls(self.sandbox).reset()

    def realsee(self, transport: str) -> Realsee:
        if transport == "in_process":
            return Realsee(
                *_credentials(), base_url=self.sandbox.api_url, transport=SandboxTransport(self.sandbox)
            )
        return Realsee(*_credentials(), base_url=self._url(transport))

    def async_realsee(self, transport: str) -> AsyncRealsee:
        if transport == "in_process":
            return AsyncRealsee(
                *_credentials(),
                base_url=self.sandbox.api_url,
                async_transport=AsyncSandboxTransport(self.sandbox),
            )
        return AsyncRealsee(*_credentials(), base_url=self._url(transport))

    def _url(self, transport: str) -> str:
        return self.own_process_url if transport == "own_process" else self.sandbox.api_url


def _credentials() -> tuple[str, str]:
    return CONFIG.realsee_app_key, CONFIG.realsee_app_secret


def _room_arguments() -> dict[str, str]:
    return {
        "app_id": CONFIG.realsee_app_id,
        "create_user_id": "agent-7",
        "create_user_role": "1",
        "members": "[]",
    }


def sync_run(target: Target, transport: str) -> float:
    """Seconds of ``CALLS`` calls, after a reset, one room made and one call to warm up (the token)."""
    target.reset(transport)
    with target.realsee(transport) as realsee:
        room = realsee.viewing.create_viewing_room(**_room_arguments())
        realsee.viewing.get_viewing_room_detail(app_id=CONFIG.realsee_app_id, room_code=room.room_code)
        started = time.perf_counter()
        for _ in range(CALLS):
            realsee.viewing.get_viewing_room_detail(app_id=CONFIG.realsee_app_id, room_code=room.room_code)
        return time.perf_counter() - started


def async_run(target: Target, transport: str) -> float:
    """As ``sync_run``, on a fresh event loop, each call awaited before the next."""

    async def calls() -> float:
        async with target.async_realsee(transport) as realsee:
            room = await realsee.viewing.create_viewing_room(**_room_arguments())
            await realsee.viewing.get_viewing_room_detail(
                app_id=CONFIG.realsee_app_id, room_code=room.room_code
            )
            started = time.perf_counter()
            for _ in range(CALLS):
                await realsee.viewing.get_viewing_room_detail(
                    app_id=CONFIG.realsee_app_id, room_code=room.room_code
                )
            return time.perf_counter() - started

    target.reset(transport)
    return asyncio.run(calls())


def measure(target: Target) -> dict[tuple[str, str], Stats]:
    """Calls per second of every mode and transport, ``REPEATS`` interleaved runs each."""
    rates: dict[tuple[str, str], list[float]] = {(mode, name): [] for mode in MODES for name in TRANSPORTS}
    for _ in range(REPEATS):
        for (mode, name), samples in rates.items():
            seconds = (sync_run if mode == "sync" else async_run)(target, name)
            samples.append(CALLS / seconds)
    return {key: Stats.of(samples) for key, samples in rates.items()}


def report(results: dict[tuple[str, str], Stats]) -> str:
    rows = []
    for mode in MODES:
        fastest = results[mode, "in_process"].median
        for name, label in TRANSPORTS.items():
            stats = results[mode, name]
            rows.append([
                mode if mode == "sync" else "async, 1 task",
                label,
                stats.show(digits=0),
                f"{1e6 / stats.median:,.0f} µs",
                f"{fastest / stats.median:.2f}×",
            ])  # fmt: skip

    def gain(mode: str, name: str) -> str:
        return f"{results[mode, 'in_process'].median / results[mode, name].median:.2f}×"

    aiohttp = importlib.util.find_spec("aiohttp") is not None
    reading = (
        f"Reading it. Sync, the in-process transport makes {gain('sync', 'loopback')} the calls of "
        f"loopback to the same sandbox and {gain('sync', 'own_process')} those of a sandbox in its own "
        f"process; async, {gain('async', 'loopback')} and {gain('async', 'own_process')}. Async gains "
        "less: `AsyncSandboxTransport` hands each request to a worker thread (`anyio.to_thread`), as a "
        "server's handler thread would, so that an injected latency does not block the event loop"
        + (
            ", while the async facade's loopback calls go through vrlive's aiohttp transport (aiohttp "
            "is installed here)."
            if aiohttp
            else "."
        )
        + " In a test, both are small next to what virtual time saves (a wait of minutes is not slept)."
    )
    return (
        f"`get_viewing_room_detail` of one room through the Realsee facade, {CALLS} calls per run, "
        f"{REPEATS} runs interleaved (every mode and transport once, then again); each run resets the "
        "sandbox, makes the room and warms up with one call (the access token). Calls per second, "
        "median (min–max); µs per call is the median's inverse. The in-process transports serve only "
        "the APIs: a panorama upload still goes to the sandbox's S3 over HTTP.\n\n"
        + table(["mode", "transport", "calls/s", "µs per call", "in-process ÷ this"], rows)
        + f"\n\n{reading}\n\nReproduce: `python -m bench inprocess`."
    )


def run() -> str:
    with Sandbox(CONFIG) as sandbox, sandbox_process() as own_process:
        return report(measure(Target(sandbox, str(own_process["api"]))))


if __name__ == "__main__":
    print(run())
