"""``sources fetch`` against a local HTTP server standing in for the vendor (127.0.0.1 only)."""

from __future__ import annotations

import datetime
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.sources.document import read_page
from generator.sources.manifest import load_manifest
from tests.sources.conftest import Run, RunStreams, command_on, edit
from tests.sources.scenarios import TRTC_SIGN
from tests.sources.served import JAVASCRIPT_ONLY_HTML, TRTC_SIGN_HTML, as_served

VENDOR_URL = "https://www.tencentcloud.com/document/product/1211/62121"


class Vendor:
    """Pages served at ``url``: ``pages[path] = html``; anything else is a 404."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        self.requests: list[str] = []
        vendor = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                vendor.requests.append(self.path)
                body = vendor.pages.get(self.path)
                self.send_response(404 if body is None else 200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write((body or "not here").encode())

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def served() -> Iterator[Vendor]:
    """A local server standing in for the vendors, stopped after the test."""
    vendor = Vendor()
    thread = threading.Thread(target=vendor.server.serve_forever, daemon=True)
    thread.start()
    yield vendor
    vendor.server.shutdown()
    vendor.server.server_close()


@pytest.fixture
def vendor(root: Path, served: Vendor) -> Vendor:
    """The local server for the IVH page, and the manifest of ``root`` pointing at it."""
    edit(root / "spec/sources/sources.yaml", VENDOR_URL, f"{served.url}/trtc-sign")
    return served


def _capture_from_the_server(run: Run, vendor: Vendor) -> None:
    """The first fetch: the capture becomes the text of the served HTML (tables as tab-separated rows).
    The served page is shorter than the capture, with the same fields: its text changed, not its spec."""
    vendor.pages["/trtc-sign"] = TRTC_SIGN_HTML
    status, lines = run("fetch", TRTC_SIGN)
    assert status == 0
    assert f"spec/sources/{TRTC_SIGN}: written from {vendor.url}/trtc-sign" in "\n".join(lines)


STAMP = re.compile(r"(Last updated: |最近更新时间: )\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
NEWER_STAMP = "2026-12-01 08:00:00"


def serve_every_page(root: Path, vendor: Vendor) -> None:
    """Each page of the manifest of ``root`` served as the HTML page it was captured from (with a
    newer "Last updated" stamp), and that manifest pointing at the server for all of them."""
    manifest = root / "spec/sources/sources.yaml"
    pages = [page.file for page in load_manifest(root).pages]
    text, count = re.subn(
        r"(?m)^(    url: ).*$", lambda m: m[1] + "URL", manifest.read_text(encoding="utf-8")
    )
    assert count == len(pages)
    for page in pages:
        text = text.replace("URL", f"{vendor.url}/{page}", 1)
        html = as_served(read_page(root / "spec/sources" / page))
        vendor.pages[f"/{page}"] = STAMP.sub(rf"\g<1>{NEWER_STAMP}", html)
    manifest.write_text(text, encoding="utf-8")


@pytest.fixture
def every_page(root: Path, served: Vendor) -> Vendor:
    """The fixture pages served as ``serve_every_page`` serves them."""
    serve_every_page(root, served)
    return served


@pytest.mark.parametrize("pages", ["root", "repository"], ids=["fixture pages", "this repository's pages"])
def test_a_first_fetch_of_pages_as_captured_is_quiet(
    pages: str, served: Vendor, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    """Laid out by a browser's copy or by the HTML reader, the same page is the same; a newer
    "Last updated" stamp does not make it another. On the fixture pages and on this repository's
    own (their dates, names and number taken from its manifest)."""
    root: Path = request.getfixturevalue(pages)
    manifest = load_manifest(root)
    serve_every_page(root, served)
    if pages == "root":  # the fixture pages carry both kinds of stamp
        assert sum(NEWER_STAMP in html for html in served.pages.values()) == 2
    before = {path.name: path.read_bytes() for path in (root / "spec/sources").iterdir()}
    status, out, err = command_on(root, capsys)("fetch")
    assert (status, err) == (0, [])
    assert out[:-2] == [
        f"spec/sources/{page.file}: unchanged since {page.captured} ({served.url}/{page.file})"
        for page in manifest.pages
    ]
    assert out[-1].startswith(f"sources check: {len(manifest.pages)} pages agree with their specs")
    assert {path.name: path.read_bytes() for path in (root / "spec/sources").iterdir()} == before
    assert sorted(served.requests) == sorted(f"/{page.file}" for page in manifest.pages)


def test_a_change_only_in_the_text_is_written_and_shown_but_does_not_fail(
    root: Path, run_streams: RunStreams, every_page: Vendor
) -> None:
    note = "This only applies to situations where the internal TRTC account of the digital human is used."
    reworded = "This applies only where the digital human's own TRTC account is used."
    every_page.pages[f"/{TRTC_SIGN}"] = every_page.pages[f"/{TRTC_SIGN}"].replace(note, reworded)
    status, out, err = run_streams("fetch", TRTC_SIGN)
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    assert (status, err) == (0, [])
    assert out == [
        f"## {TRTC_SIGN}: what changed for the spec",
        "",
        f"From `spec/sources/{TRTC_SIGN}` (captured 2026-11-22) to <{every_page.url}/{TRTC_SIGN}>.",
        "",
        "No change the spec would see: the same endpoints, example fields, table rows and enum values. Its "
        "text differs:",
        "",
        "```diff",
        f"-{note}",
        f"+{reworded}",
        "```",
        "",
        f"spec/sources/{TRTC_SIGN}: written from {every_page.url}/{TRTC_SIGN} (captured: {today} in "
        "spec/sources/sources.yaml); only its text changed, nothing the spec sees",
        "",
        "sources check: 1 page agrees with its spec (1 operation, 2 examples, 2 tables, 0 enum lists; 0 "
        "declared differences)",
    ]
    capture = (root / "spec/sources" / TRTC_SIGN).read_text(encoding="utf-8")
    assert reworded in capture
    assert "Last updated: 2026-12-01 08:00:00" in capture


def test_an_unchanged_page_is_left_alone(root: Path, run: Run, vendor: Vendor) -> None:
    _capture_from_the_server(run, vendor)
    capture = root / "spec/sources" / TRTC_SIGN
    before = capture.read_bytes()
    status, lines = run("fetch", TRTC_SIGN)
    assert status == 0
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    assert lines[0] == f"spec/sources/{TRTC_SIGN}: unchanged since {today} ({vendor.url}/trtc-sign)"
    assert lines[-1].startswith(
        "sources check: 1 page agrees with its spec (1 operation, 2 examples, 2 tables"
    )
    assert capture.read_bytes() == before
    assert vendor.requests == ["/trtc-sign", "/trtc-sign"]


def test_a_changed_page_is_written_diffed_and_checked(root: Path, run: Run, vendor: Vendor) -> None:
    _capture_from_the_server(run, vendor)
    row = "<tr><td>ExpireTime</td><td>No</td><td>Integer</td><td>Seconds until the key expires.</td></tr>\n"
    vendor.pages["/trtc-sign"] = TRTC_SIGN_HTML.replace("</tbody>", row + "</tbody>")
    status, lines = run("fetch", TRTC_SIGN)
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    capture = (root / "spec/sources" / TRTC_SIGN).read_text(encoding="utf-8")
    assert status == 1
    assert "ExpireTime\tNo\tInteger\tSeconds until the key expires." in capture
    row_line = capture.splitlines().index("ExpireTime\tNo\tInteger\tSeconds until the key expires.") + 1
    assert lines == [
        f"## {TRTC_SIGN}: what changed for the spec",
        "",
        f"From `spec/sources/{TRTC_SIGN}` (captured {today}) to <{vendor.url}/trtc-sign>.",
        "",
        "### Table rows",
        "",
        "- `POST /v2/ivh/sessionmanager/sessionmanagerservice/gettrtcsign` request: added `ExpireTime` (an "
        f"integer, optional; line {row_line})",
        "",
        f"spec/sources/{TRTC_SIGN}: written from {vendor.url}/trtc-sign (captured: {today} in "
        "spec/sources/sources.yaml)",
        "",
        f"spec/sources/{TRTC_SIGN}:{row_line}: get_trtc_sign request table: ExpireTime is not in the spec: "
        "TrtcSignRequest "
        "(nor its Payload) has no such field, and get_trtc_sign no such parameter",
        'sources check: 1 finding in 1 file: the pages and the specs disagree (README, "Changing a spec")',
    ]
    assert f"captured: {today}" in (root / "spec/sources/sources.yaml").read_text(encoding="utf-8")


def test_a_page_that_renders_only_with_javascript_is_refused(
    root: Path, run_streams: RunStreams, vendor: Vendor
) -> None:
    capture = root / "spec/sources" / TRTC_SIGN
    before = capture.read_bytes()
    vendor.pages["/trtc-sign"] = JAVASCRIPT_ONLY_HTML
    status, out, err = run_streams("fetch", TRTC_SIGN)
    assert status == 2
    assert err == [
        f"spec/sources/{TRTC_SIGN}: {vendor.url}/trtc-sign names no endpoint, where the capture names "
        'some: the page probably renders only with JavaScript; capture it by hand (README, "Changing a spec")'
    ]
    assert out[-1].startswith("sources check: 1 page agrees with its spec")
    assert capture.read_bytes() == before


def test_a_page_that_cannot_be_fetched_is_one_line_on_stderr(
    root: Path, run_streams: RunStreams, vendor: Vendor
) -> None:
    status, out, err = run_streams("fetch", TRTC_SIGN)
    assert status == 2
    assert err == [f"spec/sources/{TRTC_SIGN}: cannot fetch {vendor.url}/trtc-sign: HTTP 404 Not Found"]
    assert out[-1].startswith("sources check: 1 page agrees with its spec")
