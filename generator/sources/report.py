"""Prints what a check found: the findings, one per line, and a one-line summary, on stdout (as
compilers do); what could not be read goes to stderr, with the other errors."""

from __future__ import annotations

import sys

from generator.findings import print_findings
from generator.sources.run import CheckResult


def counted(number: int, noun: str) -> str:
    """``1 finding``, ``2 findings``: a number and its noun, plural unless one."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def report(result: CheckResult) -> int:
    """Print a check's findings, or its one-line summary; its exit status."""
    count = print_findings(result.findings)
    for line in result.unreadable:
        print(line, file=sys.stderr)
    tally = result.tally
    if result.unreadable:
        return 2
    if count:
        files = len({finding.path for finding in result.findings})
        print(
            f"sources check: {counted(count, 'finding')} in {counted(files, 'file')}: the pages and the specs "
            'disagree (README, "Changing a spec")'
        )
        return 1
    print(
        f"sources check: {counted(tally.pages, 'page')} {'agrees with its spec' if tally.pages == 1 else 'agree with their specs'} "
        f"({counted(tally.operations, 'operation')}, "
        f"{counted(tally.examples, 'example')}, {counted(tally.tables, 'table')}, {counted(tally.listings, 'enum list')}; "
        f"{counted(tally.differences, 'declared difference')}{', each with its reason' if tally.differences else ''})"
    )
    return 0


__all__ = ["counted", "report"]
