"""What every benchmark row shares: timing, statistics, the machine, tables, peers' scratch space."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
CACHE = Path(os.environ.get("VRLIVE_BENCH_CACHE", Path.home() / ".cache" / "vrlive-bench"))
"""Outside the repository: the 1 GB panorama set and other inputs made once."""


@dataclass(frozen=True)
class Stats:
    """Median, min and max of repeated measurements."""

    median: float
    minimum: float
    maximum: float

    @classmethod
    def of(cls, samples: Sequence[float]) -> Stats:
        return cls(statistics.median(samples), min(samples), max(samples))

    def show(self, unit: str = "", digits: int = 2) -> str:
        return f"{self.median:.{digits}f}{unit} ({self.minimum:.{digits}f}–{self.maximum:.{digits}f})"


def wall(run: Callable[[], object], repeats: int) -> list[float]:
    """Seconds each of ``repeats`` runs took."""
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return samples


# Linux keeps a process's peak RSS across fork and exec: a child of this (by then large) process
# would report at least this one's size, whatever its own. So the command is started by a small
# launcher (python -S, about 9 MB), whose children start from its size instead, and which reports
# the command's ru_maxrss.
_LAUNCHER = (
    "import os, sys\n"
    "pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "with open(sys.argv[1], 'w') as report:\n"
    "    report.write(str(usage.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def measured(
    command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None
) -> tuple[float, int, str]:
    """(wall seconds, peak RSS in bytes, stdout) of a command in its own process.

    The peak RSS is the command's own (``ru_maxrss``, through the launcher above); a command
    smaller than the launcher shows the launcher's size.
    """
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r", suffix=".rss") as report,
    ):
        started = time.perf_counter()
        process = subprocess.run(
            [sys.executable, "-S", "-c", _LAUNCHER, report.name, *command],
            cwd=cwd, env=env, stdout=out, stderr=err, check=False,
        )  # fmt: skip
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        output, errors = out.read().decode(), err.read().decode()
        peak = report.read().strip()
    if process.returncode != 0 or not peak:
        raise RuntimeError(f"{' '.join(command)} failed: {errors[-2000:]}")
    return seconds, int(peak) * 1024, output


def machine() -> str:
    return (
        f"{os.cpu_count()} cores ({platform.processor() or platform.machine()}), "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def ratio(ours: float, theirs: float) -> str:
    return f"{ours / theirs:.2f}×"


def verdict(met: bool) -> str:
    return "met" if met else "**not met**"


def environment() -> dict[str, str]:
    """The environment for peers' commands: this venv's tools first on PATH."""
    return {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


@contextlib.contextmanager
def sandbox_process(*options: str) -> Iterator[dict[str, Any]]:
    """``python -m vrlive_sandbox OPTIONS`` in its own process group (so that no client measured
    shares its GIL) for the duration; yields what it prints: its URLs and the facades' environment."""
    server = subprocess.Popen(
        [sys.executable, "-m", "vrlive_sandbox", "--json", *options],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        if not line:
            raise RuntimeError("the sandbox did not start")
        info: dict[str, Any] = json.loads(line)
        yield info
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
