"""Prints what a check found: the findings, one per line, and a one-line summary."""

from __future__ import annotations

from generator.findings import print_findings
from generator.sources.check import CheckResult


def report(result: CheckResult) -> int:
    """Print a check's findings, or its one-line summary; its exit status."""
    count = print_findings(result.findings)
    for line in result.unreadable:
        print(line)
    tally = result.tally
    if result.unreadable:
        return 2
    if count:
        pages = len({finding.path for finding in result.findings})
        print(
            f"sources check: {count} finding{'s' if count != 1 else ''} in {pages} file{'s' if pages != 1 else ''}: "
            'the pages and the specs disagree (README, "Changing a spec")'
        )
        return 1
    print(
        f"sources check: {tally.pages} pages agree with their specs ({tally.operations} operations, "
        f"{tally.examples} examples, {tally.tables} tables, {tally.listings} enum lists; "
        f"{tally.differences} declared differences, each with its reason)"
    )
    return 0


__all__ = ["report"]
