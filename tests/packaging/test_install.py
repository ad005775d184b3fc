"""The distribution: `pip install .` into a fresh virtual environment gives working packages."""

from __future__ import annotations

import subprocess
import venv
from pathlib import Path

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


def test_pip_install_into_a_fresh_venv(tmp_path: Path) -> None:
    """The distribution with its [sandbox] extra: every package imports, the sandbox finds its specs."""
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    install = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{ROOT}[sandbox]"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    run = subprocess.run([python, "-c", SMOKE], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip() == "ok TokenExpiredError"


def test_setup_is_a_no_op_when_nothing_changed() -> None:
    result = subprocess.run(
        ["make", "--question", "setup"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, "make setup would redo work although its inputs did not change"
