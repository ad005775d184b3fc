"""Where the Realsee Open API is served: the spec's ``servers``, each that an ``x-region``
names by that name (a facade's ``region`` argument)."""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from vrlive_core.types import Server

SERVERS: Final[tuple[Server, ...]] = (
    Server(
        url="https://app-gateway.realsee.cn", description="China region (REALSEE_REGION=cn, the default)", region="cn"
    ),
    Server(url="https://app-gateway.realsee.ai", description="Global region (REALSEE_REGION=global)", region="global"),
    Server(
        url="https://app-gateway.realsee.com",
        description="Legacy host used by older vendor samples; serves the same paths",
    ),
)
"""Every server of the spec, in its order."""

REGIONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "cn": "https://app-gateway.realsee.cn",
        "global": "https://app-gateway.realsee.ai",
    }
)
"""The URL of each server an ``x-region`` names, by that name, in the spec's order: the first is the
default region."""

__all__ = ["REGIONS", "SERVERS"]
