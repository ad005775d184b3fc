"""The sandbox application: the three vendors' routes, the request log, faults and controls.

Control endpoints live under ``/_sandbox`` (never logged, never faulted). They take a request only
when its ``Host`` is the sandbox's address and no web page of another site sent it; one with a
body or a method other than GET must be JSON or carry an ``X-Vrlive-Sandbox`` header (see
`vrlive_sandbox.browsers`). Otherwise: 403.

- ``GET /_sandbox``: base URLs and the current sandbox time
- ``POST /_sandbox/reset``: forget every token, room, task, relay, session, object, fault and log entry
- ``POST /_sandbox/clock`` ``{"advance": seconds}``: move time forward (tokens expire, tasks progress)
- ``GET /_sandbox/requests[?vendor=&operation=]``, ``DELETE /_sandbox/requests``: the request log
  (a request no operation answers is in it too, with operation null, answered 404 or 405, and
  counted as a violation of the spec)
- ``POST /_sandbox/faults`` ``{"faults": [{"status": 503}, ...], "method": "POST", "path": "/..."}``:
  the next matching requests meet these faults (see [`Fault`][vrlive_sandbox.config.Fault]);
  ``{"example": "token_expired"}`` answers with that response example of the operation's spec
  (a declared failure), ``"STATUS/NAME"`` when two of its responses use the name, and waits for a
  request of an operation that declares it (400 when none matching method and path does);
  ``PUT /_sandbox/faults`` ``{"server_error": 0.2, "seed": 7, ...}`` sets per-run rates;
  ``DELETE /_sandbox/faults`` clears both
- ``PATCH /_sandbox/config`` ``{"task_outcome": "failed", ...}``: change run settings
- ``POST /_sandbox/qnlive/relays/{relay_id}/accept`` (or ``/reject``): the receiver answers
- ``POST /_sandbox/realsee/tickets/{ticket}/redeem``: enter a room with a ticket (once, in time)

Request bodies are bounded for the APIs and the controls alike: longer than ``max_body_bytes``,
413 (unread); JSON nested deeper than ``max_json_depth``, 400.
"""

from __future__ import annotations

import json
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl

import attrs

from vrlive_sandbox.browsers import cross_site, forgeable_control
from vrlive_sandbox.clock import Clock
from vrlive_sandbox.config import TUNABLE, Fault, FaultRates, SandboxConfig, check_settings
from vrlive_sandbox.contract import parsed_body
from vrlive_sandbox.errors import BadRequestBody, Drop
from vrlive_sandbox.faults import FaultPlan
from vrlive_sandbox.http import Reply, Request, Route, json_depth
from vrlive_sandbox.ivh import Ivh
from vrlive_sandbox.qnlive import QnLive
from vrlive_sandbox.realsee import Realsee
from vrlive_sandbox.redaction import IssuedFields, Secrets
from vrlive_sandbox.storage import Storage

CONTROL = "/_sandbox"
SIGNATURES = frozenset({"signature"})
"""Fields redacted wherever they are (IVH signs its query); the specs mark the others."""


class SandboxApp:
    """Routes requests to the emulated vendors, applying faults and keeping a log without secrets."""

    def __init__(self, config: SandboxConfig, clock: Clock, storage: Storage) -> None:
        self.config = config
        self._initial_config = attrs.evolve(config)
        self.clock = clock
        self.storage = storage
        self.realsee = Realsee(config, clock, storage)
        self.qnlive = QnLive(config, clock)
        self.ivh = Ivh(config, clock)
        self.routes: list[Route] = [*self.realsee.routes(), *self.qnlive.routes(), *self.ivh.routes()]
        self.contracts = {
            (vendor.name, contract.id): contract
            for vendor in (self.realsee, self.qnlive, self.ivh)
            for contract in vendor.contract.operations.values()
        }
        self.secret_fields = {
            key: contract.secret_fields() | SIGNATURES for key, contract in self.contracts.items()
        }
        """By operation, the fields of its body that its spec marks ``format: password``."""
        self.any_secret_field = frozenset[str]().union(*self.secret_fields.values())
        self.issued_fields = {
            key: IssuedFields(contract.issued_secret_fields()) for key, contract in self.contracts.items()
        }
        """By operation, the fields of its replies that hold secrets it hands out."""
        # The settings SandboxConfig keeps out of its repr are its secrets.
        self.secrets = Secrets(
            getattr(config, setting.name)
            for setting in attrs.fields(SandboxConfig)
            if not setting.repr and isinstance(getattr(config, setting.name), str)
        )
        """Every secret the sandbox was configured with or issued: never shown in its log."""
        self.faults = FaultPlan(config.faults)
        self.log: list[dict[str, Any]] = []
        self.lock = threading.RLock()
        self.urls: dict[str, str] = {}
        self.hosts: frozenset[str] = frozenset()
        """The ``Host`` values naming the sandbox (set when it starts listening): the controls
        refuse others."""

    def handle(self, request: Request) -> Reply:
        control = request.path == CONTROL or request.path.startswith(CONTROL + "/")
        refusal = (self._foreign(request) if control else None) or self._oversized(request)
        if refusal is not None:
            return refusal
        if control:
            return self._control(request)
        # Concrete paths win over templated ones (/client/relay/start over /client/relay/{relay_id}).
        candidates = [route for route in self.routes if route.regex.match(request.path)]
        concrete = [route for route in candidates if route.pattern == request.path]
        for route in concrete or candidates:
            params = route.match(request.method, request.path)
            if params is not None:
                routed = attrs.evolve(request, path_params=params, operation=route.operation)
                return self._serve(route, routed)
        return self._unanswered(request, concrete or candidates)

    def _foreign(self, request: Request) -> Reply | None:
        """The refusal of a control request a web page may have sent (see `vrlive_sandbox.browsers`)."""
        problem = cross_site(request.headers, self.hosts) or forgeable_control(
            request.method, request.headers, request.body
        )
        if problem is None:
            return None
        return Reply.problem(
            403, "Forbidden", f"{problem}: the sandbox's controls take requests from programs only"
        )

    def _oversized(self, request: Request) -> Reply | None:
        """The refusal of a body longer or a JSON body deeper than the sandbox takes."""
        most = self.config.max_body_bytes
        if len(request.body) > most:
            detail = f"the request body is {len(request.body)} bytes; the sandbox takes at most {most}"
            return Reply.problem(413, "Content Too Large", detail + " (max_body_bytes)")
        if request.body and request.media_type != "application/x-www-form-urlencoded":
            depth = json_depth(request.body)
            if depth > self.config.max_json_depth:
                detail = (
                    f"the JSON body nests {depth} deep; the sandbox takes at most "
                    f"{self.config.max_json_depth} (max_json_depth)"
                )
                return Reply.problem(400, "Bad Request", detail)
        return None

    def _unanswered(self, request: Request, on_the_path: list[Route]) -> Reply:
        """Refuse a request no operation answers (405 when others are served on its path, else
        404), and log it as breaking the spec: a contract test should fail on it, as on a bad body."""
        violation = f"no operation of the spec answers {request.method} {request.path}"
        if on_the_path:
            served = ", ".join(f"{route.method} {route.operation}" for route in on_the_path)
            violation += f" (on this path: {served})"
        vendors = {route.vendor for route in on_the_path}
        entry = self._log(
            request,
            vendor=vendors.pop() if len(vendors) == 1 else None,
            operation=None,
            body=parsed_body(request),
            secret_fields=self.any_secret_field,
            violations=[violation],
        )
        if on_the_path:
            refusal = Reply.problem(
                405, "Method Not Allowed", f"{request.method} is not served on {request.path}"
            )
            reply = attrs.evolve(
                refusal, headers=(("Allow", ", ".join(sorted({route.method for route in on_the_path}))),)
            )
        else:
            reply = Reply.problem(404, "Not Found", f"the sandbox serves no {request.path}")
        entry["status"] = reply.status
        return reply

    def _log(
        self,
        request: Request,
        *,
        vendor: str | None,
        operation: str | None,
        body: Any,
        secret_fields: frozenset[str],
        violations: list[str],
    ) -> dict[str, Any]:
        """Append an entry for ``request`` to the log, secrets redacted (its status and fault are
        filled in later)."""
        query = dict(parse_qsl(request.raw_query, keep_blank_values=True))
        entry = {
            "time": self.clock.now(),
            "method": request.method,
            "path": request.path,
            "query": self.secrets.redact(query, SIGNATURES),
            "vendor": vendor,
            "operation": operation,
            "body": self.secrets.redact(body, secret_fields),
            "violations": violations,
            "status": None,
            "fault": None,
        }
        with self.lock:
            entry["seq"] = len(self.log) + 1
            self.log.append(entry)
        return entry

    def _serve(self, route: Route, request: Request) -> Reply:
        key = (route.vendor, route.operation)
        contract = self.contracts[key]
        entry = self._log(
            request,
            vendor=route.vendor,
            operation=route.operation,
            body=contract.body(request),
            secret_fields=self.secret_fields[key],
            # Judged strictly, before any fault: what a contract test of the caller should fail on.
            violations=contract.violations(request),
        )
        fault = self.faults.next(request, contract.example_names)
        if fault is not None:
            entry["fault"] = attrs.asdict(fault)
            if fault.latency:
                time.sleep(fault.latency)
            if fault.drop == "before":
                raise Drop
            if fault.status is not None:
                entry["status"] = fault.status
                return _fault_reply(fault)
            example = contract.example(fault.example) if fault.example is not None else None
            if example is not None:
                entry["status"] = example.status
                return Reply.json(example.status, example.value)
        try:
            with self.lock:
                reply = route.handler(request)
        except BadRequestBody as error:  # a handler reached a body the contract check let through
            reply = Reply.problem(400, "Bad Request", str(error))
        except Exception:  # a sandbox bug: answer it plainly rather than hang the caller
            reply = Reply.problem(500, "Sandbox error", traceback.format_exc(limit=3))
        entry["status"] = reply.status
        if self.issued_fields[key] and reply.content_type == "application/json":
            self.secrets.learn(reply.body, self.issued_fields[key])
        if fault is not None and fault.drop == "after":
            raise Drop
        return reply

    def reset(self) -> None:
        """Back to the state of a fresh start, including settings changed through /_sandbox/config."""
        with self.lock:
            for name in TUNABLE:
                setattr(self.config, name, getattr(self._initial_config, name))
            self.realsee.reset()
            self.qnlive.reset()
            self.ivh.reset()
            self.log.clear()
            self.secrets.reset()
            self.faults.configure(self.config.faults)
            self.clock.reset()
            self.storage.reset()

    def _control(self, request: Request) -> Reply:
        path = request.path.removeprefix(CONTROL).strip("/")
        try:
            body = request.json() if request.body else {}
        except BadRequestBody as error:
            return Reply.problem(400, "Bad Request", str(error))
        if not isinstance(body, dict):
            return Reply.problem(400, "Bad Request", "control bodies are JSON objects")
        fixed: dict[tuple[str, str], Callable[[], Reply]] = {
            ("GET", ""): lambda: Reply.json(200, {**self.urls, "now": self.clock.now()}),
            ("POST", "reset"): self._reset_reply,
            ("POST", "clock"): lambda: self._advance(body),
            ("GET", "requests"): lambda: self._requests(request.query),
            ("DELETE", "requests"): self._forget_requests,
            ("POST", "faults"): lambda: self._queue_faults(body),
            ("PUT", "faults"): lambda: self._set_fault_rates(body),
            ("DELETE", "faults"): self._clear_faults,
            ("PATCH", "config"): lambda: self._configure(body),
        }
        serve = fixed.get((request.method, path))
        if serve is not None:
            return serve()
        parts = path.split("/")
        if request.method == "POST" and len(parts) == 4:
            with self.lock:
                if parts[:2] == ["qnlive", "relays"] and parts[3] in ("accept", "reject"):
                    status, outcome = self.qnlive.answer(parts[2], parts[3] == "accept")
                    return Reply.json(status, {"outcome": outcome})
                if parts[:2] == ["realsee", "tickets"] and parts[3] == "redeem":
                    status, outcome = self.realsee.redeem_ticket(parts[2])
                    return Reply.json(status, {"outcome": outcome})
        return Reply.problem(404, "Not Found", f"no control {request.method} {request.path}")

    def _reset_reply(self) -> Reply:
        self.reset()
        return Reply.json(200, {"reset": True, "now": self.clock.now()})

    def _advance(self, body: dict[str, Any]) -> Reply:
        try:
            return Reply.json(200, {"now": self.clock.advance(float(body.get("advance", 0)))})
        except (TypeError, ValueError) as error:
            return Reply.problem(400, "Bad Request", str(error))

    def requests(self, wanted: Mapping[str, str]) -> list[dict[str, Any]]:
        """Copies of the log's entries matching ``wanted`` (vendor, operation, path, method)."""
        keys = ("vendor", "operation", "path", "method")
        with self.lock:
            return [
                dict(entry)
                for entry in self.log
                if all(entry.get(key) == value for key, value in wanted.items() if key in keys)
            ]

    def _requests(self, wanted: dict[str, str]) -> Reply:
        return Reply.json(200, {"requests": self.requests(wanted)})

    def _forget_requests(self) -> Reply:
        with self.lock:
            self.log.clear()
        return Reply.json(200, {"requests": []})

    def queue_faults(self, faults: list[Fault], method: str | None = None, path: str | None = None) -> None:
        """The next requests matching ``method`` and ``path`` meet ``faults``, one each, in order.

        Raises:
            ValueError: A fault asks for a response example no operation matching ``method``
                and ``path`` declares (the message lists those they declare).
        """
        matching = [
            self.contracts[(route.vendor, route.operation)]
            for route in self.routes
            if (method is None or route.method == method) and (path is None or route.regex.match(path))
        ]
        declared = frozenset[str]().union(*(contract.example_names for contract in matching))
        for fault in faults:
            if fault.example is not None and fault.example not in declared:
                where = " ".join(part for part in (method, path) if part)
                shown = sorted(name for name in declared if "/" not in name) or sorted(declared)
                listed = ", ".join(shown[:20]) + (", ..." if len(shown) > 20 else "")
                raise ValueError(
                    f"no operation{' of ' + where if where else ''} declares the response example "
                    f"{fault.example!r}; declared: {listed or 'none'}"
                )
        self.faults.queue(faults, method, path)

    def _queue_faults(self, body: dict[str, Any]) -> Reply:
        try:
            faults = [Fault(**item) for item in body.get("faults", [])]
            self.queue_faults(faults, body.get("method"), body.get("path"))
        except (TypeError, ValueError) as error:
            return Reply.problem(400, "Bad Request", str(error))
        return Reply.json(200, {"queued": len(faults)})

    def _set_fault_rates(self, body: dict[str, Any]) -> Reply:
        try:
            self.faults.configure(FaultRates(**body))
        except (TypeError, ValueError) as error:
            return Reply.problem(400, "Bad Request", str(error))
        return Reply.json(200, {"rates": attrs.asdict(self.faults.rates)})

    def _clear_faults(self) -> Reply:
        self.faults.configure(self.config.faults)
        return Reply.json(200, {"cleared": True})

    def configure(self, settings: Mapping[str, object]) -> dict[str, object]:
        """Change run settings (checked: ValueError names what is wrong); all settings after."""
        check_settings(settings)
        changed = attrs.evolve(self.config, **dict[str, Any](settings))
        with self.lock:
            for name in settings:
                setattr(self.config, name, getattr(changed, name))
        return {name: getattr(self.config, name) for name in sorted(TUNABLE)}

    def _configure(self, body: dict[str, Any]) -> Reply:
        try:
            return Reply.json(200, self.configure(body))
        except (TypeError, ValueError) as error:
            return Reply.problem(400, "Bad Request", str(error))


def _fault_reply(fault: Fault) -> Reply:
    titles = {
        429: "Too Many Requests",
        500: "Internal Server Error",
        502: "Bad Gateway",
        503: "Service Unavailable",
    }
    status = fault.status or 500
    document = json.dumps(
        {"title": titles.get(status, "Error"), "status": status, "detail": "injected by the sandbox"}
    )
    headers = (
        (("Retry-After", f"{fault.retry_after:g}"),)
        if status == 429 and fault.retry_after is not None
        else ()
    )
    return Reply(status, document.encode(), "application/problem+json", headers)
