"""Fixtures shared by every layer of tests: the sandbox (started once per session) and the facades on it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.facades import IVH, QINIU, REALSEE, Controls
from tests.servers import sandbox_cli
from vrlive.ivh import Ivh
from vrlive.qnlive import QnLive
from vrlive.realsee import Realsee
from vrlive_sandbox import Sandbox, SandboxConfig

# This project's own tests read responses strictly: a value a spec does not list (drift between a
# spec, the sandbox and the examples) fails a test here, while users' code is tolerant by default.
# Subprocesses (the CLI, the sandbox) inherit it.
os.environ["VRLIVE_STRICT"] = "1"


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(SandboxConfig()) as running:
        yield running


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """An httpx client on the sandbox's API, after a reset (fresh state, clock, log and faults)."""
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
def controls(api: httpx.Client) -> Controls:
    """The sandbox's controls, after a reset."""
    return Controls(api)


@pytest.fixture
def realsee(sandbox: Sandbox, controls: Controls) -> Iterator[Realsee]:
    with Realsee(**REALSEE, base_url=sandbox.api_url) as client:
        yield client


@pytest.fixture
def qnlive(sandbox: Sandbox, controls: Controls) -> Iterator[QnLive]:
    with QnLive(sandbox.api_url, app_id="live_app_1", user_id="user_1", **QINIU) as client:
        yield client


@pytest.fixture
def ivh(sandbox: Sandbox, controls: Controls) -> Iterator[Ivh]:
    with Ivh(**IVH, base_url=sandbox.api_url) as client:
        yield client
