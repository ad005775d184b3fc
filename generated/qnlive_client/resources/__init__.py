"""The Qiniu low-code live (QNLiveKit) operations as resource classes, one per tag of the spec.

[`Resources`][qnlive_client.resources.Resources] and
[`AsyncResources`][qnlive_client.resources.AsyncResources] give each tag as an attribute; a
facade (such as the vrlive overlay's) inherits one of them and says which client each security
scheme uses. [`ClientResources`][qnlive_client.resources.ClientResources] and
[`AsyncClientResources`][qnlive_client.resources.AsyncClientResources] send every call
through one client.
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


class ClientResources(Resources):
    """Every tag of the spec as a resource, sending through one client.

    Operations that take credentials need an ``AuthenticatedClient`` (a token, or an ``auth`` flow).
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _authenticated_client(self, scheme: str) -> AuthenticatedClient:
        if not isinstance(self._client, AuthenticatedClient):
            raise TypeError(f"operations secured by {scheme!r} need an AuthenticatedClient, not a Client")
        return self._client

    def _public_client(self) -> AuthenticatedClient | Client:
        return self._client


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


class AsyncClientResources(AsyncResources):
    """Every tag of the spec as a resource, async, sending through one client.

    Operations that take credentials need an ``AuthenticatedClient`` (a token, or an ``auth`` flow).
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def _authenticated_client(self, scheme: str) -> AuthenticatedClient:
        if not isinstance(self._client, AuthenticatedClient):
            raise TypeError(f"operations secured by {scheme!r} need an AuthenticatedClient, not a Client")
        return self._client

    def _public_client(self) -> AuthenticatedClient | Client:
        return self._client


__all__ = ["AsyncClientResources", "AsyncResources", "ClientResources", "Resources"]
