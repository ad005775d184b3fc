"""The peers, run as their users run them: stock openapi-python-client and OpenAPI Generator."""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
from pathlib import Path

import yaml

from bench.common import ROOT, VENV_BIN, environment
from generator.targets import load_targets

TARGETS = load_targets()
"""The specs and packages of generator/targets.yaml: every peer generates the same ones."""


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


def stock_configs(scratch: Path) -> dict[str, Path]:
    """Each target's openapi-python-client options from generator/targets.yaml, as a config file."""
    configs = {}
    for target in TARGETS:
        configs[target.name] = scratch / f"stock-{target.name}.yaml"
        configs[target.name].write_text(yaml.safe_dump(target.config), encoding="utf-8")
    return configs


def stock(output: Path, configs: dict[str, Path]) -> None:
    """Stock `openapi-python-client generate` on each spec (its default post-hooks: ruff).

    With ``--meta none`` the output path is the package itself: ``output/NAME/PACKAGE``.
    """
    for target in TARGETS:
        _run([
            VENV_BIN / "openapi-python-client", "generate", "--path", target.spec,
            "--output-path", output / target.name / target.package, "--meta", "none",
            "--config", configs[target.name],
        ])  # fmt: skip


def openapi_generator(output: Path, only: str | None = None, library: str | None = None) -> None:
    """`openapi-generator-cli generate -g python` on each spec (the bundled jar, Java 17).

    ``library`` picks the generator's HTTP library (``--library asyncio``: aiohttp); the packages
    are then ``NAME_oag_LIBRARY``, so that both clients import side by side. Without it, the
    generator's default (urllib3) and ``NAME_oag``.
    """
    suffix = "" if library is None else f"_{library}"
    options = [] if library is None else ["--library", library]
    output.mkdir(parents=True, exist_ok=True)
    for target in TARGETS:
        if only in (None, target.name):
            spec = _without_webhooks(target.spec, output / f"{target.name}{suffix}.yaml")
            _run([
                VENV_BIN / "openapi-generator-cli", "generate", "-g", "python", *options, "-i", spec,
                "-o", output / f"{target.name}{suffix}", "--package-name", f"{target.name}_oag{suffix}",
            ])  # fmt: skip


def _without_webhooks(spec: Path, copy: Path) -> Path:
    """``spec`` as OpenAPI Generator can render it: its Python generator makes a tagged OpenAPI 3.1
    ``webhooks`` entry a method whose parameter has no type (``name: ,``, a syntax error), so a
    user of it leaves them out, as this copy does; ``spec`` itself when it has none."""
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    if not document.get("webhooks"):
        return spec
    del document["webhooks"]
    copy.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return copy


def version(distribution: str) -> str:
    """The installed version of a peer, as the tables name it."""
    return importlib.metadata.version(distribution)


def oag_realsee(scratch: Path, library: str | None = None) -> Path:
    """OpenAPI Generator's Realsee client, importable from the returned folder.

    As ``realsee_oag`` (urllib3, sync), or ``realsee_oag_LIBRARY`` with ``library`` (``asyncio``).
    """
    root = scratch / "oag"
    suffix = "" if library is None else f"_{library}"
    if not (root / f"realsee{suffix}" / f"realsee_oag{suffix}").is_dir():
        openapi_generator(root, only="realsee", library=library)
    return root / f"realsee{suffix}"


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
