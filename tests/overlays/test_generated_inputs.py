"""Generated arguments, hostile and valid mixed, for every resource method of the three facades,
sent against the sandbox (hypothesis draws them). Every call ends in one of three ways: success,
RequestValidationError (nothing sent), or a typed API error from the sandbox. Never a raw Python
exception, a transport error or an answer that does not parse; and no request that breaks its spec
leaves (the sandbox's contract guard fails the test otherwise).

Run with ``-s`` to see the count of calls and outcomes of each method.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import math
import socket
import threading
import typing
from collections import Counter
from collections.abc import Callable
from functools import cached_property
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.calls import fields_of
from tests.hostile import FLAVOURS, HostileServer, Seen, answer
from tests.specs import PACKAGES, Operation, operations
from vrlive import AsyncQnLive, Ivh, QnLive, Realsee
from vrlive.transports import DEFAULT_LIMITS, async_http_transport
from vrlive_core.errors import APIError, NotFoundError, RequestValidationError, ResponseValidationError
from vrlive_sandbox.controls import SandboxControls

FACADES: dict[str, Callable[[], Any]] = {
    "realsee": Realsee,
    "qnlive": lambda: QnLive(user_id="user_1"),
    "ivh": Ivh,
}
EXAMPLES = 125
"""Calls per method (hypothesis examples)."""

LEFT_OUT: Any = object()
"""An argument not given at all."""


def resource_class(spec: str, tag: str) -> Any:
    """The sync resource class of a tag of the spec's generated ``Resources``."""
    resources = importlib.import_module(f"{PACKAGES[spec]}.resources").Resources
    return typing.get_type_hints(vars(resources)[tag].func)["return"]


def resource_methods(spec: str) -> list[tuple[str, str]]:
    """(tag, method) of every resource method of a spec's generated ``Resources``."""
    resources = importlib.import_module(f"{PACKAGES[spec]}.resources").Resources
    found = []
    for tag, attribute in vars(resources).items():
        if isinstance(attribute, cached_property):
            resource = resource_class(spec, tag)
            found += [
                (tag, name)
                for name, member in vars(resource).items()
                if inspect.isfunction(member) and not name.startswith("_")
            ]
    return found


def operation(spec: str, name: str) -> Operation:
    """The operation a resource method calls: its own, or the paged one an iterator walks."""
    return next(op for op in operations(spec) if name in (op.id, iterator_of(op)))


def iterator_of(op: Operation) -> str | None:
    """The name of the iterator the operation's ``x-pagination`` declares, if any."""
    paging = op.data.get("x-pagination")
    return str(paging["iterator"]) if isinstance(paging, dict) else None


def parameters(spec: str, tag: str, name: str) -> dict[str, Any]:
    """The method's arguments (but a prebuilt ``body``) with their annotations."""
    hints = typing.get_type_hints(getattr(resource_class(spec, tag), name))
    return {argument: hint for argument, hint in hints.items() if argument not in ("return", "body")}


ALL_METHODS = [(spec, tag, name) for spec in FACADES for tag, name in resource_methods(spec)]
METHODS = [method for method in ALL_METHODS if parameters(*method)]
"""Every method that takes arguments."""

ODD_TEXT = [
    "",
    ".",
    "..",
    "/",
    "a/../b",
    "%2e%2e",
    "?x=1",
    " ",
    "\ud800",
    "x\udfffy",
    "\x00",
    "\r\n",
    "é" * 300,
]
text = st.text(st.characters(codec=None, categories=["L", "N", "P", "Cs", "Cc", "Zs"]), max_size=40)
scalars = st.one_of(
    st.sampled_from(ODD_TEXT),
    text,
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.binary(max_size=8),
    st.booleans(),
    st.none(),
    st.builds(object),
)
hostile = st.one_of(
    scalars,
    st.lists(scalars, max_size=3),
    st.dictionaries(st.one_of(text, st.integers()), scalars, max_size=3),
)


def model_values(model: type) -> st.SearchStrategy[Any]:
    """Instances of a generated model with hostile additional properties (the free-form ones)."""

    def make(extra: dict[Any, Any]) -> Any:
        instance = model()
        if hasattr(instance, "additional_properties"):
            instance.additional_properties = extra
        return instance

    return st.builds(make, st.dictionaries(st.one_of(text, st.integers()), scalars, max_size=3))


def argument_values(hint: Any, optional: bool) -> st.SearchStrategy[Any]:
    """Hostile values for one argument: anything, models of its type with hostile free-form
    fields, and (for an argument with a default) nothing at all."""
    options: list[st.SearchStrategy[Any]] = [hostile]
    if optional:  # (leaving out one Python requires is Python's TypeError, before any check)
        options.append(st.just(LEFT_OUT))
    for model in (option for option in typing.get_args(hint) or (hint,) if attrs.has(option)):
        if not any(field.default is attrs.NOTHING for field in attrs.fields(model) if field.init):
            options.append(model_values(model))  # (a model with required fields is left to the rest)
    return st.one_of(options)


def call_arguments(spec: str, tag: str, name: str) -> st.SearchStrategy[dict[str, Any]]:
    """A call's arguments: the spec example's, with none, some or all of them made hostile."""
    valid = fields_of(operation(spec, name))
    signature = inspect.signature(getattr(resource_class(spec, tag), name)).parameters
    hints = parameters(spec, tag, name)
    values = {
        argument: argument_values(hint, signature[argument].default is not inspect.Parameter.empty)
        for argument, hint in hints.items()
    }

    @st.composite
    def draw(data: st.DrawFn) -> dict[str, Any]:
        some = st.sets(st.sampled_from(sorted(hints)), min_size=1, max_size=len(hints))
        chosen = data(st.one_of(st.just(set()), some, some, some))  # a quarter of the calls all valid
        return {
            argument: data(values[argument]) if argument in chosen else valid.get(argument, LEFT_OUT)
            for argument in hints
        }

    return draw()


class Outcomes:
    """How the calls of one method ended."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.others: list[str] = []

    def record(self, call: Callable[[], object], arguments: dict[str, Any]) -> None:
        try:
            call()
        except RequestValidationError:
            self.counts["RequestValidationError"] += 1
        except ResponseValidationError as error:  # an answer that did not parse: not the input's fault
            self.others.append(f"{arguments!r}: {error!r}")
        except APIError as error:
            self.counts[f"API error ({type(error).__name__})"] += 1
        except Exception as error:
            self.others.append(f"{arguments!r}: {type(error).__name__}: {error}")
        else:
            self.counts["success"] += 1


def _given(arguments: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in arguments.items() if value is not LEFT_OUT}


@pytest.mark.vrlive_sandbox(relay_answer="accept")
@pytest.mark.parametrize(("spec", "tag", "name"), METHODS, ids=[f"{s}.{t}.{n}" for s, t, n in METHODS])
def test_generated_arguments_end_in_success_refusal_or_a_typed_api_error(
    spec: str, tag: str, name: str, controls: SandboxControls
) -> None:
    outcomes = Outcomes()
    with FACADES[spec]() as facade:
        method = getattr(getattr(facade, tag), name)

        @settings(
            max_examples=EXAMPLES,
            database=None,
            deadline=None,
            derandomize=True,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        @given(call_arguments(spec, tag, name))
        def run(arguments: dict[str, Any]) -> None:
            if name == iterator_of(operation(spec, name)):  # pages are asked for as they are read
                outcomes.record(lambda: list(method(**_given(arguments))), arguments)
            else:
                outcomes.record(lambda: method(**_given(arguments)), arguments)

        run()
    calls = sum(outcomes.counts.values()) + len(outcomes.others)
    print(f"\n{spec}.{tag}.{name}: {calls} calls, {dict(outcomes.counts)}, others: {len(outcomes.others)}")
    assert outcomes.others == []
    assert calls >= EXAMPLES
    assert outcomes.counts["RequestValidationError"] > 0


def test_the_async_facades_refuse_the_same_arguments(controls: SandboxControls) -> None:
    async def run() -> list[str]:
        async with AsyncQnLive(user_id="user_1") as live:
            ended = []
            for value in ["", "..", "\ud800", math.nan, b"bytes", []]:
                try:
                    await live.relay.get_relay_session(relay_id=value)
                except (RequestValidationError, NotFoundError) as error:
                    ended.append(f"{type(error).__name__}: {error}".split(" (code")[0])
            return ended

    prefix = "RequestValidationError: invalid get_relay_session request: relay_id: "
    assert asyncio.run(run()) == [
        prefix + "must have at least 1 character (minLength), has 0",
        "NotFoundError: qnlive get_relay_session: not found",  # ".." is a relay id like any other
        prefix + "not valid Unicode text (a lone surrogate at index 0)",
        prefix + "expected a string, got float",
        prefix + "expected a string, got bytes",
        prefix + "expected a string, got list",
    ]


# Observation 12 on the wire: what the server receives, through every transport the facades use.

RELAY = json.dumps(next(operation("qnlive", "get_relay_session").response_examples())[2]).encode()


def relay_server() -> HostileServer:
    def serve(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        answer(connection, RELAY)

    return HostileServer(serve)


def get_relay_session(flavour: str, url: str, relay_id: str) -> None:
    if flavour == "sync":
        with QnLive(url, token="token-1", max_retries=0) as live:
            live.relay.get_relay_session(relay_id)
        return
    options = (
        {"async_transport": async_http_transport(DEFAULT_LIMITS)} if flavour.endswith("httpcore") else {}
    )

    async def run() -> None:
        async with AsyncQnLive(url, token="token-1", max_retries=0, **options) as live:
            await live.relay.get_relay_session(relay_id)

    asyncio.run(run())


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("relay_id", ["..", ".", "a/..", "%2e%2e", "../../server/auth/token"])
def test_a_path_parameter_reaches_the_server_as_one_segment(flavour: str, relay_id: str) -> None:
    with relay_server() as server:
        get_relay_session(flavour, server.url, relay_id)
        (seen,) = server.seen
    prefix, _, segment = seen.path.rpartition("/")
    assert prefix == "/client/relay", seen.path
    assert "/" not in segment, seen.path
    assert segment not in (".", ".."), seen.path


def test_every_operation_of_the_specs_is_a_method_of_the_run() -> None:
    in_the_run = sorted(name for _, _, name in ALL_METHODS)
    declared = [
        name for spec in FACADES for op in operations(spec) for name in (op.id, iterator_of(op)) if name
    ]
    assert in_the_run == sorted(declared)
