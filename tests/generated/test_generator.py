"""The generator: deterministic, in sync with the committed tree, and strict about bad specs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.__main__ import differences
from generator.extensions import SpecError, read_extensions
from generator.render import render
from generator.targets import ROOT, Target, load_targets


def _run_check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "check"], cwd=root, capture_output=True, text=True, check=False
    )


def test_committed_tree_matches_a_fresh_generation() -> None:
    result = _run_check(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated/ matches" in result.stdout


def _copy_project(destination: Path) -> Path:
    for folder in ("spec", "generator", "generated"):
        shutil.copytree(ROOT / folder, destination / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return destination


def test_check_fails_when_a_spec_changes_without_regenerating(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    spec = root / "spec/realsee.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("Get a panorama-to-VR task's status", "Poll a task"),
        encoding="utf-8",
    )
    result = _run_check(root)
    assert result.returncode == 1
    assert "generated/realsee_client/api/pano/get_pano_task_status.py: differs" in result.stdout
    assert "run `make generate`" in result.stdout


def test_check_lists_stale_and_missing_files(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    (root / "generated/qnlive_client/models/leftover.py").write_text("x = 1\n", encoding="utf-8")
    (root / "generated/ivh_client/models/trtc_sign.py").unlink()
    result = _run_check(root)
    assert result.returncode == 1
    assert "generated/qnlive_client/models/leftover.py: not generated" in result.stdout
    assert "generated/ivh_client/models/trtc_sign.py: missing" in result.stdout


@pytest.mark.parametrize("target", load_targets(), ids=lambda target: target.name)
def test_two_generations_are_identical(target: Target, tmp_path: Path) -> None:
    render(target, tmp_path / "first")
    render(target, tmp_path / "second")
    assert differences(tmp_path / "first", tmp_path / "second") == []
    assert any((tmp_path / "first").rglob("*.py"))


def test_every_target_has_a_typed_package() -> None:
    for target in load_targets():
        assert (target.output / "py.typed").is_file()
        assert (target.output / "envelope.py").is_file()


def _spec(name: str) -> dict[str, object]:
    return yaml.safe_load((ROOT / f"spec/{name}.yaml").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.update({"x-envelope": "realsee"}), "x-envelope must be a mapping"),
        (lambda s: s["x-envelope"].update(code="code"), "x-envelope.code must be a JSON pointer"),
        (
            lambda s: s["x-envelope"]["errors"][0].update(error="tokn_expired"),
            "errors[0].error 'tokn_expired' is not one of",
        ),
        (lambda s: s["x-envelope"]["errors"][0].pop("code"), "needs an integer 'code', 'min' or 'max'"),
        (
            lambda s: s["x-envelope"]["errors"][0].update(retry=True),
            "unknown key 'retry' in x-envelope.errors[0]",
        ),
        (
            lambda s: s["paths"]["/open/v1/pano/task/submit"]["post"].update({"x-idempotent": "no"}),
            "x-idempotent must be true or false",
        ),
    ],
)
def test_bad_extensions_are_reported_with_their_place(change: object, message: str) -> None:
    spec = _spec("realsee")
    change(spec)  # type: ignore[operator]
    with pytest.raises(SpecError, match=re.escape(message)):
        read_extensions(spec, "spec/realsee.yaml")


def test_operations_know_their_data_and_idempotency() -> None:
    spec = _spec("qnlive")
    _, operations = read_extensions(spec, "spec/qnlive.yaml")
    assert operations["start_relay"].idempotent is False
    assert operations["get_relay_session"].data_schema == "RelaySession"
    assert operations["stop_relay"].data_schema is None
    assert operations["report_relay_started"].data_optional is True
    assert operations["get_relay_token"].data_optional is False


def test_cli_reports_unknown_targets() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "nope"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "unknown target(s) ['nope']" in result.stderr


def test_generate_output_renders_elsewhere_and_leaves_generated_alone(tmp_path: Path) -> None:
    root = _copy_project(tmp_path / "project")
    before = {path: path.read_bytes() for path in (root / "generated").rglob("*") if path.is_file()}
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "qnlive", "--output", str(tmp_path / "out")],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert differences(root / "generated/qnlive_client", tmp_path / "out/qnlive_client") == []
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["qnlive_client"]
    after = {path: path.read_bytes() for path in (root / "generated").rglob("*") if path.is_file()}
    assert after == before
