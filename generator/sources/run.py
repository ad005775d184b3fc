"""Checking a repository's pages: load the specs, read each page and check it, and add what is
wrong with the manifest as a whole. What cannot be read is reported, never raised."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from attrs import frozen

from generator.findings import Finding
from generator.sources.check import Tally, check_page
from generator.sources.document import Document, PageError, read_page
from generator.sources.examples import Example
from generator.sources.manifest import MANIFEST, SOURCES, Elsewhere, Manifest, PageEntry
from generator.sources.spec_index import Spec, SpecUnreadable, load_spec
from generator.sources.view import view_page


def manifest_findings(root: Path, manifest: Manifest, specs: Mapping[str, Spec]) -> list[Finding]:
    """What is wrong with the manifest as a whole: unknown operations and schemas, and operations of
    a spec that no page documents and ``elsewhere`` does not account for."""
    findings = list(manifest.problems)
    accounted: dict[str, set[str]] = {}
    entries: list[PageEntry | Elsewhere] = [*manifest.pages, *manifest.elsewhere]
    for entry in entries:
        spec = specs.get(entry.spec)
        for name, line in entry.operations:
            accounted.setdefault(entry.spec, set()).add(name)
            if spec is not None and name not in spec.operations:
                findings.append(Finding(MANIFEST, line, None, f"{name} is not an operation of {entry.spec}"))
    for page in manifest.pages:
        spec = specs.get(page.spec)
        for section in page.sections:
            if spec is not None and spec.component(section.schema) is None:
                findings.append(
                    Finding(
                        MANIFEST,
                        section.line,
                        None,
                        f"section {section.heading!r}: {page.spec} has no schema {section.schema}",
                    )
                )
    for path, spec in sorted(specs.items()):
        for name, operation in spec.operations.items():
            if name not in accounted.get(path, set()):
                findings.append(
                    Finding(
                        MANIFEST,
                        manifest.elsewhere_line,
                        None,
                        f"{name} ({operation.endpoint}) of {path} is on no page of the manifest nor "
                        "under elsewhere: capture its page and list it there, or list it under "
                        "elsewhere with its source",
                    )
                )
    return findings


@frozen
class CheckResult:
    findings: tuple[Finding, ...]
    unreadable: tuple[str, ...]
    """One line per page or spec that could not be read (``PATH: cannot read: why``)."""
    tally: Tally


def spec_files(root: Path, manifest: Manifest) -> list[str]:
    """The specs a check holds to the manifest: those it names and every ``spec/*.yaml``."""
    return sorted(set(manifest.specs()) | {f"spec/{path.name}" for path in (root / "spec").glob("*.yaml")})


def run_check(
    root: Path,
    manifest: Manifest,
    pages: Sequence[PageEntry],
    whole: bool,
    documents: Mapping[str, Document] | None = None,
) -> CheckResult:
    """Check ``pages`` (and, when ``whole``, the manifest itself); ``documents`` may hold pages
    already read, by file name (fetch checks what it downloaded before writing it)."""
    specs: dict[str, Spec] = {}
    unreadable: list[str] = []
    for path in spec_files(root, manifest) if whole else sorted({page.spec for page in pages}):
        try:
            specs[path] = load_spec(root, path)
        except SpecUnreadable as error:
            unreadable.append(f"{path}: cannot read: {error}")
    findings: list[Finding] = manifest_findings(root, manifest, specs) if whole else []
    tally = Tally()
    for entry in pages:
        spec = specs.get(entry.spec)
        try:
            document = (documents or {}).get(entry.file) or read_page(root / SOURCES / entry.file)
        except PageError as error:
            unreadable.append(f"{entry.path}: cannot read: {error}")
            continue
        if spec is None:
            continue
        result = check_page(entry, document, spec)
        findings += result.findings
        tally += result.tally
    return CheckResult(tuple(findings), tuple(unreadable), tally)


def iter_page_examples(root: Path, manifest: Manifest) -> Iterator[tuple[PageEntry, Example]]:
    """Every example of every page of the manifest, in page order (for the spec tests)."""
    for entry in manifest.pages:
        view = view_page(read_page(root / SOURCES / entry.file), [section.heading for section in entry.sections])
        for placed in view.examples:
            yield entry, placed.example


__all__ = ["CheckResult", "iter_page_examples", "manifest_findings", "run_check", "spec_files"]
