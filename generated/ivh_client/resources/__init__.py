"""The Tencent Cloud AI Digital Human (IVH) interactive sessions operations as resource classes, one per tag of the spec.

[`Resources`][ivh_client.resources.Resources] and
[`AsyncResources`][ivh_client.resources.AsyncResources] give each tag as an attribute; a
facade (such as the vrlive overlay's) inherits one of them and says which client each security
scheme uses. [`ClientResources`][ivh_client.resources.ClientResources] and
[`AsyncClientResources`][ivh_client.resources.AsyncClientResources] send every call
through one client.
"""

from functools import cached_property

from ..client import AuthenticatedClient, Client
from .interaction import AsyncInteraction, Interaction
from .session import AsyncSession, Session


class Resources:
    """Every tag of the spec as a resource; subclasses provide the clients."""

    def _authenticated_client(self, scheme: str) -> AuthenticatedClient:
        raise NotImplementedError

    def _public_client(self) -> AuthenticatedClient | Client:
        raise NotImplementedError

    @cached_property
    def interaction(self) -> Interaction:
        """Driving a started session - text commands over HTTP (the command channel is x-channels.command_channel)."""
        return Interaction(self)

    @cached_property
    def session(self) -> Session:
        """Interactive stream sessions of a digital human."""
        return Session(self)


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
    def interaction(self) -> AsyncInteraction:
        """Driving a started session - text commands over HTTP (the command channel is x-channels.command_channel)."""
        return AsyncInteraction(self)

    @cached_property
    def session(self) -> AsyncSession:
        """Interactive stream sessions of a digital human."""
        return AsyncSession(self)


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
