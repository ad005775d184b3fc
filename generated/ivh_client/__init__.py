"""A client library for accessing Tencent Cloud AI Digital Human (IVH) interactive sessions"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
