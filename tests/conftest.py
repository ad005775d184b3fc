"""Fixtures of this repository's tests, on the sandbox's own pytest plugin (``vrlive_sandbox``):
what is left here is what only this repository needs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.servers import sandbox_cli
from vrlive.ivh import Ivh
from vrlive.qnlive import QnLive
from vrlive.realsee import Realsee
from vrlive_sandbox import Sandbox
from vrlive_sandbox.controls import SandboxControls

# This project's own tests read responses strictly: a value a spec does not list (drift between a
# spec, the sandbox and the examples) fails a test here, while users' code is tolerant by default.
# Subprocesses (the CLI, the sandbox) inherit it.
os.environ["VRLIVE_STRICT"] = "1"

MARKED_BY_FIXTURE = {"prism": pytest.mark.prism, "wheel": pytest.mark.install}
"""The marker (pyproject.toml) of every test that uses the fixture, directly or through another."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        for fixture, marker in MARKED_BY_FIXTURE.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(marker)


@pytest.fixture(scope="session")
def sandbox(vrlive_sandbox_server: Sandbox) -> Sandbox:
    """The plugin's session sandbox, for tests of the sandbox itself."""
    return vrlive_sandbox_server


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """An httpx client on the sandbox's API, after a reset (the sandbox's own tests, over HTTP)."""
    with httpx.Client(base_url=sandbox.api_url, timeout=30) as client:
        client.post("/_sandbox/reset").raise_for_status()
        yield client


@pytest.fixture(scope="session")
def sandbox_process() -> Iterator[dict[str, Any]]:
    """``python -m vrlive_sandbox`` in its own process: what it prints (URLs, environment).

    For tests that must see only the client's side, such as its logs.
    """
    with sandbox_cli() as info:
        yield info


@pytest.fixture
def controls(vrlive_sandbox: SandboxControls) -> SandboxControls:
    return vrlive_sandbox


@pytest.fixture
def realsee(controls: SandboxControls) -> Iterator[Realsee]:
    with Realsee() as client:  # the plugin set the environment
        yield client


@pytest.fixture
def qnlive(controls: SandboxControls) -> Iterator[QnLive]:
    with QnLive(user_id="user_1") as client:
        yield client


@pytest.fixture
def ivh(controls: SandboxControls) -> Iterator[Ivh]:
    with Ivh() as client:
        yield client


@pytest.fixture(autouse=True)
def _writes_nothing_into_the_checkout(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that runs the CLI or a flow in the working folder must give it a folder of its own:
    state and lock files left in the checkout would be read by the next run (and by a user's)."""
    root = request.config.rootpath
    before = {path.name for path in root.glob(".vrlive-*")}
    yield
    left = sorted({path.name for path in root.glob(".vrlive-*")} - before)
    assert not left, f"the test left {left} in {root}: run it in a folder of its own (monkeypatch.chdir)"
