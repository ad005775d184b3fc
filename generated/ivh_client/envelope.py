"""The ivh response envelope, as the spec declares it once in `x-envelope`.

Responses are read envelope-first: the result code decides success, and a failure raises the
typed error its code (or HTTP status) maps to, without parsing the data.
"""

from vrlive_core.envelope import Envelope, ErrorRule
from vrlive_core.errors import (
    AuthenticationError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)

ENVELOPE = Envelope(
    vendor="ivh",
    code="/Header/Code",
    success=(0,),
    message="/Header/Message",
    data="/Payload",
    request_id="/Header/RequestID",
    errors=(
        ErrorRule(InvalidRequestError, code=100001),
        ErrorRule(AuthenticationError, code=100005),
        ErrorRule(RateLimitError, code=100008),
        ErrorRule(RateLimitError, code=100012),
        ErrorRule(RateLimitError, code=100014),
        ErrorRule(PermissionDeniedError, code=100015),
        ErrorRule(ConflictError, code=110013),
        ErrorRule(ConflictError, code=110014),
        ErrorRule(ConflictError, code=110015),
        ErrorRule(ConflictError, code=110016),
        ErrorRule(NotFoundError, code=110018),
        ErrorRule(PermissionDeniedError, code=110021),
        ErrorRule(ConflictError, code=110022),
        ErrorRule(ServerError, max=-1),
    ),
)

__all__ = ["ENVELOPE"]
