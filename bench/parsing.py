"""Row 3: parsing the room-detail payload of seed 001 (the largest), microseconds per parse.

Ours: the generated ``ViewingRoomDetail.from_dict`` (strict: a wrong type or a missing required
field raises, naming the field). OpenAPI Generator's pydantic v2 model of the same schema, both as
its client calls it (``from_dict``: nested models one by one, additional properties kept) and at
pydantic's fastest (``model_validate`` on the whole tree, which drops the payload's hash-like
additional key, so it does a little less). ``json.loads`` alone as the floor for the from-text rows.
"""

from __future__ import annotations

import importlib
import json
import sys
import tempfile
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import peers
from bench.common import ROOT, Stats, table, verdict
from realsee_client.models import ViewingRoomDetail
from vrlive_core.openapi import load, resolve

ROUNDS = 15
SECONDS_PER_SAMPLE = 0.1
OPERATION_PATH = "/open/v1/live/room/detail"


def seed_payload() -> dict[str, Any]:
    """The ``data`` of the get_viewing_room_detail example named ``seed`` (seed 001), from the spec."""
    spec = load(ROOT / "spec/realsee.yaml")
    media = spec["paths"][OPERATION_PATH]["get"]["responses"]["200"]["content"]["application/json"]
    return dict(resolve(spec, media["examples"]["seed"])["value"]["data"])


def microseconds(parsers: dict[str, Callable[[], object]]) -> dict[str, Stats]:
    """µs per call of each parser: rounds that time every parser once, so drift touches all alike."""
    numbers = {
        name: max(1, int(SECONDS_PER_SAMPLE / min(timeit.repeat(parse, number=20, repeat=3)) * 20))
        for name, parse in parsers.items()
    }
    samples: dict[str, list[float]] = {name: [] for name in parsers}
    for _ in range(ROUNDS):
        for name, parse in parsers.items():
            samples[name].append(timeit.timeit(parse, number=numbers[name]) / numbers[name] * 1e6)
    return {name: Stats.of(values) for name, values in samples.items()}


def run() -> str:
    payload = seed_payload()
    text = json.dumps(payload)
    with tempfile.TemporaryDirectory(prefix="vrlive-bench-parsing-") as scratch:
        sys.path.insert(0, str(peers.oag_realsee(Path(scratch))))
        oag: Any = importlib.import_module("realsee_oag.models.viewing_room_detail").ViewingRoomDetail
        ours = ViewingRoomDetail.from_dict(payload)
        assert ours.to_dict() == payload  # nothing lost
        results = microseconds({
            "ours": lambda: ViewingRoomDetail.from_dict(payload),
            "oag_from_dict": lambda: oag.from_dict(payload),
            "oag_validate": lambda: oag.model_validate(payload),
            "json": lambda: json.loads(text),
            "ours_text": lambda: ViewingRoomDetail.from_dict(json.loads(text)),
            "oag_text": lambda: oag.from_dict(json.loads(text)),
            "oag_validate_json": lambda: oag.model_validate_json(text),
        })  # fmt: skip
    to_fastest = results["ours"].median / results["oag_validate"].median
    to_client = results["ours"].median / results["oag_from_dict"].median

    def row(label: str, key: str, base: str) -> list[str]:
        return [label, results[key].show(" µs", 1), f"{results[key].median / results[base].median:.2f}×"]

    from_dict = [
        row("ours: `ViewingRoomDetail.from_dict(data)`", "ours", "oag_validate"),
        row("OpenAPI Generator: `ViewingRoomDetail.from_dict(data)`", "oag_from_dict", "oag_validate"),
        row("pydantic v2: `ViewingRoomDetail.model_validate(data)`", "oag_validate", "oag_validate"),
    ]
    from_text = [
        row("`json.loads(text)` alone", "json", "json"),
        row("ours: `from_dict(json.loads(text))`", "ours_text", "json"),
        row("OpenAPI Generator: `from_dict(json.loads(text))`", "oag_text", "json"),
        row("pydantic v2: `model_validate_json(text)`", "oag_validate_json", "json"),
    ]
    goal = (
        f"Goal: ours ≤ 2× pydantic v2. Against `model_validate` (pydantic at its fastest): "
        f"{to_fastest:.2f}×, {verdict(to_fastest <= 2)}; against OpenAPI Generator's `from_dict` "
        f"(how its client parses): {to_client:.2f}×."
    )
    return (
        f"The `data` of seed 001's room detail ({len(text):,} bytes of JSON); {ROUNDS} rounds, each "
        f"timing every parser for ~{SECONDS_PER_SAMPLE} s; microseconds per parse, median (min–max). "
        "Both clients decode a body once and then build models from the dict, so the first table "
        "is the like-for-like one.\n\n"
        + table(["from the decoded dict", "µs per parse", "÷ model_validate"], from_dict)
        + "\n\n"
        + table(["from the JSON text", "µs per parse", "÷ json.loads"], from_text)
        + f"\n\n{goal}\n\nReproduce: `python -m bench parsing`."
    )


if __name__ == "__main__":
    print(run())
