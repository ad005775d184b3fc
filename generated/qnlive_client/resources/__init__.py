"""The Qiniu low-code live (QNLiveKit) operations as resource classes, one per tag of the spec.

[`Resources`][qnlive_client.resources.Resources] and
[`AsyncResources`][qnlive_client.resources.AsyncResources] give each tag as an attribute; a
facade (such as the vrlive overlay's) inherits one of them and says which client each security
scheme uses.
"""

from functools import cached_property

from ..client import AuthenticatedClient, Client
from .relay import AsyncRelay, Relay
from .server import AsyncServer, Server


class Resources:
    """Every tag of the spec as a resource; subclasses provide the clients."""

    def _authenticated_client(self, scheme: str) -> AuthenticatedClient:
        raise NotImplementedError

    def _public_client(self) -> AuthenticatedClient | Client:
        raise NotImplementedError

    @cached_property
    def relay(self) -> Relay:
        """Cross-room relay between two live rooms' hosts."""
        return Relay(self)

    @cached_property
    def server(self) -> Server:
        """Calls made by your backend, signed with the Qiniu AccessKey/SecretKey."""
        return Server(self)


class AsyncResources:
    """Every tag of the spec as a resource, async; subclasses provide the clients."""

    def _authenticated_client(self, scheme: str) -> AuthenticatedClient:
        raise NotImplementedError

    def _public_client(self) -> AuthenticatedClient | Client:
        raise NotImplementedError

    @cached_property
    def relay(self) -> AsyncRelay:
        """Cross-room relay between two live rooms' hosts."""
        return AsyncRelay(self)

    @cached_property
    def server(self) -> AsyncServer:
        """Calls made by your backend, signed with the Qiniu AccessKey/SecretKey."""
        return AsyncServer(self)


__all__ = ["AsyncResources", "Resources"]
