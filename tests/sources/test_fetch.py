"""``sources fetch`` against a local HTTP server standing in for the vendor (127.0.0.1 only)."""

from __future__ import annotations

import datetime
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sources.conftest import Run, RunStreams, edit
from tests.sources.fixtures import JAVASCRIPT_ONLY_HTML, TRTC_SIGN_HTML

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
def vendor(root: Path) -> Iterator[Vendor]:
    """A local server for the IVH page, and the manifest of ``root`` pointing at it."""
    served = Vendor()
    thread = threading.Thread(target=served.server.serve_forever, daemon=True)
    thread.start()
    edit(root / "spec/sources/sources.yaml", VENDOR_URL, f"{served.url}/trtc-sign")
    yield served
    served.server.shutdown()
    served.server.server_close()


def _capture_from_the_server(run: Run, vendor: Vendor) -> None:
    """The first fetch: the capture becomes the text of the served HTML (tables as tab-separated rows)."""
    vendor.pages["/trtc-sign"] = TRTC_SIGN_HTML
    status, lines = run("fetch", P003)
    assert status == 1
    assert f"spec/sources/{P003}: written from {vendor.url}/trtc-sign" in "\n".join(lines)


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
