"""The specs: valid, linted, complete, and faithful to the vendor pages they are written from."""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from generator.sources.document import read_page
from generator.sources.examples import Example
from generator.sources.manifest import PageEntry, load_manifest
from generator.sources.run import iter_page_examples
from generator.sources.spec_index import load_spec
from generator.sources.view import view_page
from tests.specs import ROOT, SPECS, Operation, load, operations, resolve, schema_problems

SPECTRAL = ROOT / "node_modules/.bin/spectral"

MANIFEST = load_manifest(ROOT)


@pytest.mark.parametrize("name", SPECS)
def test_spec_is_valid_openapi(name: str) -> None:
    validate(load(name))


def test_spectral_ruleset_passes() -> None:
    result = subprocess.run(
        [SPECTRAL, "lint", "--fail-severity=warn", "--ruleset", ROOT / ".spectral.yaml", *SPECS.values()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _break(document: dict[str, Any], rule: str) -> None:
    start = document["paths"]["/client/relay/start"]["post"]
    if rule == "operation-summary":
        del start["summary"]
    elif rule == "operation-security-declared":
        del start["security"]
    elif rule == "operation-operationId":
        del start["operationId"]
    elif rule == "success-response-has-example":
        del start["responses"]["200"]["content"]["application/json"]["examples"]
    elif rule == "oas3-unused-component":
        document["components"]["schemas"]["Unused"] = {"type": "object"}
    elif rule == "no-bearer-auth":
        document["components"]["securitySchemes"]["UserToken"] = {"type": "http", "scheme": "bearer"}
    elif rule == "operation-links-vendor-docs":
        start["description"] = "Starts a relay."
    elif rule == "oas3-valid-media-example":
        start["responses"]["200"]["content"]["application/json"]["examples"]["seed"]["value"]["code"] = "0"
    elif rule == "document-declares-envelope":
        del document["x-envelope"]


BROKEN_RULES = [
    "operation-summary",
    "operation-security-declared",
    "operation-operationId",
    "success-response-has-example",
    "oas3-unused-component",
    "no-bearer-auth",
    "operation-links-vendor-docs",
    "oas3-valid-media-example",
    "document-declares-envelope",
]


def test_spectral_rules_catch_their_faults(tmp_path: Path) -> None:
    """Each rule fails a copy of a spec broken in the way it guards against (one Spectral run)."""
    paths = {}
    for rule in BROKEN_RULES:
        document = copy.deepcopy(load("qnlive"))
        _break(document, rule)
        paths[rule] = tmp_path / f"{rule}.yaml"
        paths[rule].write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    result = subprocess.run(
        [
            SPECTRAL,
            "lint",
            "--fail-severity=warn",
            "-f",
            "json",
            "--ruleset",
            ROOT / ".spectral.yaml",
            *paths.values(),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    found = {(Path(item["source"]).stem, item["code"]) for item in json.loads(result.stdout)}
    for rule in BROKEN_RULES:
        assert (rule, rule) in found, f"{rule} did not fire on the spec broken for it"


def _spec_name(page: PageEntry) -> str:
    return next(name for name, path in SPECS.items() if path == ROOT / page.spec)


@pytest.mark.parametrize("page", MANIFEST.pages, ids=lambda page: page.file)
def test_every_operation_a_page_documents_is_in_its_spec(page: PageEntry) -> None:
    ids = {operation.id for operation in operations(_spec_name(page))}
    missing = [name for name in page.operation_ids if name not in ids]
    assert not missing, (
        f"spec/sources/sources.yaml says {page.file} documents {missing}, which {page.spec} lacks"
    )


@pytest.mark.parametrize("page", MANIFEST.pages, ids=lambda page: page.file)
def test_every_endpoint_a_page_names_is_an_operation_of_its_spec(page: PageEntry) -> None:
    spec = load_spec(ROOT, page.spec)
    view = view_page(read_page(ROOT / page.path), [section.heading for section in page.sections])
    # A request sample's URL (e.called) may fill in the path parameters: Spec.find matches it as check does.
    unknown = [f"line {e.line}: {e}" for e in view.endpoints if spec.find(e.method, e.path, e.called) is None]
    # A page of schemas only (a channel's messages: sections, no operations) has no endpoint to name.
    assert view.endpoints or not page.operation_ids, f"{page.file} names no endpoint"
    assert not unknown, (
        f"{page.file} names endpoints {page.spec} lacks: {unknown} (python -m generator sources check)"
    )


@pytest.mark.parametrize("name", SPECS)
def test_every_operation_has_a_source(name: str) -> None:
    """Each operation is documented by a captured page or listed under `elsewhere` with its source."""
    spec = f"spec/{name}.yaml"
    sourced = {
        op
        for entry in [*MANIFEST.pages, *MANIFEST.elsewhere]
        if entry.spec == spec
        for op in (entry.operation_ids if isinstance(entry, PageEntry) else [n for n, _ in entry.operations])
    }
    unsourced = [operation.id for operation in operations(name) if operation.id not in sourced]
    assert not unsourced, f"{spec} has operations spec/sources/sources.yaml does not account for: {unsourced}"


def test_operation_ids_are_unique() -> None:
    ids = [operation.id for operation in operations()]
    assert len(set(ids)) == len(ids), sorted(name for name in ids if ids.count(name) > 1)


def _examples_in(node: Any, spec: Mapping[str, Any]) -> Iterator[Any]:
    """Every example value below ``node`` (media types, parameters, schemas, components)."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "examples" and isinstance(value, Mapping):
                yield from (resolve(spec, example).get("value") for example in value.values())
            elif key == "examples" and isinstance(value, list):
                yield from value
            elif key == "example":
                yield value
            yield from _examples_in(value, spec)
    elif isinstance(node, list):
        for item in node:
            yield from _examples_in(item, spec)


def _all_examples(name: str) -> list[Any]:
    spec = load(name)
    return list(_examples_in(spec, spec))


SEEDS = list(iter_page_examples(ROOT, MANIFEST))


@pytest.mark.parametrize("page", MANIFEST.pages, ids=lambda page: page.file)
def test_every_source_page_has_examples(page: PageEntry) -> None:
    # A page of schemas only (a channel's messages) may document them by tables alone.
    found = any(entry is page for entry, _ in SEEDS)
    assert found or not page.operation_ids, f"no JSON example found on {page.file}"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda seed: f"{seed[0].file}:{seed[1].line}")
def test_seed_example_is_embedded_unchanged(seed: tuple[PageEntry, Example]) -> None:
    page, example = seed
    assert example.value in _all_examples(_spec_name(page)), (
        f"{page.file}:{example.line} is not an example of {page.spec}: "
        f"`python -m generator sources check {page.file}` says what differs, at which line"
    )


def _check(spec: Mapping[str, Any], schema: Mapping[str, Any], value: Any, where: str) -> None:
    problems = schema_problems(spec, schema, value)
    assert not problems, f"{where}: {problems}"


def _example_cases() -> Iterator[tuple[str, Operation, str, Any, Mapping[str, Any]]]:
    for operation in operations():
        body = operation.request_body()
        if body is not None:
            for name, example in body[1].get("examples", {}).items():
                yield f"{operation} request {name}", operation, name, example["value"], body[1]["schema"]
        for parameter in operation.parameters():
            if "example" in parameter:
                yield (
                    f"{operation} parameter {parameter['name']}",
                    operation,
                    parameter["name"],
                    parameter["example"],
                    parameter["schema"],
                )
        for status, media in operation.responses():
            for name, example in media.get("examples", {}).items():
                value = resolve(operation.spec, example)["value"]
                yield f"{operation} {status} {name}", operation, name, value, media["schema"]


EXAMPLE_CASES = list(_example_cases())


@pytest.mark.parametrize(
    ("where", "operation", "name", "value", "schema"), EXAMPLE_CASES, ids=[c[0] for c in EXAMPLE_CASES]
)
def test_example_matches_its_schema(
    where: str, operation: Operation, name: str, value: Any, schema: Mapping[str, Any]
) -> None:
    _check(operation.spec, schema, value, where)


SCHEMA_EXAMPLES = [
    (name, schema_name, value)
    for name in SPECS
    for schema_name, schema in load(name)["components"]["schemas"].items()
    for value in schema.get("examples", [])
]


@pytest.mark.parametrize(
    ("name", "schema_name", "value"), SCHEMA_EXAMPLES, ids=[f"{c[0]}.{c[1]}" for c in SCHEMA_EXAMPLES]
)
def test_schema_examples_match_their_schemas(name: str, schema_name: str, value: Any) -> None:
    _check(load(name), {"$ref": f"#/components/schemas/{schema_name}"}, value, f"{name} {schema_name}")


def test_schema_check_rejects_a_wrong_example() -> None:
    """The example check above can fail: a broken example is caught, with its path."""
    operation = next(op for op in operations("realsee") if op.id == "get_pano_task_status")
    _, media = next(operation.responses())
    with pytest.raises(AssertionError, match=r"data: .* is not valid under any of the given schemas"):
        _check(
            operation.spec,
            media["schema"],
            {"code": 0, "status": "success", "data": {"project_id": "p", "status": "done", "vr_url": ""}},
            "broken",
        )


def test_every_operation_has_a_failure_example() -> None:
    """Each operation documents at least one failure, so the typed errors are exercised."""
    for operation in operations():
        envelope = operation.spec["x-envelope"]
        code_key = envelope["code"].strip("/").split("/")
        failures = []
        for _status, name, value in operation.response_examples():
            code = value
            for key in code_key:
                code = code[key]
            if code not in envelope["success"]:
                failures.append(name)
        assert failures, f"{operation} has no failure example"
