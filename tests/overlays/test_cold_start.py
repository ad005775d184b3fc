"""Cold start: importing vrlive loads nothing heavy until it is used. boto3 (with botocore and
s3transfer) comes with the first upload, a vendor's generated package with its facade, and a
generated model with its first use. Each case runs in a fresh interpreter and reads its
``sys.modules``; the timings are in bench (``python -m bench cold``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import vrlive

BOTO = ("boto3", "botocore", "s3transfer")
GENERATED = ("realsee_client", "qnlive_client", "ivh_client")


def loaded_after(code: str) -> set[str]:
    """The top-level names and the modules in ``sys.modules`` after running ``code`` in a fresh
    interpreter."""
    script = textwrap.dedent(code) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    modules: list[str] = json.loads(done.stdout.splitlines()[-1])
    return {name.split(".")[0] for name in modules} | set(modules)


def test_import_vrlive_loads_no_boto3_and_no_generated_package() -> None:
    loaded = loaded_after("import vrlive")
    assert loaded.isdisjoint(BOTO + GENERATED), sorted(loaded & set(BOTO + GENERATED))


def test_version_loads_no_boto3_and_no_generated_package() -> None:
    loaded = loaded_after(
        """
        import contextlib, io
        from vrlive.cli import main
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            main(["--version"])
        """
    )
    assert loaded.isdisjoint(BOTO + GENERATED), sorted(loaded & set(BOTO + GENERATED))


@pytest.mark.parametrize(
    ("facade", "vendor", "arguments"),
    [
        ("Realsee", "realsee_client", "app_key='key', app_secret='secret-1234', region='cn'"),
        ("AsyncRealsee", "realsee_client", "app_key='key', app_secret='secret-1234', region='cn'"),
        ("QnLive", "qnlive_client", "token='token-1'"),
        ("Ivh", "ivh_client", "appkey='key', accesstoken='token-1'"),
    ],
)
def test_a_facade_loads_its_vendor_only_and_no_boto3(facade: str, vendor: str, arguments: str) -> None:
    """Made and closed, a facade has loaded its own generated package, not the other vendors',
    and not boto3 (an upload brings it)."""
    loaded = loaded_after(
        f"""
        from vrlive import {facade}
        client = {facade}({arguments}, base_url="http://127.0.0.1:9")
        close = getattr(client, "close", None)
        if close is not None:
            close()
        """
    )
    others = set(GENERATED) - {vendor}
    assert vendor in loaded
    assert loaded.isdisjoint(BOTO), sorted(loaded & set(BOTO))
    assert loaded.isdisjoint(others), sorted(loaded & others)


def test_one_model_loads_its_own_modules_only() -> None:
    """``from realsee_client.models import X`` loads X's module and what it refers to, not every
    model of the package."""
    loaded = loaded_after("from realsee_client.models import PanoTaskState")
    every = loaded_after("import realsee_client.models as m\nfor name in m.__all__: getattr(m, name)")
    models = {name for name in loaded if name.startswith("realsee_client.models.")}
    assert models == {"realsee_client.models.pano_task_state"}
    assert len({name for name in every if name.startswith("realsee_client.models.")}) > 100


def test_the_upload_loads_boto3() -> None:
    """The other side of the lazy import: the upload's transfer settings bring boto3 in."""
    loaded = loaded_after("from vrlive.upload import default_transfer_config\ndefault_transfer_config()")
    assert set(BOTO) <= loaded


def test_every_public_name_is_importable_from_where_it_was() -> None:
    """``vrlive``'s names load on first use and are the same objects as their modules'."""
    from vrlive.errors import VrliveError
    from vrlive.realsee import Realsee, UploadedPackage, UploadError
    from vrlive.upload import UploadCancelledError

    assert vrlive.Realsee is Realsee
    assert vrlive.VrliveError is VrliveError
    assert issubclass(UploadError, VrliveError)
    assert issubclass(UploadCancelledError, VrliveError)
    assert UploadedPackage("b", "k", 1, None).submission("p").private_cos_key == "k"
    for name in vrlive.__all__:
        assert getattr(vrlive, name) is not None, name
    assert set(vrlive.__all__) <= set(dir(vrlive))
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        vrlive.Nothing  # noqa: B018 - the attribute access is what is tested


def test_the_help_shows_the_defaults_the_commands_use(capsys: pytest.CaptureFixture[str]) -> None:
    """The parser names the regions and defaults without importing them; they are the facade's
    and the batch's own."""
    from vrlive import cli
    from vrlive.batch import BATCH_STATE_FILE, CONCURRENCY
    from vrlive.realsee import POLL_INTERVAL, POLL_MAX_INTERVAL, POLL_TIMEOUT, REGIONS

    with pytest.raises(SystemExit):
        cli.main(["pano2vr", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert f"({CONCURRENCY})" in shown
    assert BATCH_STATE_FILE in shown
    assert f"({POLL_INTERVAL:g})" in shown
    assert f"({POLL_MAX_INTERVAL:g})" in shown
    assert f"({POLL_TIMEOUT:g}:" in shown
    assert f"region: {' or '.join(sorted(REGIONS))} " in shown


def test_an_unknown_region_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    from vrlive import cli

    with pytest.raises(SystemExit) as stopped:
        cli.main(["task", "T1", "--region", "mars"])
    assert stopped.value.code == cli.EXIT_INVALID
    assert "--region: invalid choice: 'mars' (choose from 'cn', 'global')" in capsys.readouterr().err
