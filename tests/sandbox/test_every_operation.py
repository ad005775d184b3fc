"""Every operation of every spec, called through its facade against the sandbox in one run, with
its example request: the name, route and outcome of each, printed (``pytest -s``) as the closing
evidence of issue 24 asks. The operations come from the specs, so one added to a spec is called
here too, with no edit. Where a spec links an earlier operation's answer to a later one's
parameters (``links``: the room just created, the project just created), the later call takes
them, as a client following the link would."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from tests.calls import as_json, fields_of, python_name, request_example
from tests.specs import Operation, operations, resolve
from vrlive.ivh import Ivh
from vrlive.qnlive import QnLive
from vrlive.realsee import Realsee
from vrlive_core.errors import APIError
from vrlive_sandbox.controls import SandboxControls


def _outcome(result: Any) -> str:
    if result is None:
        return "ok"
    if isinstance(result, list):
        kinds = sorted({type(item).__name__ for item in result})
        return f"ok: list of {len(result)} {', '.join(kinds) or 'items'}"
    return f"ok: {type(result).__name__}"


MISSING = object()


def _at(document: Any, pointer: str) -> Any:
    for key in (part for part in pointer.split("/") if part):
        if not isinstance(document, Mapping) or key not in document:
            return MISSING
        document = document[key]
    return document


def _evaluate(expression: object, operation: Operation, result: Any) -> Any:
    """A link's runtime expression (``$response.body#/data/room_code``, ``$request.body#/app_id``)
    against an earlier call: its example request and the data it returned (in its envelope)."""
    if not isinstance(expression, str) or "#" not in expression:
        return MISSING
    source, pointer = expression.split("#", 1)
    if source == "$request.body":
        return _at(request_example(operation), pointer)
    if source == "$response.body":
        body: Any = as_json(result)
        envelope = operation.spec.get("x-envelope")
        for key in reversed([part for part in (envelope or {}).get("data", "").split("/") if part]):
            body = {key: body}
        return _at(body, pointer)
    return MISSING


def _linked(operation: Operation, answered: list[tuple[Operation, Any]]) -> dict[str, Any]:
    """The arguments earlier successful calls give ``operation`` through their responses' links."""
    found = {}
    for earlier, result in answered:
        for response in earlier.data["responses"].values():
            for link in resolve(earlier.spec, response).get("links", {}).values():
                if link.get("operationId") != operation.id:
                    continue
                for name, expression in link.get("parameters", {}).items():
                    value = _evaluate(expression, earlier, result)
                    if value is not MISSING:
                        found[python_name({"name": str(name).split(".")[-1]})] = value
    return found


def test_every_operation_through_its_facade_in_one_run(
    controls: SandboxControls, realsee: Realsee, qnlive: QnLive, ivh: Ivh
) -> None:
    facades = {"realsee": realsee, "qnlive": qnlive, "ivh": ivh}
    app = controls.sandbox.app
    vendors = {vendor.name: vendor for vendor in (app.realsee, app.qnlive, app.ivh)}
    rows: list[tuple[Operation, str, str]] = []
    answered: list[tuple[Operation, Any]] = []
    for operation in operations():
        tag = str(PythonIdentifier(operation.data["tags"][0], prefix=""))
        method = getattr(getattr(facades[operation.spec_name], tag), operation.id)
        try:
            result = method(**{**fields_of(operation), **_linked(operation, answered)})
        except APIError as error:  # the vendor's refusal (an example naming what is not there)
            outcome = f"refused: {type(error).__name__} {error.code}: {error.message}"
        else:
            answered.append((operation, result))
            outcome = _outcome(result)
        from_spec = operation.id in vendors[operation.spec_name].answered_from_spec()
        rows.append((operation, outcome, "spec" if from_spec else "stateful"))
    width = max(len(f"{op.spec_name}.{tag_method(op)}") for op, _, _ in rows)
    route = max(len(op.path) for op, _, _ in rows)
    for operation, outcome, how in rows:
        name = f"{operation.spec_name}.{tag_method(operation)}"
        print(f"{name:<{width}}  {operation.method.upper():<4} {operation.path:<{route}}  {how:<8} {outcome}")
    print(f"{len(rows)} operations called, {sum(o.startswith('ok') for _, o, _ in rows)} succeeded")
    records = controls.requests()
    assert {op.id for op, _, _ in rows} <= {record.operation for record in records}  # each one was sent
    for record in records:  # and answered as its spec declares (the plugin's guard checked each request)
        assert record.status in _declared(record.operation), record
    # What the spec answers, it answers as a success: the example request is a valid one.
    refused = [(op.id, said) for op, said, how in rows if how == "spec" and not said.startswith("ok")]
    assert refused == []


def tag_method(operation: Operation) -> str:
    return f"{operation.data['tags'][0]}.{operation.id}"


def _declared(operation_id: str | None) -> set[int]:
    operation = next(op for op in operations() if op.id == operation_id)
    return {int(status) for status in operation.data["responses"] if str(status).isdigit()}
