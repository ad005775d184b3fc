"""The README's sandbox walkthrough runs as written, against `python -m vrlive_sandbox`."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys

from tests.specs import ROOT

MARKER = "<!-- sandbox-walkthrough:"


def _walkthrough() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    after = text[text.index(MARKER) :]
    found = re.search(r"```python\n(.*?)```", after, flags=re.DOTALL)
    assert found is not None, "the README lost its sandbox walkthrough"
    return found.group(1)


def test_readme_pano_walkthrough_runs() -> None:
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "vrlive_sandbox", "--json"], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert sandbox.stdout is not None
        api = json.loads(sandbox.stdout.readline())["api"]
        run = subprocess.run(
            [sys.executable, "-c", _walkthrough()],
            env={**os.environ, "SANDBOX_API": api},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        sandbox.send_signal(signal.SIGTERM)
        sandbox.wait(timeout=20)
    assert run.returncode == 0, run.stderr
    status, vr_url = run.stdout.split()
    assert status == "success"
    assert vr_url.startswith("https://realsee.cn/sandbox/")
