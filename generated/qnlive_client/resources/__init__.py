"""The Qiniu low-code live (QNLiveKit) operations as resource classes, one per tag of the spec.

[`Resources`][qnlive_client.resources.Resources] and
[`AsyncResources`][qnlive_client.resources.AsyncResources] hold each tag's resource as an
attribute, bound to a source of clients (`base.ClientSource`): a facade (such as the vrlive
overlay's) is one of them and provides its clients; the sync and async halves
(`vrlive_core.resource.SyncSource`, `AsyncSource`) close them.
[`ClientResources`][qnlive_client.resources.ClientResources] and
[`AsyncClientResources`][qnlive_client.resources.AsyncClientResources] send every call
through one client.
"""

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from vrlive_core.resource import AsyncSource, GeneratedClient, SingleClient, SyncSource

from ..client import AuthenticatedClient, Client
from .relay import AsyncRelay, Relay
from .server import AsyncServer, Server


class Resources(SyncSource):
    """Every tag of the spec as a resource, bound to this object as its source of clients:
    a subclass provides ``client_for`` and ``public_client`` (`base.ClientSource`)."""

    if TYPE_CHECKING:  # a subclass's: a facade's, or ClientResources'

        def client_for(self, scheme: str) -> AuthenticatedClient: ...

        def public_client(self) -> AuthenticatedClient | Client: ...

    @cached_property
    def relay(self) -> Relay:
        """Cross-room relay between two live rooms' hosts."""
        return Relay(self)

    @cached_property
    def server(self) -> Server:
        """Calls made by your backend, signed with the Qiniu AccessKey/SecretKey."""
        return Server(self)


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
    def relay(self) -> AsyncRelay:
        """Cross-room relay between two live rooms' hosts."""
        return AsyncRelay(self)

    @cached_property
    def server(self) -> AsyncServer:
        """Calls made by your backend, signed with the Qiniu AccessKey/SecretKey."""
        return AsyncServer(self)


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
