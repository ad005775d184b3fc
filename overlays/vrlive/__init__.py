"""vrlive: the hand-written layer over the generated Realsee, Qiniu and IVH clients.

It adds what generated code cannot express (token refresh, request signing, retries, waiters,
panorama upload, a CLI). This release holds the shared error hierarchy; the facades come next.
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
    TokenExpiredError,
    TransportError,
    UnexpectedStatus,
    VrliveError,
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
    "TokenExpiredError",
    "TransportError",
    "UnexpectedStatus",
    "VrliveError",
]
