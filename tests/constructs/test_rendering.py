"""Every construct document renders in both modes, and what comes out is sound: each module imports
under the interpreter the tests run (the oldest Python the project supports, in CI), one
``mypy --strict`` over every package is clean, and the bytes do not depend on the run."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

from generator.preflight import check_target
from generator.render import render
from tests.constructs.catalog import config_of, documents, target
from tests.constructs.conftest import Rendered


def test_every_document_renders_without_leaving_anything_out(rendered: Rendered) -> None:
    assert {
        (stem, mode): [str(f) for f in found] for (stem, mode), found in rendered.warnings.items() if found
    } == {}
    assert len(rendered.warnings) == 2 * len(documents())


def test_the_preflight_finds_nothing_but_the_operations_it_names(tmp_path: Path) -> None:
    """No document has a finding, but operation_ids.yaml: a warning for each operation it leaves
    openapi-python-client to name."""
    for document in documents():
        findings = [
            f"{f.severity}: {f.message.split(':')[0]}"
            for f in check_target(target(document, "plain", tmp_path))
        ]
        if document.stem != "operation_ids":
            assert findings == [], document.name
        else:
            assert sorted(findings) == [
                "warning: operation GET /things/{thing_id} has no operationId",
                "warning: operationId 'delete-thing' of DELETE /things/{thing_id} is not a Python identifier",
            ]


def test_every_module_imports(rendered: Rendered) -> None:
    for name in rendered.packages():
        package = importlib.import_module(name)
        imported = [
            importlib.import_module(found.name)
            for found in pkgutil.walk_packages(package.__path__, f"{name}.")
        ]
        # every file: each module, and each package (its __init__.py) but the top one, imported above
        assert len(imported) == sum(1 for _ in (rendered.folder / name).rglob("*.py")) - 1, name


def test_every_package_is_mypy_strict_clean(rendered: Rendered, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), *rendered.packages()],
        cwd=rendered.folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"in {sum(1 for _ in rendered.folder.rglob('*.py'))} source files" in result.stdout


def test_rendering_again_gives_the_same_bytes(rendered: Rendered, tmp_path: Path) -> None:
    """Two documents rendered again on their own (ruff per package, as `generate` does) match the
    session's renderings byte for byte; nothing rendered holds an object's address."""
    for stem in ("unions", "enums"):
        document = next(path for path in documents() if path.stem == stem)
        for mode in ("plain", "enveloped"):
            again = target(document, mode, tmp_path)
            render(again, again.output)
            first = rendered.folder / again.package
            files = sorted(path.relative_to(first) for path in first.rglob("*.py"))
            assert files == sorted(path.relative_to(again.output) for path in again.output.rglob("*.py"))
            for name in files:
                assert (first / name).read_bytes() == (again.output / name).read_bytes(), name
    for path in rendered.folder.rglob("*.py"):
        assert " object at 0x" not in path.read_text(encoding="utf-8"), path


def test_a_document_may_bring_generator_options() -> None:
    """literal_enums.yaml is rendered with literal_enums (its config file)."""
    assert config_of(next(path for path in documents() if path.stem == "literal_enums")) == {
        "literal_enums": True
    }
