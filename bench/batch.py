"""Row 5: a batch of small panorama folders against the sandbox, batch vs one after another.

(a) the batch: ``vrlive pano2vr DIR ... --json`` (check all, upload ``CONCURRENCY`` at a time,
    poll every task from one event loop), in its own process;
(b) one after another: ``Realsee.pano_to_vr`` on each folder in turn, in its own process, with the
    same polling schedule — what a script looping over the folders does.

The sandbox runs in its own process, in real time, each task taking ``TASK_SECONDS`` (pending,
processing): shorter than Realsee's (a small set takes under a minute there), so that the
one-after-another run stays short; the batch's lead grows with the tasks' length. Peak RSS is the
measured process's own (``os.wait4``); the batch of ``MORE`` folders shows whether memory grows with
the batch.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from bench.common import CACHE, Stats, measured, sandbox_process, table, verdict
from vrlive.batch import CONCURRENCY

FOLDERS, MORE = 50, 200
TASK_SECONDS = (0.5, 1.0)
POLLING = ("--interval", "0.25", "--max-interval", "1")
REPEATS = 2


def folders(count: int) -> list[Path]:
    """``count`` folders of three small equirectangular JPEGs each, made once in the cache."""
    from PIL import Image  # noqa: PLC0415 - only the set's maker needs Pillow

    root = CACHE / "batch"
    made = []
    for number in range(count):
        folder = root / f"listing-{number:03d}"
        if not folder.is_dir():
            folder.mkdir(parents=True)
            for room, colour in (("hall", 40), ("kitchen", 120), ("garden", 200)):
                pixels = Image.new("RGB", (512, 256), (colour, number % 256, 90))
                pixels.save(folder / f"{room}.jpg", format="JPEG", quality=85)
        made.append(folder)
    return made


def child_one_after_another(paths: list[str]) -> None:
    from vrlive.realsee import Realsee  # noqa: PLC0415 - imported in the measured process only

    interval, max_interval = float(POLLING[1]), float(POLLING[3])
    with Realsee() as realsee:
        for path in paths:
            result = realsee.pano_to_vr(path, interval=interval, max_interval=max_interval)
            print(json.dumps({"folder": path, "status": "success", "vr_url": result.vr_url}), flush=True)


def _successes(output: str, count: int) -> None:
    documents = [json.loads(line) for line in output.splitlines()]
    done = sum(document["status"] == "success" for document in documents)
    if done != count:
        raise RuntimeError(f"{done} of {count} folders converted: {output[-2000:]}")


def run() -> str:
    few, many = folders(FOLDERS), folders(MORE)
    pending, processing = TASK_SECONDS
    samples: dict[str, list[tuple[float, int]]] = {"batch": [], "sequential": [], "more": []}
    with (
        sandbox_process("--task-seconds", str(pending), str(processing)) as sandbox,
        tempfile.TemporaryDirectory(prefix="vrlive-bench-batch-") as scratch,
    ):
        environment = {**os.environ, **sandbox["environment"]}

        def batch(paths: list[Path], state: str) -> tuple[float, int]:
            command = [
                sys.executable, "-m", "vrlive", "pano2vr", *map(str, paths), "--json", *POLLING,
                "--state", str(Path(scratch) / state),
            ]  # fmt: skip
            seconds, rss, output = measured(command, env=environment)
            _successes(output, len(paths))
            return seconds, rss

        for repeat in range(REPEATS):  # interleaved, so that drift touches each alike
            samples["batch"].append(batch(few, f"few-{repeat}.json"))
            samples["more"].append(batch(many, f"many-{repeat}.json"))
        command = [sys.executable, "-m", "bench.batch", "one-after-another", *map(str, few)]
        seconds, rss, output = measured(command, env=environment)
        _successes(output, len(few))
        samples["sequential"].append((seconds, rss))

    times = {name: Stats.of([s for s, _ in runs]) for name, runs in samples.items()}
    peaks = {name: Stats.of([r / 1e6 for _, r in runs]) for name, runs in samples.items()}
    speedup = times["sequential"].median / times["batch"].median
    growth = peaks["more"].median / peaks["batch"].median
    rows = [
        [f"`vrlive pano2vr` batch, {CONCURRENCY} at a time", str(FOLDERS), times["batch"].show(" s", 1),
         f"{speedup:.1f}×", peaks["batch"].show(" MB", 0)],
        ["`Realsee.pano_to_vr`, one after another", str(FOLDERS), times["sequential"].show(" s", 1),
         "1.0×", peaks["sequential"].show(" MB", 0)],
        [f"`vrlive pano2vr` batch, {CONCURRENCY} at a time", str(MORE), times["more"].show(" s", 1), "",
         peaks["more"].show(" MB", 0)],
    ]  # fmt: skip
    goals = (
        f"The batch converts {FOLDERS} folders {speedup:.1f}× faster than one after another. Peak RSS "
        f"flat as the batch grows: {MORE} folders use {growth:.2f}× the peak of {FOLDERS} "
        f"({peaks['more'].median:.0f} MB vs {peaks['batch'].median:.0f} MB), "
        f"{verdict(growth <= 1.15)} (goal: at most 1.15×)."
    )
    return (
        f"Folders of three 512×256 JPEGs, against the sandbox in its own process, each task taking "
        f"{pending} s pending and {processing} s processing in real time; polls from 0.25 s, up to 1 s. "
        f"Batches {REPEATS} runs each, interleaved; one after another once (its time is the sum of "
        "the tasks'). Wall time and peak RSS of the converting process, median (min–max).\n\n"
        + table(["flow", "folders", "wall", "speed-up", "peak RSS"], rows)
        + f"\n\n{goals}\n\nReproduce: `python -m bench batch` (the folders are cached in {CACHE / 'batch'})."
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["one-after-another"]:
        child_one_after_another(sys.argv[2:])
