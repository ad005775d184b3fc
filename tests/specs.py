"""Loading the specs and walking their operations and examples, for tests."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema

from vrlive_core.openapi import load as load_document
from vrlive_core.openapi import resolve, schema_validator

ROOT = Path(__file__).resolve().parents[1]
SPECS = {
    "realsee": ROOT / "spec/realsee.yaml",
    "qnlive": ROOT / "spec/qnlive.yaml",
    "ivh": ROOT / "spec/ivh.yaml",
}
PACKAGES = {"realsee": "realsee_client", "qnlive": "qnlive_client", "ivh": "ivh_client"}
METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def load(name: str) -> dict[str, Any]:
    return load_document(SPECS[name])  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Operation:
    spec_name: str
    path: str
    method: str
    data: Mapping[str, Any]

    @property
    def id(self) -> str:
        return str(self.data["operationId"])

    @property
    def spec(self) -> dict[str, Any]:
        return load(self.spec_name)

    def __str__(self) -> str:
        return f"{self.spec_name}.{self.id}"

    def parameters(self) -> list[Mapping[str, Any]]:
        item = self.spec["paths"][self.path]
        return [
            resolve(self.spec, p) for p in [*item.get("parameters", []), *self.data.get("parameters", [])]
        ]

    def request_body(self) -> tuple[str, Mapping[str, Any]] | None:
        body = self.data.get("requestBody")
        if body is None:
            return None
        ((media_type, content),) = resolve(self.spec, body)["content"].items()
        return media_type, content

    def responses(self) -> Iterator[tuple[int, Mapping[str, Any]]]:
        """``(status, media type object)`` of every JSON response."""
        for status, response in self.data["responses"].items():
            content = resolve(self.spec, response).get("content", {})
            if "application/json" in content:
                yield int(status), content["application/json"]

    def response_examples(self) -> Iterator[tuple[int, str, Any]]:
        """``(status, name, value)`` of every named response example."""
        for status, media in self.responses():
            for name, example in media.get("examples", {}).items():
                yield status, name, resolve(self.spec, example)["value"]


def operations(spec_name: str | None = None) -> list[Operation]:
    found = []
    for name in SPECS if spec_name is None else [spec_name]:
        for path, item in load(name)["paths"].items():
            for method in METHODS:
                if method in item:
                    found.append(Operation(name, path, method, item[method]))
    return found


@functools.cache
def _validator(name: str) -> Callable[[Mapping[str, Any]], jsonschema.Draft202012Validator]:
    return schema_validator(load(name))


def schema_problems(spec: Mapping[str, Any], schema: Mapping[str, Any], value: Any) -> list[str]:
    """What in ``value`` breaks ``schema`` (a schema of ``spec``, with local references), as texts."""
    name = next(key for key in SPECS if load(key) is spec or load(key) == spec)
    validator = _validator(name)(schema)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(value)]
