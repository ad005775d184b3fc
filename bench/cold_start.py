"""Row 8: cold start, the wall time and peak RSS of a fresh interpreter that imports us or a peer.

Each command runs in its own process, interleaved (every command once, then again), ``RUNS``
times; the median is compared. Wall time is taken from this process around the child
(``subprocess.run``); the peak RSS is the child's own (`bench.common.measured`). The peers are
the libraries this venv has: httpx (which every facade sits on), requests, aiohttp, boto3; the
floor is an interpreter that imports nothing.
"""

from __future__ import annotations

import subprocess
import sys
import time

from bench.common import VENV_BIN, Stats, measured, table, verdict

RUNS = 7
GOAL = 2.0
"""``import vrlive`` and ``vrlive --version`` at most this many times ``import httpx``."""

OURS = {
    "import vrlive": [sys.executable, "-c", "import vrlive"],
    "from vrlive import Realsee": [sys.executable, "-c", "from vrlive import Realsee"],
    "vrlive --version": [str(VENV_BIN / "vrlive"), "--version"],
}
PEERS = {
    "import httpx": [sys.executable, "-c", "import httpx"],
    "import requests": [sys.executable, "-c", "import requests"],
    "import aiohttp": [sys.executable, "-c", "import aiohttp"],
    "import boto3": [sys.executable, "-c", "import boto3"],
    "python -c pass (the floor)": [sys.executable, "-c", "pass"],
}
BASELINE = "import httpx"


def wall(command: list[str]) -> float:
    """Seconds from starting ``command`` to its exit."""
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def measure(commands: dict[str, list[str]], runs: int = RUNS) -> dict[str, tuple[Stats, Stats]]:
    """(seconds, peak RSS in MB) of every command, interleaved."""
    seconds: dict[str, list[float]] = {name: [] for name in commands}
    megabytes: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            seconds[name].append(wall(command))
            megabytes[name].append(measured(command)[1] / 1e6)
    return {name: (Stats.of(seconds[name]), Stats.of(megabytes[name])) for name in commands}


def run() -> str:
    results = measure({**OURS, **PEERS})
    base = results[BASELINE][0].median
    rows = [
        [f"`{name}`", "ours" if name in OURS else "peer", time_.show(" s", 3), rss.show(" MB", 0),
         f"{time_.median / base:.2f}×"]
        for name, (time_, rss) in results.items()
    ]  # fmt: skip
    goals = "; ".join(
        f"`{name}` ≤ {GOAL:.0f}× `{BASELINE}`: {results[name][0].median / base:.2f}×, "
        f"{verdict(results[name][0].median <= GOAL * base)}"
        for name in ("import vrlive", "vrlive --version")
    )
    note = (
        f"{RUNS} fresh interpreters per command, interleaved; median (min–max). The peak RSS is the "
        "process's own (through a small launcher: a command smaller than it shows its size). "
        f"÷ `{BASELINE}`: the ratio of median wall times.\n\n"
        f"Goals (issue 22): {goals}.\n\n"
        "Reading it. `import vrlive` loads the errors, httpx and attrs; a facade loads its own generated "
        "package (its resources import every operation of the spec, hence most models); boto3 comes with "
        "the first upload. Before (the code of 6bb08e7, measured the same way): `import vrlive` 1.365 s, "
        "59 MB (8.42× `import httpx`); `from vrlive import Realsee` 1.655 s (10.21×); `vrlive --version` "
        "1.097 s, 60 MB (6.77×); `import httpx` 0.162 s, 30 MB.\n\n"
        "Where the time goes: `python -X importtime -c 'import vrlive'`. Reproduce: `python -m bench cold`."
    )
    headers = ["command", "", "wall, median (min–max)", "peak RSS", f"÷ `{BASELINE}`"]
    return table(headers, rows) + "\n\n" + note


if __name__ == "__main__":
    print(run())
