"""The sandbox's pytest plugin as users meet it: virtual time, the marker, the guard, async tests."""

from __future__ import annotations

import asyncio
import hashlib
import re
import subprocess
import sys
import threading
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from ivh_client.models import IvhDriverType, IvhProtocol, IvhSessionStatus
from qnlive_client.models import RelayStatus
from tests.e2e.panoramas import folder
from tests.specs import ROOT
from vrlive import AsyncRealsee, Ivh, QnLive, Realsee, TaskFailedError, TaskTimeoutError
from vrlive import clock as vrlive_clock
from vrlive_sandbox import Fault, FaultRates
from vrlive_sandbox.controls import SandboxControls
from vrlive_sandbox.pytest_plugin import _SANDBOX_EXTRA
from vrlive_sandbox.virtual_time import VirtualTime

SCHEDULE = {"task_pending_seconds": 10, "task_processing_seconds": 20}  # 30 s on the sandbox's clock


class Elapsed:
    """Wall seconds and sandbox seconds since it was made."""

    def __init__(self, controls: SandboxControls) -> None:
        self.controls = controls
        self.wall, self.virtual = time.monotonic(), controls.now()

    def __call__(self) -> tuple[float, float]:
        return time.monotonic() - self.wall, self.controls.now() - self.virtual


@pytest.mark.vrlive_sandbox(**SCHEDULE)
def test_a_30_second_task_schedule_passes_in_virtual_time(
    vrlive_sandbox: SandboxControls, tmp_path: Path
) -> None:
    elapsed = Elapsed(vrlive_sandbox)
    with Realsee() as realsee:  # no arguments: the plugin set the environment
        result = realsee.pano_to_vr(folder(tmp_path / "showroom"))
    wall, virtual = elapsed()
    assert result.vr_url == f"https://realsee.cn/sandbox/{result.task_code}"
    assert virtual >= 30  # the waits happened, on the sandbox's clock ...
    assert wall < virtual / 3  # ... without sleeping for them (the polls back off from 5 s)


@pytest.mark.vrlive_sandbox(task_outcome="failed", **SCHEDULE)
def test_the_marker_sets_the_run(vrlive_sandbox: SandboxControls, tmp_path: Path) -> None:
    with Realsee() as realsee, pytest.raises(TaskFailedError):
        realsee.pano_to_vr(folder(tmp_path / "showroom"))


@pytest.mark.vrlive_sandbox(task_pending_seconds=3600)
def test_timeouts_still_fire_in_virtual_time(vrlive_sandbox: SandboxControls, tmp_path: Path) -> None:
    elapsed = Elapsed(vrlive_sandbox)
    with Realsee() as realsee, pytest.raises(TaskTimeoutError) as caught:
        realsee.pano_to_vr(folder(tmp_path / "showroom"), timeout=600)
    wall, virtual = elapsed()
    assert caught.value.waited >= 600
    assert virtual >= 600
    assert wall < 60


@pytest.mark.vrlive_sandbox(relay_answer="accept", relay_answer_seconds=20)
def test_a_relay_waited_on_until_accepted(vrlive_sandbox: SandboxControls) -> None:
    with QnLive(user_id="host_1") as live:
        relay = live.relay.start_relay(init_room_id="live_1", recv_room_id="live_2", recv_user_id="host_2")
        session = live.wait_for_relay(relay.relay_id)
    assert session.status is RelayStatus.RECEIVER_ACCEPTED


def test_the_receiver_answers_a_relay_through_the_controls(vrlive_sandbox: SandboxControls) -> None:
    with QnLive(user_id="host_1") as live:
        accepted = live.relay.start_relay(init_room_id="live_1", recv_room_id="live_2", recv_user_id="host_2")
        rejected = live.relay.start_relay(init_room_id="live_3", recv_room_id="live_4", recv_user_id="host_4")
        assert live.relay.get_relay_session(accepted.relay_id).status is RelayStatus.WAITING_FOR_RECEIVER
        vrlive_sandbox.accept_relay(accepted.relay_id)
        vrlive_sandbox.reject_relay(rejected.relay_id)
        assert live.wait_for_relay(accepted.relay_id).status is RelayStatus.RECEIVER_ACCEPTED
        assert live.relay.get_relay_session(rejected.relay_id).status is RelayStatus.RECEIVER_REJECTED
    with pytest.raises(ValueError, match=rf"cannot answer relay {rejected.relay_id}: .* is not waiting"):
        vrlive_sandbox.accept_relay(rejected.relay_id)  # a receiver answers once


@pytest.mark.vrlive_sandbox(fault_rates=FaultRates(server_error=1.0, seed=3))
def test_the_marker_sets_fault_rates(vrlive_sandbox: SandboxControls) -> None:
    answer = httpx.get(f"{vrlive_sandbox.api_url}/open/v1/pano/task/status", params={"task_code": "t-1"})
    assert answer.status_code in (500, 502, 503)
    (record,) = vrlive_sandbox.requests()
    assert record.fault == Fault(status=answer.status_code)


@pytest.mark.vrlive_sandbox(virtual_time=False)
def test_virtual_time_can_be_switched_off(vrlive_sandbox: SandboxControls) -> None:
    assert isinstance(vrlive_clock.current(), vrlive_clock.SystemClock)
    elapsed = Elapsed(vrlive_sandbox)
    vrlive_clock.sleep(0.2)
    wall, virtual = elapsed()
    assert wall >= 0.2  # a real sleep ...
    assert abs(virtual - wall) < 0.05  # ... that moved the sandbox's clock no more than real time


def test_virtual_time_is_on_by_default(vrlive_sandbox: SandboxControls) -> None:
    assert isinstance(vrlive_clock.current(), VirtualTime)


@pytest.mark.vrlive_sandbox(ivh_ready_seconds=45)
def test_an_ivh_session_waited_on_until_ready(vrlive_sandbox: SandboxControls) -> None:
    with Ivh() as ivh:
        created = ivh.session.create_session(
            virtualman_project_id="p1",
            user_id="viewer",
            protocol=IvhProtocol.TRTC,
            driver_type=IvhDriverType.TEXT,
        )
        ready = ivh.wait_until_ready(created.session_id)
    assert ready.session_status is IvhSessionStatus.READY


@pytest.mark.anyio
@pytest.mark.vrlive_sandbox(**SCHEDULE)
async def test_async_tests_under_anyio(vrlive_sandbox: SandboxControls, tmp_path: Path) -> None:
    async with AsyncRealsee() as realsee:
        result = await realsee.pano_to_vr(folder(tmp_path / "showroom"))
    assert result.vr_url


@pytest.mark.asyncio
@pytest.mark.vrlive_sandbox(**SCHEDULE)
async def test_async_tests_under_pytest_asyncio(vrlive_sandbox: SandboxControls, tmp_path: Path) -> None:
    async with AsyncRealsee() as realsee:
        result = await realsee.pano_to_vr(folder(tmp_path / "showroom"))
    assert result.vr_url


def test_ten_tasks_sleeping_5_seconds_at_once_move_the_clock_5_seconds(
    vrlive_sandbox: SandboxControls,
) -> None:
    async def ten_sleepers() -> None:
        await asyncio.gather(*(vrlive_clock.async_sleep(5) for _ in range(10)))

    before = vrlive_sandbox.now()
    asyncio.run(ten_sleepers())
    assert 5 <= vrlive_sandbox.now() - before < 6  # as in real time, where they would not add up to 50


def test_ten_threads_sleeping_5_seconds_at_once_move_the_clock_5_seconds(
    vrlive_sandbox: SandboxControls,
) -> None:
    together = threading.Barrier(10)

    def sleeper(_: int) -> None:
        together.wait()
        vrlive_clock.sleep(5)

    before = vrlive_sandbox.now()
    with ThreadPoolExecutor(10) as pool:
        list(pool.map(sleeper, range(10)))
    assert 5 <= vrlive_sandbox.now() - before < 6


def test_a_thread_still_working_when_another_sleeps_starts_its_sleep_on_the_same_timeline(
    vrlive_sandbox: SandboxControls,
) -> None:
    """A thread busy outside the GIL (hashing, as the package builder's CRC-32s are) when another
    begins its sleep begins its own at the same virtual moment: the clock waits for it to sleep too
    (VirtualTime reads which threads run in /proc) instead of jumping after the settle time."""
    data = bytes(32 * 1024 * 1024)  # SHA-256 of it takes ~50 ms, far above the settle time
    together = threading.Barrier(2)

    def sleeper(index: int) -> None:
        together.wait()
        if index:
            hashlib.sha256(data).digest()
        vrlive_clock.sleep(5)

    before = vrlive_sandbox.now()
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(sleeper, range(2)))
    assert 5 <= vrlive_sandbox.now() - before < 6  # not 10: the late sleep did not start after a jump


def test_a_sleeper_wakes_at_its_own_time_among_others(vrlive_sandbox: SandboxControls) -> None:
    """Each sleep ends when the shared clock reaches its start plus its length, whoever else sleeps."""
    woke: dict[str, float] = {}

    async def sleeper(name: str, seconds: float) -> None:
        await vrlive_clock.async_sleep(seconds)
        woke[name] = vrlive_clock.monotonic()

    async def three_sleepers() -> None:
        await asyncio.gather(sleeper("7 s", 7), sleeper("2 s", 2), sleeper("5 s", 5))

    started = vrlive_clock.monotonic()
    asyncio.run(three_sleepers())
    assert list(woke) == ["2 s", "5 s", "7 s"]
    assert [round(moment - started) for moment in woke.values()] == [2, 5, 7]
    vrlive_clock.sleep(3)  # one after another, sleeps do add up
    assert round(vrlive_clock.monotonic() - started) == 10


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


GUARDED = """
import os

import httpx
import pytest

import vrlive.clock

BEFORE = dict(os.environ)  # at collection, before any fixture
IVH_SESSION = "/v2/ivh/sessionmanager/sessionmanagerservice/createsession"


def test_swallows_the_error(vrlive_sandbox):
    form = {"app_key": "k", "app_sekret": "s" * 12}
    answer = httpx.post(f"{vrlive_sandbox.api_url}/auth/access_token", data=form)
    assert answer.status_code == 200  # the application ignores Realsee's code -1


@pytest.mark.vrlive_sandbox(contract=False)
def test_breaks_it_on_purpose(vrlive_sandbox):
    httpx.post(f"{vrlive_sandbox.api_url}/auth/access_token", data={"app_key": "k"})


@pytest.mark.vrlive_sandbox(task_outcom="failed")
def test_with_a_misspelt_setting(vrlive_sandbox):
    pass


@pytest.mark.vrlive_sandbox(fault_rates={"server_error": 0.5})
def test_with_fault_rates_of_the_wrong_type(vrlive_sandbox):
    pass


@pytest.mark.vrlive_sandbox(contract="no")
def test_with_a_switch_that_is_not_a_bool(vrlive_sandbox):
    pass


def test_sends_a_wrong_type_a_value_outside_an_enum_and_a_form(vrlive_sandbox):
    url = vrlive_sandbox.api_url + IVH_SESSION
    payload = {"ReqId": "0" * 32, "VirtualmanProjectId": "p1", "UserId": "u1", "Protocol": "trtc"}
    httpx.post(url, json={"Header": {}, "Payload": {**payload, "DriverType": "text"}})
    httpx.post(url, json={"Header": {}, "Payload": {**payload, "DriverType": 1, "Protocol": "rtsp"}})
    httpx.post(url, data={"Payload": "trtc"})


def test_sets_the_environment_for_the_facades(vrlive_sandbox):
    assert os.environ["REALSEE_BASE_URL"] == vrlive_sandbox.api_url
    assert type(vrlive.clock.current()).__name__ == "VirtualTime"


def test_after_it_the_environment_and_the_clock_are_back():
    changed = {
        name for name in BEFORE.keys() | os.environ.keys() if BEFORE.get(name) != os.environ.get(name)
    }
    assert changed - {"PYTEST_CURRENT_TEST"} == set()
    assert type(vrlive.clock.current()).__name__ == "SystemClock"


def test_calls_what_no_operation_answers(vrlive_sandbox):
    assert httpx.post(f"{vrlive_sandbox.api_url}/auth/acess_token", data={"app_key": "k"}).status_code == 404
    assert httpx.get(f"{vrlive_sandbox.api_url}/auth/access_token").status_code == 405
"""


IVH_SESSION = "/v2/ivh/sessionmanager/sessionmanagerservice/createsession"


def test_the_guard_fails_a_test_whose_requests_break_the_spec(pytester: pytest.Pytester) -> None:
    """One run of a users' test file (in its own process, as users run it), for every case below:
    each broken request named in the guard's failure, settings checked, the environment and the
    clock set for a test and put back after it."""
    pytester.makepyfile(test_app=GUARDED)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=6, errors=6)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_swallows_the_error*",
            "*the sandbox received 1 request that breaks the spec:",
            "*(POST /auth/access_token, request 1): body: 'app_secret' is a required property",
            "*realsee get_access_token (POST /auth/access_token, request 1): body.app_sekret: unknown field",
            "*(a test that sends such requests on purpose: @pytest.mark.vrlive_sandbox(contract=False))",
            "*ERROR at setup of test_with_a_misspelt_setting*",
            "*@pytest.mark.vrlive_sandbox: not settings of the sandbox: *task_outcom*",
            "*ERROR at setup of test_with_fault_rates_of_the_wrong_type*",
            "*@pytest.mark.vrlive_sandbox: fault_rates must be a FaultRates, such as "
            "FaultRates(server_error=0.2), not {'server_error': 0.5}",
            "*ERROR at setup of test_with_a_switch_that_is_not_a_bool*",
            "*@pytest.mark.vrlive_sandbox: contract must be True or False, not 'no'",
            "*ERROR at teardown of test_sends_a_wrong_type_a_value_outside_an_enum_and_a_form*",
            "*the sandbox received 3 requests that break the spec:",
            f"  ivh create_session (POST {IVH_SESSION}, request 1): body.Payload.DriverType: "
            "'text' is not of type 'integer'",
            f"  ivh create_session (POST {IVH_SESSION}, request 1): body.Payload.DriverType: "
            "'text' is not one of [1, 3]",
            f"  ivh create_session (POST {IVH_SESSION}, request 2): body.Payload.Protocol: "
            "'rtsp' is not one of ['rtmp', 'trtc', 'webrtc']",
            f"  ivh create_session (POST {IVH_SESSION}, request 3): body: "
            "Content-Type must be application/json, not application/x-www-form-urlencoded",
            "*ERROR at teardown of test_calls_what_no_operation_answers*",
            "*the sandbox received 2 requests that break the spec:",
            "  unknown operation (POST /auth/acess_token, request 1): "
            "no operation of the spec answers POST /auth/acess_token",
            "  realsee unknown operation (GET /auth/access_token, request 2): "
            "no operation of the spec answers GET /auth/access_token (on this path: POST get_access_token)",
        ]
    )


def test_the_plugin_loads_without_the_sandbox_extra() -> None:
    """Its entry point comes with the base distribution (tests/packaging installs one without the
    extra): loading it must not import what only the extra brings."""
    blocked = sorted(_SANDBOX_EXTRA.values())
    code = (
        f"import sys\nfor name in {blocked!r}:\n    sys.modules[name] = None  # import fails\n"
        "import vrlive_sandbox.pytest_plugin\nimport vrlive_sandbox\n"
        "print(vrlive_sandbox.Fault.__name__, hasattr(vrlive_sandbox.pytest_plugin, 'vrlive_sandbox'))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["Fault", "True"]


def test_the_plugin_knows_the_sandbox_extra() -> None:
    """The distributions it names when they are missing are the extra's, as pyproject.toml lists them."""
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"][
        "sandbox"
    ]
    names = {re.match(r"[A-Za-z0-9._-]+", requirement).group(0) for requirement in extra}  # type: ignore[union-attr]
    assert set(_SANDBOX_EXTRA) == names
