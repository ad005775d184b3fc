"""What every emulated vendor shares: its contract, its guard, and answers from its spec.

Every operation of a vendor's spec is served. A stateful handler serves those whose answers need
state (tokens, tasks, relays, sessions); every other operation is answered from its spec: its
success example (the one named ``success``, else the first whose envelope says success), or a
value built from its success response's schema when it declares none. Either way the request
first passes the vendor's guard: the credentials its ``security`` names, checked as the vendor
checks them, then the request against the spec. So adding an operation to a spec needs no
sandbox code.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from vrlive_sandbox.contract import Contract, OperationContract
from vrlive_sandbox.http import Handler, Reply, Request, Route
from vrlive_sandbox.samples import sample

Authenticator = Callable[[Request], Reply | None]
"""Checks one security scheme's credentials: the vendor's refusal, or None to let the request in."""


class Vendor(ABC):
    """One emulated API: its operations, each behind the vendor's guard."""

    name: str

    def __init__(self, spec: Mapping[str, Any] | None = None) -> None:
        """The vendor of ``spec`` (a test's variant), else of its own document."""
        self.contract = Contract(self.name, spec)

    @abstractmethod
    def handlers(self) -> dict[str, Handler]:
        """The stateful handlers, by operationId (the spec answers every other operation)."""

    @abstractmethod
    def authenticators(self) -> dict[str, Authenticator]:
        """The check of each security scheme of the vendor's spec, by the scheme's name."""

    @abstractmethod
    def refuse(self, request: Request, problems: list[str]) -> Reply:
        """The vendor's answer to a request that breaks its operation in the spec (``problems``)."""

    @abstractmethod
    def reset(self) -> None:
        """Forget everything (tokens, rooms, relays, sessions...)."""

    def answered_from_spec(self) -> list[str]:
        """The operations of the spec that no stateful handler serves: their spec answers them."""
        return sorted(self.contract.operations.keys() - self.handlers().keys())

    def routes(self) -> list[Route]:
        handlers = self.handlers()
        return [
            Route(
                operation.method,
                operation.path,
                self.name,
                operation.id,
                self.guard(operation.id, handlers.get(operation.id) or spec_answer(operation)),
            )
            for operation in self.contract.operations.values()
        ]

    def guard(self, operation_id: str, handler: Handler) -> Handler:
        """``handler`` behind the vendor's checks: the credentials the operation's security names,
        then the request against the spec."""
        contract = self.contract.operations[operation_id]

        def guarded(request: Request) -> Reply:
            refused = self.authenticate(contract, request)
            if refused is not None:
                return refused
            problems = contract.problems(request)
            if problems:
                return self.refuse(request, problems)
            return handler(request)

        return guarded

    def authenticate(self, contract: OperationContract, request: Request) -> Reply | None:
        """None when one of the operation's security requirements admits ``request``; else the
        refusal of the first requirement."""
        if not contract.security or not all(contract.security):
            return None
        checks = self.authenticators()
        first_refusal: Reply | None = None
        for requirement in contract.security:
            unknown = sorted(requirement - checks.keys())
            if unknown:
                detail = (
                    f"the sandbox cannot check the security scheme {', '.join(unknown)} of "
                    f"{self.name} {contract.id}; it checks {', '.join(sorted(checks))}"
                )
                return Reply.problem(501, "Not Implemented", detail)
            # A scheme checked with others (IVH's appkey, timestamp and signature) is checked once.
            refusal = _first_refusal(dict.fromkeys(checks[name] for name in sorted(requirement)), request)
            if refusal is None:
                return None
            first_refusal = first_refusal or refusal
        return first_refusal


def _first_refusal(checks: Iterable[Authenticator], request: Request) -> Reply | None:
    for check in checks:
        refusal = check(request)
        if refusal is not None:
            return refusal
    return None


def spec_answer(operation: OperationContract) -> Handler:
    """A handler answering ``operation``'s success example, or a value built from its schema."""
    example = operation.success_example()
    if example is not None:
        reply = Reply.json(example.status, example.value)
        return lambda request: reply
    if not operation.success_schemas:
        detail = f"{operation.id} declares no success response for the sandbox to answer with"
        refusal = Reply.problem(501, "Not Implemented", detail)
        return lambda request: refusal
    status, schema = operation.success_schemas[0]
    if schema is None:
        empty = Reply(status)
        return lambda request: empty
    built = sample(operation.spec, schema)
    envelope = operation.envelope
    if envelope.code and envelope.success and isinstance(built, dict):
        _set(built, envelope.code, envelope.success[0])
    problems = [error.message for error in operation.validator(schema).iter_errors(built)]
    if problems:
        detail = (
            f"{operation.id} has no success example, and the value built from its schema breaks it "
            f"({problems[0]}): add a named success example to its {status} response"
        )
        refusal = Reply.problem(501, "Not Implemented", detail)
        return lambda request: refusal
    reply = Reply.json(status, built)
    return lambda request: reply


def _set(document: dict[str, Any], pointer: tuple[str, ...], value: Any) -> None:
    *parents, last = pointer
    for key in parents:
        document = document.setdefault(key, {})
    document[last] = value


__all__ = ["Authenticator", "Vendor", "spec_answer"]
