"""Users' code under ``mypy --strict``, against the packages of this checkout."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.specs import ROOT


def strict_errors(files: Iterable[Path], pytestconfig: pytest.Config) -> tuple[set[tuple[str, int]], str]:
    """Where ``mypy --strict`` finds errors in ``files``, as (file name, line), and what it printed."""
    assert pytestconfig.cache is not None
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--hide-error-context",
            "--cache-dir",
            # warm after the first run; one per xdist worker, so that two runs never share one
            str(pytestconfig.cache.mkdir(f"mypy-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}")),
            *(str(path) for path in files),
        ],
        cwd=ROOT,  # pyproject.toml's mypy_path finds the packages of this checkout
        capture_output=True,
        text=True,
        check=False,
    )
    errors = re.findall(r"^(.*?):(\d+): error:", result.stdout, re.MULTILINE)
    return {(Path(name).name, int(line)) for name, line in errors}, result.stdout + result.stderr
