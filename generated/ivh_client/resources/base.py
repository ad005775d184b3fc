"""What resources send their calls through: a source of the package's clients, one per security
scheme of the spec.

A facade (such as the vrlive overlay's) is one; [`SingleClient`][vrlive_core.resource.SingleClient]
is one made of one client. Resources ask it, for each call, `client_for()` the operation's security
scheme or `public_client()` for an operation that takes no credentials.
"""

from typing import Protocol

from ..client import AuthenticatedClient, Client


class ClientSource(Protocol):
    """What resources are bound to (a facade such as ``vrlive.Realsee``, or a ``vrlive_core.resource.SingleClient``)."""

    def client_for(self, scheme: str) -> AuthenticatedClient:
        """The client signing or authenticating calls with the spec's security ``scheme``."""
        ...

    def public_client(self) -> AuthenticatedClient | Client:
        """The client for operations that take no credentials."""
        ...


__all__ = ["ClientSource"]
