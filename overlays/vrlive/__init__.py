"""vrlive: the hand-written layer over the generated Realsee, Qiniu and IVH clients.

- :class:`~vrlive.realsee.Realsee`: access tokens fetched, refreshed and replayed; task waiting.
- :class:`~vrlive.qnlive.QnLive`: user tokens minted (AK/SK) or provided; relay waiting.
- :class:`~vrlive.ivh.Ivh`: every call signed, ReqIds filled in; waiting for a ready session.

Each exposes the generated ``AuthenticatedClient`` (``.client``) for every operation of its spec,
with retries (backoff with full jitter, honouring Retry-After) and typed errors; secrets are kept
out of reprs, messages and logs. Logging goes to the ``vrlive`` logger.
"""

from vrlive.errors import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    SourceChangedError,
    StateUnreachableError,
    TaskFailedError,
    TaskTimeoutError,
    TokenExpiredError,
    TransportError,
    UnexpectedStatus,
    VrliveError,
    WaitCancelledError,
    WaitTimeoutError,
)
from vrlive.ivh import Ivh
from vrlive.qnlive import QnLive
from vrlive.realsee import Realsee
from vrlive.retries import RetryPolicy

__all__ = [
    "APIError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "InvalidRequestError",
    "Ivh",
    "NotFoundError",
    "PermissionDeniedError",
    "QnLive",
    "RateLimitError",
    "Realsee",
    "RequestTimeoutError",
    "RequestValidationError",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "SourceChangedError",
    "StateUnreachableError",
    "TaskFailedError",
    "TaskTimeoutError",
    "TokenExpiredError",
    "TransportError",
    "UnexpectedStatus",
    "VrliveError",
    "WaitCancelledError",
    "WaitTimeoutError",
]
