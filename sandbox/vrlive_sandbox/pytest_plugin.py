"""pytest plugin: your application's tests against the sandbox, with virtual time and a contract guard.

Installed with ``pip install "vrlive-sdk[sandbox]"`` (registered through the ``pytest11`` entry
point), it gives every test the fixture ``vrlive_sandbox``:

- one sandbox per test session (API and moto S3 on free 127.0.0.1 ports), reset to a clean state
  before each test that uses it;
- the environment the vrlive facades and the ``vrlive`` CLI read, set for that test only, so
  ``Realsee()``, ``QnLive(user_id=...)`` and ``Ivh()`` reach the sandbox with no arguments;
- **virtual time** (below): vrlive's waits pass on the sandbox's clock, in milliseconds of real time;
- **a contract guard**: at teardown the test fails, listing each violation with its operation and
  place, if any request it made broke its spec (an unknown or missing field, a wrong type, a value
  outside an enum, a wrong content type, a method and path no operation answers), even when the
  application swallowed the error;
- typed controls ([`SandboxControls`][vrlive_sandbox.controls.SandboxControls]): ``advance``, ``fail_next``,
  ``fault_rates``, ``configure``, ``accept_relay`` / ``reject_relay``, ``requests``; for IVH's
  command channel ``said`` (what a session said, in order, with interrupts), ``channel_messages``,
  ``drop_channel`` and ``end_session``.

The marker ``@pytest.mark.vrlive_sandbox(task_outcome="failed", fault_rates=FaultRates(...),
contract=False, virtual_time=False)`` sets the run settings (see
[`Settings`][vrlive_sandbox.config.Settings]), per-request fault rates (a
[`FaultRates`][vrlive_sandbox.config.FaultRates], as ``fault_rates()`` takes) and the two switches for one
test; each is checked, and a wrong one fails the test's setup.

The entry point comes with the base distribution, so this module loads without the ``[sandbox]``
extra: it registers the marker and the fixtures, and imports the sandbox only when a test asks for
it (which then fails, naming the extra to install).

Virtual time, and why it is on the client's side
------------------------------------------------
vrlive reads the time and sleeps through ``vrlive.clock``: one process-wide, injectable clock that
its waiters (poll intervals, timeouts), retries (backoff, ``Retry-After``) and token flows (expiry)
all ask. For each test the plugin swaps in [`VirtualTime`][vrlive_sandbox.virtual_time.VirtualTime], built
on the sandbox's own clock, and puts the system's clock back after it. A sleep does not wait: it
moves that shared clock to its end. A task scheduled over minutes, a relay answered after 20 s, an
IVH session ready after 45 s take milliseconds, and a timeout still fires exactly when its virtual
time is up. Concurrent sleepers (threads, tasks) share the timeline: a sleep that starts at virtual
time t for s seconds ends at t + s, so ten tasks sleeping 5 s at once move the clock 5 s, not 50.

The sandbox could instead move its time forward on each poll, answering "ready" sooner. It would
not be enough:

- the wall time of a wait is spent in the client's sleep between two polls, not in the server:
  the client would still sleep its intervals in real time;
- retries' backoff and ``Retry-After`` sleep when no request is arriving at all;
- timeouts, deadlines and token expiry are measured on the client's clock: only a clock that the
  client and the sandbox share makes them fire in virtual time, and at the moment they would.

One clock in one place covers all of these, and application code that sleeps through
``vrlive.clock`` (``vrlive.clock.sleep``, ``async_sleep``, ``monotonic``) runs in virtual time too.
It does not reach code that calls ``time.sleep`` or ``asyncio.sleep`` itself, nor other processes:
the ``vrlive`` CLI run as a subprocess from a test reaches the sandbox through the environment the
fixture sets, but waits in real time (the default task schedule, 2 s pending then 6 s processing,
makes ``vrlive pano2vr`` take about 13 s; ``@pytest.mark.vrlive_sandbox(task_pending_seconds=0,
task_processing_seconds=0)`` about 1 s). An injected ``Fault(latency=...)`` is real time as well.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

import pytest
from attrs import frozen

from vrlive_sandbox.config import FaultRates, check_settings
from vrlive_sandbox.virtual_time import VirtualTime

if TYPE_CHECKING:
    from vrlive_sandbox.clock import Clock
    from vrlive_sandbox.controls import SandboxControls
    from vrlive_sandbox.server import Sandbox

MARKER = "vrlive_sandbox"
SANDBOX_EXTRA = {"jsonschema": "jsonschema", "moto": "moto", "PyYAML": "yaml"}
"""The distributions of the ``[sandbox]`` extra (pyproject.toml), by the module each is imported as."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(contract=True, virtual_time=True, fault_rates=None, **settings): run settings of the "
        "sandbox for this test (task_outcome, relay_answer, download_host, ...), per-request fault rates "
        "(a vrlive_sandbox.FaultRates), whether requests breaking the specs fail it, and whether waits "
        "pass in virtual time",
    )


@frozen
class MarkerOptions:
    """What the closest ``vrlive_sandbox`` markers ask of one test, checked."""

    settings: Mapping[str, Any]
    fault_rates: FaultRates | None = None
    contract: bool = True
    virtual_time: bool = True

    @classmethod
    def of(cls, request: pytest.FixtureRequest) -> MarkerOptions:
        """The options of ``request``'s test (the closest marker wins); ValueError names a wrong one."""
        options: dict[str, Any] = {}
        for marker in reversed(list(request.node.iter_markers(MARKER))):
            if marker.args:
                raise ValueError(f"takes keyword arguments only, not {marker.args!r}")
            options.update(marker.kwargs)
        switches = {name: options.pop(name) for name in ("contract", "virtual_time") if name in options}
        for name, value in switches.items():
            if not isinstance(value, bool):
                raise ValueError(f"{name} must be True or False, not {value!r}")
        rates = options.pop("fault_rates", None)
        if rates is not None and not isinstance(rates, FaultRates):
            example = "FaultRates(server_error=0.2)"
            raise ValueError(f"fault_rates must be a FaultRates, such as {example}, not {rates!r}")
        check_settings(options)
        return cls(settings=options, fault_rates=rates, **switches)


def _marker_options(request: pytest.FixtureRequest) -> MarkerOptions:
    try:
        return MarkerOptions.of(request)
    except ValueError as error:
        wrong = f"@pytest.mark.{MARKER}: {error}"
    pytest.fail(wrong, pytrace=False)  # outside the handler: the report shows no chained ValueError


def _require_the_sandbox_extra() -> None:
    missing = sorted(
        (name for name, module in SANDBOX_EXTRA.items() if importlib.util.find_spec(module) is None),
        key=str.lower,
    )
    if missing:
        pytest.fail(
            "the vrlive_sandbox fixture needs the sandbox's dependencies, which are not installed "
            f'({", ".join(missing)}): pip install "vrlive-sdk[sandbox]"',
            pytrace=False,
        )


def _virtual_time(clock: Clock) -> AbstractContextManager[Any]:
    try:
        from vrlive import clock as vrlive_clock  # noqa: PLC0415 - the plugin is glue; the sandbox never imports vrlive
    except ImportError:
        return nullcontext()
    return vrlive_clock.use(VirtualTime(clock))


@pytest.fixture(scope="session")
def vrlive_sandbox_server() -> Iterator[Sandbox]:
    """The session's sandbox, started once (use
    [`vrlive_sandbox`][vrlive_sandbox.pytest_plugin.vrlive_sandbox] in tests)."""
    _require_the_sandbox_extra()
    from vrlive_sandbox.config import SandboxConfig  # noqa: PLC0415 - after the check above
    from vrlive_sandbox.server import Sandbox  # noqa: PLC0415

    with Sandbox(SandboxConfig()) as sandbox:
        yield sandbox


@pytest.fixture
def vrlive_sandbox(
    vrlive_sandbox_server: Sandbox, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SandboxControls]:
    """The sandbox, reset, with the facades' environment set and virtual time on, for one test."""
    from vrlive_sandbox.controls import SandboxControls  # noqa: PLC0415 - needs the [sandbox] extra

    options = _marker_options(request)
    controls = SandboxControls(vrlive_sandbox_server)
    controls.reset()
    controls.configure(**options.settings)
    if options.fault_rates is not None:
        controls.fault_rates(options.fault_rates)
    for name, value in controls.environment.items():
        monkeypatch.setenv(name, value)
    timing = _virtual_time(vrlive_sandbox_server.clock) if options.virtual_time else nullcontext()
    with timing:
        yield controls
    if options.contract:
        _guard(controls)


def _guard(controls: SandboxControls) -> None:
    violations = controls.violations()
    channel = controls.channel_violations()
    if channel:
        pytest.fail(
            "the IVH command channel received messages that break the spec or the pages' rules:\n"
            + "\n".join(f"  session {session}: {violation}" for session, violation in channel)
            + f"\n(a test that sends such messages on purpose: @pytest.mark.{MARKER}(contract=False))",
            pytrace=False,
        )
    if not violations:
        return
    lines = []
    for record, violation in violations:
        answered_by = " ".join(
            part for part in (record.vendor, record.operation or "unknown operation") if part
        )
        lines.append(f"  {answered_by} ({record.method} {record.path}, request {record.seq}): {violation}")
    count = len({record.seq for record, _ in violations})
    plural = "s" if count != 1 else ""
    pytest.fail(
        f"the sandbox received {count} request{plural} that break{'' if plural else 's'} the spec:\n"
        + "\n".join(lines)
        + f"\n(a test that sends such requests on purpose: @pytest.mark.{MARKER}(contract=False))",
        pytrace=False,
    )
