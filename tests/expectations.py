"""What the tests expect of the specs' examples, stated independently of the specs."""

from __future__ import annotations

from functools import cache
from typing import Any

from tests.calls import envelope_value
from tests.specs import Operation, operations
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
    ("realsee", "miss_authorization"): TokenExpiredError,  # code -3 with no business_code: no header at all
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
    ("ivh", "avatar_expired"): PermissionDeniedError,
    ("ivh", "session_not_started"): ConflictError,
    ("ivh", "too_frequent"): RateLimitError,
}


def expected_error(operation: Operation, status: int, name: str, value: Any) -> type[APIError]:
    """The error a failure example must raise. An example the table does not name is expected to
    fail as a named one that has the same HTTP status, vendor code and business code (a new
    operation reusing a known failure needs no entry); otherwise this says what to add."""
    known = EXPECTED_ERRORS.get((operation.spec_name, name))
    if known is not None:
        return known
    alike = _errors_by_failure().get(_failure(operation, status, value))
    if alike is not None:
        return alike
    raise AssertionError(
        f"{operation.spec_name} failure example {name!r} of {operation.id} fails in a way no named example "
        f"does ({_describe(operation, status, value)}): add ({operation.spec_name!r}, {name!r}) to "
        "EXPECTED_ERRORS in tests/expectations.py with the error it must raise"
    )


def _failure(operation: Operation, status: int, value: Any) -> tuple[object, ...]:
    fields = ("code", "business_code")
    return (operation.spec_name, status, *(envelope_value(operation, value, field) for field in fields))


def _describe(operation: Operation, status: int, value: Any) -> str:
    _, _, code, business_code = _failure(operation, status, value)
    business = "" if business_code is None else f", business_code {business_code!r}"
    return f"HTTP {status}, code {code!r}{business}"


@cache
def _errors_by_failure() -> dict[tuple[object, ...], type[APIError]]:
    found: dict[tuple[object, ...], type[APIError]] = {}
    for operation in operations():
        for status, name, value in operation.response_examples():
            if (operation.spec_name, name) in EXPECTED_ERRORS:
                found.setdefault(
                    _failure(operation, status, value), EXPECTED_ERRORS[(operation.spec_name, name)]
                )
    return found
