"""The small runtime shared by the generated clients (``realsee_client``, ``qnlive_client``,
``ivh_client``) and the ``vrlive`` overlay: the error hierarchy, vendor envelopes, and how an
operation is sent and its response read.

Hand-written and vendor-neutral; everything vendor-specific is generated from ``spec/``.
"""

from vrlive_core.envelope import Envelope, ErrorRule
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
from vrlive_core.operation import Operation, operation_of
from vrlive_core.types import UNSET, Response, Unset

__all__ = [
    "UNSET",
    "APIError",
    "AuthenticationError",
    "ConflictError",
    "Envelope",
    "ErrorRule",
    "InvalidRequestError",
    "NotFoundError",
    "Operation",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "RequestValidationError",
    "Response",
    "ResponseValidationError",
    "ServerError",
    "TokenExpiredError",
    "TransportError",
    "UnexpectedStatus",
    "Unset",
    "VrliveError",
    "operation_of",
]
