"""Errors raised by ivh_client: the hierarchy shared with the other vrlive clients.

One `except vrlive_core.errors.VrliveError` (or `APIError`) catches them across vendors.
"""

from vrlive_core.errors import (
    APIError,
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    StateUnreachableError,
    TokenExpiredError,
    TransportError,
    UnexpectedStatus,
    VrliveError,
    WaitCancelledError,
    WaitTimeoutError,
)

__all__ = [
    "APIError",
    "AuthenticationError",
    "ConflictError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "RequestValidationError",
    "ResponseValidationError",
    "ServerError",
    "StateUnreachableError",
    "TokenExpiredError",
    "TransportError",
    "UnexpectedStatus",
    "VrliveError",
    "WaitCancelledError",
    "WaitTimeoutError",
]
