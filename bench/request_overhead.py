"""Row 2: calls per second of `get_pano_task_status` against a minimal keep-alive server.

Sync: raw httpx plus json.loads (no auth, no envelope, no types), our Realsee facade (token cached,
envelope unwrapped, typed result, the call policy in place) and OpenAPI Generator's default client
(urllib3 and pydantic). Async, with 1, 100 and 1000 concurrent tasks on one event loop: pure aiohttp
plus json.loads (the floor), raw httpx.AsyncClient on its own transport (httpcore) and on the
``httpx-aiohttp`` transport (what openai-python's ``DefaultAioHttpClient`` is), our facade's
``asyncio()`` path, and OpenAPI Generator's ``--library asyncio`` client (aiohttp and pydantic).
Every async client may open at most 100 connections (``vrlive.transports.DEFAULT_LIMITS``; aiohttp's and
OpenAPI Generator's default is the same 100), so 1000 tasks queue for them.

The server runs in its own process (``bench.fixed_server``) so that no client shares its GIL.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

from bench import peers
from bench.common import Stats, table, verdict
from realsee_client.api.pano import get_pano_task_status
from vrlive.realsee import AsyncRealsee, Realsee
from vrlive.transports import DEFAULT_LIMITS
from vrlive_core.errors import TransportError

CALLS = 3000
"""Calls per measured run, for every client and mode (a multiple of every task count)."""
REPEATS = 3
TASKS = (1, 100, 1000)
PATH = "/open/v1/pano/task/status"
PARAMS = {"task_code": "t-1"}
HEADERS = {"Authorization": "bench-token"}
CREDENTIALS = {"app_key": "bench", "app_secret": "bench-secret"}  # what the fixed server accepts: anything
TIMEOUT = 30.0
"""Our facades' default timeout, given to raw httpx too (its own default, 5 s, ends queued calls)."""
FAILURES = (httpx.TransportError, TransportError, aiohttp.ClientError, TimeoutError)
"""What ends a run without ending the row: a timeout or lost connection is reported, not measured."""

SyncCalls = Callable[[int], None]
AsyncCall = Callable[[], Awaitable[object]]
AsyncClient = Callable[[str], AbstractAsyncContextManager[AsyncCall]]
"""Opens a client on a base URL and yields one call; closing it closes the client."""

SYNC_LABELS = {
    "raw": "raw httpx.Client + json.loads",
    "ours": "ours: Realsee facade (typed PanoTaskStatus)",
    "function": "ours, the generated function under the resource (`get_pano_task_status.sync`)",
    "oag": "OpenAPI Generator (`-g python`: urllib3, pydantic)",
}
ASYNC_LABELS = {
    "aiohttp": "pure aiohttp + json.loads (the floor)",
    "raw": "raw httpx.AsyncClient (httpcore) + json.loads",
    "raw_aiohttp": "raw httpx.AsyncClient on httpx-aiohttp's transport + json.loads",
    "ours": "ours: Realsee facade, asyncio()",
    "function": "ours, the generated function under the resource (`get_pano_task_status.asyncio`)",
    "oag_asyncio": "OpenAPI Generator (`--library asyncio`: aiohttp, pydantic)",
}


@contextlib.contextmanager
def fixed_server() -> Iterator[str]:
    """``bench.fixed_server`` in its own process, for the duration; yields its base URL."""
    server = subprocess.Popen([sys.executable, "-m", "bench.fixed_server"], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        yield f"http://127.0.0.1:{server.stdout.readline().strip()}"
    finally:
        server.terminate()
        server.wait(timeout=10)


# Sync clients: each returns a function making ``count`` calls.


def raw_sync(base_url: str) -> SyncCalls:
    client = httpx.Client(base_url=base_url, timeout=TIMEOUT)

    def calls(count: int) -> None:
        for _ in range(count):
            response = client.get(PATH, params=PARAMS, headers=HEADERS)
            json.loads(response.content)["data"]

    return calls


def ours_sync(base_url: str) -> SyncCalls:
    realsee = Realsee(CREDENTIALS["app_key"], CREDENTIALS["app_secret"], base_url=base_url)

    def calls(count: int) -> None:
        for _ in range(count):
            realsee.pano.get_pano_task_status(task_code="t-1")

    return calls


def function_sync(base_url: str) -> SyncCalls:
    """The call as it was written before the resources: the generated function, given the client."""
    realsee = Realsee(CREDENTIALS["app_key"], CREDENTIALS["app_secret"], base_url=base_url)

    def calls(count: int) -> None:
        for _ in range(count):
            get_pano_task_status.sync(client=realsee.client, task_code="t-1")

    return calls


def oag_sync(base_url: str, folder: Path) -> SyncCalls:
    sys.path.insert(0, str(folder))
    oag: Any = importlib.import_module("realsee_oag")
    pano: Any = importlib.import_module("realsee_oag.api.pano_api")
    configuration = oag.Configuration(host=base_url, api_key={"AccessToken": "bench-token"})
    api = pano.PanoApi(oag.ApiClient(configuration))

    def calls(count: int) -> None:
        for _ in range(count):
            api.get_pano_task_status(task_code="t-1")

    return calls


# Async clients: each opens a client and yields one call.


@contextlib.asynccontextmanager
async def aiohttp_floor(base_url: str) -> AsyncIterator[AsyncCall]:
    connector = aiohttp.TCPConnector(limit=DEFAULT_LIMITS.max_connections or 0)
    async with aiohttp.ClientSession(base_url, connector=connector) as session:

        async def call() -> object:
            async with session.get(PATH, params=PARAMS, headers=HEADERS) as response:
                return json.loads(await response.read())["data"]

        yield call


def _raw_httpx(transport: Callable[[], httpx.AsyncBaseTransport] | None) -> AsyncClient:
    @contextlib.asynccontextmanager
    async def client(base_url: str) -> AsyncIterator[AsyncCall]:
        # The same pool limits and timeout as ours: the row compares per-call work.
        async with httpx.AsyncClient(
            base_url=base_url,
            limits=DEFAULT_LIMITS,
            timeout=TIMEOUT,
            transport=transport() if transport else None,
        ) as http:

            async def call() -> object:
                response = await http.get(PATH, params=PARAMS, headers=HEADERS)
                return json.loads(response.content)["data"]

            yield call

    return client


raw_async = _raw_httpx(None)
raw_on_aiohttp = _raw_httpx(lambda: AiohttpTransport(limits=DEFAULT_LIMITS))


@contextlib.asynccontextmanager
async def ours_async(base_url: str) -> AsyncIterator[AsyncCall]:
    async with AsyncRealsee(CREDENTIALS["app_key"], CREDENTIALS["app_secret"], base_url=base_url) as realsee:

        async def call() -> object:
            return await realsee.pano.get_pano_task_status(task_code="t-1")

        yield call


@contextlib.asynccontextmanager
async def function_async(base_url: str) -> AsyncIterator[AsyncCall]:
    async with AsyncRealsee(CREDENTIALS["app_key"], CREDENTIALS["app_secret"], base_url=base_url) as realsee:

        async def call() -> object:
            return await get_pano_task_status.asyncio(client=realsee.client, task_code="t-1")

        yield call


def oag_asyncio(folder: Path) -> AsyncClient:
    sys.path.insert(0, str(folder))
    oag: Any = importlib.import_module("realsee_oag_asyncio")
    pano: Any = importlib.import_module("realsee_oag_asyncio.api.pano_api")

    @contextlib.asynccontextmanager
    async def client(base_url: str) -> AsyncIterator[AsyncCall]:
        # connection_pool_maxsize defaults to 100 (aiohttp's TCPConnector limit), as the others.
        configuration = oag.Configuration(host=base_url, api_key={"AccessToken": "bench-token"})
        async with oag.ApiClient(configuration) as api_client:
            api = pano.PanoApi(api_client)

            async def call() -> object:
                return await api.get_pano_task_status(task_code="t-1")

            yield call

    return client


# Measuring.


async def in_tasks(call: AsyncCall, count: int, tasks: int) -> None:
    """``count`` calls shared by ``tasks`` concurrent tasks on the running loop."""

    async def task(share: int) -> None:
        for _ in range(share):
            await call()

    await asyncio.gather(*(task(count // tasks) for _ in range(tasks)))


async def _async_rate(client: AsyncClient, base_url: str, count: int, tasks: int) -> float:
    async with client(base_url) as call:
        await in_tasks(call, tasks, tasks)  # warm: open the connections (and fetch our token)
        started = time.perf_counter()
        await in_tasks(call, count, tasks)
        return count / (time.perf_counter() - started)


def async_rate(client: AsyncClient, base_url: str, count: int, tasks: int) -> float:
    """Calls per second of ``count`` calls by ``tasks`` tasks, on a fresh event loop and client."""
    return asyncio.run(_async_rate(client, base_url, count, tasks))


def sync_rate(calls: SyncCalls, count: int = CALLS) -> float:
    started = time.perf_counter()
    calls(count)
    return count / (time.perf_counter() - started)


def mode_name(tasks: int | None) -> str:
    return "sync" if tasks is None else f"async, {tasks} task{'s' if tasks > 1 else ''}"


Key = tuple[int | None, str]
"""(tasks, client); tasks is None for the sync clients."""


@dataclass
class Runs:
    """The measured runs of one client in one mode: calls per second, and the runs that failed."""

    rates: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def add(self, rate: Callable[[], float]) -> None:
        try:
            self.rates.append(rate())
        except FAILURES as error:
            self.failures.append(type(error).__name__)

    @property
    def stats(self) -> Stats | None:
        return Stats.of(self.rates) if self.rates else None

    def show(self) -> str:
        stats = self.stats
        shown = "–" if stats is None else stats.show(digits=0)
        if self.failures:
            shown += f"; {len(self.failures)} of {len(self.failures) + len(self.rates)} runs failed "
            shown += f"({', '.join(sorted(set(self.failures)))})"
        return shown


def measure(base_url: str, scratch: Path) -> dict[Key, Runs]:
    """Every client in every mode, ``REPEATS`` times, interleaved."""
    sync_clients = {
        "raw": raw_sync(base_url),
        "ours": ours_sync(base_url),
        "function": function_sync(base_url),
        "oag": oag_sync(base_url, peers.oag_realsee(scratch)),
    }
    async_clients: dict[str, AsyncClient] = {
        "aiohttp": aiohttp_floor,
        "raw": raw_async,
        "raw_aiohttp": raw_on_aiohttp,
        "ours": ours_async,
        "function": function_async,
        "oag_asyncio": oag_asyncio(peers.oag_realsee(scratch, library="asyncio")),
    }
    for calls in sync_clients.values():
        calls(200)  # warm: connection, token, imports
    runs: dict[Key, Runs] = {}
    for _ in range(REPEATS):  # interleaved, so drift touches every client alike
        for name, calls in sync_clients.items():
            runs.setdefault((None, name), Runs()).add(functools.partial(sync_rate, calls))
        for tasks in TASKS:
            for name, client in async_clients.items():
                rate = functools.partial(async_rate, client, base_url, CALLS, tasks)
                runs.setdefault((tasks, name), Runs()).add(rate)
    return runs


# Reporting.


def _per_call(stats: Stats | None) -> str:
    return "–" if stats is None else f"{1e6 / stats.median:,.0f} µs"


def _ratio(ours: Stats | None, theirs: Stats | None) -> float | None:
    return None if ours is None or theirs is None else ours.median / theirs.median


def _times(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}×"


def _verdict(met: bool | None) -> str:
    return "not measured (failed runs)" if met is None else verdict(met)


def _at_least(value: float | None, target: float | None) -> bool | None:
    return None if value is None or target is None else value >= target


def report(runs: dict[Key, Runs]) -> str:
    def stats(tasks: int | None, name: str) -> Stats | None:
        return runs[tasks, name].stats

    def ours_over(tasks: int | None, name: str) -> float | None:
        return _ratio(stats(tasks, "ours"), stats(tasks, name))

    rows = []
    for tasks in (None, *TASKS):
        labels = SYNC_LABELS if tasks is None else ASYNC_LABELS
        for name, label in labels.items():
            rows.append([
                mode_name(tasks), label, runs[tasks, name].show(), _per_call(stats(tasks, name)),
                _times(ours_over(tasks, name)),
            ])  # fmt: skip

    goals = [
        ("async, 100 tasks: ours ÷ OpenAPI Generator asyncio", ours_over(100, "oag_asyncio"), 1.2),
        ("async, 100 tasks: ours ÷ pure aiohttp (the floor)", ours_over(100, "aiohttp"), 0.25),
        ("async, 1 task: ours ÷ OpenAPI Generator asyncio", ours_over(1, "oag_asyncio"), 1.0),
        ("sync: ours ÷ OpenAPI Generator (urllib3)", ours_over(None, "oag"), 1.0),
    ]
    goal_rows = [
        [goal, _times(value), f"≥ {target:.2f}×", _verdict(_at_least(value, target))]
        for goal, value, target in goals
    ]
    growth = {name: _ratio(stats(100, name), stats(1000, name)) for name in ASYNC_LABELS}
    ours_growth, floor_growth = growth["ours"], growth["aiohttp"]
    goal_rows.append([
        "per-call time, 100 → 1000 tasks: ours' growth ≤ the floor's",
        _times(ours_growth),
        f"≤ {_times(floor_growth)}",
        _verdict(_at_least(floor_growth, ours_growth)),
    ])  # fmt: skip
    growth_rows = [
        [label, _per_call(stats(100, name)), _per_call(stats(1000, name)), _times(growth[name])]
        for name, label in ASYNC_LABELS.items()
    ]
    # Ours sends sync calls through httpcore and async ones through vrlive's aiohttp transport
    # (aiohttp is installed here), so the same transport is raw httpx's for sync, httpx-aiohttp's
    # for async: both httpx above aiohttp.
    previous = "Earlier goal, ours ≥ 0.85× raw httpx on the same transport: " + "; ".join(
        f"{mode_name(tasks)} {_times(ours_over(tasks, same))} ({shown}), "
        f"{_verdict(_at_least(ours_over(tasks, same), 0.85))}"
        for tasks, same, shown in (
            (None, "raw", "vs raw httpx"),
            *((tasks, "raw_aiohttp", "vs raw httpx on aiohttp") for tasks in TASKS),
        )
    )
    layer = "The resource layer, ours ÷ the generated function it calls (the same client): " + "; ".join(
        f"{mode_name(tasks)} {_times(ours_over(tasks, 'function'))}" for tasks in (None, *TASKS)
    )
    return (
        f"{CALLS} calls per run for every client and mode, {REPEATS} runs (interleaved: every client "
        "and mode once, then again), against a minimal keep-alive server in its own process returning "
        "a fixed envelope. Calls per second, median (min–max); µs per call is the median's inverse "
        "(wall time: with many tasks, the time between two completed calls, not the work of one). "
        "Each async run is a fresh event loop and client, warmed by one call per task. Every async "
        "client may hold at most 100 connections (`vrlive.transports.DEFAULT_LIMITS`; aiohttp's and OpenAPI "
        f"Generator's default is the same 100), so 1000 tasks queue for them; raw httpx gets our "
        f"timeout ({TIMEOUT:.0f} s) instead of its own 5 s. A run that times out is counted as failed, "
        "not measured. The floor, pure aiohttp + json.loads, has no auth, no envelope and no types; "
        "it is also bounded by the server, one Python process on the other core.\n\n"
        + table(["mode", "client", "calls/s", "µs per call", "ours ÷ this"], rows)
        + "\n\nGoals (issue 13), ratios of medians from this run:\n\n"
        + table(["goal", "measured", "target", ""], goal_rows)
        + "\n\nHow the time per call grows from 100 to 1000 tasks (1000 tasks queue for 100 connections):\n\n"
        + table(["client", "100 tasks", "1000 tasks", "growth"], growth_rows)
        + f"\n\n{previous}.\n\n{layer} (above 1.00×: the resource is faster; below: what it costs).\n\n"
        + reading(runs)
        + "\n\nReproduce: `python -m bench requests`."
    )


def reading(runs: dict[Key, Runs]) -> str:
    """What bounds each goal, said from this run's numbers (a sentence is left out when a run failed)."""

    def rate(tasks: int | None, name: str) -> float | None:
        stats = runs[tasks, name].stats
        return None if stats is None else stats.median

    def over(a: float | None, b: float | None) -> float | None:
        return None if a is None or b is None else a / b

    said = []
    raw, oag, ours = rate(None, "raw"), rate(None, "oag"), rate(None, "ours")
    if raw is not None and oag is not None and ours is not None:
        sync_bound = raw / oag
        if sync_bound < 1 and ours < oag:
            verdict_sync = (
                "the sync goal is bounded by httpx's client, httpcore and h11 (over half of a call's "
                "own time in the appendix's profile): ours already skips some of httpx's work (its "
                "three URL parses, the cookie jar), and what remains is the transport."
            )
        elif ours < oag:
            verdict_sync = "what keeps ours below it is our own per-call work (see the appendix)."
        else:
            verdict_sync = "ours meets it."
        said.append(
            f"Sync: raw httpx + json.loads alone makes {sync_bound:.2f}× the calls of OpenAPI Generator's "
            f"urllib3 client and ours {ours / raw:.2f}× raw httpx's, so {verdict_sync}"
        )
    one = over(rate(1, "raw_aiohttp"), rate(1, "raw"))
    if one is not None:
        said.append(
            f"One task: raw httpx on httpx-aiohttp's transport makes {one:.2f}× the calls of raw httpx on "
            "httpcore; the floor (pure aiohttp) "
            f"{_times(over(rate(1, 'aiohttp'), rate(1, 'raw_aiohttp')))} those of httpx on aiohttp, "
            "which is httpx's own request and response handling (and the adapter's)."
        )
    pool = over(rate(100, "raw"), rate(1, "raw"))
    if pool is not None:
        said.append(
            f"100 tasks: raw httpx on httpcore makes {pool:.2f}× its one-task rate. httpcore's pool "
            "rescans its connections for every queued request (`_assign_requests_to_connections`, "
            "O(requests × connections); encode/httpcore#1035): the appendix's profile shows how much "
            "of its time that pool takes, which is why ours sends async calls through aiohttp "
            "(vrlive's own transport, with the extra `vrlive-sdk[aiohttp]`)."
        )
    ceiling, oag100, floor100 = rate(100, "raw_aiohttp"), rate(100, "oag_asyncio"), rate(100, "aiohttp")
    if ceiling is not None and oag100 is not None and floor100 is not None:
        said.append(
            f"On httpx-aiohttp's transport the same raw httpx calls make {ceiling / oag100:.2f}× OpenAPI "
            f"Generator's asyncio client and {ceiling / floor100:.2f}× the floor: that is the ceiling of "
            "an aiohttp-backed transport under httpx. To meet the 100-task goals on it, ours must keep "
            f"at least {1.2 * oag100 / ceiling:.0%} of raw httpx-aiohttp's rate (≥ 1.2× OpenAPI "
            f"Generator) and {0.25 * floor100 / ceiling:.0%} of it (≥ 0.25× the floor)"
            + (
                ", more than the ceiling itself: the floor goal needs less per-call work in httpx too, "
                "or a path that skips it."
                if 0.25 * floor100 > ceiling
                else "."
            )
        )
        ours100 = rate(100, "ours")
        if ours100 is not None:
            said.append(
                f"Ours at 100 tasks makes {ours100 / ceiling:.0%} of raw httpx-aiohttp's rate"
                + (
                    ": what it skips of httpx's work (its three URL parses, the cookie jar) "
                    "outweighs its own (auth, retries and deadlines, the envelope, typed parsing)."
                    if ours100 >= ceiling
                    else ": the rest is our per-call work above httpx (auth, retries and deadlines, the "
                    "envelope, typed parsing; the appendix's profile)."
                )
            )
    failed = [
        f"{(SYNC_LABELS if tasks is None else ASYNC_LABELS)[name]} at {mode_name(tasks)}: "
        f"{len(found.failures)} of {len(found.failures) + len(found.rates)} runs "
        f"({', '.join(sorted(set(found.failures)))})"
        for (tasks, name), found in runs.items()
        if found.failures
    ]
    if failed:
        said.append(
            f"Failed runs (a queued call waited longer than the {TIMEOUT:.0f} s timeout): "
            + "; ".join(failed)
            + "."
        )
    return "Reading it. " + " ".join(said)


def run() -> str:
    with fixed_server() as base_url, tempfile.TemporaryDirectory(prefix="vrlive-bench-requests-") as scratch:
        runs = measure(base_url, Path(scratch))
    return report(runs)


if __name__ == "__main__":
    print(run())
