"""What resources send their calls through: the facade's clients, by the security scheme they use."""

from typing import Protocol

from ..client import AuthenticatedClient, Client


class ClientSource(Protocol):
    """The object resources are bound to (a facade such as ``vrlive.Realsee``)."""

    def _authenticated_client(self, scheme: str) -> AuthenticatedClient:
        """The client signing or authenticating calls with the spec's security ``scheme``."""
        ...

    def _public_client(self) -> AuthenticatedClient | Client:
        """The client for operations that take no credentials."""
        ...


__all__ = ["ClientSource"]
