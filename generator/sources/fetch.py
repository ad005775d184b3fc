"""``sources fetch [PAGE ...]``: download each page from its manifest URL and take in what changed.

A page is read the way ``check`` reads captures (an HTML page through the HTML reader; a ``.txt``
capture is written as the text of that reading), and compared with its capture as read by the same
reader: what the spec sees (``diff``: endpoints, example fields, table rows, enum values) and the
text (``content``: with layout, bullets and "Last updated" stamps taken out). A page the same on
both counts is left alone, however differently its capture was laid out (by a browser's copy, say);
otherwise the capture is rewritten, its ``captured`` date in the manifest moved to today, and what
changed printed. Then the check of the fetched pages. A page that names no endpoint where its
capture names some is refused: it most likely renders only with JavaScript (README says how to
capture those by hand).

Exit status: 0 nothing the spec sees changed and the check is clean; 1 a page changed what the spec
sees, or the check has findings; 2 a page could not be fetched or was refused. A change of text
alone (wording, navigation, a footer) is written and shown but exits 0: the job that runs fetch on a
schedule fails when the spec may have to follow, not whenever a vendor edits a sentence. A changed
example value is text here, and a finding of the check (not embedded as printed) there.
"""

from __future__ import annotations

import datetime
import enum
import sys
from collections.abc import Sequence
from pathlib import Path

import httpx

from generator.sources.diff import diff_documents
from generator.sources.document import Document, PageError, parse_page, read_page
from generator.sources.manifest import MANIFEST, SOURCES, Manifest, PageEntry, load_manifest
from generator.sources.report import report
from generator.sources.run import run_check
from generator.sources.view import view_page

USER_AGENT = "vrlive-sdk sources fetch (maintainers' docs check; see README)"


class Outcome(enum.Enum):
    UNCHANGED = "unchanged"
    TEXT_CHANGED = "its text changed"
    CHANGED = "what the spec sees changed"
    FAILED = "failed"


def _looks_like_html(response: httpx.Response) -> bool:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return kind in {"text/html", "application/xhtml+xml"} or response.text.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    )


def capture_text(file: str, response: httpx.Response) -> str:
    """What to store for a downloaded page: the text of an HTML page for a ``.txt`` capture, the
    body as served for ``.html`` and ``.md`` captures."""
    if Path(file).suffix.lower() == ".txt" and _looks_like_html(response):
        return parse_page(Path("page.html"), response.text).to_text()
    return response.text


def _set_captured(root: Path, entry: PageEntry, today: str) -> None:
    """Move the page's ``captured`` date in the manifest, touching nothing else of the file."""
    path = root / MANIFEST
    lines = path.read_text(encoding="utf-8").split("\n")
    index = entry.captured_line - 1
    if 0 <= index < len(lines) and lines[index].lstrip().startswith("captured:"):
        indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
        lines[index] = f"{indent}captured: {today}"
        path.write_text("\n".join(lines), encoding="utf-8")


def _why_not(error: httpx.HTTPError) -> str:
    """One line for a failed download (httpx's own text for a status error runs over two)."""
    if isinstance(error, httpx.HTTPStatusError):
        return f"HTTP {error.response.status_code} {error.response.reason_phrase}".rstrip()
    return " ".join(str(error).split()) or type(error).__name__


def _fetch_one(client: httpx.Client, root: Path, entry: PageEntry) -> Outcome:
    try:
        response = client.get(entry.url)
        response.raise_for_status()
    except httpx.HTTPError as error:
        print(f"{entry.path}: cannot fetch {entry.url}: {_why_not(error)}", file=sys.stderr)
        return Outcome.FAILED
    path = root / SOURCES / entry.file
    new_text = capture_text(entry.file, response)
    new = parse_page(path, new_text)
    try:
        old = read_page(path)
    except PageError:
        old = Document(path, ())
    sections = [section.heading for section in entry.sections]
    if not view_page(new, sections).endpoints and view_page(old, sections).endpoints:
        print(
            f"{entry.path}: {entry.url} names no endpoint, where the capture names some: the page probably "
            'renders only with JavaScript; capture it by hand (README, "Changing a spec")',
            file=sys.stderr,
        )
        return Outcome.FAILED
    changes = diff_documents(
        old, new, sections, entry.file, f"`{entry.path}` (captured {entry.captured})", f"<{entry.url}>"
    )
    if not changes.changed and not changes.text_changed:
        print(f"{entry.path}: unchanged since {entry.captured} ({entry.url})")
        return Outcome.UNCHANGED
    print(changes.markdown)
    path.write_text(new_text, encoding="utf-8")
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    _set_captured(root, entry, today)
    only_text = "" if changes.changed else "; only its text changed, nothing the spec sees"
    print(f"{entry.path}: written from {entry.url} (captured: {today} in {MANIFEST}){only_text}")
    return Outcome.CHANGED if changes.changed else Outcome.TEXT_CHANGED


def fetch_pages(root: Path, manifest: Manifest, pages: Sequence[PageEntry], timeout: float) -> int:
    """Fetch ``pages``, print what changed and the check of them; the exit status."""
    headers = {"User-Agent": USER_AGENT}
    with httpx.Client(timeout=timeout, follow_redirects=True, headers=headers) as client:
        outcomes = [_fetch_one(client, root, entry) for entry in pages]
    manifest = load_manifest(root)  # the captured dates may have moved
    fetched = [entry for entry in manifest.pages if entry.file in {page.file for page in pages}]
    print()
    checked = report(run_check(root, manifest, fetched, whole=False))
    if Outcome.FAILED in outcomes or checked == 2:
        return 2
    return 1 if Outcome.CHANGED in outcomes or checked == 1 else 0


__all__ = ["capture_text", "fetch_pages"]
