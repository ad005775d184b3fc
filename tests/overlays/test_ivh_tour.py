"""`make tour` (scripts/tour.py): the narrated viewing runs end to end against the sandbox."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_narrated_tour_runs_and_the_sandbox_records_what_was_said() -> None:
    result = subprocess.run(
        [sys.executable, ROOT / "scripts" / "tour.py"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("viewing room ")
    assert "guide: narration interrupted" in lines
    record = lines[lines.index("the sandbox's record of what the guide said:") + 1 :]
    assert [line.split()[:2] for line in record] == [
        ["SEND_TEXT", "said"],
        ["SEND_STREAMTEXT", "interrupted"],
        ["SEND_TEXT", "said"],
    ]
    assert "'This flat is on the fourth floor" in record[1]
    assert "balcony" not in record[1]  # interrupted before the last sentences
    assert lines[-len(record) - 3].startswith("digital human")
    assert lines[-len(record) - 3].endswith("closed")
