"""What a user's code sees of the panorama flow's types, under ``mypy --strict``: the VR URL of a
waited-for result is a ``str`` (README's own ``result.vr_url.startswith(...)``), an unwaited one's
is None, and the errors' ``last_state`` is the task's status."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.typecheck import strict_errors

USER_CODE = """\
from pathlib import Path

from vrlive import AsyncRealsee, Realsee, TaskFailedError, TaskTimeoutError


def test_a_listing_becomes_a_vr_space(folder: Path) -> None:
    with Realsee() as realsee:
        result = realsee.pano_to_vr(folder)
    assert result.vr_url.startswith("https://")


async def awaited(folder: Path) -> str:
    async with AsyncRealsee() as realsee:
        result = await realsee.pano_to_vr(folder, interval=1.0)
    return result.vr_url


def submitted(realsee: Realsee, folder: Path, wait: bool) -> str | None:
    task_code: str = realsee.pano_to_vr(folder, wait=False).task_code
    return task_code + (realsee.pano_to_vr(folder, wait=wait).vr_url or "")


def why(error: TaskFailedError | TaskTimeoutError) -> str:
    state = error.last_state
    return state.status.value if state is not None else "no status"
"""

WRONG_USES = """\
from pathlib import Path

from vrlive import Realsee, TaskFailedError


def not_waited_for(realsee: Realsee, folder: Path) -> str:
    return realsee.pano_to_vr(folder, wait=False).vr_url


def maybe_waited_for(realsee: Realsee, folder: Path, wait: bool) -> str:
    return realsee.pano_to_vr(folder, wait=wait).vr_url


def unchecked(error: TaskFailedError) -> str:
    return error.last_state.status.value
"""


def test_the_panorama_flow_types_hold_under_mypy_strict(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    (tmp_path / "user_code.py").write_text(USER_CODE, encoding="utf-8")
    (tmp_path / "wrong_uses.py").write_text(WRONG_USES, encoding="utf-8")
    errors, printed = strict_errors([tmp_path / "user_code.py", tmp_path / "wrong_uses.py"], pytestconfig)
    assert errors == {
        ("wrong_uses.py", 7),  # None is not a str
        ("wrong_uses.py", 11),  # str | None is not a str
        ("wrong_uses.py", 15),  # the status may be None
    }, printed
