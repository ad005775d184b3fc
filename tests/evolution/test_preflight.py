"""The spec preflight, on copies of the specs broken as users break them: every problem at once,
as ``spec/FILE.yaml:LINE:COL: message``, exit 2, nothing written, never a traceback."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.evolution.project import Project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path / "project")


def findings(errors: str) -> list[str]:
    """The findings of a refusal, without its summary line."""
    return [line for line in errors.splitlines() if line.startswith("spec/")]


def refused(project: Project, *arguments: str) -> str:
    """Run ``generate``; assert it refused (exit 2, no traceback, generated/ untouched); its stderr."""
    before = project.generated_digest()
    result: subprocess.CompletedProcess[str] = project.generator("generate", *arguments)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "nothing was generated" in result.stderr
    assert project.generated_digest() == before
    return result.stderr


def test_a_duplicate_operation_id_names_both_operations(project: Project) -> None:
    first = project.line_of("realsee", "operationId: apply_room_ticket")
    line = project.edit("realsee", "operationId: get_voice_room_signature", "operationId: apply_room_ticket")
    errors = refused(project)
    assert (
        f"spec/realsee.yaml:{line}:7: operationId 'apply_room_ticket' of POST "
        "/open/v1/live/voice/sign is already "
        f"used by POST /open/v1/live/apply/ticket at line {first}: each operation needs its own"
    ) in errors


def test_an_integer_enum_value_without_its_name(project: Project) -> None:
    line = project.edit("qnlive", "enum: [0, 1, 2, 3, 4, 5, 6]", "enum: [0, 1, 2, 3, 4, 5, 6, 7]")
    errors = refused(project)
    assert (
        f"spec/qnlive.yaml:{line + 1}:7: x-enum-varnames of schema RelayStatus has 7 names for 8 values "
        "[0, 1, 2, 3, 4, 5, 6, 7]: give one name per value, in the same order"
    ) in errors


def test_an_integer_enum_without_names(project: Project) -> None:
    project.edit("ivh", "      x-enum-varnames: [TEXT, AUDIO]\n", "")
    line = project.line_of("ivh", "enum: [1, 3]")
    errors = refused(project)
    assert (
        f"spec/ivh.yaml:{line}:7: integer enum [1, 3] of schema IvhDriverType has no x-enum-varnames: "
        "its members "
        "would be named VALUE_0, VALUE_1...; add x-enum-varnames"
    ) in errors


def test_a_member_name_moved_to_another_value(project: Project) -> None:
    """A value inserted in the middle with its name at the end: every later name shifts."""
    project.edit("qnlive", "enum: [0, 1, 2, 3, 4, 5, 6]", "enum: [0, 1, 2, 3, 4, 9, 5, 6]")
    line = project.edit("qnlive", "RECEIVER_REJECTED, ENDED]", "RECEIVER_REJECTED, ENDED, PAUSED]")
    errors = refused(project)
    assert (
        f"spec/qnlive.yaml:{line}:7: x-enum-varnames of schema RelayStatus: RECEIVER_REJECTED was 5 "
        "and would "
        "become 9; ENDED was 6 and would become 5 (in generated/qnlive_client/models/relay_status.py)"
    ) in errors
    assert "--allow-enum-moves" in errors
    # When the vendor really renumbered, the flag lets it through.
    assert project.generator("generate", "qnlive", "--allow-enum-moves").returncode == 0


def test_dangling_references_name_the_ref_and_whose_part_it_is(project: Project) -> None:
    data = project.edit(
        "realsee",
        '- $ref: "#/components/schemas/PanoTaskStatus"',
        '- $ref: "#/components/schemas/PanoTaskStatu"',
    )
    manifest = project.edit(
        "realsee", '$ref: "#/components/schemas/PanoManifest"', '$ref: "#/components/schemas/PanoManifst"'
    )
    parameter = project.edit(
        "qnlive", '- $ref: "#/components/parameters/RelayId"', '- $ref: "#/components/parameters/RelayID"'
    )
    errors = refused(project)
    assert (
        f"spec/realsee.yaml:{data}:19: $ref '#/components/schemas/PanoTaskStatu' in schema "
        "PanoTaskStatusResponse "
        "points to nothing: components/schemas has no 'PanoTaskStatu' (did you mean 'PanoTaskStatus'?)"
    ) in errors
    assert (
        f"spec/realsee.yaml:{manifest}:9: $ref '#/components/schemas/PanoManifst' in operation "
        "submit_pano_task "
        "(POST /open/v1/pano/task/submit) points to nothing: components/schemas has no 'PanoManifst' "
        "(did you mean 'PanoManifest'?)"
    ) in errors
    assert (
        f"spec/qnlive.yaml:{parameter}:9: $ref '#/components/parameters/RelayID' in path "
        f"/client/relay/{{relay_id}} "
        "points to nothing: components/parameters has no 'RelayID' (did you mean 'RelayId'?)"
    ) in errors
    # Those three and nothing else: checks that follow references do not repeat them.
    assert len(findings(errors)) == 3, errors


def test_a_dangling_request_body_reference_is_reported_once(project: Project) -> None:
    line = project.edit(
        "realsee",
        '$ref: "#/components/schemas/SubmitPanoTaskRequest"',
        '$ref: "#/components/schemas/SubmitPanoTaskReq"',
    )
    errors = refused(project, "realsee")
    assert findings(errors) == [
        f"spec/realsee.yaml:{line}:15: $ref '#/components/schemas/SubmitPanoTaskReq' in operation "
        "submit_pano_task (POST /open/v1/pano/task/submit) points to nothing: components/schemas has no "
        "'SubmitPanoTaskReq' (did you mean 'SubmitPanoTaskRequest'?)"
    ]


def test_a_yaml_syntax_error_is_one_line_with_its_place(project: Project) -> None:
    line = project.edit("realsee", "tags: [auth]", "tags: [auth")
    errors = refused(project)
    assert f"spec/realsee.yaml:{line + 1}:" in errors
    assert "not valid YAML: while parsing a flow sequence expected ',' or ']'" in errors
    assert f"(it began at line {line}, column " in errors  # the line of the unclosed [
    assert len(errors.strip().splitlines()) == 2  # the finding and the summary


def test_a_misspelt_type_names_its_line_and_the_right_word(project: Project) -> None:
    line = project.edit(
        "ivh", "        RequestID:\n          type: string", "        RequestID:\n          type: strin"
    )
    errors = refused(project)
    assert (
        f"spec/ivh.yaml:{line + 1}:11: type: 'strin' is not one of ['array', 'boolean', 'integer', 'null', "
        "'number', 'object', 'string'] (did you mean 'string'?)"
    ) in errors


def test_a_required_parameter_without_an_example(project: Project) -> None:
    line = project.line_of("qnlive", "- name: app_id")
    project.edit("qnlive", "          example: live_app_1\n", "")
    errors = refused(project)
    assert (
        f"spec/qnlive.yaml:{line}:11: required query parameter 'app_id' of operation get_user_token "
        "(GET /server/auth/token) has no example: the contract tests call every operation with its examples"
    ) in errors


def test_unknown_keys_and_misspelt_extensions(project: Project) -> None:
    envelope = project.edit("qnlive", "  success: [0]\n", "  success: [0]\n  sucess: [0]\n")
    extension = project.edit("qnlive", "x-idempotent: false", "x-idempotant: false")
    errors = refused(project)
    assert (
        f"spec/qnlive.yaml:{envelope + 1}:3: unknown key 'sucess' in x-envelope (did you mean "
        "'success'?); known keys:"
    ) in errors
    assert (
        f"spec/qnlive.yaml:{extension}:7: unknown extension 'x-idempotant' (did you mean 'x-idempotent'?): "
        "the generator ignores it"
    ) in errors


def test_what_openapi_python_client_would_leave_out_is_a_fatal_warning(project: Project) -> None:
    project.edit("ivh", "application/json;charset=utf-8:", "text/plain:")
    line = project.line_of("ivh", "/v2/ivh/sessionmanager/sessionmanagerservice/createsession:")
    errors = refused(project, "ivh")
    assert (
        f"spec/ivh.yaml:{line + 1}:5: warning: openapi-python-client leaves out operation create_session "
        "(POST /v2/ivh/sessionmanager/sessionmanagerservice/createsession): Unsupported content type "
        "text/plain"
    ) in errors
    assert errors.splitlines()[-1] == (
        "spec preflight: 1 warning in spec/ivh.yaml; nothing was generated (--allow-warnings generates the "
        "rest, leaving out what the warnings name)"
    )


def test_allowed_warnings_generate_the_rest(project: Project) -> None:
    """With --allow-warnings the warning is printed and what it names is left out, as
    openapi-python-client does; the rest of the client is generated."""
    project.edit("ivh", "application/json;charset=utf-8:", "text/plain:")
    result = project.generator("generate", "ivh", "--allow-warnings")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "generated generated/ivh_client from spec/ivh.yaml\n"
    warnings = result.stderr.splitlines()
    assert len(warnings) == 1
    assert ": warning: openapi-python-client leaves out operation create_session (POST " in warnings[0]
    api = project.root / "generated/ivh_client/api/session"
    assert not (api / "create_session.py").exists()
    assert (api / "start_session.py").is_file()


def test_every_problem_of_every_spec_at_once(project: Project) -> None:
    project.edit("realsee", "operationId: get_voice_room_signature", "operationId: apply_room_ticket")
    project.edit("qnlive", "enum: [0, 1, 2, 3, 4, 5, 6]", "enum: [0, 1, 2, 3, 4, 5, 6, 7]")
    project.edit(
        "ivh", "        RequestID:\n          type: string", "        RequestID:\n          type: strin"
    )
    errors = refused(project)
    assert [finding.split(":")[0] for finding in findings(errors)] == [
        "spec/ivh.yaml",
        "spec/qnlive.yaml",
        "spec/realsee.yaml",
    ]
    assert errors.splitlines()[-1] == (
        "spec preflight: 3 problems in spec/ivh.yaml, spec/qnlive.yaml, spec/realsee.yaml; nothing "
        "was generated"
    )
    # check and preflight refuse the same way.
    assert project.generator("check").returncode == 2
    preflight = project.generator("preflight")
    assert preflight.returncode == 2
    assert preflight.stderr == errors


def test_sound_specs_pass(project: Project) -> None:
    result = project.generator("preflight")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "spec preflight: spec/realsee.yaml, spec/qnlive.yaml, spec/ivh.yaml sound"


def test_request_envelope_and_fresh_id_problems(project: Project) -> None:
    data = project.edit("ivh", "  data: /Payload\n  fixed:", "  data: Payload\n  fixed:")
    kind = project.edit("ivh", "x-fresh-id: hex32", "x-fresh-id: uuid")
    errors = refused(project, "ivh")
    assert (
        f"spec/ivh.yaml:{data}:3: x-request-envelope.data must be a top-level key such as '/Payload'"
    ) in errors
    assert f"spec/ivh.yaml:{kind}:7: x-fresh-id 'uuid' is not one of ['hex32']" in errors


def test_openapi_errors_are_one_line_each_at_the_key_they_are_about(project: Project) -> None:
    """openapi-spec-validator's messages carry the whole offending node (at the root: the whole
    spec); each finding keeps the message and its place, on one line."""
    info = project.edit("realsee", "\ninfo:\n", "\ninf:\n") + 1
    where = project.line_of("qnlive", "- name: app_id")
    kind = project.edit(
        "qnlive",
        "          in: query\n          required: true\n",
        "          inn: query\n          required: true\n",
        count=1,
    )
    errors = refused(project)
    lines = findings(errors)
    assert len(errors.splitlines()) == len(lines) + 1  # every finding one line, and the summary
    assert f"spec/realsee.yaml:{info}:1: unknown top-level key 'inf' (did you mean 'info'?)" in lines
    assert 'spec/realsee.yaml:1:1: "info" is a required property' in lines
    assert f'spec/qnlive.yaml:{where}:11: parameters: "in" is a required property' in lines
    assert f"spec/qnlive.yaml:{kind}:11: parameters: unknown key 'inn' (did you mean 'in'?)" in lines
    assert all("Failed validating" not in line and "stopped" not in line for line in lines)
    assert max(len(line) for line in lines) < 300


def test_a_request_body_without_an_example(project: Project) -> None:
    text = (project.root / "spec/qnlive.yaml").read_text(encoding="utf-8")
    examples = text.index("            examples:\n", text.index("operationId: start_relay"))
    end = text.index("      responses:\n", examples)
    (project.root / "spec/qnlive.yaml").write_text(text[:examples] + text[end:], encoding="utf-8")
    media = text[: text[:examples].rindex("          application/json:")].count("\n") + 1
    errors = refused(project, "qnlive")
    assert findings(errors) == [
        f"spec/qnlive.yaml:{media}:11: the application/json request body of operation "
        "start_relay (POST /client/relay/start) has no example: the contract tests send every operation's "
        "example; add `examples:`"
    ]


def test_unknown_keys_in_every_extension_are_found_at_once(project: Project) -> None:
    """A problem in x-envelope does not hide those of the operations' x-envelope-errors."""
    envelope = project.edit("realsee", "  success: [0]\n", "  success: [0]\n  sucess: [0]\n") + 1
    rule = project.line_of("realsee", "x-envelope-errors:")
    text = (project.root / "spec/realsee.yaml").read_text(encoding="utf-8").splitlines()
    code = next(n for n, line in enumerate(text, 1) if n > rule and "- code:" in line)
    project.edit("realsee", text[code - 1] + "\n", text[code - 1] + "\n          mesage: typo\n")
    manifest = (
        project.edit(
            "realsee", "      x-package-manifest:\n", "      x-package-manifest:\n        format: zip\n"
        )
        + 1
    )
    wrapper = project.edit("ivh", "  fixed:\n", "  fixd:\n")
    errors = refused(project)
    assert (
        f"spec/realsee.yaml:{envelope}:3: unknown key 'sucess' in x-envelope (did you mean 'success'?)"
        in errors
    )
    assert f"spec/realsee.yaml:{code + 1}:11: unknown key 'mesage' in x-envelope-errors[0]" in errors
    assert (
        f"spec/realsee.yaml:{manifest}:9: unknown key 'format' in x-package-manifest; known keys: $ref"
        in errors
    )
    assert (
        f"spec/ivh.yaml:{wrapper}:3: unknown key 'fixd' in x-request-envelope (did you mean 'fixed'?)"
        in errors
    )


def test_what_openapi_python_client_would_leave_out_is_found_beside_other_problems(project: Project) -> None:
    project.edit("ivh", "application/json;charset=utf-8:", "text/plain:")
    project.edit("ivh", "      x-enum-varnames: [TEXT, AUDIO]\n", "")
    errors = refused(project, "ivh")
    assert "warning: openapi-python-client leaves out operation create_session" in errors
    assert "integer enum [1, 3] of schema IvhDriverType has no x-enum-varnames" in errors
