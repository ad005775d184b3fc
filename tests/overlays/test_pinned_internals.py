"""The two places that use what a dependency does not publish, each pinned to the minor version it
was read from (pyproject.toml, requirements/): these tests fail when the version moves, so that the
code is read against the new one before the pin follows it.

- ``vrlive_core.operation._absolute`` builds httpx 0.28's parsed URL (``URL._uri_reference``);
- ``vrlive.s3.PackageFiles`` is an s3transfer 0.19 ``OSUtils`` (boto3's transfer manager takes
  one as its ``osutil``).

Everything else uses public interfaces: `tests/overlays/test_calls.py` and `test_transports.py`
exercise the httpx and httpcore ones.
"""

from __future__ import annotations

import importlib.metadata
import inspect
import re
import tomllib
from pathlib import Path

import httpx
import pytest
from s3transfer.utils import OSUtils

from vrlive.s3 import PackageFiles
from vrlive_core.operation import _absolute

ROOT = Path(__file__).resolve().parents[2]
PINNED = {"httpx": "0.28", "s3transfer": "0.19"}


def _declared(distribution: str) -> str:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"
    ]
    return next(spec for spec in dependencies if re.match(rf"{distribution}\b", spec))


@pytest.mark.parametrize("distribution", PINNED)
def test_the_pin_is_the_minor_version_the_code_was_read_from(distribution: str) -> None:
    minor = PINNED[distribution]
    major, number = minor.split(".")
    assert _declared(distribution) == f"{distribution}>={minor},<{major}.{int(number) + 1}"
    installed = importlib.metadata.version(distribution)
    assert installed.startswith(f"{minor}."), (
        f"{distribution} {installed} is installed, the code was read against {minor}: read it again "
        "(see this module's docstring), then move the pin"
    )


def test_the_url_shortcut_builds_httpx_s_own_url() -> None:
    with httpx.Client(base_url="http://h.test/base") as client:
        request = {"method": "get", "url": "/x/y", "params": {"a": "1"}}
        shortcut = _absolute(client, request)["url"]
        assert isinstance(shortcut, httpx.URL)
        assert shortcut == client.build_request(**request).url
        assert shortcut.raw_path == b"/base/x/y?a=1"


def _arguments(function: object) -> list[str]:
    return [name for name in inspect.signature(function).parameters if name not in ("self", "cls")]


@pytest.mark.parametrize("method", ["get_file_size", "open", "is_special_file"])
def test_package_files_answer_what_s3transfer_asks_an_osutil(method: str) -> None:
    assert _arguments(getattr(PackageFiles, method)) == _arguments(getattr(OSUtils, method))
