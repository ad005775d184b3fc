"""What resources send their calls through: a source of the package's clients, one per security
scheme of the spec.

A facade (such as the vrlive overlay's) is one; [`SingleClient`][qnlive_client.resources.base.SingleClient]
is one made of one client. Resources ask it, for each call, `client_for()` the operation's security
scheme or `public_client()` for an operation that takes no credentials.
"""

from typing import Protocol

from ..client import AuthenticatedClient, Client


class ClientSource(Protocol):
    """What resources are bound to (a facade such as ``vrlive.Realsee``, or a `SingleClient`)."""

    def client_for(self, scheme: str) -> AuthenticatedClient:
        """The client signing or authenticating calls with the spec's security ``scheme``."""
        ...

    def public_client(self) -> AuthenticatedClient | Client:
        """The client for operations that take no credentials."""
        ...


class SingleClient:
    """One client for every call. Operations that take credentials need an ``AuthenticatedClient``
    (a token, or an ``auth`` flow)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self.client = client

    def client_for(self, scheme: str) -> AuthenticatedClient:
        if not isinstance(self.client, AuthenticatedClient):
            raise TypeError(f"operations secured by {scheme!r} need an AuthenticatedClient, not a Client")
        return self.client

    def public_client(self) -> AuthenticatedClient | Client:
        return self.client

    def generated_clients(self) -> list[AuthenticatedClient | Client]:
        return [self.client]


__all__ = ["ClientSource", "SingleClient"]
