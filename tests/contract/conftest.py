"""Servers for contract tests: one Prism mock per spec, started once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import ServerProcess, free_port
from tests.specs import ROOT, SPECS

PRISM = ROOT / "node_modules/.bin/prism"


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Base URL of a `prism mock --errors` for each spec, on free 127.0.0.1 ports."""
    logs: Path = tmp_path_factory.mktemp("prism")
    servers = []
    for name, spec in SPECS.items():
        port = free_port()
        command = [PRISM, "mock", "--errors", "-h", "127.0.0.1", "-p", str(port), spec]
        servers.append(
            ServerProcess(f"prism {name}", command, f"http://127.0.0.1:{port}", logs / f"{name}.log")
        )
    try:
        for server in servers:
            server.wait_until_answering()
        yield {name: server.url for name, server in zip(SPECS, servers, strict=True)}
    finally:
        for server in servers:
            server.stop()
