"""Appendix: where our own per-call time goes, sync and with 100 tasks (cProfile and pyinstrument).

The request row's client (``get_pano_task_status`` through the Realsee facade) against the same
fixed server in its own process: one unprofiled run for the rate and CPU time per call, then one run
under cProfile (deterministic: every call counted, small functions overcharged by its hook) and
one under pyinstrument (sampling: no call counts, no per-call charge), when it is installed. Times
are per API call, so they read the same whatever ``CALLS`` is.
"""

from __future__ import annotations

import asyncio
import contextlib
import cProfile
import pstats
import sysconfig
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from bench.common import ROOT, table
from bench.request_overhead import CALLS, fixed_server, in_tasks, ours_async, ours_sync

TOP = 15
TASKS = 100
SAMPLE_INTERVAL = 0.001
"""pyinstrument's sampling interval, seconds (its default; 0.1 ms slowed async calls ~70× here)."""

_STDLIB = Path(sysconfig.get_paths()["stdlib"]).resolve()
_HARNESS = "bench (the loop calling)"
_OURS = {
    ROOT / "overlays" / "vrlive": "vrlive (overlay)",
    ROOT / "runtime" / "vrlive_core": "vrlive_core (runtime)",
    ROOT / "generated" / "realsee_client": "realsee_client (generated)",
    ROOT / "bench": _HARNESS,
}
_OWN = [package for package in _OURS.values() if package != _HARNESS]
_ENCLOSING = {
    ("stdlib asyncio", name) for name in ("run", "run_until_complete", "run_forever", "_run_once", "_run")
} | {("C built-ins", "<method 'run' of '_contextvars.Context' objects>"), ("C built-ins", "Context.run")}
"""Event-loop frames that enclose every async call: in a cumulative table they say nothing."""


@dataclass(frozen=True)
class Item:
    """One function's share of a profile, per API call."""

    name: str
    package: str
    function: str
    calls: float | None  # per API call; None when the profiler does not count calls
    own: float  # seconds per API call in the function itself
    cumulative: float  # seconds per API call in it and what it called


def _where(path: str) -> tuple[str, str]:
    """(a short name of a source file, the package it belongs to)."""
    if path in ("~", "<built-in>"):
        return "", "C built-ins"
    if path.startswith("<frozen "):  # runpy and importlib run from frozen modules
        return path, f"stdlib {path.removeprefix('<frozen ').removesuffix('>')}"
    resolved = Path(path).resolve()
    for folder, package in _OURS.items():
        if resolved.is_relative_to(folder):
            return str(resolved.relative_to(ROOT)), package
    parts = resolved.parts
    if "site-packages" in parts:
        rest = parts[parts.index("site-packages") + 1 :]
        return "/".join(rest), rest[0].removesuffix(".py")
    if resolved.is_relative_to(_STDLIB):
        rest = resolved.relative_to(_STDLIB).parts
        return "/".join(rest), f"stdlib {rest[0].removesuffix('.py')}"
    return path, "other"


def _label(path: str, line: int, function: str) -> tuple[str, str]:
    short, package = _where(path)
    if not short:
        return f"`{function}`", package
    return f"`{function}` ({short}:{line})", package


def cprofile_items(profile: cProfile.Profile, calls: int) -> list[Item]:
    stats = pstats.Stats(profile)
    items = []
    entries: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    for (path, line, function), (_primitive, count, own, cumulative, _callers) in entries.items():
        name, package = _label(path, line, function)
        items.append(Item(name, package, function, count / calls, own / calls, cumulative / calls))
    return items


def pyinstrument_items(records: Iterable[tuple[list[str], float]], calls: int) -> list[Item]:
    """Self and total time by function from pyinstrument's samples (each a stack and its time)."""
    own: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    for stack, seconds in records:
        identifiers = [frame.split("\x01", 1)[0] for frame in stack]
        if identifiers:
            own[identifiers[-1]] += seconds
        for identifier in set(identifiers):
            total[identifier] += seconds
    items = []
    for identifier, seconds in total.items():
        function, path, line = [*identifier.split("\x00"), "", ""][:3]
        if path == "<thread>":
            continue
        name, package = _label(path, int(line or 0), function)
        items.append(Item(name, package, function, None, own.get(identifier, 0.0) / calls, seconds / calls))
    return items


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:,.1f}"


def _share(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%"


def tables(items: list[Item], per_call: float) -> str:
    """Self time by package, then the top functions by cumulative (the harness left out) and by self time."""
    by_package: dict[str, float] = defaultdict(float)
    for item in items:
        by_package[item.package] += item.own
    packages = sorted(by_package.items(), key=lambda pair: -pair[1])
    ours = sum(seconds for package, seconds in packages if package in _OWN)
    small = [seconds for _, seconds in packages if seconds < per_call / 100]
    packages = [(package, seconds) for package, seconds in packages if seconds >= per_call / 100]
    if small:
        packages.append((f"{len(small)} others, under 1% each", sum(small)))
    counted = any(item.calls is not None for item in items)

    def calls(item: Item) -> list[str]:
        return [f"{item.calls:,.2f}"] if counted and item.calls is not None else []

    calls_header = ["calls per API call"] if counted else []
    # The harness's frames (the bench loop, runpy) and the event loop's enclose everything.
    enclosed = [
        item
        for item in items
        if item.package not in (_HARNESS, "stdlib runpy") and (item.package, item.function) not in _ENCLOSING
    ]
    cumulative = sorted(enclosed, key=lambda item: -item.cumulative)[:TOP]
    own = sorted(items, key=lambda item: -item.own)[:TOP]
    return (
        f"Self time in our own code (overlay, runtime, generated client): {_us(ours)} µs per API call, "
        f"{_share(ours, per_call)}.\n\n"
        + table(
            ["package", "self µs per API call", "share"],
            [[package, _us(seconds), _share(seconds, per_call)] for package, seconds in packages],
        )
        + f"\n\nTop {TOP} by cumulative time:\n\n"
        + table(
            ["function", *calls_header, "cumulative µs per API call", "share"],
            [[i.name, *calls(i), _us(i.cumulative), _share(i.cumulative, per_call)] for i in cumulative],
        )
        + f"\n\nTop {TOP} by self time:\n\n"
        + table(
            ["function", *calls_header, "self µs per API call", "share"],
            [[i.name, *calls(i), _us(i.own), _share(i.own, per_call)] for i in own],
        )
    )


class Clock:
    """Wall and CPU seconds of what runs inside it."""

    wall = 0.0
    cpu = 0.0

    def __enter__(self) -> Clock:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu


Around = Callable[[], AbstractContextManager[object]]
"""What wraps the measured calls (a clock, a profiler); the client's set-up and warm-up stay outside."""


@dataclass(frozen=True)
class Mode:
    """How to make ``count`` calls in one mode with a fresh, warmed client, ``around`` them."""

    name: str
    run: Callable[[str, int, Around], None]


def _sync(base_url: str, count: int, around: Around) -> None:
    calls = ours_sync(base_url)
    calls(200)  # warm: connection, token
    with around():
        calls(count)


def _async(base_url: str, count: int, around: Around) -> None:
    async def main() -> None:
        async with ours_async(base_url) as call:
            await in_tasks(call, TASKS, TASKS)  # warm: connections, token
            with around():
                await in_tasks(call, count, TASKS)

    asyncio.run(main())


MODES = (Mode("sync", _sync), Mode(f"async, {TASKS} tasks", _async))


def profile_mode(mode: Mode, base_url: str) -> str:
    clock = Clock()
    mode.run(base_url, CALLS, lambda: clock)
    profiler, profiled_clock = cProfile.Profile(), Clock()

    @contextlib.contextmanager
    def profiled() -> Iterator[None]:
        with profiled_clock, profiler:
            yield

    mode.run(base_url, CALLS, profiled)
    items = cprofile_items(profiler, CALLS)
    total = sum(item.own for item in items)
    section = (
        f"### {mode.name}\n\n"
        f"Unprofiled: {CALLS / clock.wall:,.0f} calls/s, {_us(clock.wall / CALLS)} µs wall and "
        f"{_us(clock.cpu / CALLS)} µs of this process's CPU per call (CPU ÷ wall "
        f"{_share(clock.cpu, clock.wall)}). Under cProfile: "
        f"{_us(profiled_clock.wall / CALLS)} µs wall per call.\n\n"
        f"**cProfile** (shares of its total, {_us(total)} µs per API call):\n\n" + tables(items, total)
    )
    try:
        import pyinstrument  # noqa: PLC0415 (optional: the appendix has cProfile without it)
    except ImportError:
        return section + "\n\npyinstrument is not installed: `pip install -r requirements/bench.txt`."
    sampler = pyinstrument.Profiler(interval=SAMPLE_INTERVAL, async_mode="disabled")
    mode.run(base_url, CALLS, lambda: sampler)
    session = sampler.last_session
    assert session is not None
    sampled = pyinstrument_items(session.frame_records, CALLS)
    wall = session.duration / CALLS
    return (
        section
        + f"\n\n**pyinstrument** {pyinstrument.__version__} (a sample every {SAMPLE_INTERVAL * 1e6:.0f} µs; "
        f"shares of {_us(wall)} µs wall per API call, waits on the socket or in the event loop's "
        "`poll` included):\n\n" + tables(sampled, wall)
    )


def run() -> str:
    with fixed_server() as base_url:
        sections = [profile_mode(mode, base_url) for mode in MODES]
    return (
        f"Our client only (the request row's `get_pano_task_status` through the Realsee facade), "
        f"{CALLS} calls per profile on a fresh client, warmed first (200 calls sync, one per task "
        "async) outside the profile, against the same fixed server in its own process. Times are "
        "µs per API call; "
        '"self" is time in the function itself, "cumulative" includes what it called. cProfile '
        "counts every call and overcharges small functions (its hook runs on each); under asyncio "
        "it counts each resumption of a coroutine as a call. pyinstrument samples the stack instead "
        "(no call counts, no per-call charge) and also shows where the thread waits. CPU ÷ wall near "
        "100% means the client, not the server, bounds the rate.\n\n"
        + "\n\n".join(sections)
        + "\n\nReproduce: `python -m bench profile`."
    )


if __name__ == "__main__":
    print(run())
