"""``sources diff OLD NEW``: what changed between two captures, as the spec sees it, in Markdown."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.sources import scenarios
from tests.sources.conftest import Run, RunStreams, edit
from tests.sources.scenarios import PANO, RELAY, TRTC_SIGN


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
            f"## {PANO}: what changed for the spec",
            "",
            f"From `{old}` to `{new}`.",
            "",
            "### Examples",
            "",
            "- `GET /open/v1/pano/task/status` response, example at line 162: added `$.data.cover_url` (a "
            "string, "
            "line 169)",
        ],
    )


def test_a_retyped_field_and_a_renamed_path(root: Path, run: Run) -> None:
    status, lines = run("diff", *_old_and_new(root, scenarios.RETYPED_REQUEST_FIELD))
    assert status == 1
    assert lines[-1] == (
        "- `POST /open/v1/live/apply/ticket` request, example at line 27: `$.user_role` is now an integer, "
        "was a "
        "string (line 31)"
    )
    status, lines = run("diff", *_old_and_new(root, scenarios.RETYPED_CURL_BODY_FIELD))
    assert (status, lines[4:]) == (
        1,
        [
            "### Examples",
            "",
            "- `POST /open/v1/live/apply/ticket` request, example at line 63: `$.user_role` is now an "
            "integer, was a string (line 67)",
        ],
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
            "optional; line 52)",
        ],
    )
    status, lines = run("diff", *_old_and_new(root, (PANO, "failed处理失败\n", "cancelled已取消\n")))
    assert (status, lines[4:]) == (
        1,
        [
            "### Enum values",
            "",
            "- `GET /open/v1/pano/task/status` response, the enum table (line 174): added `cancelled`; "
            "removed `failed`",
        ],
    )


CANCEL_STEP = (
    "步骤六:取消任务\n\n  • 接口: POST /open/v1/pano/task/cancel\n\n请求示例\n\n"
    '{\n  "task_code": "xxxxxxxxxxxxxxxxxxxx"\n}\n\n响应示例\n\n'
    '{\n  "code": 0,\n  "status": "success",\n  "data": {\n    "cancelled": true\n  }\n}\n\n'
)


def test_a_field_added_to_two_examples_and_a_new_endpoint_with_its_examples(root: Path, run: Run) -> None:
    """Each change in page order (the two examples of one endpoint as well), each count in words."""
    old, new = _old_and_new(
        root,
        (PANO, '"vr_url": ""\n', '"vr_url": "",\n    "thumbnail_url": ""\n'),
    )
    edit(
        Path(new),
        '"vr_url": "https://realsee.cn/link_code"\n',
        '"vr_url": "https://realsee.cn/link_code",\n'
        '    "thumbnail_url": "https://realsee.cn/link_code/thumbnail.jpg"\n',
    )
    edit(Path(new), "完整流程示例\n", CANCEL_STEP + "完整流程示例\n")
    status, lines = run("diff", old, new)
    assert (status, lines[4:]) == (
        1,
        [
            "### Endpoints",
            "",
            "- added `POST /open/v1/pano/task/cancel` (line 184)",
            "",
            "### Examples",
            "",
            "- `GET /open/v1/pano/task/status` response, example at line 150: added `$.data.thumbnail_url` "
            "(a string, line 157)",
            "- `GET /open/v1/pano/task/status` response, example at line 163: added `$.data.thumbnail_url` "
            "(a string, line 170)",
            "- `POST /open/v1/pano/task/cancel` request: added an example at line 188 (1 field)",
            "- `POST /open/v1/pano/task/cancel` response: added an example at line 194 (4 fields)",
        ],
    )


def test_a_new_endpoint_and_nothing_the_spec_would_see(root: Path, run: Run) -> None:
    status, lines = run("diff", *_old_and_new(root, scenarios.NEW_ENDPOINT))
    assert (status, lines[4:]) == (
        1,
        ["### Endpoints", "", "- added `POST /open/v1/pano/task/cancel` (line 201)"],
    )
    old, new = _old_and_new(root, (RELAY, "停止跨房连麦。", "停止跨房连麦(双方)。"))
    assert run("diff", old, new) == (
        0,
        [
            f"## {RELAY}: what changed for the spec",
            "",
            f"From `{old}` to `{new}`.",
            "",
            "No change the spec would see: the same endpoints, example fields, table rows and enum values. "
            "Its text differs:",
            "",
            "```diff",
            "-停止跨房连麦。",
            "+停止跨房连麦(双方)。",
            "```",
        ],
    )
    old, new = _old_and_new(
        root, (RELAY, "最近更新时间: 2022-09-07 17:16:18", "最近更新时间: 2026-12-01 08:00:00")
    )
    assert run("diff", old, new) == (
        0,
        [
            f"## {RELAY}: what changed for the spec",
            "",
            f"From `{old}` to `{new}`.",
            "",
            "No change the spec would see: the same endpoints, example fields, table rows and enum values.",
        ],
    )


def test_a_page_wide_table_stays_where_it_is_when_an_endpoint_comes_before_it(root: Path, run: Run) -> None:
    status, lines = run("diff", *_old_and_new(root, scenarios.NEW_ENDPOINT_BEFORE_THE_ENVELOPE))
    assert (status, lines[4:]) == (
        1,
        ["### Endpoints", "", "- added `POST /open/v1/pano/task/cancel` (line 182)"],
    )


def test_a_capture_that_cannot_be_read(root: Path, run_streams: RunStreams) -> None:
    missing = root / "old" / TRTC_SIGN
    assert run_streams("diff", str(missing), str(root / "spec/sources" / TRTC_SIGN)) == (
        2,
        [],
        [f"{missing}: cannot read: no such file"],
    )


MANIFEST_EXAMPLE_KEY = (PANO, '  "version": "1.0",\n', '  "version": "1.0",\n  "camera": "insta360",\n')
ADDED_CAMERA = "- section `manifest.json 示例`, example at line 18: added `$.camera` (a string, line 20)"


def _copies(root: Path, old_name: str, new_name: str) -> tuple[Path, Path]:
    """The panorama page as OLD and, with a key added to its manifest.json example, as NEW, under other
    names."""
    old, new = root / "old" / old_name, root / "new" / new_name
    for path in (old, new):
        path.parent.mkdir(exist_ok=True)
        shutil.copy(root / "spec/sources" / PANO, path)
    edit(new, *MANIFEST_EXAMPLE_KEY[1:])
    return old, new


def test_the_page_is_found_by_either_name_even_with_a_suffix(root: Path, run_streams: RunStreams) -> None:
    old, new = _copies(root, f"{PANO}.orig", "pano.new.txt")
    status, out, err = run_streams("diff", str(old), str(new))
    assert (status, out[0], out[-1], err) == (1, f"## {PANO}: what changed for the spec", ADDED_CAMERA, [])


def test_the_page_can_be_named(root: Path, run_streams: RunStreams) -> None:
    old, new = _copies(root, "before.txt", "after.txt")
    status, out, err = run_streams("diff", "--page", PANO, str(old), str(new))
    assert (status, out[0], out[-1], err) == (1, f"## {PANO}: what changed for the spec", ADDED_CAMERA, [])
    assert run_streams("diff", "--page", "nope.txt", str(old), str(new))[0] == 2


def test_a_page_the_manifest_does_not_name_is_said(root: Path, run_streams: RunStreams) -> None:
    old, new = _copies(root, "before.txt", "after.txt")
    status, out, err = run_streams("diff", str(old), str(new))
    assert (status, out[-1]) == (
        1,
        "- before any endpoint, example at line 18: added `$.camera` (a string, line 20)",
    )
    assert err == [
        f"{old}, {new}: neither is named like a page of spec/sources/sources.yaml, so no heading of the page "
        "is read as a declared section (name the page: --page NAME)"
    ]
