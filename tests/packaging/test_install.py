"""The distribution: `pip install .` into a fresh virtual environment gives working packages."""

from __future__ import annotations

import os
import subprocess
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


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the distribution and its [sandbox] extra: its python."""
    folder = tmp_path_factory.mktemp("installed")
    environment = folder / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    install = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{ROOT}[sandbox]"],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    return python


def test_pip_install_into_a_fresh_venv(installed: Path, tmp_path: Path) -> None:
    """The distribution with its [sandbox] extra: every package imports, the sandbox finds its specs."""
    run = subprocess.run([installed, "-c", SMOKE], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip() == "ok TokenExpiredError"


def test_a_users_test_suite_runs_on_the_plugin(installed: Path, tmp_path: Path) -> None:
    """The README's example test file, in a project of its own: the plugin is all it needs."""
    pins = [
        line
        for line in (ROOT / "requirements/lock.txt").read_text().splitlines()
        if line.startswith("pytest==")
    ]
    pytest_install = subprocess.run(
        [installed, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *pins],
        capture_output=True,
        text=True,
        check=False,
    )
    assert pytest_install.returncode == 0, pytest_install.stderr
    project = tmp_path / "listings"
    (project / "tests").mkdir(parents=True)
    (project / "tests" / "test_listing.py").write_text(
        examples("user-tests")["test_listing.py"], encoding="utf-8"
    )
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("REALSEE_", "QNLIVE_", "IVH_", "VRLIVE_", "PYTEST_", "SANDBOX_"))
    }
    run = subprocess.run(
        [installed, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "tests"],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    output = run.stdout + run.stderr
    print(output)  # with -s: what the user sees
    assert run.returncode == 1, output  # the guard's error, as the README says
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


def test_setup_is_a_no_op_when_nothing_changed() -> None:
    result = subprocess.run(
        ["make", "--question", "setup"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, "make setup would redo work although its inputs did not change"
