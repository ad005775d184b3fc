"""``python -m generator generate|check|preflight|diff --spec PATH`` for a document anywhere on disk:
what it prints, when it refuses (every refusal a ``FILE:LINE:COL`` finding, never a traceback),
and what warnings do with and without ``--allow-warnings``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import main
from generator.diff import compare_specs
from generator.render import GenerationError, _compile, _ruff
from generator.specfile import SpecFile
from generator.targets import ROOT
from tests.constructs.catalog import DOCUMENTS


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    """``python -m generator ARGUMENTS`` in this process: exit status, stdout, stderr."""
    status = main(list(arguments))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


def copy_of(name: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(DOCUMENTS / name, folder / "api.yaml"))


def test_a_document_outside_the_repository(tmp_path: Path) -> None:
    """The real command, from the repository, on a document in a temporary folder."""
    spec = copy_of("responses.yaml", tmp_path / "elsewhere")
    command = [sys.executable, "-m", "generator"]
    arguments = ["--spec", str(spec), "--package", "notes_client", "--output", str(tmp_path / "out")]
    generated = subprocess.run(
        [*command, "generate", *arguments], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert generated.returncode == 0, generated.stderr
    assert generated.stdout == f"generated {tmp_path / 'out' / 'notes_client'} from {spec}\n"
    assert generated.stderr == ""
    assert (tmp_path / "out/notes_client/api/default/get_note.py").is_file()
    assert not (tmp_path / "out/notes_client/envelope.py").exists()  # the document declares none
    checked = subprocess.run(
        [*command, "check", *arguments], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout == f"{tmp_path / 'out' / 'notes_client'} matches {spec}\n"


def test_check_finds_a_changed_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = copy_of("consts.yaml", tmp_path)
    arguments = ["--spec", str(spec), "--output", str(tmp_path / "out")]
    assert run(capsys, "generate", *arguments)[0] == 0
    (tmp_path / "out/consts_client/models/flags.py").write_text("edited = True\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", *arguments)
    assert status == 1
    assert f"{tmp_path / 'out' / 'consts_client'}/models/flags.py: differs" in out


def test_the_package_is_named_after_the_title_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = copy_of("formats.yaml", tmp_path)
    status, out, _ = run(capsys, "generate", "--spec", str(spec), "--output", str(tmp_path))
    assert status == 0
    assert out.startswith(f"generated {tmp_path / 'string_formats_client'} from")


def test_warnings_stop_generation_unless_allowed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = copy_of("operation_ids.yaml", tmp_path)
    arguments = ["--spec", str(spec), "--output", str(tmp_path / "out")]
    status, out, err = run(capsys, "generate", *arguments)
    lines = err.splitlines()
    assert status == 2
    assert out == ""
    assert (
        f"{spec}:8:5: warning: operation GET /things/{{thing_id}} has no operationId: its module and "
        "method are named get_things_thing_id, as openapi-python-client names them; give it an operationId "
        "to choose the name"
    ) in lines
    assert (
        f"{spec}:18:7: warning: operationId 'delete-thing' of DELETE /things/{{thing_id}} is not a Python "
        "identifier: its module and method are named delete_thing"
    ) in lines
    assert lines[-1] == (
        f"spec preflight: 2 warnings in {spec}; nothing was generated (--allow-warnings generates the rest, "
        "leaving out what the warnings name)"
    )
    assert not (tmp_path / "out").exists()
    status, out, err = run(capsys, "generate", *arguments, "--allow-warnings")
    assert status == 0
    assert out == f"generated {tmp_path / 'out' / 'operation_ids_client'} from {spec}\n"
    assert len(err.splitlines()) == 2
    assert all(": warning: " in line for line in err.splitlines())
    status, out, _ = run(capsys, "preflight", "--spec", str(spec), "--allow-warnings")
    assert (status, out) == (0, f"spec preflight: {spec} sound but for 2 warning(s)\n")


def test_what_openapi_python_client_leaves_out_is_a_warning_at_its_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(
        "openapi: 3.1.0\n"
        "info: {title: Left out, version: '1'}\n"
        "paths: {}\n"
        "components:\n"
        "  schemas:\n"
        "    Fine: {type: object, properties: {name: {type: string}}}\n"
        "    NoItems:\n"
        "      type: array\n",
        encoding="utf-8",
    )
    arguments = ["--spec", str(spec), "--output", str(tmp_path / "out"), "--allow-warnings"]
    status, _, err = run(capsys, "generate", *arguments)
    assert status == 0
    assert err.startswith(
        f"{spec}:7:5: warning: openapi-python-client leaves out schema NoItems "
        "(#/components/schemas/NoItems): "
    )
    assert "must have items or prefixItems defined" in err
    models = tmp_path / "out/left_out_client/models"
    assert (models / "fine.py").is_file()
    assert not (models / "no_items.py").exists()


@pytest.mark.parametrize(
    ("name", "text", "finding"),
    [
        (
            "list.yaml",
            "- a\n- b\n",
            ":1:1: is not an OpenAPI document (a mapping with openapi, info and paths); it holds list",
        ),
        (
            "broken.yaml",
            "openapi: 3.1.0\ninfo: [\n",
            ":3:1: not valid YAML: while parsing a flow node expected the node content",
        ),
        ("broken.json", '{"openapi": "3.1.0",\n "info": }', ":2:10: not valid JSON: Expecting value"),
        (
            "swagger.yaml",
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\n",
            ":1:1: is a Swagger (OpenAPI 2) document",
        ),
        (
            "future.yaml",
            "openapi: 3.2.0\ninfo: {title: t, version: '1'}\n",
            ":1:1: openapi: '3.2.0' is not a version this generator reads",
        ),
        (
            "untitled.yaml",
            "openapi: 3.1.0\ninfo: {version: '1'}\npaths: {}\n",
            ":2:1: openapi-python-client cannot read #/info (title): Field required",
        ),
    ],
)
def test_unreadable_documents_are_one_finding_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, finding: str
) -> None:
    spec = tmp_path / name
    spec.write_text(text, encoding="utf-8")
    status, out, err = run(
        capsys, "generate", "--spec", str(spec), "--package", "x_client", "--output", str(tmp_path)
    )
    assert status == 2
    assert out == ""
    assert f"{spec}{finding}" in err
    assert err.splitlines()[-1].endswith("nothing was generated")


def test_a_failed_ruff_run_shows_what_ruff_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "ruff.toml"
    broken.write_text("line-length = 'long'\n", encoding="utf-8")
    monkeypatch.setattr("generator.render.RUFF_CONFIG", broken)
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg/module.py").write_text("x = 1\n", encoding="utf-8")
    with pytest.raises(GenerationError) as raised:
        _ruff(tmp_path / "pkg", SpecFile("api.yaml", {}, {}))
    message = str(raised.value)
    assert message.startswith("api.yaml: ruff check failed on the generated code: ")
    assert "line-length" in message  # ruff's own explanation


def test_code_python_cannot_compile_is_named_by_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg/bad.py").write_text("x = 1\ndef (:\n", encoding="utf-8")
    with pytest.raises(
        GenerationError,
        match=r"api\.yaml: the templates wrote code Python 3\.\d+ cannot compile "
        r"\(pkg/bad\.py:2:5: invalid syntax\): a template bug",
    ):
        _compile(tmp_path / "pkg", SpecFile("api.yaml", {}, {}))


def test_arguments_that_do_not_go_together(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = copy_of("consts.yaml", tmp_path)
    assert (
        run(capsys, "generate", "realsee", "--spec", str(spec))[2]
        == "error: give targets (realsee) or --spec, not both\n"
    )
    assert run(capsys, "generate", "--package", "x")[2] == "error: --package and --config go with --spec\n"
    assert (
        run(capsys, "generate", "--spec", str(tmp_path / "none.yaml"))[2]
        == f"error: --spec {tmp_path / 'none.yaml'}: no such file\n"
    )
    config = tmp_path / "config.yaml"
    config.write_text("- literal_enums\n", encoding="utf-8")
    assert run(capsys, "generate", "--spec", str(spec), "--config", str(config))[2] == (
        f"error: --config {config}: not a mapping of openapi-python-client options\n"
    )


def test_diff_compares_with_a_git_ref_of_the_documents_repository(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = copy_of("responses.yaml", tmp_path / "api")
    arguments = ["--spec", str(spec), "--output", str(tmp_path / "out")]
    assert run(capsys, "generate", *arguments)[0] == 0
    identity = ["-c", "user.name=Construct test", "-c", "user.email=constructs@example.invalid"]
    for step in (["init", "--quiet"], ["add", "--all"], ["commit", "--quiet", "-m", "api"]):
        subprocess.run(["git", *identity, *step], cwd=tmp_path, check=True, capture_output=True)
    text = spec.read_text(encoding="utf-8").replace(
        "        text: {type: string}\n", "        text: {type: string}\n        pinned: {type: boolean}\n", 1
    )
    spec.write_text(text, encoding="utf-8")
    assert run(capsys, "generate", *arguments)[0] == 0
    status, out, err = run(capsys, "diff", *arguments)
    assert status == 0, err
    assert out.splitlines()[0] == (
        "Changes to the specs and generated packages since HEAD; they call for a minor release (additions)."
    )
    assert "### responses_client (api/api.yaml)" in out
    assert (
        "- response field `Note.pinned` added (optional boolean) (`get_note`, `put_note`)" in out.splitlines()
    )
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    copy_of("responses.yaml", outside)
    status, _, err = run(capsys, "diff", "--spec", str(outside / "api.yaml"), "--output", str(outside))
    assert status == 2
    assert "is not in a git repository: diff compares with a git ref" in err


def test_diff_sees_a_format_that_changes_the_python_type() -> None:
    """A string that becomes a date-time is a datetime in Python: breaking, named by its format."""

    def document(field: dict[str, str]) -> dict[str, Any]:
        schema = {"type": "object", "properties": {"at": field}}
        answer = {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}
        return {"openapi": "3.1.0", "paths": {"/n": {"get": {"operationId": "get_n", "responses": answer}}}}

    old, new = document({"type": "string"}), document({"type": "string", "format": "date-time"})
    changes, _ = compare_specs(old, new)
    assert [(change.breaking, change.text) for change in changes] == [
        (True, "response `response data.at` changed type from string to date-time")
    ]
