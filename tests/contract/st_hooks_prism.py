"""schemathesis hooks for runs against Prism (loaded with SCHEMATHESIS_HOOKS).

Two kinds of input break Prism 5.16 itself rather than testing the spec, so they are dropped:

- a raw body that claims to be JSON and is not: Prism never answers it (measured: the connection
  stays open until the client times out);
- a property name that cannot go in an HTTP header: Prism reports violations in its sl-violations
  header, whose locations quote property names, and node refuses control characters and text
  beyond Latin-1 there ("Invalid character in header content"), which crashes the process.

A third is Prism's reading of the spec rather than a break: it takes an optional query parameter
sent empty (``?locate=``) as one not sent, and so answers it without checking its schema (measured
with Prism 5.16: ``minLength`` and ``enum`` of optional parameters go unchecked for ``""``, while a
required one sent empty is a 422). Such cases are dropped here; the run against the sandbox, which
checks every parameter sent, keeps them (``in_band_rejection`` in st_hooks_sandbox.py).

Everything else, including such characters in values, still runs.
"""

from __future__ import annotations

import json
import re
from typing import Any

import schemathesis

_NOT_HEADER_SAFE = re.compile(r"[^\t\x20-\x7e\x80-\xff]")


def _names_header_safe(value: Any) -> bool:
    if isinstance(value, dict):
        return all(
            not _NOT_HEADER_SAFE.search(str(key)) and _names_header_safe(item) for key, item in value.items()
        )
    if isinstance(value, list):
        return all(_names_header_safe(item) for item in value)
    return True


def _empty_optional_query(case: schemathesis.Case) -> bool:
    """Whether the case sends an optional query parameter empty (Prism takes it as not sent)."""
    optional = {parameter.name for parameter in case.operation.query if not parameter.is_required}
    return any(value in ("", [""]) for name, value in (case.query or {}).items() if name in optional)


@schemathesis.hook
def filter_case(context: schemathesis.HookContext, case: schemathesis.Case) -> bool:
    if isinstance(case.body, bytes) and case.media_type and "json" in case.media_type:
        try:
            json.loads(case.body)
        except ValueError:
            return False
    return _names_header_safe(case.body) and not _empty_optional_query(case)
