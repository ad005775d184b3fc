"""A temporary repository for each test, and running the ``sources`` commands on it (never on the
working tree).

Most tests run on ``root``: a copy of the fixture repository in ``tests/sources/fixtures/`` (small
captures, their manifest and the small specs they agree with), which they change the way vendors
change pages; their exact-text edits and the lines they expect refer to those fixture pages only.
The few tests that hold this repository's own pages to its specs run on ``repository`` and take
every count, date and line they expect from those pages and specs as they are.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.sources.cli import main
from tests.specs import ROOT

FIXTURES = Path(__file__).resolve().parent / "fixtures"

Run = Callable[..., tuple[int, list[str]]]
RunStreams = Callable[..., tuple[int, list[str], list[str]]]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A repository root holding a copy of the fixture specs, pages and manifest."""
    shutil.copytree(FIXTURES, tmp_path, dirs_exist_ok=True)
    return tmp_path


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A repository root holding copies of this repository's spec/*.yaml and spec/sources/."""
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


def command_on(root: Path, capsys: pytest.CaptureFixture[str]) -> RunStreams:
    """``command("check", ...)``: the command on ``root``; its exit status and the lines it printed
    on stdout and on stderr."""

    def command(name: str, *arguments: str) -> tuple[int, list[str], list[str]]:
        capsys.readouterr()
        status = main([name, "--root", str(root), *arguments])
        out, err = capsys.readouterr()
        return status, out.splitlines(), err.splitlines()

    return command


@pytest.fixture
def run_streams(root: Path, capsys: pytest.CaptureFixture[str]) -> RunStreams:
    """``run_streams("check", ...)``: the command on the fixture copy, as ``command_on``."""
    return command_on(root, capsys)


@pytest.fixture
def run(run_streams: RunStreams) -> Run:
    """``run("check", ...)``: the command on the fixture copy; its exit status and the lines it
    printed (stdout, then stderr)."""

    def command(name: str, *arguments: str) -> tuple[int, list[str]]:
        status, out, err = run_streams(name, *arguments)
        return status, out + err

    return command
