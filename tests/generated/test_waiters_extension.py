"""``x-waiters``: the preflight checks each declaration (``FILE:LINE:COL``, naming the waiter),
``generator diff`` reports a changed waiter, and the generated waiters are what the specs declare,
the very methods the facades offer."""

from __future__ import annotations

import copy
import importlib
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import compare_specs
from generator.preflight import check_target
from generator.targets import document_target
from tests.constructs.catalog import DOCUMENTS, with_envelope
from tests.specs import PACKAGES, load
from vrlive import Ivh, QnLive, Realsee
from vrlive.ivh import AsyncIvh
from vrlive.qnlive import AsyncQnLive
from vrlive.realsee import AsyncRealsee

FIXTURE = DOCUMENTS / "waiters.yaml"
FACADES = {"realsee": (Realsee, AsyncRealsee), "qnlive": (QnLive, AsyncQnLive), "ivh": (Ivh, AsyncIvh)}


def preflight(tmp_path: Path, *edits: tuple[str, str]) -> tuple[str, list[str]]:
    """The fixture document with ``edits`` made, and what the preflight says of it."""
    text = FIXTURE.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "waiters.yaml"
    path.write_text(text, encoding="utf-8")
    return text, [str(finding) for finding in check_target(document_target(path, "waiters_check", tmp_path))]


def place(text: str, fragment: str) -> str:
    """``LINE:COL`` of ``fragment`` in ``text`` (1-based)."""
    before = text[: text.index(fragment)]
    return f"{before.count(chr(10)) + 1}:{len(before) - before.rfind(chr(10))}"


def test_the_fixture_passes(tmp_path: Path) -> None:
    assert preflight(tmp_path)[1] == []


def test_each_problem_is_a_finding_at_its_place_naming_the_waiter(tmp_path: Path) -> None:
    text, found = preflight(
        tmp_path,
        ("    field: /state\n", "    fields: /state\n"),
        ("returns: /result/url", "returns: /result/uri"),
        ("waiting_for: job {job_id} to be done", "waiting_for: job {job} to be done"),
        ("schedule: {interval: 10, timeout: 60}", "schedule: {interval: 0, timeout: 60, jitter: 1}"),
        ("operation: get_build", "operation: get_biuld"),
    )
    at = f"{tmp_path / 'waiters.yaml'}:{{}}: ".format
    known = (
        "acceptors, arguments, description, field, operation, reason, returns, schedule, summary, waiting_for"
    )
    assert found == [
        at(place(text, "fields:"))
        + f"unknown key 'fields' in waiter 'wait_for_job' (did you mean 'field'?); known keys: {known}",
        at(place(text, "wait_for_job:")) + "waiter 'wait_for_job': lacks field",
        at(place(text, "returns:"))
        + "waiter 'wait_for_job': returns /result/uri: /result has no property 'uri'",
        at(place(text, "waiting_for: job {job}"))
        + "waiter 'wait_for_job': waiting_for names {job}: it may name only job_id, until",
        at(place(text, "jitter"))
        + "unknown key 'jitter' in waiter 'wait_until_published': schedule; known keys: backoff, interval, "
        "max_interval, timeout",
        at(place(text, "interval: 0"))
        + "waiter 'wait_until_published': schedule.interval must be more than 0",
        at(place(text, "operation: get_biuld"))
        + "waiter 'wait_for_build': operation 'get_biuld' is no operation of this document (did you mean "
        "'get_build'?)",
    ]


def test_arguments_and_values_must_be_the_operations(tmp_path: Path) -> None:
    text, found = preflight(
        tmp_path,
        ("    arguments: [job_id]\n", "    arguments: []\n"),
        ("    arguments: [build_id]", "    arguments: [build_id, colour]"),
        ("      success: [done]", "      success: [dnoe]"),
        ("      failure: [4]", "      failure: [4, 3, 7]"),
    )
    at = f"{tmp_path / 'waiters.yaml'}:{{}}: ".format
    assert found == [
        at(place(text, "arguments: []"))
        + "waiter 'wait_for_job': get_job needs 'job_id': list it in arguments",
        at(place(text, "dnoe"))
        + "waiter 'wait_for_job': 'dnoe' is not one of ['queued', 'running', 'done', 'failed'], as the "
        "polled field is (did you mean 'done'?)",
        at(place(text, "waiting_for: job {job_id}"))
        + "waiter 'wait_for_job': waiting_for names {job_id}: it may name only until",
        at(place(text, "colour")) + "waiter 'wait_for_build': get_build takes no argument 'colour'",
        at(place(text, "3, 7]")) + "waiter 'wait_for_build': 3 is already a success value",
        at(place(text, "7]"))
        + "waiter 'wait_for_build': 7 is not one of [1, 2, 3, 4], as the polled field is",
    ]


def test_what_cannot_be_polled_is_refused(tmp_path: Path) -> None:
    text, found = preflight(
        tmp_path,
        ("    field: /published\n", "    field: /result\n"),
        ("    reason: /code\n", "    reason: /code/more\n"),
    )
    at = f"{tmp_path / 'waiters.yaml'}:{{}}: ".format
    assert found == [
        at(place(text, "field: /result"))
        + "waiter 'wait_until_published': field /result is object: a waiter polls a string, number, "
        "integer or boolean",
        at(place(text, "reason: /code/more"))
        + "waiter 'wait_for_build': reason /code/more: /code has no property "
        "'more'",
    ]


def test_with_an_envelope_a_success_must_carry_the_data(tmp_path: Path) -> None:
    document = with_envelope(yaml.safe_load(FIXTURE.read_text(encoding="utf-8")))
    job = document["paths"]["/jobs/{job_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    job["schema"]["required"] = ["code"]
    path = tmp_path / "enveloped.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    found = [finding.message for finding in check_target(document_target(path, "enveloped", tmp_path))]
    assert found == [
        f"waiter {name!r}: get_job may answer a success without /data (not required in its envelope): "
        "nothing to poll"
        for name in ("wait_for_job", "wait_until_published")
    ]


# generator diff.


def lines(edit: Callable[[dict[str, Any]], None]) -> list[str]:
    old = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    new = copy.deepcopy(old)
    edit(new["x-waiters"])
    changes, _ = compare_specs(old, new)
    return [
        ("breaking: " if change.breaking else "") + change.line()
        for change in changes
        if "waiter" in change.line()
    ]


def test_a_changed_waiter_is_reported_for_its_callers() -> None:
    def more_failures(waiters: dict[str, Any]) -> None:
        waiters["wait_for_build"]["acceptors"]["failure"].append(2)
        waiters["wait_for_build"]["acceptors"]["success"].append(1)
        waiters["wait_for_job"]["acceptors"]["retry"].remove("queued")

    build = "(`waiter wait_for_build`)"
    assert lines(more_failures) == [
        f"breaking: - failure value 2 (COMPILING) added (a failure: the wait raises there) {build}",
        f"breaking: - success value 1 (QUEUED) added (a success: the wait returns there) {build}",
        "- retry value 'queued' removed (no longer a value that keeps waiting) (`waiter wait_for_job`)",
    ]

    def slower(waiters: dict[str, Any]) -> None:
        waiters["wait_for_job"]["schedule"].update(interval=5, max_interval=None)
        waiters["wait_for_job"]["returns"] = "/id"

    assert lines(slower) == [
        "- default interval 2 s -> 5 s (`waiter wait_for_job`)",
        "- default max_interval 5 s -> none (`waiter wait_for_job`)",
        "- returns `/id` instead of `/result/url` (`waiter wait_for_job`)",
    ]

    def renamed(waiters: dict[str, Any]) -> None:
        waiters["wait_for_the_job"] = waiters.pop("wait_for_job")

    assert lines(renamed) == [
        "breaking: - waiter `wait_for_job` removed",
        "- waiter `wait_for_the_job` added (polls `get_job`)",
    ]


# The generated waiters.


def declared() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (spec, name, waiter) for spec in PACKAGES for name, waiter in load(spec).get("x-waiters", {}).items()
    ]


@pytest.mark.parametrize(("spec", "name", "waiter"), declared(), ids=lambda value: str(value)[:20])
def test_each_declared_waiter_is_generated_and_is_the_facades_method(
    spec: str, name: str, waiter: dict[str, Any]
) -> None:
    module = importlib.import_module(f"{PACKAGES[spec]}.waiters")
    constant = getattr(module, name.upper())
    acceptors = waiter["acceptors"]
    assert {member.value for member in constant.success} == set(acceptors["success"])
    assert {member.value for member in constant.failure} == set(acceptors.get("failure", []))
    schedule = waiter["schedule"]
    assert (constant.schedule.interval, constant.schedule.timeout) == (
        schedule["interval"],
        schedule["timeout"],
    )
    assert constant.schedule.backoff == schedule.get("backoff", 1)
    for facade, mixin in zip(FACADES[spec], (module.Waiters, module.AsyncWaiters), strict=True):
        method = getattr(facade, name)
        assert method is getattr(mixin, name), f"{facade.__name__}.{name} is not the generated waiter"
        parameters = inspect.signature(method).parameters
        assert parameters["interval"].default == schedule["interval"]
        assert parameters["timeout"].default == schedule["timeout"]
        assert {member.value for member in parameters["until"].default} == set(acceptors["success"])
