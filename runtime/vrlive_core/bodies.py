"""Bounded answers: how much of a response body is read, and how deeply its JSON may nest.

Nothing a server sends is trusted to be small. A body is read piece by piece, decompressed as it
arrives, and counted after decompression: past `ResponseLimits.max_bytes` the reading stops, so a
500 MB answer, an endless chunked one or a gzip bomb costs at most the limit, not the process.
JSON deeper than `ResponseLimits.max_depth` is refused before it is decoded (Python's decoder
recurses, and a body of 100,000 brackets would end in ``RecursionError``).

The reader (`BodyReader`) only collects what went wrong; the transport that reads puts the problem
on the response (`mark()`), and `vrlive_core.envelope.decoded()` turns it into a
[`ResponseValidationError`][vrlive_core.errors.ResponseValidationError] carrying the call's context,
as it does for any other malformed answer.
"""

from __future__ import annotations

import itertools
import re
import zlib
from array import array
from typing import Final

import httpx
from attrs import frozen

DEFAULT_MAX_BYTES: Final = 8 * 1024 * 1024
"""8 MiB: the answers of these APIs are a few KB at most (a task status is under 1 KB)."""
DEFAULT_MAX_DEPTH: Final = 128
"""serde_json's default recursion limit; the specs' deepest answer nests 5 levels."""

LIMITS_EXTENSION: Final = "vrlive_core.limits"
"""Response extension: the `ResponseLimits` its body was read with."""
PROBLEM_EXTENSION: Final = "vrlive_core.body_problem"
"""Response extension: why its body could not be read whole (it is then empty)."""

ENCODINGS: Final = ("gzip", "deflate")
"""The content codings read (and asked for with ``Accept-Encoding``)."""


@frozen
class ResponseLimits:
    """The most a response may cost to read.

    Attributes:
        max_bytes: The largest body, counted after decompression (and before it: an endless
            stream that decompresses to nothing counts too).
        max_depth: The deepest nesting of arrays and objects in a JSON body.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = DEFAULT_MAX_DEPTH

    def __attrs_post_init__(self) -> None:
        if self.max_bytes < 1:
            raise ValueError(f"max_response_bytes must be at least 1, not {self.max_bytes}")
        if self.max_depth < 1:
            raise ValueError(f"max_json_depth must be at least 1, not {self.max_depth}")


class _Inflate:
    """gzip or deflate (zlib-wrapped, or raw as some servers send it), never more than asked at a time."""

    def __init__(self, encoding: str) -> None:
        self._maybe_raw = encoding == "deflate"
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if encoding == "gzip" else zlib.MAX_WBITS)

    def decode(self, data: bytes, most: int) -> bytes:
        """Up to ``most`` bytes (at least 1) of what ``data`` inflates to; `more()` gives the rest."""
        try:
            piece = self._inflate.decompress(data, most)
        except zlib.error:
            if not self._maybe_raw:
                raise
            self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)  # deflate without its zlib header
            piece = self._inflate.decompress(data, most)
        self._maybe_raw = False
        return piece

    def more(self, most: int) -> bytes:
        """Up to ``most`` more bytes of what the pieces fed so far inflate to (b"" when none)."""
        tail = self._inflate.unconsumed_tail
        return self._inflate.decompress(tail, most) if tail else b""


class BodyReader:
    """Collects a body from its raw pieces: decoded, counted, and stopped at the limit.

    Feed it the raw pieces in order (`feed()` says whether to go on); `body` is what was read,
    `problem` why reading stopped early (None when the body is whole).
    """

    def __init__(self, headers: httpx.Headers, limits: ResponseLimits) -> None:
        self.limits = limits
        self.problem: str | None = None
        self._body = bytearray()
        self._raw = 0
        coding = ", ".join(part.strip().lower() for part in headers.get_list("content-encoding"))
        self._inflate: _Inflate | None = None
        if coding in ("gzip", "x-gzip", "deflate"):
            self._inflate = _Inflate("deflate" if coding == "deflate" else "gzip")
        elif coding not in ("", "identity"):
            self.problem = f"Content-Encoding {coding!r} is not one asked for ({', '.join(ENCODINGS)})"
        self.encoded = coding not in ("", "identity")
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > limits.max_bytes and self._inflate is None:
            self.problem = self._too_large()

    def feed(self, data: bytes) -> bool:
        """Take the next raw piece; False once reading should stop (too large, undecodable)."""
        if self.problem is not None:
            return False
        self._raw += len(data)
        most = self.limits.max_bytes
        if self._inflate is None:
            self._body += data
        else:
            try:
                piece = self._inflate.decode(data, most - len(self._body) + 1)
                while piece and len(self._body) <= most:
                    self._body += piece
                    piece = self._inflate.more(most - len(self._body) + 1) if len(self._body) <= most else b""
            except zlib.error as error:
                self.problem = f"not valid compressed data ({error})"
                return False
        if len(self._body) > most or self._raw > most:
            self.problem = self._too_large()
            return False
        return True

    def _too_large(self) -> str:
        limit = self.limits.max_bytes
        return f"larger than {limit:,} bytes after decompression (max_response_bytes={limit})"

    @property
    def body(self) -> bytes:
        """The body read: whole, or empty when there is a `problem`."""
        return b"" if self.problem is not None else bytes(self._body)

    def response(self, response: httpx.Response) -> httpx.Response:
        """A response of the body read, in place of ``response`` (whose raw stream was fed here).

        The body is decoded already, so its ``Content-Encoding`` goes (and ``Content-Length`` says
        its decoded size); the limits and any problem travel in its extensions.
        """
        headers = response.headers.copy()
        body = self.body
        if self.encoded:
            del headers["content-encoding"]
            if "content-length" in headers:
                headers["content-length"] = str(len(body))
        extensions = {**response.extensions, LIMITS_EXTENSION: self.limits}
        if self.problem is not None:
            extensions[PROBLEM_EXTENSION] = self.problem
        return httpx.Response(
            response.status_code, headers=headers, stream=httpx.ByteStream(body), extensions=extensions
        )


# JSON depth, without recursing: strings (which may hold brackets) are blanked out, brackets become
# +1 / -1 and their running sum's maximum is the depth. Everything runs in C: bytes.translate,
# re.sub, itertools.accumulate over a signed-byte array.
_STRING: Final = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_STEPS: Final = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")
_NOT_BRACKETS: Final = bytes(byte for byte in range(256) if byte not in b"[]{}")


def json_depth_exceeds(content: bytes, max_depth: int) -> bool:
    """Whether the JSON in ``content`` nests arrays and objects deeper than ``max_depth``."""
    if content.count(b"[") + content.count(b"{") <= max_depth:
        return False  # the common case: too few brackets to be that deep
    steps = _STRING.sub(b"", content).translate(_STEPS, _NOT_BRACKETS)
    return max(itertools.accumulate(array("b", steps)), default=0) > max_depth


def depth_problem(max_depth: int) -> str:
    """What a body nested deeper than ``max_depth`` is told."""
    return f"JSON nested deeper than {max_depth} levels (max_json_depth={max_depth})"


def limits_of(response: httpx.Response) -> ResponseLimits:
    """The limits ``response`` was read with; the defaults when a transport of one's own read it."""
    limits = getattr(response, "extensions", {}).get(LIMITS_EXTENSION)  # a stand-in may have none
    return limits if isinstance(limits, ResponseLimits) else _DEFAULT


_DEFAULT: Final = ResponseLimits()


__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "ENCODINGS",
    "LIMITS_EXTENSION",
    "PROBLEM_EXTENSION",
    "BodyReader",
    "ResponseLimits",
    "depth_problem",
    "json_depth_exceeds",
    "limits_of",
]
