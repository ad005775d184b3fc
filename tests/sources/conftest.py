"""A temporary copy of the specs, the pages and their manifest for each test, and running the
``sources`` commands on it (never on the working tree)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.sources.cli import main
from tests.specs import ROOT

Run = Callable[..., tuple[int, list[str]]]
RunStreams = Callable[..., tuple[int, list[str], list[str]]]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A repository root holding copies of spec/*.yaml and spec/sources/."""
    (tmp_path / "spec").mkdir()
    for spec in (ROOT / "spec").glob("*.yaml"):
        shutil.copy(spec, tmp_path / "spec" / spec.name)
    shutil.copytree(ROOT / "spec/sources", tmp_path / "spec/sources")
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    """Replace the one occurrence of ``old`` in ``path`` (failing if it is not there exactly once)."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def run_streams(root: Path, capsys: pytest.CaptureFixture[str]) -> RunStreams:
    """``run_streams("check", ...)``: the command on the copy; its exit status and the lines it
    printed on stdout and on stderr."""

    def command(name: str, *arguments: str) -> tuple[int, list[str], list[str]]:
        capsys.readouterr()
        status = main([name, "--root", str(root), *arguments])
        out, err = capsys.readouterr()
        return status, out.splitlines(), err.splitlines()

    return command


@pytest.fixture
def run(run_streams: RunStreams) -> Run:
    """``run("check", ...)``: the command on the copy; its exit status and the lines it printed
    (stdout, then stderr)."""

    def command(name: str, *arguments: str) -> tuple[int, list[str]]:
        status, out, err = run_streams(name, *arguments)
        return status, out + err

    return command
