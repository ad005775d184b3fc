"""``python -m generator generate [TARGET...]`` renders the clients into ``generated/`` (or, with
``--output DIR``, into ``DIR/<package>``); ``python -m generator check [TARGET...]`` renders them
into a temporary folder and fails, listing every file, when ``generated/`` differs;
``python -m generator preflight [TARGET...]`` only checks the specs; ``python -m generator diff
[--base REF] [--fail-on breaking] [--changelog]`` says what changed since ``REF`` for code that
uses the generated packages (:mod:`generator.diff`).

Every command checks the specs first (:mod:`generator.preflight`): when any has a problem, all of
them are printed as ``spec/FILE.yaml:LINE:COL: message``, nothing is written and the exit
status is 2.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import sys
import tempfile
from pathlib import Path

from generator import diff
from generator.extensions import SpecError
from generator.findings import print_findings
from generator.preflight import preflight
from generator.render import GenerationError, render
from generator.targets import ROOT, Target, load_targets, select


def _files(root: Path) -> dict[str, Path]:
    return {
        path.relative_to(root).as_posix(): path
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def differences(expected: Path, actual: Path) -> list[tuple[str, str]]:
    """``(file, how)`` for every file that differs between two package folders."""
    wanted, found = _files(expected), _files(actual)
    problems = []
    for name in sorted(wanted.keys() | found.keys()):
        if name not in found:
            problems.append((name, "missing"))
        elif name not in wanted:
            problems.append((name, "not generated (stale or hand-made)"))
        elif wanted[name].read_bytes() != found[name].read_bytes():
            problems.append((name, "differs"))
    return problems


def generate(targets: list[Target], output: Path | None = None) -> None:
    """Render every target, then replace each output folder (all or nothing)."""
    with tempfile.TemporaryDirectory(prefix="vrlive-generate-") as scratch:
        rendered = []
        for target in targets:
            destination = Path(scratch) / target.package
            render(target, destination)
            rendered.append((target, destination))
        for target, destination in rendered:
            final = target.output if output is None else output / target.package
            shutil.rmtree(final, ignore_errors=True)
            final.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(destination, final)
            shown = final.relative_to(ROOT) if final.is_relative_to(ROOT) else final
            print(f"generated {shown} from {target.spec.relative_to(ROOT)}")


def check(targets: list[Target], show_diff: bool) -> bool:
    clean = True
    with tempfile.TemporaryDirectory(prefix="vrlive-check-") as scratch:
        for target in targets:
            destination = Path(scratch) / target.package
            render(target, destination)
            output = target.output.relative_to(ROOT)
            for name, how in differences(destination, target.output):
                clean = False
                print(f"{output}/{name}: {how}")
                if show_diff and how == "differs":
                    sys.stdout.writelines(
                        difflib.unified_diff(
                            (target.output / name).read_text(encoding="utf-8").splitlines(keepends=True),
                            (destination / name).read_text(encoding="utf-8").splitlines(keepends=True),
                            f"committed/{output}/{name}",
                            f"regenerated/{output}/{name}",
                        )
                    )
    if clean:
        print(f"generated/ matches spec/ and generator/ ({len(targets)} targets)")
    else:
        print("generated/ is out of date: run `make generate` and commit spec, templates and output together")
    return clean


def specs_are_sound(targets: list[Target], *, allow_enum_moves: bool = False) -> bool:
    """Run the preflight; print its findings (stderr) and say whether generation may go ahead."""
    findings = preflight(targets, allow_enum_moves=allow_enum_moves)
    if not findings:
        return True
    count = print_findings(findings, sys.stderr)
    files = sorted({finding.path for finding in findings})
    print(
        f"spec preflight: {count} problem{'s' if count != 1 else ''} in {', '.join(files)}; nothing was generated",
        file=sys.stderr,
    )
    return False


def report_changes(targets: list[Target], arguments: argparse.Namespace) -> int:
    """``diff``: print what changed since ``--base``; 1 for breaking changes with ``--fail-on``."""
    try:
        reports = diff.compare(targets, arguments.base)
    except diff.DiffError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if arguments.summary:
        print(diff.summary(reports, arguments.base))
    else:
        text = diff.markdown(reports, arguments.base, diff.project_version())
        print(text, end="")
        if arguments.changelog:
            since = diff.git("rev-parse", "--short", f"{arguments.base}^{{commit}}").strip()
            diff.write_changelog(reports, since, diff.project_version(), ROOT / diff.CHANGELOG)
            print(f"wrote the report into {diff.CHANGELOG} (Unreleased)")
    breaking = any(report.breaking for report in reports)
    return 1 if breaking and arguments.fail_on == "breaking" else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "check the specs, then render the clients into generated/"),
        ("check", "fail when generated/ differs from a fresh rendering"),
        ("preflight", "only check the specs (every problem, with its line)"),
        ("diff", "what changed since a git ref for users of the generated packages (Markdown)"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("targets", nargs="*", metavar="TARGET", help="target names (default: all)")
        if name == "check":
            command.add_argument("--diff", action="store_true", help="print a unified diff of each file")
        if name == "generate":
            command.add_argument(
                "--output", type=Path, metavar="DIR", help="render into DIR/<package> instead (benchmarks)"
            )
            command.add_argument(
                "--allow-enum-moves",
                action="store_true",
                help="accept enum members that moved to another value (the vendor renumbered them)",
            )
        if name == "diff":
            command.add_argument("--base", default="HEAD", metavar="REF", help="the git ref to compare with (HEAD)")
            command.add_argument(
                "--fail-on", choices=["breaking"], help="exit 1 when a change breaks code using the packages"
            )
            command.add_argument(
                "--changelog", action="store_true", help=f"write the report into {diff.CHANGELOG}'s Unreleased section"
            )
            command.add_argument("--summary", action="store_true", help="one line per package instead of Markdown")
    sources = commands.add_parser(
        "sources",
        help="check|diff|fetch the vendor pages in spec/sources/ against the specs",
        add_help=False,
        prefix_chars="\0",  # every argument, --help too, is the sources command's own
    )
    sources.add_argument("arguments", nargs=argparse.REMAINDER)
    arguments = parser.parse_args(argv)
    if arguments.command == "sources":
        from generator.sources.cli import main as sources_main  # noqa: PLC0415 - its own dependencies

        return sources_main(arguments.arguments)
    try:
        targets = select(load_targets(), arguments.targets)
        if arguments.command == "diff":
            return report_changes(targets, arguments)
        if not specs_are_sound(targets, allow_enum_moves=getattr(arguments, "allow_enum_moves", False)):
            return 2
        if arguments.command == "preflight":
            print(f"spec preflight: {', '.join(str(t.spec.relative_to(ROOT)) for t in targets)} sound")
            return 0
        if arguments.command == "generate":
            generate(targets, arguments.output)
            return 0
        return 0 if check(targets, arguments.diff) else 1
    except (SpecError, GenerationError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
