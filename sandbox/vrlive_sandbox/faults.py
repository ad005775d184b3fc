"""Fault injection: per-run rates (seeded, reproducible) and faults queued for the next requests."""

from __future__ import annotations

import random
import threading
from collections.abc import Collection

from attrs import frozen

from vrlive_sandbox.config import Fault, FaultRates
from vrlive_sandbox.http import Request


@frozen
class QueuedFault:
    fault: Fault
    method: str | None
    path: str | None

    def matches(self, request: Request, examples: Collection[str]) -> bool:
        """Whether ``request`` (of an operation declaring ``examples``) meets this fault."""
        return (
            (self.method is None or self.method == request.method)
            and (self.path is None or self.path == request.path)
            and (self.fault.example is None or self.fault.example in examples)
        )


class FaultPlan:
    """Decides which fault, if any, each API request meets."""

    def __init__(self, rates: FaultRates) -> None:
        self._lock = threading.Lock()
        self.configure(rates)

    def configure(self, rates: FaultRates) -> None:
        with self._lock:
            self.rates = rates
            self._random = random.Random(rates.seed)  # noqa: S311 - reproducible faults, not secrets
            self._queue: list[QueuedFault] = []

    def queue(self, faults: list[Fault], method: str | None = None, path: str | None = None) -> None:
        """The next requests matching ``method`` and ``path`` meet ``faults``, one each, in order."""
        with self._lock:
            self._queue += [QueuedFault(fault, method, path) for fault in faults]

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()

    def next(self, request: Request, examples: Collection[str] = ()) -> Fault | None:
        """The fault ``request`` meets, if any; ``examples`` are the response examples its
        operation declares (a fault answering with one waits for an operation that has it)."""
        with self._lock:
            for index, queued in enumerate(self._queue):
                if queued.matches(request, examples):
                    del self._queue[index]
                    return queued.fault
            rates = self.rates
            if not rates.active:
                return None
            draw = self._random.random()
            if draw < rates.server_error:
                return Fault(status=self._random.choice((500, 502, 503)), latency=rates.latency)
            draw -= rates.server_error
            if draw < rates.rate_limited:
                return Fault(status=429, retry_after=rates.retry_after, latency=rates.latency)
            draw -= rates.rate_limited
            if draw < rates.dropped:
                return Fault(drop="before", latency=rates.latency)
            return Fault(latency=rates.latency) if rates.latency else None
