"""Where the Tencent Cloud AI Digital Human (IVH) interactive sessions is served: the spec's ``servers``, each that an ``x-region``
names by that name (a facade's ``region`` argument)."""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from vrlive_core.types import Server

SERVERS: Final[tuple[Server, ...]] = (
    Server(url="https://gw.tvs.qq.com", description="China (IVH_REGION=cn, the default)", region="cn"),
    Server(url="https://gw-sg.tvs.qq.com", description="International, Singapore (IVH_REGION=intl)", region="intl"),
)
"""Every server of the spec, in its order."""

REGIONS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "cn": "https://gw.tvs.qq.com",
        "intl": "https://gw-sg.tvs.qq.com",
    }
)
"""The URL of each server an ``x-region`` names, by that name, in the spec's order: the first is the
default region."""

__all__ = ["REGIONS", "SERVERS"]
