"""mkdocs hook: ``<!-- operations: realsee -->`` in a page becomes the table of that spec's operations.

The table (resource, method and the iterator over its pages if it has one, HTTP method and path,
summary) is read from the spec at build time, so the reference can never list an operation the
spec does not have, or miss one.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from vrlive_core.openapi import load

ROOT = Path(__file__).resolve().parents[1]
MARKER = re.compile(r"<!-- operations: (\w+) -->")
METHODS = ("get", "put", "post", "delete", "patch")


def operations_table(spec_name: str) -> str:
    document = load(ROOT / "spec" / f"{spec_name}.yaml")
    rows = ["| call | HTTP | what it does |", "|---|---|---|"]
    for path, item in document["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            tag = operation["tags"][0]
            call = f"`{spec_name}.{tag}.{operation['operationId']}(...)`"
            paging = operation.get("x-pagination")
            if isinstance(paging, dict) and "iterator" in paging:  # and the iterator over its pages
                call += f"<br>every page: `{spec_name}.{tag}.{paging['iterator']}(...)`"
            summary = str(operation.get("summary", "")).replace("|", "\\|")
            rows.append(f"| {call} | `{method.upper()} {path}` | {summary} |")
    return "\n".join(rows)


def on_page_markdown(markdown: str, **_: Any) -> str:
    return MARKER.sub(lambda found: operations_table(found[1]), markdown)
