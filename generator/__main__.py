"""``python -m generator generate|check|preflight|diff``: render the clients of this repository's
specs (the targets of ``generator/targets.yaml``), or of any OpenAPI document.

- ``generate [TARGET...]`` renders the targets into ``generated/`` (with ``--output DIR``, into
  ``DIR/<package>``); ``check [TARGET...]`` renders them into a temporary folder and fails,
  listing every file, when ``generated/`` differs; ``preflight [TARGET...]`` only checks the specs;
  ``diff [--base REF] [--fail-on breaking] [--changelog]`` says what changed since ``REF`` for code
  that uses the generated packages (:mod:`generator.diff`).
- ``--spec PATH --package NAME --output DIR`` does the same for one document anywhere on disk
  (YAML or JSON, OpenAPI 3.0 or 3.1), with the defaults of ``targets.yaml`` and, with
  ``--config FILE``, openapi-python-client's options over them: ``generate`` writes
  ``DIR/NAME``, ``check`` compares it with a fresh rendering, ``diff`` compares it with the
  document and package at a git ref of the repository they are in.

Every command checks the specs first (:mod:`generator.preflight`): its findings are printed as
``FILE:LINE:COL: message``. Any error, or any warning without ``--allow-warnings`` (what
openapi-python-client would leave out, an operation without operationId), stops it: nothing is
written and the exit status is 2. With ``--allow-warnings`` the warnings are printed and
generation leaves out what they name, as openapi-python-client does.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from generator import diff
from generator.extensions import SpecError
from generator.findings import Finding, print_findings
from generator.preflight import preflight
from generator.render import GenerationError, render
from generator.targets import ROOT, Target, document_target, load_targets, select, shown_path
from vrlive_core.openapi import DocumentSyntaxError, load


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


def generate(targets: list[Target], output: Path | None = None) -> list[Finding]:
    """Render every target, then replace each output folder (all or nothing); the warnings of
    what was left out."""
    warnings: list[Finding] = []
    with tempfile.TemporaryDirectory(prefix="vrlive-generate-") as scratch:
        rendered = []
        for target in targets:
            destination = Path(scratch) / target.package
            warnings += render(target, destination)
            rendered.append((target, destination))
        for target, destination in rendered:
            final = target.output if output is None else output / target.package
            shutil.rmtree(final, ignore_errors=True)
            final.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(destination, final)
            print(f"generated {shown_path(final)} from {target.shown}")
    return warnings


def check(targets: list[Target], show_diff: bool) -> bool:
    clean = True
    with tempfile.TemporaryDirectory(prefix="vrlive-check-") as scratch:
        for target in targets:
            destination = Path(scratch) / target.package
            render(target, destination)
            output = shown_path(target.output)
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
    house = all(target.house_rules for target in targets)
    if clean:
        if house:
            print(f"generated/ matches spec/ and generator/ ({len(targets)} targets)")
        else:
            print(", ".join(f"{shown_path(t.output)} matches {t.shown}" for t in targets))
    elif house:
        print("generated/ is out of date: run `make generate` and commit spec, templates and output together")
    else:
        print("the package is out of date: run `python -m generator generate` with the same arguments")
    return clean


def specs_are_sound(
    targets: list[Target], *, allow_enum_moves: bool = False, allow_warnings: bool = False
) -> list[Finding] | None:
    """Run the preflight: its warnings when generation may go ahead (to print with what generation
    finds), else None, its findings printed (stderr)."""
    findings = preflight(targets, allow_enum_moves=allow_enum_moves)
    if not any(finding.is_error for finding in findings) and (allow_warnings or not findings):
        return findings
    print_findings(findings, sys.stderr)
    print(_refusal(findings), file=sys.stderr)
    return None


def _refusal(findings: list[Finding]) -> str:
    unique = set(findings)
    errors = sum(finding.is_error for finding in unique)
    warnings = len(unique) - errors
    counted = []
    if errors:
        counted.append(f"{errors} problem{'s' if errors != 1 else ''}")
    if warnings:
        counted.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    files = sorted({finding.path for finding in unique})
    text = f"spec preflight: {' and '.join(counted)} in {', '.join(files)}; nothing was generated"
    if warnings and not errors:
        text += " (--allow-warnings generates the rest, leaving out what the warnings name)"
    return text


def report_changes(targets: list[Target], arguments: argparse.Namespace) -> int:
    """``diff``: print what changed since ``--base``; 1 for breaking changes with ``--fail-on``."""
    try:
        root = ROOT if arguments.spec is None else _repository_of(targets[0].spec)
        if arguments.changelog and root != ROOT:
            raise diff.DiffError(f"--changelog writes this repository's {diff.CHANGELOG}; leave it out with --spec")
        reports = diff.compare(targets, arguments.base, root)
    except diff.DiffError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if arguments.summary:
        print(diff.summary(reports, arguments.base))
    else:
        version = diff.project_version() if root == ROOT else None  # another project's version is its own
        text = diff.markdown(reports, arguments.base, version, root)
        print(text, end="")
        if arguments.changelog:
            since = diff.git("rev-parse", "--short", f"{arguments.base}^{{commit}}").strip()
            diff.write_changelog(reports, since, diff.project_version(), ROOT / diff.CHANGELOG)
            print(f"wrote the report into {diff.CHANGELOG} (Unreleased)")
    breaking = any(report.breaking for report in reports)
    return 1 if breaking and arguments.fail_on == "breaking" else 0


def _repository_of(path: Path) -> Path:
    """The root of the git repository holding ``path`` (diff compares with a ref of it)."""
    result = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], cwd=path.parent, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise diff.DiffError(f"{shown_path(path)} is not in a git repository: diff compares with a git ref")
    return Path(result.stdout.strip()).resolve()


def _document_targets(arguments: argparse.Namespace) -> list[Target]:
    """The target of ``--spec PATH --package NAME --output DIR [--config FILE]``."""
    if arguments.targets:
        raise ValueError(f"give targets ({' '.join(arguments.targets)}) or --spec, not both")
    spec: Path = arguments.spec
    if not spec.is_file():
        raise ValueError(f"--spec {spec}: no such file")
    config: dict[str, object] = {}
    if arguments.config is not None:
        try:
            config = yaml.safe_load(arguments.config.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as error:
            raise ValueError(f"--config {arguments.config}: {error}") from None
        if not isinstance(config, dict):
            raise ValueError(f"--config {arguments.config}: not a mapping of openapi-python-client options")
    package = arguments.package or _default_package(spec)
    if not package.isidentifier():
        raise ValueError(f"--package {package!r} is not a Python package name (such as my_api_client)")
    return [document_target(spec, package, getattr(arguments, "output", None) or Path.cwd(), config)]


def _default_package(spec: Path) -> str:
    """openapi-python-client's name for a document's package: its title in snake case, ``_client``."""
    from openapi_python_client.strings import snake_case  # noqa: PLC0415 - only without --package

    try:
        document = load(spec)
    except (OSError, UnicodeDecodeError, DocumentSyntaxError):
        document = None
    info = document.get("info") if isinstance(document, dict) else None
    title = info.get("title") if isinstance(info, dict) else None
    if not isinstance(title, str) or not snake_case(title):
        raise ValueError(f"--spec {spec}: give --package (the document has no info.title to name it after)")
    return f"{snake_case(title)}_client"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "check the specs, then render the clients into generated/ (or --output)"),
        ("check", "fail when generated/ (or --output) differs from a fresh rendering"),
        ("preflight", "only check the specs (every problem, with its line)"),
        ("diff", "what changed since a git ref for users of the generated packages (Markdown)"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("targets", nargs="*", metavar="TARGET", help="target names of targets.yaml (default: all)")
        document = command.add_argument_group("any document (instead of targets)")
        document.add_argument("--spec", type=Path, metavar="PATH", help="an OpenAPI 3.0 or 3.1 document, YAML or JSON")
        document.add_argument(
            "--package",
            metavar="NAME",
            help="the package to generate (default: the document's title, as my_api_client)",
        )
        document.add_argument(
            "--config",
            type=Path,
            metavar="FILE",
            help="openapi-python-client options (its config-file format) over the defaults of targets.yaml",
        )
        if name != "diff":
            command.add_argument(
                "--allow-warnings",
                action="store_true",
                help="print warnings (what openapi-python-client leaves out, names it makes up) and generate the rest",
            )
        if name in ("generate", "check", "diff"):
            command.add_argument(
                "--output",
                type=Path,
                metavar="DIR",
                help="the folder holding the package: DIR/<package> (default with --spec: the working folder)",
            )
        if name == "check":
            command.add_argument("--diff", action="store_true", help="print a unified diff of each file")
        if name == "generate":
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
    return _run(arguments)


def _run(arguments: argparse.Namespace) -> int:
    warnings: list[Finding] = []
    try:
        if arguments.spec is not None:
            targets = _document_targets(arguments)
            output = None
        else:
            if arguments.package is not None or arguments.config is not None:
                raise ValueError("--package and --config go with --spec")
            targets = select(load_targets(), arguments.targets)
            output = getattr(arguments, "output", None)
            if output is not None and arguments.command != "generate":
                targets = [document_target(t.spec, t.package, output, t.config) for t in targets]
        if arguments.command == "diff":
            return report_changes(targets, arguments)
        sound = specs_are_sound(
            targets,
            allow_enum_moves=getattr(arguments, "allow_enum_moves", False),
            allow_warnings=arguments.allow_warnings,
        )
        if sound is None:
            return 2
        warnings = sound
        if arguments.command == "preflight":
            print_findings(warnings, sys.stderr)
            what = "sound" if not warnings else f"sound but for {len(set(warnings))} warning(s)"
            print(f"spec preflight: {', '.join(target.shown for target in targets)} {what}")
            return 0
        if arguments.command == "generate":
            warnings += generate(targets, output)
            print_findings(warnings, sys.stderr)
            return 0
        clean = check(targets, arguments.diff)
        print_findings(warnings, sys.stderr)
        return 0 if clean else 1
    except GenerationError as error:
        print_findings([*warnings, *error.findings], sys.stderr)
        print(f"generation failed: {len(set(error.findings))} problem(s); nothing was generated", file=sys.stderr)
        return 2
    except (SpecError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
