"""Typed controls of a running sandbox, for tests: time, faults, settings, relay answers, the log.

They act on the [`Sandbox`][vrlive_sandbox.server.Sandbox] object itself (the pytest plugin runs it
in the test process), which is what ``/_sandbox`` does over HTTP for other processes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from attrs import frozen

from vrlive_sandbox.config import Fault, FaultRates, Settings
from vrlive_sandbox.ivh_channel import Utterance
from vrlive_sandbox.server import Sandbox


@frozen
class RequestRecord:
    """One request the sandbox received, as its log keeps it (secrets replaced by ``[redacted]``).

    Attributes:
        seq: Its place in the log, from 1.
        time: The sandbox time it arrived (Unix seconds, virtual time included).
        vendor, operation: Which API and operationId it was routed to. None when no operation
            answers its method and path (the vendor is known when the path is one of its own).
        method, path, query: As sent (a signature in the query is redacted).
        body: The JSON or form body, credential fields redacted; None without one.
        status: The HTTP status answered; None when the connection was dropped.
        fault: The fault it met, if any.
        violations: How it breaks its spec (``body.app_sekret: unknown field``, ``no operation of
            the spec answers POST /x``...), strictly judged.
    """

    seq: int
    time: float
    vendor: str | None
    operation: str | None
    method: str
    path: str
    query: Mapping[str, str]
    body: Any
    status: int | None
    fault: Fault | None
    violations: tuple[str, ...]

    @classmethod
    def from_entry(cls, entry: Mapping[str, Any]) -> RequestRecord:
        fault = entry.get("fault")
        return cls(
            seq=entry["seq"],
            time=entry["time"],
            vendor=entry["vendor"],
            operation=entry["operation"],
            method=entry["method"],
            path=entry["path"],
            query=dict(entry["query"]),
            body=entry.get("body"),
            status=entry.get("status"),
            fault=Fault(**fault) if fault else None,
            violations=tuple(entry.get("violations", ())),
        )


class SandboxControls:
    """What a test can do to the sandbox it runs against."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    @property
    def environment(self) -> dict[str, str]:
        """The variables the vrlive facades and CLI read to reach this sandbox."""
        environment: dict[str, str] = self.sandbox.info()["environment"]
        return environment

    @property
    def api_url(self) -> str:
        return self.sandbox.api_url

    @property
    def s3_url(self) -> str:
        return self.sandbox.s3_url

    def reset(self) -> None:
        """Forget every token, room, task, relay, session, object, fault, setting and log entry."""
        self.sandbox.app.reset()

    def now(self) -> float:
        """The sandbox's time (Unix seconds)."""
        return self.sandbox.clock.now()

    def advance(self, seconds: float) -> float:
        """Move the sandbox's clock forward: tokens expire, tasks progress, sessions get ready."""
        return self.sandbox.clock.advance(seconds)

    def fail_next(self, *faults: Fault, method: str | None = None, path: str | None = None) -> None:
        """The next requests (matching ``method`` and ``path`` if given) meet these faults, one each."""
        for fault in faults:
            if not isinstance(fault, Fault):
                raise TypeError(f"fail_next takes Fault values, such as Fault(status=503), not {fault!r}")
        self.sandbox.app.faults.queue(list(faults), method, path)

    def fault_rates(self, rates: FaultRates) -> None:
        """Every request meets a fault with these probabilities (seeded, reproducible)."""
        self.sandbox.app.faults.configure(rates)

    def configure(self, **settings: Unpack[Settings]) -> None:
        """Change run settings (``task_outcome="failed"``...); ValueError names a wrong one."""
        self.sandbox.app.configure(dict(settings))

    def accept_relay(self, relay_id: str) -> None:
        """The receiving host accepts a waiting relay."""
        self._answer(relay_id, accept=True)

    def reject_relay(self, relay_id: str) -> None:
        """The receiving host rejects a waiting relay."""
        self._answer(relay_id, accept=False)

    def _answer(self, relay_id: str, *, accept: bool) -> None:
        with self.sandbox.app.lock:
            status, outcome = self.sandbox.app.qnlive.answer(relay_id, accept)
        if status != 200:
            raise ValueError(f"cannot answer relay {relay_id}: {outcome}")

    def requests(self, vendor: str | None = None, operation: str | None = None) -> list[RequestRecord]:
        """The requests received since the last reset, oldest first, optionally of one vendor or operation."""
        wanted = {key: value for key, value in (("vendor", vendor), ("operation", operation)) if value}
        return [RequestRecord.from_entry(entry) for entry in self.sandbox.app.requests(wanted)]

    def said(self, session_id: str) -> list[Utterance]:
        """What an IVH session said, in order: each text or stream, as assembled, with
        ``interrupted`` where something cut it short."""
        with self.sandbox.app.lock:
            voice = self.sandbox.app.ivh.state.voices.get(session_id)
            return voice.said() if voice is not None else []

    def channel_messages(self, session_id: str) -> list[dict[str, Any]]:
        """Every message the session's command channel took, in order (a packet sent again after a
        reconnection too)."""
        with self.sandbox.app.lock:
            voice = self.sandbox.app.ivh.state.voices.get(session_id)
            return [dict(message) for message in voice.received] if voice is not None else []

    def drop_channel(self, session_id: str, *, after: int = 0) -> None:
        """Drop the session's command channel now, or once it has taken ``after`` more messages
        (before answering the last), as a network would."""
        self.sandbox.channel.drop(session_id, after)

    def end_session(self, session_id: str) -> None:
        """Close an IVH session as the service may (its channel is closed with code 110013)."""
        with self.sandbox.app.lock:
            session = self.sandbox.app.ivh.state.sessions[session_id]
            session.closed = True
        self.sandbox.channel.close_session(session_id)

    def channel_violations(self) -> list[tuple[str, str]]:
        """Every command-channel message that broke the spec or the pages' rules, with its session."""
        with self.sandbox.app.lock:
            return [
                (voice.session_id, violation)
                for voice in self.sandbox.app.ivh.state.voices.values()
                for violation in voice.violations
            ]

    def violations(self) -> list[tuple[RequestRecord, str]]:
        """Every way a request since the last reset broke its spec, with the request."""
        return [(record, violation) for record in self.requests() for violation in record.violations]

    def __repr__(self) -> str:
        return f"SandboxControls(api_url={self.api_url!r})"


__all__ = ["RequestRecord", "SandboxControls"]
