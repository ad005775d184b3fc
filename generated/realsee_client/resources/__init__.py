"""The Realsee Open API operations as resource classes, one per tag of the spec.

[`Resources`][realsee_client.resources.Resources] and
[`AsyncResources`][realsee_client.resources.AsyncResources] give each tag as an attribute; a
facade (such as the vrlive overlay's) inherits one of them and says which client each security
scheme uses. [`ClientResources`][realsee_client.resources.ClientResources] and
[`AsyncClientResources`][realsee_client.resources.AsyncClientResources] send every call
through one client.
"""

from functools import cached_property

from ..client import AuthenticatedClient, Client
from .auth import AsyncAuth, Auth
from .pano import AsyncPano, Pano
from .viewing import AsyncViewing, Viewing


class Resources:
    """Every tag of the spec as a resource; subclasses provide the clients."""

    def _authenticated_client(self, scheme: str) -> AuthenticatedClient:
        raise NotImplementedError

    def _public_client(self) -> AuthenticatedClient | Client:
        raise NotImplementedError

    @cached_property
    def auth(self) -> Auth:
        """Access tokens."""
        return Auth(self)

    @cached_property
    def pano(self) -> Pano:
        """Panorama to VR - upload credentials, task submission and status."""
        return Pano(self)

    @cached_property
    def viewing(self) -> Viewing:
        """Live viewing rooms (Viewing Service)."""
        return Viewing(self)


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
    def auth(self) -> AsyncAuth:
        """Access tokens."""
        return AsyncAuth(self)

    @cached_property
    def pano(self) -> AsyncPano:
        """Panorama to VR - upload credentials, task submission and status."""
        return AsyncPano(self)

    @cached_property
    def viewing(self) -> AsyncViewing:
        """Live viewing rooms (Viewing Service)."""
        return AsyncViewing(self)


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
