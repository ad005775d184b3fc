"""Where the Qiniu low-code live (QNLiveKit) is served: the spec's ``servers``, each that an ``x-region``
names by that name (a facade's ``region`` argument)."""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from vrlive_core.types import Server

SERVERS: Final[tuple[Server, ...]] = (
    Server(
        url="https://live-api.qiniu.com",
        description="Qiniu's hosted service (the default; QNLIVE_BASE_URL for another)",
        region="hosted",
    ),
    Server(url="{scheme}://{host}", description="A self-hosted QNLiveKit server"),
)
"""Every server of the spec, in its order."""

REGIONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "hosted": "https://live-api.qiniu.com",
    }
)
"""The URL of each server an ``x-region`` names, by that name, in the spec's order: the first is the
default region."""

__all__ = ["REGIONS", "SERVERS"]
