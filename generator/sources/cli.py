"""``python -m generator sources check|diff|fetch``: the vendor pages in ``spec/sources/`` against the specs.

Exit status: 0 nothing to do; 1 findings, or (diff, fetch) a page changed what the spec sees (a
change of its text alone is shown, and written by fetch, but is 0); 2 a page, spec or the manifest
cannot be read, or (fetch) a page could not be downloaded or was refused. Findings (and diffs, summaries) go to stdout, one finding per line
as ``PATH:LINE: message``, the way compilers print them; every error, each on one line, to stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.sources.manifest import Manifest, ManifestError, PageEntry, load_manifest
from generator.sources.report import report
from generator.sources.run import run_check
from generator.targets import ROOT


class UsageError(Exception):
    """A page named on the command line that the manifest does not have."""


def select_pages(manifest: Manifest, names: Sequence[str]) -> list[PageEntry]:
    if not names:
        return list(manifest.pages)
    chosen = []
    for name in names:
        entry = manifest.page(name)
        if entry is None:
            known = ", ".join(page.file for page in manifest.pages)
            raise UsageError(f"{name}: not a page of spec/sources/sources.yaml (its pages: {known})")
        chosen.append(entry)
    return chosen


def _check(arguments: argparse.Namespace) -> int:
    manifest = load_manifest(arguments.root)
    pages = select_pages(manifest, arguments.pages)
    return report(run_check(arguments.root, manifest, pages, whole=not arguments.pages))


def _diff(arguments: argparse.Namespace) -> int:
    from generator.sources.diff import diff_files  # noqa: PLC0415 - only this command needs it

    page = None
    if arguments.page is not None:
        (page,) = select_pages(load_manifest(arguments.root), [arguments.page])
    return diff_files(arguments.root, arguments.old, arguments.new, page)


def _fetch(arguments: argparse.Namespace) -> int:
    from generator.sources.fetch import fetch_pages  # noqa: PLC0415 - httpx is needed only here

    manifest = load_manifest(arguments.root)
    return fetch_pages(arguments.root, manifest, select_pages(manifest, arguments.pages), arguments.timeout)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(add_help=False)
    root.add_argument(
        "--root",
        type=Path,
        default=ROOT,
        metavar="DIR",
        help="the repository to read (default: this one); pages are DIR/spec/sources/",
    )
    main_parser = argparse.ArgumentParser(
        prog="python -m generator sources",
        description="The vendor pages of spec/sources/ (listed in sources.yaml) against the specs.",
        epilog="Exit status: 0 nothing to do; 1 findings, or (diff, fetch) a page changed what the spec sees "
        "(endpoints, example fields, table rows, enum values; a change of text alone is shown but is 0); 2 a page, "
        "spec or the manifest cannot be read, or (fetch) a page could not be downloaded or was refused.",
    )
    commands = main_parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", parents=[root], help="what the pages say that the specs do not")
    check.add_argument("pages", nargs="*", metavar="PAGE", help="file names or paths of pages (default: all)")
    check.set_defaults(run=_check)
    diff = commands.add_parser("diff", parents=[root], help="what changed between two captures, as the spec sees it")
    diff.add_argument("old", type=Path, metavar="OLD")
    diff.add_argument("new", type=Path, metavar="NEW")
    diff.add_argument(
        "--page",
        metavar="NAME",
        help="the page of sources.yaml OLD and NEW capture (default: the one they are named after)",
    )
    diff.set_defaults(run=_diff)
    fetch = commands.add_parser("fetch", parents=[root], help="download the pages again; diff and check them")
    fetch.add_argument("pages", nargs="*", metavar="PAGE", help="file names or paths of pages (default: all)")
    fetch.add_argument("--timeout", type=float, default=30.0, metavar="S", help="per request (default 30)")
    fetch.set_defaults(run=_fetch)
    return main_parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parser().parse_args(argv)
    try:
        return int(arguments.run(arguments))
    except (ManifestError, UsageError) as error:
        print(error, file=sys.stderr)
        return 2
    except Exception as error:  # noqa: BLE001 - a maintainer's tool says what broke in one line, never a traceback
        said = " ".join(str(error).split())
        print(f"sources {arguments.command}: internal error, please report it: {type(error).__name__}: {said}",
              file=sys.stderr)  # fmt: skip
        return 2


__all__ = ["main", "select_pages"]


if __name__ == "__main__":
    sys.exit(main())
