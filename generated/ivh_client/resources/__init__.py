"""The Tencent Cloud AI Digital Human (IVH) interactive sessions operations as resource classes, one per tag of the spec.

[`Resources`][ivh_client.resources.Resources] and
[`AsyncResources`][ivh_client.resources.AsyncResources] hold each tag's resource as an
attribute, bound to a source of clients (`base.ClientSource`): a facade (such as the vrlive
overlay's) is one of them and provides its clients; the sync and async halves
(`vrlive_core.resource.SyncSource`, `AsyncSource`) close them.
[`ClientResources`][ivh_client.resources.ClientResources] and
[`AsyncClientResources`][ivh_client.resources.AsyncClientResources] send every call
through one client.
"""

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from vrlive_core.resource import AsyncSource, GeneratedClient, SingleClient, SyncSource

from ..client import AuthenticatedClient, Client
from .interaction import AsyncInteraction, Interaction
from .session import AsyncSession, Session


class Resources(SyncSource):
    """Every tag of the spec as a resource, bound to this object as its source of clients:
    a subclass provides ``client_for`` and ``public_client`` (`base.ClientSource`)."""

    if TYPE_CHECKING:  # a subclass's: a facade's, or ClientResources'

        def client_for(self, scheme: str) -> AuthenticatedClient: ...

        def public_client(self) -> AuthenticatedClient | Client: ...

    @cached_property
    def interaction(self) -> Interaction:
        """Driving a started session - text commands over HTTP (the command channel is x-channels.command_channel)."""
        return Interaction(self)

    @cached_property
    def session(self) -> Session:
        """Interactive stream sessions of a digital human."""
        return Session(self)


class ClientResources(Resources):
    """Every tag of the spec as a resource, sending through one client (`vrlive_core.resource.SingleClient`).

    Operations that take credentials need an ``AuthenticatedClient`` (a token, or an ``auth`` flow).
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._source = SingleClient[AuthenticatedClient, Client](client, AuthenticatedClient)

    def client_for(self, scheme: str) -> AuthenticatedClient:
        return self._source.client_for(scheme)

    def public_client(self) -> AuthenticatedClient | Client:
        return self._source.public_client()

    def generated_clients(self) -> Sequence[GeneratedClient]:
        return self._source.generated_clients()


class AsyncResources(AsyncSource):
    """Every tag of the spec as a resource, async, bound to this object as its source of clients:
    a subclass provides ``client_for`` and ``public_client`` (`base.ClientSource`)."""

    if TYPE_CHECKING:  # a subclass's: a facade's, or ClientResources'

        def client_for(self, scheme: str) -> AuthenticatedClient: ...

        def public_client(self) -> AuthenticatedClient | Client: ...

    @cached_property
    def interaction(self) -> AsyncInteraction:
        """Driving a started session - text commands over HTTP (the command channel is x-channels.command_channel)."""
        return AsyncInteraction(self)

    @cached_property
    def session(self) -> AsyncSession:
        """Interactive stream sessions of a digital human."""
        return AsyncSession(self)


class AsyncClientResources(AsyncResources):
    """Every tag of the spec as a resource, async, sending through one client (`vrlive_core.resource.SingleClient`).

    Operations that take credentials need an ``AuthenticatedClient`` (a token, or an ``auth`` flow).
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._source = SingleClient[AuthenticatedClient, Client](client, AuthenticatedClient)

    def client_for(self, scheme: str) -> AuthenticatedClient:
        return self._source.client_for(scheme)

    def public_client(self) -> AuthenticatedClient | Client:
        return self._source.public_client()

    def generated_clients(self) -> Sequence[GeneratedClient]:
        return self._source.generated_clients()


__all__ = ["AsyncClientResources", "AsyncResources", "ClientResources", "Resources"]
