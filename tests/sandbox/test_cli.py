"""`python -m vrlive_sandbox`: prints where it listens, answers, and stops cleanly on SIGTERM."""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys

import httpx

import vrlive_sandbox
from tests.specs import ROOT
from vrlive_sandbox.__main__ import build_parser
from vrlive_sandbox.controls import SandboxControls


def _start(*arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "vrlive_sandbox", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def test_json_mode_prints_urls_then_serves_then_stops_on_sigterm() -> None:
    process = _start("--json")
    try:
        assert process.stdout is not None
        info = json.loads(process.stdout.readline())
        assert info["api"].startswith("http://127.0.0.1:")
        assert info["s3"].startswith("http://127.0.0.1:")
        credentials = info["environment"]
        form = {"app_key": credentials["REALSEE_APP_KEY"], "app_secret": credentials["REALSEE_APP_SECRET"]}
        answer = httpx.post(f"{info['api']}/auth/access_token", data=form).json()
        assert answer["code"] == 0
        assert httpx.get(f"{info['api']}/_sandbox").json()["s3"] == info["s3"]
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    assert process.stdout.read() == ""  # --json prints one line and nothing else


def test_human_mode_prints_the_urls_and_stops_on_ctrl_c() -> None:
    process = _start()
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("vrlive sandbox: APIs at http://127.0.0.1:")
        api = first.split("APIs at ", 1)[1].split()[0]
        exports = [process.stdout.readline() for _ in range(4)]
        assert f"  export SANDBOX_API={api}\n" in exports  # what the README's walk-through reads
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
    assert "vrlive sandbox stopped." in process.stdout.read()


def test_every_option_says_what_it_does() -> None:
    undocumented = [
        action.option_strings[0]
        for action in build_parser()._actions
        if action.option_strings and not (action.help and action.help.strip())
    ]
    assert undocumented == []


def test_the_help_shows_every_default() -> None:
    parser = build_parser()
    without = [
        action.option_strings[0]
        for action in parser._actions
        if action.option_strings
        and action.default not in (None, False, argparse.SUPPRESS)
        and "default" not in (action.help or "")
    ]
    assert without == []
    shown = " ".join(parser.format_help().split())
    for option, default in (
        ("--token-ttl", "300"),
        ("--relay-answer-seconds", "2"),
        ("--ready-seconds", "3"),
    ):
        assert f"(default {default})" in shown.split(option, 2)[2], option


def test_through_the_vrlive_command_the_help_names_it() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vrlive", "sandbox", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: vrlive sandbox [-h]")
    assert "python -m vrlive_sandbox" not in result.stdout


def test_the_fixture_type_is_exported_and_named_in_the_readme() -> None:
    assert vrlive_sandbox.SandboxControls is SandboxControls
    assert "SandboxControls" in vrlive_sandbox.__all__
    assert "from vrlive_sandbox import SandboxControls" in (ROOT / "README.md").read_text(encoding="utf-8")
