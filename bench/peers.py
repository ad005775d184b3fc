"""The peers, run as their users run them: stock openapi-python-client and OpenAPI Generator."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from bench.common import ROOT, VENV_BIN, environment

SPECS = {
    "realsee": ROOT / "spec/realsee.yaml",
    "qnlive": ROOT / "spec/qnlive.yaml",
    "ivh": ROOT / "spec/ivh.yaml",
}


def _run(command: list[str | Path], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=environment(),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(map(str, command))} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
        )
    return done


def ours(output: Path) -> None:
    """`python -m generator generate`: all three specs, this project's templates, ruff."""
    _run([sys.executable, "-m", "generator", "generate", "--output", output], cwd=ROOT)


def stock_config(scratch: Path) -> Path:
    """The same openapi-python-client options as generator/targets.yaml, without our templates."""
    targets = yaml.safe_load((ROOT / "generator/targets.yaml").read_text(encoding="utf-8"))
    path = scratch / "stock-config.yaml"
    path.write_text(yaml.safe_dump(targets["defaults"]["config"]), encoding="utf-8")
    return path


def stock(output: Path, config: Path) -> None:
    """Stock `openapi-python-client generate` on each spec (its default post-hooks: ruff).

    With ``--meta none`` the output path is the package itself: ``output/NAME/NAME_client``.
    """
    for name, spec in SPECS.items():
        _run([
            VENV_BIN / "openapi-python-client", "generate", "--path", spec,
            "--output-path", output / name / f"{name}_client", "--meta", "none", "--config", config,
        ])  # fmt: skip


def openapi_generator(output: Path, only: str | None = None) -> None:
    """`openapi-generator-cli generate -g python` on each spec (the bundled jar, Java 17)."""
    for name, spec in SPECS.items():
        if only in (None, name):
            _run([
                VENV_BIN / "openapi-generator-cli", "generate", "-g", "python", "-i", spec,
                "-o", output / name, "--package-name", f"{name}_oag",
            ])  # fmt: skip


def oag_realsee(scratch: Path) -> Path:
    """OpenAPI Generator's Realsee client, importable as ``realsee_oag`` from the returned folder."""
    root = scratch / "oag"
    if not (root / "realsee" / "realsee_oag").is_dir():
        openapi_generator(root, only="realsee")
    return root / "realsee"


def mypy_errors(folder: Path, packages: list[str], path: list[Path]) -> int:
    """How many errors `mypy --strict` reports on ``packages`` (folders under ``folder``)."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null",
         "--config-file", "/dev/null", *packages],
        cwd=folder,
        env={**environment(), "MYPYPATH": ":".join(str(p) for p in path)},
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    found = re.search(r"Found (\d+) errors?", done.stdout)
    if found:
        return int(found.group(1))
    if "Success" in done.stdout:
        return 0
    raise RuntimeError(f"mypy did not report on {folder}:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")


def size(folder: Path) -> tuple[int, int]:
    """(files, lines of Python) of a generator's whole output."""
    files = [path for path in folder.rglob("*") if path.is_file() and "__pycache__" not in path.parts]
    lines = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in files if path.suffix == ".py")
    return len(files), lines
