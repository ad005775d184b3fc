"""The README's sandbox walkthrough runs as written, against `python -m vrlive_sandbox`."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.readme import examples
from tests.servers import sandbox_cli


def test_readme_pano_walkthrough_runs() -> None:
    walkthrough = examples("sandbox-walkthrough")
    assert list(walkthrough) == ["pano"], "the README lost its walkthrough"
    with sandbox_cli() as info:
        run = subprocess.run(
            [sys.executable, "-c", walkthrough["pano"]],
            env={**os.environ, "SANDBOX_API": info["api"]},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert run.returncode == 0, run.stderr
    status, vr_url = run.stdout.split()
    assert status == "success"
    assert vr_url.startswith("https://realsee.cn/sandbox/")
