"""What README's "Changing a spec" quotes is what the tools print for the edits it describes."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from tests.evolution.project import OPTIONAL_FIELD, Project
from tests.specs import ROOT


def quoted(name: str) -> str:
    """The fenced block after ``<!-- readme-quote: NAME -->`` in README.md, unindented."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- readme-quote: {name} -->\n( *)```\n(.*?)\n *```", readme, re.S)
    assert found, f"README.md has no quote named {name!r}"
    return textwrap.dedent(found[1] + found[2]).strip()


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path / "project")


PLACE_LINE = re.compile(r"(spec/\w+\.yaml:)\d+(?=:\d+:)|(at line )\d+")
"""The line of a place a message names: ``spec/X.yaml:LINE:COL`` or ``at line LINE``."""


def at_lines(quote: str, lines: list[int]) -> str:
    """``quote`` with the lines of the places it names replaced, in order, by ``lines``."""
    assert len(PLACE_LINE.findall(quote)) == len(lines), f"the quote does not name {len(lines)} places"
    numbers = iter(lines)
    return PLACE_LINE.sub(lambda m: f"{m[1] or m[2]}{next(numbers)}", quote)


def test_the_preflight_quote(project: Project) -> None:
    """The quote's wording and columns as printed; its lines are those of the specs as they are
    (an operation added above them moves them, and needs no edit here)."""
    enum = project.edit("qnlive", "enum: [0, 1, 2, 3, 4, 5, 6]", "enum: [0, 1, 2, 3, 4, 5, 6, 7]")
    first = project.line_of("realsee", "operationId: apply_room_ticket")
    duplicate = project.edit(
        "realsee", "operationId: get_voice_room_signature", "operationId: apply_room_ticket"
    )
    varnames = project.line_of("qnlive", "x-enum-varnames:", after=enum)
    result = project.generator("generate")
    assert result.returncode == 2
    assert result.stderr.strip() == at_lines(quoted("preflight"), [varnames, duplicate, first])


def test_the_summary_and_diff_quotes(project: Project) -> None:
    project.edit(
        "realsee", "required: [project_id, status, vr_url]", "required: [project_id, status, vr_link]"
    )
    project.edit("realsee", OPTIONAL_FIELD, OPTIONAL_FIELD.replace("vr_url:", "vr_link:"))
    project.edit("realsee", "returns: /vr_url", "returns: /vr_link")
    assert project.generator("generate").returncode == 0
    assert project.generator("diff", "--summary").stdout.strip() == quoted("summary")
    assert quoted("diff") in project.generator("diff").stdout
