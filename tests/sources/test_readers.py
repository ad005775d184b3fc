"""Captures in HTML (BeautifulSoup) and Markdown (markdown-it-py): tables read as rows, examples and
findings at the lines of the capture's own source."""

from __future__ import annotations

from pathlib import Path

from generator.sources.document import Code, Prose, Table, parse_page
from generator.sources.manifest import load_manifest
from generator.sources.view import view_page
from tests.sources.conftest import Run, edit
from tests.sources.scenarios import TRTC_SIGN
from tests.sources.served import TRTC_SIGN_HTML, TRTC_SIGN_MARKDOWN


def _line(text: str, start: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def test_an_html_capture_reads_as_prose_tables_and_code() -> None:
    document = parse_page(Path("page.html"), TRTC_SIGN_HTML)
    tables = [block for block in document.blocks if isinstance(block, Table)]
    assert [table.header for table in tables] == [("Parameter name", "Required", "Type", "Description")] * 2
    assert [row.cells for row in tables[0].rows][1] == ("SessionId", "Yes", "string", "Session ID.")
    assert tables[0].rows[1].line == _line(TRTC_SIGN_HTML, "<tr><td>SessionId")
    prose = [block.text for block in document.blocks if isinstance(block, Prose)]
    assert "POST /v2/ivh/sessionmanager/sessionmanagerservice/gettrtcsign" in prose
    assert "window.analytics = {};" not in prose
    code = [block for block in document.blocks if isinstance(block, Code)]
    assert [block.line for block in code] == [
        _line(TRTC_SIGN_HTML, "<pre><code>{"),
        _line(TRTC_SIGN_HTML, "<pre>{"),
    ]


def test_an_html_capture_places_its_examples_with_the_lines_of_their_keys() -> None:
    view = view_page(parse_page(Path("page.html"), TRTC_SIGN_HTML))
    request, response = view.examples
    assert (request.place.side, response.place.side) == ("request", "response")
    assert request.example.lines[("Payload", "UserId")] == _line(TRTC_SIGN_HTML, '"UserId"')


def test_a_markdown_capture_reads_as_prose_tables_and_code() -> None:
    document = parse_page(Path("page.md"), TRTC_SIGN_MARKDOWN)
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert table.header == ("Parameter name", "Required", "Type", "Description")
    assert table.rows[3].cells == ("UserId", "Yes", "string", "User ID for entering the room.")
    assert table.rows[3].line == _line(TRTC_SIGN_MARKDOWN, "| UserId")
    view = view_page(document)
    assert [str(endpoint) for endpoint in view.endpoints] == [
        "POST /v2/ivh/sessionmanager/sessionmanagerservice/gettrtcsign"
    ]
    (example,) = view.examples
    assert example.example.lines[("Payload", "UserSig")] == _line(TRTC_SIGN_MARKDOWN, '    "UserSig"')


def _as_capture(root: Path, name: str, text: str) -> Path:
    """Put ``text`` in the place of the IVH page's capture, as ``name``."""
    (root / "spec/sources" / TRTC_SIGN).unlink()
    edit(root / "spec/sources/sources.yaml", f"file: {TRTC_SIGN}", f"file: {name}")
    path = root / "spec/sources" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_html_capture_is_checked_like_a_text_one(root: Path, run: Run) -> None:
    _as_capture(root, "trtc_sign.html", TRTC_SIGN_HTML)
    status, lines = run("check")
    assert status == 0, lines
    pages = len(load_manifest(root).pages)
    assert lines[-1].startswith(f"sources check: {pages} pages agree with their specs")


def test_a_row_added_to_an_html_table_is_found_at_its_line(root: Path, run: Run) -> None:
    row = "<tr><td>ExpireTime</td><td>No</td><td>Integer</td><td>Seconds until the key expires.</td></tr>\n"
    path = _as_capture(root, "trtc_sign.html", TRTC_SIGN_HTML.replace("</tbody>", row + "</tbody>"))
    status, lines = run("check")
    line = _line(path.read_text(encoding="utf-8"), "<tr><td>ExpireTime")
    assert status == 1
    assert lines[0] == (
        f"spec/sources/trtc_sign.html:{line}: get_trtc_sign request table: ExpireTime is not in the "
        "spec: "
        "TrtcSignRequest (nor its Payload) has no such field, and get_trtc_sign no such parameter"
    )


def test_a_field_added_to_a_markdown_example_is_found_at_its_line(root: Path, run: Run) -> None:
    text = TRTC_SIGN_MARKDOWN.replace(
        '    "UserSig": "vafdasfda",\n', '    "UserSig": "vafdasfda",\n    "Expire": 300,\n'
    )
    path = _as_capture(root, "trtc_sign.md", text)
    status, lines = run("check")
    line = _line(path.read_text(encoding="utf-8"), '    "Expire"')
    assert status == 1
    assert lines[0] == (
        f"spec/sources/trtc_sign.md:{line}: get_trtc_sign response example: $.Payload.Expire is not in "
        "the spec: "
        'TrtcSign has no property "Expire"'
    )


def test_a_type_sources_check_cannot_read_is_a_finding(root: Path, run: Run) -> None:
    row = "<tr><td>RoomId</td><td>Yes</td><td>string</td><td>The room ID.</td></tr>"
    text = TRTC_SIGN_HTML.replace(row, row.replace("string", "RoomKey"))
    path = _as_capture(root, "trtc_sign.html", text)
    status, lines = run("check")
    line = _line(path.read_text(encoding="utf-8"), "<tr><td>RoomId")
    assert (status, lines[0]) == (
        1,
        f"spec/sources/trtc_sign.html:{line}: get_trtc_sign request table: the type 'RoomKey' of RoomId "
        "is "
        "not one sources check can read",
    )


def test_a_curl_sample_in_html_is_read_with_its_body_at_its_lines() -> None:
    curl = (
        "<h2>Request Sample</h2>\n<pre><code>curl -X POST 'https://gw.example/v2/ivh/sessionmanager/"
        "sessionmanagerservice/gettrtcsign' \\\n  -H 'Content-Type: application/json' \\\n  -d '{\n"
        '  "Header": {},\n  "Payload": {"SessionId": "1"}\n}\'</code></pre>\n'
    )
    text = TRTC_SIGN_HTML.replace("<h2>Request Sample</h2>\n", curl + "<h2>Request Sample</h2>\n")
    view = view_page(parse_page(Path("page.html"), text))
    (sample,) = [placed for placed in view.examples if placed.sample is not None]
    assert (sample.sample, sample.place.side, str(sample.place.endpoint)) == (
        "curl sample",
        "request",
        "POST /v2/ivh/sessionmanager/sessionmanagerservice/gettrtcsign",
    )
    assert sample.example.lines[("Payload",)] == _line(text, '  "Payload"')
