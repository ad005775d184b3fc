"""The manifest's own findings, and what cannot be read (exit status 2, never a traceback)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.sources.conftest import Run, RunStreams, edit
from tests.sources.scenarios import PANO, RELAY, ROOM, TRTC_SIGN

MANIFEST = "spec/sources/sources.yaml"
SUMMARY = 'the pages and the specs disagree (README, "Changing a spec")'


def _line(root: Path, start: str) -> int:
    lines = (root / MANIFEST).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.strip().startswith(start))


def test_a_difference_without_a_reason_is_a_finding_and_explains_nothing(root: Path, run: Run) -> None:
    manifest = root / MANIFEST
    text = manifest.read_text(encoding="utf-8")
    start = text.index("        reason: >-\n          A hash-like key")
    end = text.index(f"  - file: {RELAY}")
    manifest.write_text(text[:start] + "\n" + text[end:], encoding="utf-8")
    status, lines = run("check")
    assert status == 1
    assert lines == [
        f"spec/sources/{ROOM}:61: get_viewing_room_detail response example: "
        "$.data.app.extension.eccf296814790e1bd84683e0a770a5ea is not in the spec: LiveAppExtension has no "
        "property "
        '"eccf296814790e1bd84683e0a770a5ea"',
        f"{MANIFEST}:{_line(root, '- kind: example-property')}: the example-property difference declares no "
        "reason: "
        "say why the spec differs from the page",
        f"sources check: 2 findings in 2 files: {SUMMARY}",
    ]


def test_a_difference_that_no_longer_occurs_is_a_finding(root: Path, run: Run) -> None:
    edit(
        root / MANIFEST,
        "    operations: [get_trtc_sign]\n",
        "    operations: [get_trtc_sign]\n    differences:\n"
        "      - kind: field-missing\n        field: StrRoomId\n        reason: the English page lacks it\n",
    )
    status, lines = run("check")
    assert status == 1
    assert lines == [
        f"{MANIFEST}:{_line(root, '- kind: field-missing')}: the declared difference field-missing (field "
        "StrRoomId) "
        f"no longer occurs on {TRTC_SIGN}: remove it",
        f"sources check: 1 finding in 1 file: {SUMMARY}",
    ]


def test_an_operation_the_spec_lacks_and_unknown_keys(root: Path, run: Run) -> None:
    edit(
        root / MANIFEST,
        "      - stop_relay\n",
        "      - stop_relay\n      - cancel_relay\n",
    )
    edit(
        root / MANIFEST,
        "    operations: [get_trtc_sign]\n",
        "    operations: [get_trtc_sign]\n    owner: ivh team\n",
    )
    status, lines = run("check")
    cancel = _line(root, "- cancel_relay")
    assert status == 1
    assert lines == [
        f"{MANIFEST}:{cancel}: cancel_relay is not an operation of spec/qnlive.yaml",
        f"{MANIFEST}:{cancel}: {RELAY} no longer names cancel_relay: renamed or removed by the vendor? "
        "change spec/qnlive.yaml, or take it off this page's operations",
        f"{MANIFEST}:{_line(root, 'owner:')}: page {TRTC_SIGN}: unknown key 'owner' (known: captured, "
        "differences, file, "
        "language, operations, sections, spec, title, url, vendor)",
        f"sources check: 3 findings in 1 file: {SUMMARY}",
    ]


def test_an_unreadable_page_is_exit_status_2_on_stderr(root: Path, run_streams: RunStreams) -> None:
    (root / "spec/sources" / TRTC_SIGN).write_bytes(b"Obtaining the Key\n\xff\xfe\n")
    status, out, err = run_streams("check")
    assert (status, out) == (2, [])
    assert err == [f"spec/sources/{TRTC_SIGN}: cannot read: not UTF-8 text (invalid start byte at byte 18)"]


def test_a_missing_page_or_spec_is_exit_status_2(root: Path, run: Run) -> None:
    (root / "spec/sources" / TRTC_SIGN).unlink()
    (root / "spec/qnlive.yaml").write_text("paths: [unclosed\n", encoding="utf-8")
    status, lines = run("check")
    assert status == 2
    assert f"spec/sources/{TRTC_SIGN}: cannot read: no such file" in lines
    assert any(
        line.startswith("spec/qnlive.yaml: cannot read: while parsing a flow sequence") for line in lines
    )


def test_a_broken_manifest_and_an_unknown_page_are_exit_status_2(root: Path, run: Run) -> None:
    assert run("check", "nope.txt") == (
        2,
        [
            "nope.txt: not a page of spec/sources/sources.yaml (its pages: ticket.txt, room.txt, relay.txt, "
            "trtc_sign.txt, pano.txt)"
        ],
    )
    (root / MANIFEST).write_text("pages: [\n", encoding="utf-8")
    status, lines = run("check")
    assert status == 2
    assert lines[0].startswith(f"{MANIFEST}: cannot read: while parsing a flow node")


def test_the_generator_command_runs_it_without_a_traceback(root: Path) -> None:
    (root / "spec/sources" / TRTC_SIGN).write_bytes(b"\xff")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "sources", "check", "--root", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert "Traceback" not in result.stderr
    assert f"spec/sources/{TRTC_SIGN}: cannot read: not UTF-8 text" in result.stderr


def test_a_section_naming_a_schema_the_spec_lacks(root: Path, run: Run) -> None:
    edit(root / MANIFEST, "        schema: PanoManifest\n", "        schema: PanoPackage\n")
    status, lines = run("check")
    assert status == 1
    heading = _line(root, "- heading: manifest.json")
    assert (
        f"{MANIFEST}:{heading}: section 'manifest.json 示例': spec/realsee.yaml has no schema PanoPackage"
        in lines
    )


def _without_reason(root: Path, start: str, end: str) -> None:
    """Take the ``reason:`` of the manifest entry that starts with ``start`` out (up to ``end``)."""
    manifest = root / MANIFEST
    text = manifest.read_text(encoding="utf-8")
    entry = text.index(start)
    reason = text.index("        reason: >-\n", entry)
    manifest.write_text(text[:reason] + text[text.index(end, reason) :], encoding="utf-8")


def test_a_section_without_a_reason_is_a_finding(root: Path, run: Run) -> None:
    _without_reason(root, "      - heading: manifest.json", "      - heading: 通用响应结构")
    status, lines = run("check")
    unplaced = (
        "follows no endpoint, so sources check cannot tell which operation it documents (if it documents a "
        f"schema, declare its heading as a section of this page in {MANIFEST})"
    )
    assert (status, lines) == (
        1,
        [
            f"spec/sources/{PANO}:18: this example {unplaced}",
            f"spec/sources/{PANO}:31: this table {unplaced}",
            f"{MANIFEST}:{_line(root, '- heading: manifest.json')}: a section needs 'reason'",
            f"{MANIFEST}:{_line(root, '- kind: field-type')}: the declared difference field-type (section "
            f"PanoManifest, field scan_list[].floor) no longer occurs on {PANO}: remove it",
            f"sources check: 4 findings in 2 files: {SUMMARY}",
        ],
    )


def test_an_elsewhere_entry_without_a_reason_is_a_finding(root: Path, run: Run) -> None:
    manifest = root / MANIFEST
    text = manifest.read_text(encoding="utf-8")
    start = text.index("    source: https://developer.qiniu.com/lowcode/12010\n")
    end = text.index("  - spec: spec/ivh.yaml")
    kept = start + len("    source: https://developer.qiniu.com/lowcode/12010\n")
    manifest.write_text(text[:kept] + text[end:], encoding="utf-8")
    status, lines = run("check")
    entry = _line(root, "- spec: spec/qnlive.yaml")
    assert (status, lines) == (
        1,
        [
            f"{MANIFEST}:{_line(root, 'elsewhere:')}: get_user_token (GET /server/auth/token) of "
            "spec/qnlive.yaml is on no page of the manifest nor under elsewhere: capture its page and list "
            "it there, or list it under elsewhere with its source",
            f"{MANIFEST}:{entry}: an elsewhere entry needs 'reason'",
            f"sources check: 2 findings in 1 file: {SUMMARY}",
        ],
    )
