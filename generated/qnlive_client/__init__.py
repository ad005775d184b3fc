"""A client library for accessing Qiniu low-code live (QNLiveKit)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
