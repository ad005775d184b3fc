"""`python -m bench [ROW...]`: run the benchmark rows and rewrite their sections of docs/benchmarks.md.

Rows: generation, requests, parsing, upload, batch, inprocess, hostile, cold, profile (default: all,
in that order);
profile is the appendix, where our own per-call time goes.
"""

from __future__ import annotations

import datetime
import re
import sys
from collections.abc import Callable

from bench import (
    batch,
    cold_start,
    generation,
    hostile_answers,
    inprocess,
    pano_upload,
    parsing,
    profiling,
    request_overhead,
)
from bench.common import ROOT, machine

DOCUMENT = ROOT / "docs" / "benchmarks.md"
ROWS: dict[str, tuple[str, Callable[[], str]]] = {
    "generation": ("1. Generation", generation.run),
    "requests": ("2. Request overhead", request_overhead.run),
    "parsing": ("3. Parsing", parsing.run),
    "upload": ("4. Upload: panoramas to S3", pano_upload.run),
    "batch": ("5. Batch: many panorama folders", batch.run),
    "inprocess": ("6. Sandbox: in-process transports vs loopback", inprocess.run),
    "hostile": ("7. Hostile answers: memory of one status call", hostile_answers.run),
    "cold": ("8. Cold start: importing the SDK", cold_start.run),
    "profile": ("Appendix: profile of our per-call work", profiling.run),
}
HEADER = """# Benchmarks

Measured by `make bench` (`python -m bench`), which installs the peers it compares against
(`requirements/bench.txt`: OpenAPI Generator's PyPI distribution with its bundled jar, aiohttp,
httpx-aiohttp, pyinstrument) and rewrites this file. Absolute times drift on shared machines;
each row runs this project and its peers side by side in one run, so read the ratios. Not part of
`make test`.
"""


def _section(name: str, title: str, body: str) -> str:
    stamp = f"{datetime.date.today().isoformat()}, {machine()}"
    return f"<!-- bench:{name} -->\n## {title}\n\nMeasured {stamp}.\n\n{body}\n<!-- /bench:{name} -->"


def _sections(text: str) -> dict[str, str]:
    """The sections of a previous run, by row."""
    found = {}
    for name in ROWS:
        match = re.search(rf"<!-- bench:{name} -->.*?<!-- /bench:{name} -->", text, re.DOTALL)
        if match:
            found[name] = match.group(0)
    return found


def main(argv: list[str]) -> int:
    wanted = argv or list(ROWS)
    unknown = [name for name in wanted if name not in ROWS]
    if unknown:
        print(f"unknown rows {unknown}; choose from {list(ROWS)}", file=sys.stderr)
        return 2
    sections = _sections(DOCUMENT.read_text(encoding="utf-8")) if DOCUMENT.exists() else {}
    for name in wanted:
        title, run = ROWS[name]
        print(f"bench: {name}...", file=sys.stderr, flush=True)
        sections[name] = _section(name, title, run())
        DOCUMENT.parent.mkdir(exist_ok=True)
        # Written after every row, in row order, so an interrupted run keeps what it measured.
        body = "".join(f"\n{sections[row]}\n" for row in ROWS if row in sections)
        DOCUMENT.write_text(HEADER + body, encoding="utf-8")
    print(f"bench: wrote {DOCUMENT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
