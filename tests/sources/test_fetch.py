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
from tests.sources.conftest import Run, RunStreams, edit
from tests.sources.fixtures import JAVASCRIPT_ONLY_HTML, TRTC_SIGN_HTML, as_served
from tests.specs import ROOT

P003 = "003_a44dd779bda9e21b.txt"
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
    status, lines = run("fetch", P003)
    assert status == 0
    assert f"spec/sources/{P003}: written from {vendor.url}/trtc-sign" in "\n".join(lines)


PAGES = sorted(path.name for path in (ROOT / "spec/sources").glob("*.txt"))
STAMPS = {
    "Last updated: 2024-07-19 10:14:53": "Last updated: 2026-12-01 08:00:00",
    "最近更新时间: 2022-09-07 17:16:18": "最近更新时间: 2026-12-01 08:00:00",
}


@pytest.fixture
def every_page(root: Path, served: Vendor) -> Vendor:
    """Each page of the manifest served as the HTML page it was captured from (a newer date stamp
    aside), and the manifest of ``root`` pointing at the server for all of them."""
    manifest = root / "spec/sources/sources.yaml"
    text, count = re.subn(
        r"(?m)^(    url: ).*$", lambda m: m[1] + "URL", manifest.read_text(encoding="utf-8")
    )
    assert count == len(PAGES)
    for page in PAGES:
        text = text.replace("URL", f"{served.url}/{page}", 1)
        served.pages[f"/{page}"] = as_served(read_page(root / "spec/sources" / page))
        for old, new in STAMPS.items():
            served.pages[f"/{page}"] = served.pages[f"/{page}"].replace(old, new)
    manifest.write_text(text, encoding="utf-8")
    return served


def test_a_first_fetch_of_pages_as_captured_is_quiet(
    root: Path, run_streams: RunStreams, every_page: Vendor
) -> None:
    """Laid out by a browser's copy or by the HTML reader, the same page is the same; a newer
    "Last updated" stamp does not make it another."""
    before = {path.name: path.read_bytes() for path in (root / "spec/sources").iterdir()}
    status, out, err = run_streams("fetch")
    assert (status, err) == (0, [])
    captured = {page.file: page.captured for page in load_manifest(root).pages}
    assert out[:-2] == [
        f"spec/sources/{page}: unchanged since {captured[page]} ({every_page.url}/{page})" for page in PAGES
    ]
    assert out[-1].startswith(f"sources check: {len(PAGES)} pages agree with their specs")
    assert {path.name: path.read_bytes() for path in (root / "spec/sources").iterdir()} == before
    assert sorted(every_page.requests) == [f"/{page}" for page in PAGES]


def test_a_change_only_in_the_text_is_written_and_shown_but_does_not_fail(
    root: Path, run_streams: RunStreams, every_page: Vendor
) -> None:
    note = "This only applies to situations where the internal TRTC account of the digital human is used."
    reworded = "This applies only where the digital human's own TRTC account is used."
    every_page.pages[f"/{P003}"] = every_page.pages[f"/{P003}"].replace(note, reworded)
    status, out, err = run_streams("fetch", P003)
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    assert (status, err) == (0, [])
    assert out == [
        f"## {P003}: what changed for the spec",
        "",
        f"From `spec/sources/{P003}` (captured 2026-11-22) to <{every_page.url}/{P003}>.",
        "",
        "No change the spec would see: the same endpoints, example fields, table rows and enum values. Its "
        "text differs:",
        "",
        "```diff",
        f"-{note}",
        f"+{reworded}",
        "```",
        "",
        f"spec/sources/{P003}: written from {every_page.url}/{P003} (captured: {today} in "
        "spec/sources/sources.yaml); only its text changed, nothing the spec sees",
        "",
        "sources check: 1 page agrees with its spec (1 operation, 2 examples, 2 tables, 0 enum lists; 0 "
        "declared differences)",
    ]
    capture = (root / "spec/sources" / P003).read_text(encoding="utf-8")
    assert reworded in capture
    assert "Last updated: 2026-12-01 08:00:00" in capture


def test_an_unchanged_page_is_left_alone(root: Path, run: Run, vendor: Vendor) -> None:
    _capture_from_the_server(run, vendor)
    capture = root / "spec/sources" / P003
    before = capture.read_bytes()
    status, lines = run("fetch", P003)
    assert status == 0
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    assert lines[0] == f"spec/sources/{P003}: unchanged since {today} ({vendor.url}/trtc-sign)"
    assert lines[-1].startswith(
        "sources check: 1 page agrees with its spec (1 operation, 2 examples, 2 tables"
    )
    assert capture.read_bytes() == before
    assert vendor.requests == ["/trtc-sign", "/trtc-sign"]


def test_a_changed_page_is_written_diffed_and_checked(root: Path, run: Run, vendor: Vendor) -> None:
    _capture_from_the_server(run, vendor)
    row = "<tr><td>ExpireTime</td><td>No</td><td>Integer</td><td>Seconds until the key expires.</td></tr>\n"
    vendor.pages["/trtc-sign"] = TRTC_SIGN_HTML.replace("</tbody>", row + "</tbody>")
    status, lines = run("fetch", P003)
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    capture = (root / "spec/sources" / P003).read_text(encoding="utf-8")
    assert status == 1
    assert "ExpireTime\tNo\tInteger\tSeconds until the key expires." in capture
    row_line = capture.splitlines().index("ExpireTime\tNo\tInteger\tSeconds until the key expires.") + 1
    assert lines == [
        f"## {P003}: what changed for the spec",
        "",
        f"From `spec/sources/{P003}` (captured {today}) to <{vendor.url}/trtc-sign>.",
        "",
        "### Table rows",
        "",
        "- `POST /v2/ivh/sessionmanager/sessionmanagerservice/gettrtcsign` request: added `ExpireTime` (an "
        f"integer, optional; line {row_line})",
        "",
        f"spec/sources/{P003}: written from {vendor.url}/trtc-sign (captured: {today} in "
        "spec/sources/sources.yaml)",
        "",
        f"spec/sources/{P003}:{row_line}: get_trtc_sign request table: ExpireTime is not in the spec: "
        "TrtcSignRequest "
        "(nor its Payload) has no such field, and get_trtc_sign no such parameter",
        'sources check: 1 finding in 1 file: the pages and the specs disagree (README, "Changing a spec")',
    ]
    assert f"captured: {today}" in (root / "spec/sources/sources.yaml").read_text(encoding="utf-8")


def test_a_page_that_renders_only_with_javascript_is_refused(
    root: Path, run_streams: RunStreams, vendor: Vendor
) -> None:
    capture = root / "spec/sources" / P003
    before = capture.read_bytes()
    vendor.pages["/trtc-sign"] = JAVASCRIPT_ONLY_HTML
    status, out, err = run_streams("fetch", P003)
    assert status == 2
    assert err == [
        f"spec/sources/{P003}: {vendor.url}/trtc-sign names no endpoint, where the capture names some: the "
        'page probably renders only with JavaScript; capture it by hand (README, "Changing a spec")'
    ]
    assert out[-1].startswith("sources check: 1 page agrees with its spec")
    assert capture.read_bytes() == before


def test_a_page_that_cannot_be_fetched_is_one_line_on_stderr(
    root: Path, run_streams: RunStreams, vendor: Vendor
) -> None:
    status, out, err = run_streams("fetch", P003)
    assert status == 2
    assert err == [f"spec/sources/{P003}: cannot fetch {vendor.url}/trtc-sign: HTTP 404 Not Found"]
    assert out[-1].startswith("sources check: 1 page agrees with its spec")
