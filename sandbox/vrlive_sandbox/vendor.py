"""What every emulated vendor shares: its contract, and routes that pass its checks first."""

from __future__ import annotations

from abc import ABC, abstractmethod

from vrlive_sandbox.contract import Contract
from vrlive_sandbox.http import Handler, Reply, Request, Route


class Vendor(ABC):
    """One emulated API: a handler per operation of its spec, each behind the vendor's guard."""

    name: str

    def __init__(self) -> None:
        self.contract = Contract(self.name)

    @abstractmethod
    def handlers(self) -> dict[str, Handler]:
        """The handler of every operationId in the vendor's spec."""

    @abstractmethod
    def guard(self, operation_id: str, handler: Handler) -> Handler:
        """``handler`` behind the vendor's own checks (credentials, then the request's shape)."""

    @abstractmethod
    def reset(self) -> None:
        """Forget everything (tokens, rooms, relays, sessions...)."""

    def unemulated(self) -> list[str]:
        """Operations of the spec the sandbox has no handler for (a spec that grew before the sandbox)."""
        return sorted(self.contract.operations.keys() - self.handlers().keys())

    def routes(self) -> list[Route]:
        handlers = self.handlers()
        return [
            Route(
                operation.method,
                operation.path,
                self.name,
                operation.id,
                self.guard(operation.id, handlers.get(operation.id) or self._not_emulated(operation.id)),
            )
            for operation in self.contract.operations.values()
        ]

    def _not_emulated(self, operation_id: str) -> Handler:
        def answer(request: Request) -> Reply:
            detail = f"the sandbox does not emulate {self.name} {operation_id} yet (its spec has it)"
            return Reply.problem(501, "Not Implemented", detail)

        return answer
