"""The realsee response envelope, as the spec declares it once in `x-envelope`.

Responses are read envelope-first: the result code decides success, and a failure raises the
typed error its code (or HTTP status) maps to, without parsing the data.
"""

from vrlive_core.envelope import Envelope, ErrorRule
from vrlive_core.errors import PermissionDeniedError, TokenExpiredError

ENVELOPE = Envelope(
    vendor="realsee",
    code="/code",
    success=(0,),
    message="/status",
    data="/data",
    request_id="/request_id",
    trace_id="/trace_id",
    business_code="/business_code",
    errors=(
        ErrorRule(TokenExpiredError, code=-3),
        ErrorRule(PermissionDeniedError, code=-1, business_code="10001"),
    ),
)

__all__ = ["ENVELOPE"]
