"""``x-channels``: the preflight checks the declaration, ``generator diff`` compares the messages."""

from __future__ import annotations

import copy
from typing import Any

from generator.channels import read_channels
from generator.diff import compare_specs
from generator.extensions import SpecProblem
from tests.specs import load


def renamed(document: dict[str, Any], schema: str, old: str, new: str) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    properties = changed["components"]["schemas"][schema]["properties"]
    properties[new] = properties.pop(old)
    required = changed["components"]["schemas"][schema].get("required", [])
    changed["components"]["schemas"][schema]["required"] = [new if name == old else name for name in required]
    return changed


def lines(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    changes, _ = compare_specs(old, new)
    return [("breaking: " if change.breaking else "") + change.line() for change in changes]


def test_a_renamed_downstream_field_is_reported_like_any_response_field() -> None:
    spec = load("ivh")
    found = lines(spec, renamed(spec, "ChannelEvent", "SpeakStatus", "SpeechStatus"))
    rename = "response field `ChannelEvent.SpeakStatus` renamed `SpeechStatus` (`channel command_channel`)"
    assert f"breaking: - {rename}" in found


def test_an_upstream_field_made_required_breaks_callers() -> None:
    spec = load("ivh")
    changed = copy.deepcopy(spec)
    changed["components"]["schemas"]["StreamTextData"]["required"].append("IsFinal")
    assert (
        "breaking: - request field `StreamTextData.IsFinal` now required (`channel command_channel`)"
        in lines(spec, changed)
    )


def test_messages_and_channels_added_or_removed() -> None:
    spec = load("ivh")
    fewer = copy.deepcopy(spec)
    del fewer["x-channels"]["command_channel"]["upstream"]["messages"]["SEND_HEARTBEAT"]
    assert "breaking: - upstream message `SEND_HEARTBEAT` removed (`channel command_channel`)" in lines(
        spec, fewer
    )
    none = copy.deepcopy(spec)
    del none["x-channels"]
    assert "- channel `command_channel` added" in lines(none, spec)


def test_the_preflight_names_each_problem_of_a_declaration() -> None:
    spec = copy.deepcopy(load("ivh"))
    channel = spec["x-channels"]["command_channel"]
    channel["path"] = "no-slash"
    channel["after"] = "start_the_session"
    channel["colour"] = "red"
    channel["downstream"]["messages"]["3"] = {"$ref": "#/components/schemas/NoSuchMessage"}
    problems: list[SpecProblem] = []
    read_channels(spec, problems)
    found = {problem.pointer[2:]: problem.message for problem in problems}
    assert "path" in found[("path",)]
    assert "start_the_session" in found[("after",)]
    assert "colour" in found[("colour",)]
    assert "components schema" in found[("downstream", "messages", "3")]
    clean: list[SpecProblem] = []
    assert read_channels(load("ivh"), clean)
    assert not clean
