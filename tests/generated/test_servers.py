"""``servers.py``: each generated package lists its spec's ``servers``, and the regions their
``x-region`` names, which the facades pick from; a name that cannot be one is refused where it is
written."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from generator.render import GenerationError, render
from generator.targets import document_target
from tests.specs import PACKAGES, load

DOCUMENT = """\
openapi: 3.1.0
info: {title: Regions, version: "1"}
servers:
  - url: https://east.example.com
    description: East
    x-region: east
  - url: https://west.example.com
    x-region: west
  - url: https://legacy.example.com
    description: Not a region
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "204": {description: Pong.}
"""


def rendered(tmp_path: Path, text: str) -> Path:
    spec = tmp_path / "regions.yaml"
    spec.write_text(text, encoding="utf-8")
    target = document_target(spec, "regions_client", tmp_path)
    render(target, target.output, format_code=False)
    return target.output


def test_servers_and_the_regions_they_name_are_generated(tmp_path: Path) -> None:
    rendered(tmp_path, DOCUMENT)
    sys.path.insert(0, str(tmp_path))
    try:
        servers = importlib.import_module("regions_client.servers")
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("regions_client.servers", None)
        sys.modules.pop("regions_client", None)
    assert dict(servers.REGIONS) == {"east": "https://east.example.com", "west": "https://west.example.com"}
    assert list(servers.REGIONS) == ["east", "west"]  # the spec's order: the first is the default
    assert [(s.url, s.description, s.region) for s in servers.SERVERS] == [
        ("https://east.example.com", "East", "east"),
        ("https://west.example.com", "", "west"),
        ("https://legacy.example.com", "Not a region", None),
    ]


@pytest.mark.parametrize(
    ("region", "message"),
    [
        ("far west", "x-region must be a name (such as cn), not 'far west'"),
        ("east", "x-region 'east' names two servers"),
    ],
)
def test_a_region_that_cannot_be_one_is_refused_where_it_is_written(
    tmp_path: Path, region: str, message: str
) -> None:
    line = DOCUMENT.splitlines().index("    x-region: west") + 1
    with pytest.raises(GenerationError) as raised:
        rendered(tmp_path, DOCUMENT.replace("x-region: west", f"x-region: {region}"))
    assert f"regions.yaml:{line}:" in str(raised.value)
    assert message in str(raised.value)


@pytest.mark.parametrize("spec", sorted(PACKAGES))
def test_each_package_lists_its_specs_servers(spec: str) -> None:
    servers = importlib.import_module(f"{PACKAGES[spec]}.servers")
    declared = load(spec)["servers"]
    assert [server.url for server in servers.SERVERS] == [server["url"] for server in declared]
    assert dict(servers.REGIONS) == {
        server["x-region"]: server["url"] for server in declared if "x-region" in server
    }
