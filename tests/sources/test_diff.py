"""``sources diff OLD NEW``: what changed between two captures, as the spec sees it, in Markdown."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.sources import scenarios
from tests.sources.conftest import Run, RunStreams, edit
from tests.sources.scenarios import P002, P003, P004


def _old_and_new(root: Path, change: tuple[str, str, str]) -> tuple[str, str]:
    page, old, new = change
    before = root / "old" / page
    before.parent.mkdir(exist_ok=True)
    shutil.copy(root / "spec/sources" / page, before)
    edit(root / "spec/sources" / page, old, new)
    return str(before), str(root / "spec/sources" / page)


def test_a_new_field_in_a_response_example(root: Path, run: Run) -> None:
    old, new = _old_and_new(root, scenarios.NEW_RESPONSE_FIELD)
    assert run("diff", old, new) == (
        1,
        [
            f"## {P004}: what changed for the spec",
            "",
            f"From `{old}` to `{new}`.",
            "",
            "### Examples",
            "",
            "- `GET /open/v1/pano/task/status` response, example at line 352: added `$.data.cover_url` (a "
            "string, "
            "line 359)",
        ],
    )


def test_a_retyped_field_and_a_renamed_path(root: Path, run: Run) -> None:
    status, lines = run("diff", *_old_and_new(root, scenarios.RETYPED_REQUEST_FIELD))
    assert status == 1
    assert lines[-1] == (
        "- `POST /open/v1/live/apply/ticket` request, example at line 86: `$.user_role` is now an integer, "
        "was a "
        "string (line 90)"
    )
    status, lines = run("diff", *_old_and_new(root, scenarios.RENAMED_PATH))
    assert status == 1
    assert lines[4:8] == [
        "### Endpoints",
        "",
        "- added `POST /client/relay/{relay_id}/close` (line 123)",
        "- removed `POST /client/relay/{relay_id}/stop` (was at line 123)",
    ]


def test_table_rows_and_enum_values(root: Path, run: Run) -> None:
    status, lines = run("diff", *_old_and_new(root, scenarios.NEW_TABLE_ROW))
    assert (status, lines[4:]) == (
        1,
        [
            "### Table rows",
            "",
            "- `POST /v2/ivh/sessionmanager/sessionmanagerservice/gettrtcsign` request: added `ExpireTime` "
            "(an integer, "
            "optional; line 79)",
        ],
    )
    status, lines = run("diff", *_old_and_new(root, (P004, "failed处理失败\n", "cancelled已取消\n")))
    assert (status, lines[4:]) == (
        1,
        [
            "### Enum values",
            "",
            "- `GET /open/v1/pano/task/status` response, the enum table (line 364): added `cancelled`; "
            "removed `failed`",
        ],
    )


def test_a_new_endpoint_and_nothing_the_spec_would_see(root: Path, run: Run) -> None:
    status, lines = run("diff", *_old_and_new(root, scenarios.NEW_ENDPOINT))
    assert (status, lines[4:]) == (
        1,
        ["### Endpoints", "", "- added `POST /open/v1/pano/task/cancel` (line 409)"],
    )
    old, new = _old_and_new(root, (P002, "停止跨房连麦。", "停止跨房连麦(双方)。"))
    assert run("diff", old, new) == (
        0,
        [
            f"## {P002}: what changed for the spec",
            "",
            f"From `{old}` to `{new}`.",
            "",
            "No change the spec would see: the same endpoints, example fields, table rows and enum values. "
            "The prose "
            "differs: reread the page.",
        ],
    )


def test_a_capture_that_cannot_be_read(root: Path, run_streams: RunStreams) -> None:
    missing = root / "old" / P003
    assert run_streams("diff", str(missing), str(root / "spec/sources" / P003)) == (
        2,
        [],
        [f"{missing}: cannot read: no such file"],
    )
