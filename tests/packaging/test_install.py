"""The distribution: `pip install .` into a fresh virtual environment gives working packages."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.readme import examples
from tests.specs import ROOT

SMOKE = """
import httpx, ivh_client, qnlive_client, realsee_client, vrlive, vrlive_core
from vrlive_sandbox.contract import Contract, spec_path
assert "site-packages" in str(spec_path("realsee")), spec_path("realsee")
assert "submit_pano_task" in Contract("realsee").operations
from realsee_client.api.pano import get_pano_task_status
for module in (ivh_client, qnlive_client, realsee_client, vrlive, vrlive_core):
    assert "site-packages" in module.__file__, module.__file__
body = {"code": -3, "status": "access_token expired", "data": {}}
client = realsee_client.AuthenticatedClient(
    base_url="https://api.test", token="t",
    httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(200, json=body))},
)
try:
    get_pano_task_status.sync(client=client, task_code="t")
except vrlive.TokenExpiredError as error:
    print("ok", type(error).__name__)
"""


def _run(command: list[str | Path], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The distribution's wheel, built once for every fresh environment below."""
    folder = tmp_path_factory.mktemp("wheel")
    build = _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", folder, ROOT])
    assert build.returncode == 0, build.stdout + build.stderr
    (built,) = folder.glob("vrlive_sdk-*.whl")
    return built


def _fresh_venv(folder: Path, *requirements: str) -> Path:
    """A new virtual environment in ``folder`` with ``requirements`` installed: its python."""
    venv.create(folder / "venv", with_pip=True)
    python = folder / "venv" / "bin" / "python"
    install = _run([python, "-m", "pip", "install", "--quiet", *requirements], cwd=folder)
    assert install.returncode == 0, install.stdout + install.stderr
    return python


def _pins(*names: str) -> list[str]:
    """The locked ``name==version`` lines of these distributions."""
    lines = (ROOT / "requirements/lock.txt").read_text().splitlines()
    return [line for line in lines if line.split("==")[0] in names]


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the distribution, its [sandbox] extra and pytest: its python."""
    return _fresh_venv(tmp_path_factory.mktemp("installed"), f"{wheel}[sandbox]", *_pins("pytest"))


@pytest.fixture(scope="module")
def installed_without_the_sandbox(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the distribution alone (no extra) and pytest: its python."""
    return _fresh_venv(tmp_path_factory.mktemp("base"), str(wheel), *_pins("pytest"))


def _user_environment() -> dict[str, str]:
    """This process's environment without what the facades, the plugin, pytest or Python's path read
    (a PYTHONPATH to this checkout would import its sources instead of the installed wheel)."""
    return {
        key: value
        for key, value in os.environ.items()
        if key != "PYTHONPATH"
        and not key.startswith(("REALSEE_", "QNLIVE_", "IVH_", "VRLIVE_", "PYTEST_", "SANDBOX_"))
    }


def _pytest(python: Path, project: Path, *arguments: str) -> tuple[int, str]:
    """pytest in ``project``, as a user runs it there: its exit code and output."""
    run = subprocess.run(
        [python, "-m", "pytest", "-p", "no:cacheprovider", "-rA", *arguments],
        cwd=project,
        env=_user_environment(),
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    return run.returncode, run.stdout + run.stderr


def test_pip_install_into_a_fresh_venv(installed: Path, tmp_path: Path) -> None:
    """The distribution with its [sandbox] extra: every package imports, the sandbox finds its specs."""
    run = subprocess.run(
        [installed, "-c", SMOKE],
        env=_user_environment(),
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip() == "ok TokenExpiredError"


def test_a_users_test_suite_runs_on_the_plugin(installed: Path, tmp_path: Path) -> None:
    """The README's example test file, in a project of its own: the plugin is all it needs."""
    project = tmp_path / "listings"
    (project / "tests").mkdir(parents=True)
    (project / "tests" / "test_listing.py").write_text(
        examples("user-tests")["test_listing.py"], encoding="utf-8"
    )
    status, output = _pytest(installed, project, "tests")
    print(output)  # with -s: what the user sees
    assert status == 1, output  # the guard's error, as the README says
    assert "7 passed, 1 error" in output, output
    for line in (
        "ERROR at teardown of test_a_request_that_breaks_the_spec",
        "the sandbox received 1 request that breaks the spec:",
        "  realsee get_access_token (POST /auth/access_token, request 1): body: "
        "'app_secret' is a required property",
        "  realsee get_access_token (POST /auth/access_token, request 1): body.app_sekret: unknown field",
        "(a test that sends such requests on purpose: @pytest.mark.vrlive_sandbox(contract=False))",
    ):
        assert line in output, output


UNRELATED = """
def test_arithmetic():
    assert 1 + 1 == 2
"""

ON_THE_SANDBOX = """
import pytest


@pytest.mark.vrlive_sandbox(task_outcome="failed")
def test_a_failed_conversion(vrlive_sandbox):
    pass
"""


def test_without_the_sandbox_extra_pytest_still_runs(
    installed_without_the_sandbox: Path, tmp_path: Path
) -> None:
    """The plugin's entry point comes with the base distribution, so it must load without the
    extra's dependencies: an unrelated suite passes, a test on the fixture says what to install."""
    project = tmp_path / "unrelated"
    (project / "tests").mkdir(parents=True)
    (project / "tests" / "test_unrelated.py").write_text(UNRELATED, encoding="utf-8")
    (project / "tests" / "test_on_the_sandbox.py").write_text(ON_THE_SANDBOX, encoding="utf-8")

    status, output = _pytest(
        installed_without_the_sandbox, project, "--strict-markers", "tests/test_unrelated.py"
    )
    assert status == 0, output
    assert "vrlive-sdk-0.1.0" in output, output  # the plugin was loaded, not left out
    assert "1 passed" in output, output

    status, output = _pytest(installed_without_the_sandbox, project, "--strict-markers", "tests")
    assert status == 1, output
    assert "1 passed, 1 error" in output, output
    assert "ERROR at setup of test_a_failed_conversion" in output, output
    assert "the vrlive_sandbox fixture needs the sandbox's dependencies" in output, output
    assert 'pip install "vrlive-sdk[sandbox]"' in output, output


def test_setup_is_a_no_op_when_nothing_changed() -> None:
    result = subprocess.run(
        ["make", "--question", "setup"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, "make setup would redo work although its inputs did not change"
