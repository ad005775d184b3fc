"""Row 2: calls per second of `get_pano_task_status` on one kept-alive connection.

Raw httpx plus json.loads (the floor: no auth, no envelope, no types) against our Realsee facade
(token cached, envelope unwrapped, typed result, retry transport in place) and OpenAPI Generator's
client (urllib3 and pydantic). Async: one task, then 100 concurrent tasks, through httpx.AsyncClient
against our async path. The server is a minimal keep-alive server in its own process.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from bench import peers
from bench.common import Stats, table, verdict
from realsee_client.api.pano import get_pano_task_status
from vrlive.http import DEFAULT_LIMITS
from vrlive.realsee import Realsee

CALLS = 2000
REPEATS = 5
ASYNC_TASKS = (1, 100)
PATH = "/open/v1/pano/task/status"
HEADERS = {"Authorization": "bench-token"}
CREDENTIALS = {"app_key": "bench", "app_secret": "bench-secret"}  # what the fixed server accepts: anything


def raw_sync(base_url: str) -> Callable[[int], None]:
    client = httpx.Client(base_url=base_url)

    def calls(count: int) -> None:
        for _ in range(count):
            response = client.get(PATH, params={"task_code": "t-1"}, headers=HEADERS)
            json.loads(response.content)["data"]

    return calls


def ours_sync(base_url: str) -> Callable[[int], None]:
    realsee = Realsee(CREDENTIALS["app_key"], CREDENTIALS["app_secret"], base_url=base_url)

    def calls(count: int) -> None:
        for _ in range(count):
            get_pano_task_status.sync(client=realsee.client, task_code="t-1")

    return calls


def oag_sync(base_url: str, folder: Path) -> Callable[[int], None]:
    sys.path.insert(0, str(folder))
    oag: Any = importlib.import_module("realsee_oag")
    pano: Any = importlib.import_module("realsee_oag.api.pano_api")
    configuration = oag.Configuration(host=base_url, api_key={"AccessToken": "bench-token"})
    api = pano.PanoApi(oag.ApiClient(configuration))

    def calls(count: int) -> None:
        for _ in range(count):
            api.get_pano_task_status(task_code="t-1")

    return calls


async def _in_tasks(call: Callable[[], Awaitable[object]], count: int, tasks: int) -> None:
    async def task(share: int) -> None:
        for _ in range(share):
            await call()

    await asyncio.gather(*(task(count // tasks) for _ in range(tasks)))


async def raw_async(base_url: str, count: int, tasks: int) -> float:
    # The same pool limits as ours (vrlive.http.DEFAULT_LIMITS): the row compares per-call work.
    async with httpx.AsyncClient(base_url=base_url, limits=DEFAULT_LIMITS) as client:

        async def call() -> object:
            response = await client.get(PATH, params={"task_code": "t-1"}, headers=HEADERS)
            return json.loads(response.content)["data"]

        await _in_tasks(call, tasks, tasks)  # warm: open the connections
        started = time.perf_counter()
        await _in_tasks(call, count, tasks)
        return count / (time.perf_counter() - started)


async def ours_async(base_url: str, count: int, tasks: int) -> float:
    async with Realsee(CREDENTIALS["app_key"], CREDENTIALS["app_secret"], base_url=base_url) as realsee:

        async def call() -> object:
            return await get_pano_task_status.asyncio(client=realsee.client, task_code="t-1")

        await _in_tasks(call, tasks, tasks)
        started = time.perf_counter()
        await _in_tasks(call, count, tasks)
        return count / (time.perf_counter() - started)


def _rate(calls: Callable[[int], None]) -> float:
    started = time.perf_counter()
    calls(CALLS)
    return CALLS / (time.perf_counter() - started)


def run() -> str:
    server = subprocess.Popen([sys.executable, "-m", "bench.fixed_server"], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        with tempfile.TemporaryDirectory(prefix="vrlive-bench-requests-") as scratch:
            clients = {
                "raw": raw_sync(base_url),
                "ours": ours_sync(base_url),
                "oag": oag_sync(base_url, peers.oag_realsee(Path(scratch))),
            }
            for calls in clients.values():
                calls(200)  # warm: connection, token, imports
            rates: dict[str, list[float]] = {name: [] for name in clients}
            async_rates: dict[tuple[int, str], list[float]] = {
                (tasks, name): [] for tasks in ASYNC_TASKS for name in ("raw", "ours")
            }
            for _ in range(REPEATS):  # interleaved, so drift touches every client alike
                for name, calls in clients.items():
                    rates[name].append(_rate(calls))
                for tasks in ASYNC_TASKS:
                    async_rates[tasks, "raw"].append(asyncio.run(raw_async(base_url, CALLS, tasks)))
                    async_rates[tasks, "ours"].append(asyncio.run(ours_async(base_url, CALLS, tasks)))
    finally:
        server.terminate()
        server.wait(timeout=10)

    sync = {name: Stats.of(samples) for name, samples in rates.items()}
    asynchronous = {key: Stats.of(samples) for key, samples in async_rates.items()}
    ratios = {"sync": sync["ours"].median / sync["raw"].median}
    rows = [
        ["sync", "raw httpx.Client + json.loads", sync["raw"].show(digits=0), "1.00×"],
        [
            "sync",
            "ours: Realsee facade (typed PanoTaskStatus)",
            sync["ours"].show(digits=0),
            f"{ratios['sync']:.2f}×",
        ],
        [
            "sync",
            "OpenAPI Generator client (urllib3, pydantic)",
            sync["oag"].show(digits=0),
            f"{sync['oag'].median / sync['raw'].median:.2f}×",
        ],
    ]
    for tasks in ASYNC_TASKS:
        mode = f"async, {tasks} task{'s' if tasks > 1 else ''}"
        raw, ours = asynchronous[tasks, "raw"], asynchronous[tasks, "ours"]
        ratios[mode] = ours.median / raw.median
        rows += [
            [mode, "raw httpx.AsyncClient + json.loads", raw.show(digits=0), "1.00×"],
            [mode, "ours: Realsee facade, asyncio()", ours.show(digits=0), f"{ratios[mode]:.2f}×"],
        ]
    goals = "Goal: ours ≥ 0.85× raw httpx calls per second. " + "; ".join(
        f"{mode} {value:.2f}×, {verdict(value >= 0.85)}" for mode, value in ratios.items()
    )
    return (
        f"{CALLS} calls per run, {REPEATS} runs (interleaved), against a minimal keep-alive server in "
        "its own process returning a fixed envelope. Calls per second, median (min–max). Both async "
        "clients use the same pool limits (`vrlive.http.DEFAULT_LIMITS`).\n\n"
        "One task measures the per-call work. With 100 tasks both clients are bound by httpcore's "
        "connection pool, not by their own code: every queued request rescans every connection "
        "(`_assign_requests_to_connections`, O(requests × connections), most of the profile; "
        "encode/httpcore#1035, open), so 100 tasks make fewer calls per second than one, and the "
        "ratio between the two clients there reflects scheduling (likely our auth flow's await points "
        "change how many requests queue at once) more than per-call cost.\n\n"
        + table(["mode", "client", "calls/s", "÷ raw httpx"], rows)
        + f"\n\n{goals}.\n\nReproduce: `python -m bench requests`."
    )


if __name__ == "__main__":
    print(run())
