"""Fixtures of the construct suite: every document rendered once per session, in both modes, and a
loopback server the generated operations call."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from attrs import frozen

from generator.findings import Finding
from tests.constructs.catalog import MODES, render_all
from tests.constructs.stub import StubServer


@frozen
class Rendered:
    """The session's renderings: ``folder/<document>_<mode>/``, importable."""

    folder: Path
    warnings: dict[tuple[str, str], list[Finding]]

    def packages(self) -> list[str]:
        return sorted(f"{stem}_{mode}" for stem, mode in self.warnings)


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rendered]:
    folder = tmp_path_factory.mktemp("constructs")
    warnings = render_all(folder)
    sys.path.insert(0, str(folder))
    try:
        yield Rendered(folder, warnings)
    finally:
        sys.path.remove(str(folder))


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    """``plain`` (the document as written) or ``enveloped`` (with an x-envelope)."""
    return str(request.param)


@pytest.fixture(scope="session")
def stub_server() -> Iterator[StubServer]:
    with StubServer() as server:
        yield server


@pytest.fixture
def stub(stub_server: StubServer) -> StubServer:
    stub_server.seen.clear()
    stub_server.queue.clear()
    stub_server.answer(500, text="no answer was set")
    return stub_server


class Api:
    """One rendered package, and the stub it sends to."""

    def __init__(self, package: str, mode: str, stub: StubServer) -> None:
        self.package = package
        self.mode = mode
        self.stub = stub

    def module(self, dotted: str) -> ModuleType:
        return importlib.import_module(f"{self.package}.{dotted}")

    def operation(self, tag: str, name: str) -> ModuleType:
        return self.module(f"api.{tag}.{name}")

    @property
    def models(self) -> ModuleType:
        return self.module("models")

    def client(self, token: str | None = None) -> Any:
        module = self.module("client")
        if token is not None:
            return module.AuthenticatedClient(base_url=self.stub.url, token=token)
        return module.Client(base_url=self.stub.url)

    def resources(self, client: Any = None, *, asynchronous: bool = False) -> Any:
        bound = self.module("resources")
        kind = bound.AsyncClientResources if asynchronous else bound.ClientResources
        return kind(client if client is not None else self.client())

    def succeed(self, data: object, status: int = 200) -> None:
        """Answer ``data`` as a success: as it is, or in the envelope in enveloped mode."""
        self.stub.answer(status, json_body=self.body(data))

    def succeed_in_turn(self, *data: object) -> None:
        """Answer the next requests with these successes, one each (as :meth:`succeed` answers)."""
        self.stub.answer_in_turn(*(self.body(each) for each in data))

    def body(self, data: object) -> object:
        """``data`` as a success's body: as it is, or in the envelope in enveloped mode."""
        return data if self.mode == "plain" else {"code": 0, "message": "ok", "data": data}


@pytest.fixture
def api(rendered: Rendered, mode: str, stub: StubServer) -> Callable[[str], Api]:
    """``api("responses")``: the rendering of documents/responses.yaml in this test's mode."""

    def bound(document: str) -> Api:
        assert (document, mode) in rendered.warnings, f"no document {document}.yaml"
        return Api(f"{document}_{mode}", mode, stub)

    return bound
