"""Row 1: generating the three clients, ours vs stock openapi-python-client vs OpenAPI Generator."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench import peers
from bench.common import ROOT, Stats, table, verdict, wall

REPEATS = 3
COMMANDS = {
    "ours": "python -m generator generate",
    "stock": "openapi-python-client generate --path spec/NAME.yaml --meta none --config CONFIG (x3)",
    "oag": "openapi-generator-cli generate -g python -i spec/NAME.yaml --package-name NAME_oag (x3)",
}


def run() -> str:
    with tempfile.TemporaryDirectory(prefix="vrlive-bench-generation-") as scratch_name:
        scratch = Path(scratch_name)
        configs = peers.stock_configs(scratch)

        def fresh(name: str) -> Path:
            folder = scratch / name
            shutil.rmtree(folder, ignore_errors=True)
            return folder

        timings = {
            "ours": Stats.of(wall(lambda: peers.ours(fresh("ours")), REPEATS)),
            "stock": Stats.of(wall(lambda: peers.stock(fresh("stock"), configs), REPEATS)),
            "oag": Stats.of(wall(lambda: peers.openapi_generator(fresh("oag")), REPEATS)),
        }
        targets = peers.TARGETS
        errors = {
            "ours": peers.mypy_errors(
                scratch / "ours", [target.package for target in targets], [scratch / "ours", ROOT / "runtime"]
            ),
            "stock": sum(
                peers.mypy_errors(folder, [target.package], [folder])
                for target in targets
                for folder in [scratch / "stock" / target.name]
            ),
            "oag": sum(
                peers.mypy_errors(folder, [f"{target.name}_oag"], [folder])
                for target in targets
                for folder in [scratch / "oag" / target.name]
            ),
        }
        sizes = {name: peers.size(scratch / name) for name in ("ours", "stock", "oag")}

    names = {
        "ours": "ours (templates, envelope-first)",
        "stock": f"stock openapi-python-client {peers.version('openapi-python-client')}",
        "oag": f"OpenAPI Generator {peers.version('openapi-generator-cli')} (-g python)",
    }
    rows = [
        [
            names[key],
            timings[key].show(" s"),
            f"{timings['ours'].median / timings[key].median:.2f}×",
            f"{sizes[key][0]}",
            f"{sizes[key][1]:,}",
            str(errors[key]),
            f"`{COMMANDS[key]}`",
        ]
        for key in ("ours", "stock", "oag")
    ]
    to_stock = timings["ours"].median / timings["stock"].median
    to_oag = timings["ours"].median / timings["oag"].median
    goals = (
        f"Goals: ≤ 1.3× stock openapi-python-client: {to_stock:.2f}×, {verdict(to_stock <= 1.3)}; "
        f"≤ 0.5× OpenAPI Generator: {to_oag:.2f}×, {verdict(to_oag <= 0.5)}; "
        f"0 mypy --strict errors in ours: {errors['ours']}, {verdict(errors['ours'] == 0)} "
        "(the peers' errors are counted, not fixed)."
    )
    headers = [
        "generator",
        "wall, median (min–max)",
        "ours ÷ this",
        "files",
        "Python lines",
        "mypy --strict errors",
        "command",
    ]
    return (
        f"All three specs, {REPEATS} runs each; every run writes a fresh folder. Each generator runs as "
        "its users run it: ours renders the three specs in one process, the peers' commands take one "
        "spec per run. Sizes count each generator's whole output (OpenAPI Generator also writes docs, "
        "tests and setup files).\n\n"
        + table(headers, rows)
        + f"\n\n{goals}\n\nReproduce: `python -m bench generation`."
    )


if __name__ == "__main__":
    print(run())
