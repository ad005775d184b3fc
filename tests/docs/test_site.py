"""The reference site builds in strict mode (no broken reference) and documents every operation."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.specs import ROOT, operations


def text(page: Path) -> str:
    """What a reader sees of a page: its text without tags (highlighted code is split in spans)."""
    return html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


PAGES = {"realsee": "reference/realsee", "qnlive": "reference/qnlive", "ivh": "reference/ivh"}


def test_the_site_builds_strictly_and_lists_every_operation(tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for operation in operations():
        page = (site / PAGES[operation.spec_name] / "index.html").read_text(encoding="utf-8")
        tag = operation.data["tags"][0]
        # The table of operations (read from the spec) and the method's own entry.
        assert f"{operation.spec_name}.{tag}.{operation.id}(...)" in page, operation
        assert f'id="{operation.spec_name}_client.resources.{tag}.' in page
        assert operation.path in page
    index = text(site / "index.html")
    assert "Quick start" in index  # the README's quick start, included
    guide = text(site / "guides" / "clients" / "index.html")
    assert "realsee.viewing.create_viewing_room(" in guide
