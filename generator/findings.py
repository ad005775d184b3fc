"""Problems found in a file, printed the way compilers and ruff print them: ``PATH:LINE[:COL]: message``.

The spec preflight (``python -m generator preflight``) and the vendor-page checks
(``python -m generator sources check``) report through this one type, so editors and CI annotate
both the same way. Lines and columns count from 1; a finding about a whole file has neither.

A finding is an error (the default) or a warning; a warning says so after its place
(``PATH:LINE:COL: warning: message``), as compilers print theirs. Warnings name what generation
leaves out or names for you (an operation without operationId); they fail generation unless it is
asked to go ahead (``--allow-warnings``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Literal, TextIO

from attrs import frozen

Severity = Literal["error", "warning"]


@frozen(order=True)
class Finding:
    """One problem at one place of a file.

    Attributes:
        path: The file, relative to the repository root where it lies inside it (``spec/realsee.yaml``).
        line: Its line (from 1), or None for the file as a whole.
        column: Its column (from 1), or None when only the line is known.
        message: What is wrong there, and when it can be said, what to do about it.
        severity: ``"error"``, or ``"warning"`` for what generation can go on without.
    """

    path: str
    line: int | None
    column: int | None
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        place = self.path
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return f"{place}: warning: {self.message}" if self.severity == "warning" else f"{place}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def print_findings(findings: Iterable[Finding], stream: TextIO | None = None) -> int:
    """Print each finding on its own line, in file and line order, once; how many there were."""
    unique = sorted(set(findings), key=lambda f: (f.path, f.line or 0, f.column or 0, f.message))
    out = sys.stdout if stream is None else stream
    for finding in unique:
        print(finding, file=out)
    return len(unique)


__all__ = ["Finding", "Severity", "print_findings"]
