"""What the tests expect of the specs' examples, stated independently of the specs."""

from __future__ import annotations

from vrlive_core.errors import (
    APIError,
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TokenExpiredError,
)

# The error each failure example must raise: an independent table, not read from the specs.
EXPECTED_ERRORS: dict[tuple[str, str], type[APIError]] = {
    ("realsee", "illegal_app"): AuthenticationError,
    ("realsee", "token_expired"): TokenExpiredError,
    ("realsee", "missing_package"): APIError,
    ("realsee", "user_id_empty"): APIError,
    ("qnlive", "unauthorized"): AuthenticationError,
    ("qnlive", "token_expired"): TokenExpiredError,
    ("qnlive", "not_found"): NotFoundError,
    ("qnlive", "invalid_argument"): InvalidRequestError,
    ("qnlive", "already_exists"): ConflictError,
    ("ivh", "unauthorized"): AuthenticationError,
    ("ivh", "session_not_found"): NotFoundError,
    ("ivh", "concurrency_limit"): RateLimitError,
    ("ivh", "session_not_ready"): ConflictError,
    ("ivh", "internal_error"): ServerError,
}
