"""The README's facade examples run as written, against `python -m vrlive_sandbox`, with only the
variables the sandbox prints."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.panoramas import folder
from tests.readme import examples
from tests.servers import sandbox_cli

EXAMPLES = examples("overlay-example")
VENDOR_VARIABLES = ("REALSEE_", "QNLIVE_", "IVH_")


@pytest.fixture(scope="module")
def answering_sandbox() -> Iterator[dict[str, Any]]:
    """A sandbox whose relay receivers accept on their own, as the README says to start it."""
    with sandbox_cli("--relay-answer", "accept") as info:
        yield info


def run_example(name: str, environment: dict[str, str], cwd: Path | None = None) -> str:
    clean = {key: value for key, value in os.environ.items() if not key.startswith(VENDOR_VARIABLES)}
    run = subprocess.run(
        [sys.executable, "-c", EXAMPLES[name]],
        env={**clean, **environment},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_the_readme_has_one_example_per_facade() -> None:
    assert sorted(EXAMPLES) == ["AsyncRealsee", "Ivh", "QnLive", "Realsee", "drive", "pages", "pano"]


def test_realsee_example(answering_sandbox: dict[str, Any]) -> None:
    room_code, room_link = run_example("Realsee", answering_sandbox["environment"]).split()
    assert room_code
    assert room_link.startswith("wss://")
    assert room_code in room_link


def test_async_realsee_example(answering_sandbox: dict[str, Any]) -> None:
    assert run_example("AsyncRealsee", answering_sandbox["environment"]).split() == ["3"]


def test_pages_example(answering_sandbox: dict[str, Any]) -> None:
    *works, project = run_example("pages", answering_sandbox["environment"]).splitlines()
    assert len(works) == 25  # the sandbox's VR works, every page of them
    assert works[0].split(maxsplit=1) == ["80sandbox000000025", "Sandbox work 25"]
    project_id, state = project.split()
    assert (project_id.startswith("auto3d-"), state) == (True, "project_not_upload")


def test_qnlive_example(answering_sandbox: dict[str, Any]) -> None:
    assert run_example("QnLive", answering_sandbox["environment"]).split() == ["RECEIVER_ACCEPTED"]


def test_ivh_example(answering_sandbox: dict[str, Any]) -> None:
    status, keys = run_example("Ivh", answering_sandbox["environment"]).split(maxsplit=1)
    assert status == "READY"
    assert keys.startswith("TrtcSign(req_id=")
    assert "user_sig" not in keys
    assert "private_map_key" not in keys


def test_drive_example(answering_sandbox: dict[str, Any]) -> None:
    assert run_example("drive", answering_sandbox["environment"]).split() == ["TextOver"]


def test_pano_example(answering_sandbox: dict[str, Any], tmp_path: Path) -> None:
    folder(tmp_path / "showroom")
    task_code, vr_url = run_example("pano", answering_sandbox["environment"], cwd=tmp_path).split()
    assert vr_url == f"https://realsee.cn/sandbox/{task_code}"
