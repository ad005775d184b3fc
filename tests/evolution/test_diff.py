"""The breaking-change report, on copies of the project whose specs change as vendors change them:
each change regenerated, then ``generator diff`` against the copy's last commit."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.evolution.project import OPTIONAL_FIELD, Project
from tests.specs import ROOT


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path / "project")


def regenerated_diff(project: Project, *arguments: str, target: str = "realsee") -> tuple[int, str]:
    """Regenerate ``target`` (which must succeed), then ``generator diff ARGUMENTS``."""
    generated = project.generator("generate", target)
    assert generated.returncode == 0, generated.stderr
    result = project.generator("diff", target, *arguments)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout


def add_fail_reason(project: Project) -> None:
    """A new optional field in get_pano_task_status's response data, as a vendor adds one."""
    project.edit(
        "realsee",
        OPTIONAL_FIELD,
        OPTIONAL_FIELD + "        fail_reason:\n          type: string\n"
        "          description: Why it failed.\n",
    )


def section(report: str, package: str) -> str:
    return report.split(f"### {package}", 1)[1].split("### ", 1)[0]


def test_a_new_optional_response_field_is_not_breaking(project: Project) -> None:
    add_fail_reason(project)
    code, report = regenerated_diff(project, "--fail-on", "breaking")
    assert code == 0
    realsee = section(report, "realsee_client")
    assert "Breaking" not in realsee
    assert (
        "Non-breaking:\n- response field `PanoTaskStatus.fail_reason` added (optional string) "
        "(`get_pano_task_status`)"
    ) in realsee
    assert "next release 0.2.0 (additions: minor)" in report


def test_a_new_enum_value_with_its_name_is_not_breaking(project: Project) -> None:
    project.edit("qnlive", "enum: [0, 1, 2, 3, 4, 5, 6]", "enum: [0, 1, 2, 3, 4, 5, 6, 7]")
    project.edit("qnlive", "RECEIVER_REJECTED, ENDED]", "RECEIVER_REJECTED, ENDED, PAUSED]")
    code, report = regenerated_diff(project, "--fail-on", "breaking", target="qnlive")
    assert code == 0
    assert "- enum `RelayStatus` value 7 (PAUSED) added (`get_relay_session`" in section(
        report, "qnlive_client"
    )


def test_a_new_enum_value_without_its_name_is_refused_before_generating(project: Project) -> None:
    project.edit("qnlive", "enum: [0, 1, 2, 3, 4, 5, 6]", "enum: [0, 1, 2, 3, 4, 5, 6, 7]")
    result = project.generator("generate", "qnlive")
    assert result.returncode == 2
    assert "x-enum-varnames of schema RelayStatus has 7 names for 8 values" in result.stderr


def test_a_renamed_required_response_field_is_breaking_and_named_by_griffe(project: Project) -> None:
    project.edit(
        "realsee", "required: [project_id, status, vr_url]", "required: [project_id, status, vr_link]"
    )
    project.edit("realsee", OPTIONAL_FIELD, OPTIONAL_FIELD.replace("vr_url:", "vr_link:"))
    project.edit("realsee", "returns: /vr_url", "returns: /vr_link")  # the waiter returning it
    code, report = regenerated_diff(project, "--fail-on", "breaking")
    assert code == 1
    realsee = section(report, "realsee_client")
    assert "Breaking for code that uses realsee_client:" in realsee
    assert "- response field `PanoTaskStatus.vr_url` renamed `vr_link` (`get_pano_task_status`)" in realsee
    assert (
        "- `realsee_client.models.pano_task_status.PanoTaskStatus.vr_url`: public object was removed"
        in realsee
    )
    assert "next release 0.2.0 (breaking: minor while 0.x)" in report
    # Without --fail-on the report is the same and the exit status 0.
    assert project.generator("diff", "realsee").returncode == 0


def test_a_changed_type_is_breaking(project: Project) -> None:
    project.edit("realsee", OPTIONAL_FIELD, OPTIONAL_FIELD.replace("type: string", "type: integer"))
    code, report = regenerated_diff(project, "--fail-on", "breaking")
    assert code == 1
    assert (
        "- response `PanoTaskStatus.vr_url` changed type from string to integer (`get_pano_task_status`)"
    ) in section(report, "realsee_client")


def test_a_new_required_request_field_is_breaking(project: Project) -> None:
    project.edit(
        "qnlive",
        "      required: [init_room_id, recv_room_id, recv_user_id]\n      properties:\n",
        "      required: [init_room_id, recv_room_id, recv_user_id, mode]\n      properties:\n"
        "        mode:\n          type: string\n          description: How to relay.\n",
    )
    project.edit("qnlive", '"recv_user_id": "user_2"\n', '"recv_user_id": "user_2",\n"mode": "pk"\n')
    code, report = regenerated_diff(project, "--fail-on", "breaking", target="qnlive")
    assert code == 1
    assert "- request field `StartRelayRequest.mode` added (required string) (`start_relay`)" in section(
        report, "qnlive_client"
    )


def test_a_new_operation_is_not_breaking_and_is_generated(project: Project) -> None:
    stop = project.root / "spec/qnlive.yaml"
    text = stop.read_text(encoding="utf-8")
    start = text.index("  /client/relay/{relay_id}/stop:\n")
    end = text.index("  /client/relay/{relay_id}/started:\n")
    block = text[start:end].replace("/stop:", "/pause:").replace("stop_relay", "pause_relay")
    block = block.replace("summary: Stop a cross-room relay", "summary: Pause a cross-room relay")
    stop.write_text(text[:end] + block + text[end:], encoding="utf-8")
    code, report = regenerated_diff(project, "--fail-on", "breaking", target="qnlive")
    assert code == 0
    qnlive = section(report, "qnlive_client")
    assert "- operation `pause_relay` (POST /client/relay/{relay_id}/pause) added" in qnlive
    # The Python side, beyond griffe's breakages: the new module, and the resource's new methods.
    assert "- `qnlive_client.api.relay.pause_relay`: new module (5 public objects)" in qnlive
    assert (
        "new public objects in existing modules: `qnlive_client.resources.relay.Relay.pause_relay`" in qnlive
    )
    assert (project.root / "generated/qnlive_client/api/relay/pause_relay.py").is_file()


def test_a_removed_operation_is_breaking(project: Project) -> None:
    stop = project.root / "spec/qnlive.yaml"
    text = stop.read_text(encoding="utf-8")
    start = text.index("  /client/relay/{relay_id}/extends:\n")
    end = text.index("components:\n")
    stop.write_text(text[:start] + text[end:], encoding="utf-8")
    project.edit(
        "qnlive", "    RelayExtendsRequest:", "    UnusedRelayExtendsRequest:"
    )  # keep the file coherent
    result = project.generator("generate", "qnlive")
    assert result.returncode == 0, result.stderr
    report = project.generator("diff", "qnlive", "--fail-on", "breaking")
    assert report.returncode == 1
    qnlive = section(report.stdout, "qnlive_client")
    assert "- operation `update_relay_extends` (POST /client/relay/{relay_id}/extends) removed" in qnlive
    assert "- `qnlive_client.api.relay.update_relay_extends`: public object was removed" in qnlive


def test_descriptions_only_are_a_patch(project: Project) -> None:
    project.edit(
        "ivh",
        "description: The envelope; `Payload` is the session's status on success.",
        "description: The envelope; `Payload` is the status.",
    )
    code, report = regenerated_diff(project, target="ivh")
    assert code == 0
    assert "Descriptions: 1 description or summary changed." in section(report, "ivh_client")
    assert "next release 0.1.1 (descriptions only: patch)" in report


def test_changelog_gets_the_report_in_unreleased_once(project: Project) -> None:
    add_fail_reason(project)
    assert project.generator("generate", "realsee").returncode == 0
    for _ in range(2):  # a second run replaces what the first wrote
        assert project.generator("diff", "realsee", "--changelog").returncode == 0
    changelog = (project.root / "CHANGELOG.md").read_text(encoding="utf-8")
    unreleased = changelog.split("## Unreleased", 1)[1]
    assert unreleased.count("response field `PanoTaskStatus.fail_reason` added") == 1
    assert "Next release: 0.2.0 (additions: minor)" in unreleased


def test_changelog_keeps_committed_entries_and_the_largest_release(project: Project) -> None:
    """The per-commit loop: each run adds its changes since the last commit and keeps the earlier ones."""
    add_fail_reason(project)
    assert project.generator("generate", "realsee").returncode == 0
    assert project.generator("diff", "realsee", "--changelog").returncode == 0
    first = project.git("rev-parse", "--short", "HEAD").strip()
    project.commit("a new optional response field")
    project.edit("realsee", "description: Why it failed.", "description: Why Realsee failed the task.")
    assert project.generator("generate", "realsee").returncode == 0
    for _ in range(2):  # a second run replaces its own entry, not the committed one
        assert project.generator("diff", "realsee", "--changelog").returncode == 0
    second = project.git("rev-parse", "--short", "HEAD").strip()
    unreleased = (project.root / "CHANGELOG.md").read_text(encoding="utf-8").split("## Unreleased", 1)[1]
    assert unreleased.count("response field `PanoTaskStatus.fail_reason` added") == 1
    assert unreleased.count("1 description or summary changed") == 1
    assert f"since {first}" in unreleased
    assert f"since {second}" in unreleased
    assert unreleased.index(f"since {first}") < unreleased.index(f"since {second}")
    assert "since HEAD" not in unreleased  # a name that means something else once committed
    assert unreleased.count("Next release: 0.2.0 (additions: minor)") == 1  # not lowered to a patch


def test_an_unknown_base_is_a_clear_error(project: Project) -> None:
    result = project.generator("diff", "--base", "no-such-ref")
    assert result.returncode == 2
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.stderr


def test_the_tests_pick_up_a_new_operation_without_edits(project: Project) -> None:
    """The spec-derived tests run the new operation's examples as they are, a new failure example
    that fails as a known one included, and the sandbox answers it from its spec: no sandbox code,
    no test edit."""
    test_new_operation = globals()["test_a_new_operation_is_not_breaking_and_is_generated"]
    test_new_operation(project)
    spec = project.root / "spec/qnlive.yaml"
    text = spec.read_text(encoding="utf-8")
    pause = text.index("operationId: pause_relay")
    conflict = text.index('        "401":\n', pause)
    spec.write_text(
        text[:conflict]
        + '        "500":\n          description: The relay is already paused.\n          content:\n'
        + "            application/json:\n              schema:\n"
        + '                $ref: "#/components/schemas/QnLiveEnvelope"\n'
        + "              examples:\n                already_paused:\n"
        + "                  summary: The relay is already paused (code 10001)\n"
        + "                  value:\n"
        + '                    {"request_id": "d4f8a2c6e1b4", "code": 10001, "message": "already paused"}\n'
        + text[conflict:],
        encoding="utf-8",
    )
    assert project.generator("generate", "qnlive").returncode == 0
    shutil.copytree(ROOT / "tests", project.root / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    # The copy's generated packages and specs come first on the path (the installed ones are this
    # repository's); the sandbox finds the copy's specs next to its own folder.
    shutil.copytree(ROOT / "sandbox", project.root / "sandbox", ignore=shutil.ignore_patterns("__pycache__"))
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(str(project.root / d) for d in ("generated", "sandbox")),
    }

    def pytest(*arguments: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *arguments]
        return subprocess.run(
            command, cwd=project.root, env=environment, capture_output=True, text=True, check=False
        )

    result = pytest("tests/generated/test_examples.py", "tests/sandbox/test_coverage.py", "-rA")
    assert "Traceback" not in result.stdout
    # Every example of every operation passes, the new one's 6 (stop_relay's success and four
    # failures, and already_paused) through sync, asyncio and detailed, and the failure table's
    # check; the sandbox, which has no handler for it, answers its example request through the facade.
    assert result.returncode == 0, result.stdout[-3000:]
    assert (
        "PASSED tests/sandbox/test_coverage.py::"
        "test_every_operation_is_answered_as_its_spec_declares[qnlive.pause_relay]"
    ) in result.stdout
    examples = pytest("tests/generated/test_examples.py", "-k", "pause_relay")
    assert examples.returncode == 0, examples.stdout[-3000:]
    assert "18 passed" in examples.stdout


def test_a_field_the_client_no_longer_makes_up_is_breaking_in_the_spec_and_the_signature(
    project: Project,
) -> None:
    project.edit("ivh", "      x-fresh-id: hex32\n", "")
    project.edit(
        "ivh", "arguments: [SessionId]", "arguments: [SessionId, ReqId]"
    )  # the waiter's poll needs it now
    code, report = regenerated_diff(project, "--fail-on", "breaking", target="ivh")
    assert code == 1
    ivh = section(report, "ivh_client")
    assert (
        "- request field `CreateSessionPayload.ReqId` now required by the resource methods: they no longer "
        "make it up (x-fresh-id removed) (`create_session`)"
    ) in ivh
    # griffe on the typed overloads (the implementation's signature, all UNSET, did not change),
    # one line for the method and its async and raw-response twins.
    assert (
        "- `ivh_client.resources.session.Session.create_session` (keyword form): parameter is now required "
        "`req_id`"
    ) in ivh
    assert "AsyncSession" not in ivh


def test_retry_safety_and_exactly_one_of_changes_are_reported(project: Project) -> None:
    submit = project.line_of("realsee", "operationId: submit_pano_task")
    project.edit("realsee", "      x-idempotent: false\n", "", count=1)  # create_viewing_room comes first
    project.edit("realsee", "      x-exactly-one-of: [private_cos_key, zip_cos_url]\n", "")
    assert submit > 0
    code, report = regenerated_diff(project, "--fail-on", "breaking")
    realsee = section(report, "realsee_client")
    assert code == 0  # nothing a caller wrote stops working
    assert (
        "- now retried after errors reading its answer (x-idempotent: true): a retry may repeat it "
        "(`create_viewing_room`)"
    ) in realsee
    assert (
        "- request `SubmitPanoTaskRequest` no longer limited to exactly one of `private_cos_key`, "
        "`zip_cos_url` (`submit_pano_task`)"
    ) in realsee


def test_a_renamed_field_is_not_counted_as_description_changes(project: Project) -> None:
    project.edit(
        "realsee", "required: [project_id, status, vr_url]", "required: [project_id, status, vr_link]"
    )
    project.edit("realsee", OPTIONAL_FIELD, OPTIONAL_FIELD.replace("vr_url:", "vr_link:"))
    project.edit("realsee", "returns: /vr_url", "returns: /vr_link")  # the waiter returning it
    _, report = regenerated_diff(project)
    assert "Descriptions" not in section(report, "realsee_client")


def test_a_request_envelope_removed_shows_in_each_methods_typed_signature(project: Project) -> None:
    spec = project.root / "spec/ivh.yaml"
    text = spec.read_text(encoding="utf-8")
    start = text.index("x-request-envelope:")
    end = text.index("\n", text.index("Header: {}", start)) + 1
    text = text[:start] + text[end:]
    waiters = text.index("x-waiters:")  # they poll with the envelope's fields: gone with it
    spec.write_text(text[:waiters] + text[text.index("\npaths:", waiters) + 1 :], encoding="utf-8")
    code, report = regenerated_diff(project, "--fail-on", "breaking", target="ivh")
    assert code == 1
    ivh = section(report, "ivh_client")
    assert (
        "- request envelope (x-request-envelope) removed: the resources take the body's own fields as "
        "arguments"
    ) in ivh
    assert (
        "- `ivh_client.resources.session.Session.start_session` (keyword form): parameter was removed "
        "`session_id`, `req_id`"
    ) in ivh
    assert "AsyncSession" not in ivh  # one line for the method, its async and raw-response twins
