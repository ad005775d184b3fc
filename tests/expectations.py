"""What the tests expect of the specs' examples, stated independently of the specs."""

from __future__ import annotations

from vrlive_core.errors import (
    APIError,
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TokenExpiredError,
)

# The error each failure example must raise: an independent table, not read from the specs.
EXPECTED_ERRORS: dict[tuple[str, str], type[APIError]] = {
    ("realsee", "illegal_app"): AuthenticationError,
    ("realsee", "token_expired"): TokenExpiredError,
    ("realsee", "missing_package"): APIError,
    ("realsee", "user_id_empty"): PermissionDeniedError,  # code -1 with business_code "10001"
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


def expected_error(spec: str, example: str) -> type[APIError]:
    """The error a failure example must raise; says what to add when the table lacks it."""
    try:
        return EXPECTED_ERRORS[(spec, example)]
    except KeyError:
        raise AssertionError(
            f"{spec} failure example {example!r} is new: add ({spec!r}, {example!r}) to EXPECTED_ERRORS in "
            "tests/expectations.py with the error it must raise (or reuse a known example name)"
        ) from None
