"""Answers too large or too deep to trust: a body past ``max_response_bytes`` (counted after
decompression, while it streams) or JSON nested past ``max_json_depth`` ends the call with a
ResponseValidationError naming the limit, sync and async, on every transport the facades use.

The hostile bodies here stop at 64 MB (so that code without the limits fails these tests instead
of exhausting the machine); the limit in these tests is 1 MiB. What the client held is measured
with tracemalloc, what it read by what the server managed to send. Peak RSS figures against
unbounded bodies are in ``bench/`` rows and the closing note, not here.
"""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
import tracemalloc
import zlib
from collections.abc import Callable
from functools import partial
from typing import Any

import httpx
import pytest

from tests.hostile import (
    FLAVOURS,
    HostileServer,
    Seen,
    answer,
    async_realsee,
    envelope,
    head,
    realsee,
    task_status,
    with_tokens,
)
from vrlive import ResponseValidationError, cli
from vrlive_core.bodies import BodyReader, ResponseLimits, json_depth_exceeds

LIMIT = 1024 * 1024
HOSTILE = 64 * 1024 * 1024
"""What a hostile body amounts to (decompressed); 64 times the limit."""
PIECE = b"a" * 65536


class Sent:
    """What the hostile server managed to write (the client read at most that)."""

    def __init__(self) -> None:
        self.bytes = 0

    def send(self, connection: socket.socket, data: bytes) -> None:
        connection.sendall(data)
        self.bytes += len(data)


def large(sent: Sent) -> Callable[[Seen, socket.socket, threading.Event], None]:
    """64 MB with a Content-Length saying so."""

    def serve(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        sent.send(connection, head(length=HOSTILE))
        while sent.bytes < HOSTILE and not stop.is_set():
            sent.send(connection, PIECE)

    return serve


def endless(sent: Sent) -> Callable[[Seen, socket.socket, threading.Event], None]:
    """Chunked pieces with no length and no end in sight (it gives up at 64 MB)."""

    def serve(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        sent.send(connection, head(headers={"Transfer-Encoding": "chunked"}))
        framed = b"%x\r\n%s\r\n" % (len(PIECE), PIECE)
        while sent.bytes < HOSTILE and not stop.is_set():
            sent.send(connection, framed)
        sent.send(connection, b"0\r\n\r\n")

    return serve


def compressed(kind: str) -> bytes:
    """64 MB of zeros as ``gzip``, zlib-wrapped ``deflate`` or ``raw-deflate`` (about 64 KB)."""
    wbits = {"gzip": 31, "deflate": 15, "raw-deflate": -15}[kind]
    squeeze = zlib.compressobj(9, zlib.DEFLATED, wbits)
    zeros = b"\0" * (1024 * 1024)
    return b"".join(squeeze.compress(zeros) for _ in range(HOSTILE // len(zeros))) + squeeze.flush()


BOMBS = {kind: compressed(kind) for kind in ("gzip", "deflate", "raw-deflate")}


def bomb(kind: str, sent: Sent) -> Callable[[Seen, socket.socket, threading.Event], None]:
    body = BOMBS[kind]
    coding = "gzip" if kind == "gzip" else "deflate"

    def serve(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        sent.send(connection, head(length=len(body), headers={"Content-Encoding": coding}) + body)

    return serve


def call(flavour: str, server: HostileServer, **options: Any) -> BaseException | None:
    """One status call through the flavour's facade; the error it raised."""
    try:
        if flavour == "sync":
            with realsee(server, flavour, max_retries=0, **options) as client:
                client.pano.get_pano_task_status(task_code="t1")
        else:

            async def run() -> None:
                async with async_realsee(server, flavour, max_retries=0, **options) as client:
                    await client.pano.get_pano_task_status(task_code="t1")

            asyncio.run(run())
    except Exception as error:  # the test looks at it
        return error
    return None


def traced(action: Callable[[], BaseException | None]) -> tuple[BaseException | None, int]:
    """What ``action`` raised, and the peak of memory Python allocated meanwhile."""
    tracemalloc.start()
    try:
        error = action()
        return error, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


SIZE_LIMIT = f"larger than 1,048,576 bytes after decompression (max_response_bytes={LIMIT})"


@pytest.mark.parametrize("hostile", ["large", "endless", "gzip", "deflate", "raw-deflate"])
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_body_past_the_limit_ends_the_call_naming_it(hostile: str, flavour: str) -> None:
    sent = Sent()
    script = {"large": large, "endless": endless}.get(hostile) or partial(bomb, hostile)
    with HostileServer(with_tokens(script(sent))) as server:
        error, peak = traced(lambda: call(flavour, server, max_response_bytes=LIMIT))
    assert isinstance(error, ResponseValidationError), error
    assert str(error) == (
        f"realsee get_pano_task_status: malformed response: response body: {SIZE_LIMIT} (HTTP 200)"
    )
    assert peak < 8 * LIMIT, f"held {peak / 1e6:.1f} MB for a limit of 1 MiB"
    if hostile in ("large", "endless"):  # the rest stayed unread (in socket buffers at most)
        assert sent.bytes < HOSTILE / 4, f"read {sent.bytes / 1e6:.1f} MB"


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_compressed_answers_within_the_limit_are_read(coding: str, flavour: str) -> None:
    body = task_status("success", vr_url="https://vr.test/1")
    packed = gzip.compress(body) if coding == "gzip" else zlib.compress(body)
    state: list[str] = []

    def serve(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        answer(connection, packed, headers={"Content-Encoding": coding})

    with HostileServer(with_tokens(serve)) as server:
        if flavour == "sync":
            with realsee(server, max_retries=0, max_response_bytes=len(body)) as client:
                state.append(client.pano.get_pano_task_status(task_code="t1").vr_url)
        else:

            async def run() -> None:
                async with async_realsee(
                    server, flavour, max_retries=0, max_response_bytes=len(body)
                ) as client:
                    state.append((await client.pano.get_pano_task_status(task_code="t1")).vr_url)

            asyncio.run(run())
        assert server.seen[-1].headers["accept-encoding"] == "gzip, deflate"
    assert state == ["https://vr.test/1"]


def test_a_coding_not_asked_for_is_named() -> None:
    def serve(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        answer(connection, b"\x1b\x00\x00", headers={"Content-Encoding": "br"})

    with HostileServer(with_tokens(serve)) as server:
        error = call("sync", server)
    assert isinstance(error, ResponseValidationError), error
    assert "Content-Encoding 'br' is not one asked for (gzip, deflate)" in str(error)


def nested(depth: int) -> bytes:
    return envelope({"project_id": "p", "status": "processing", "vr_url": "", "x": [1]}).replace(
        b"[1]", b"[" * depth + b"]" * depth
    )


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_json_nested_past_the_limit_is_refused_not_a_recursion_error(flavour: str) -> None:
    def serve(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        answer(connection, nested(100_000))

    with HostileServer(with_tokens(serve)) as server:
        error = call(flavour, server)
    assert isinstance(error, ResponseValidationError), error
    assert str(error) == (
        "realsee get_pano_task_status: malformed response: response body: "
        "JSON nested deeper than 128 levels (max_json_depth=128) (HTTP 200)"
    )


def test_the_depth_limit_is_the_facades_to_set() -> None:
    def serve(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        answer(connection, nested(10))

    with HostileServer(with_tokens(serve)) as server:
        assert call("sync", server, max_json_depth=12) is None  # the envelope and data add 2 levels
        error = call("sync", server, max_json_depth=11)
    assert isinstance(error, ResponseValidationError), error
    assert "max_json_depth=11" in str(error)


def test_brackets_inside_strings_are_not_nesting() -> None:
    text = '["\\"[[[[", "]]\\\\", {"a": "{{{{{{{{"}]'
    assert not json_depth_exceeds(text.encode(), 2)
    assert json_depth_exceeds(text.encode(), 1)
    assert not json_depth_exceeds(b"[]" * 1000, 1)


def test_the_cli_says_what_limit_a_deep_answer_broke(capsys: pytest.CaptureFixture[str]) -> None:
    def serve(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        answer(connection, nested(100_000))

    with HostileServer(with_tokens(serve)) as server, pytest.MonkeyPatch.context() as environment:
        environment.setenv("REALSEE_APP_KEY", "key")
        environment.setenv("REALSEE_APP_SECRET", "hostile-secret-1")
        code = cli.main(["task", "t1", "--base-url", server.url])
    assert code == cli.EXIT_API
    assert "JSON nested deeper than 128 levels (max_json_depth=128)" in capsys.readouterr().err


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_response_bytes must be at least 1, not 0"):
        ResponseLimits(max_bytes=0)


def test_the_reader_stops_inflating_at_the_limit() -> None:
    reader = BodyReader(httpx.Headers({"content-encoding": "gzip"}), ResponseLimits(LIMIT))
    accepted = [reader.feed(piece) for piece in (BOMBS["gzip"][:100], BOMBS["gzip"][100:])]
    assert accepted == [True, False]
    assert reader.problem == SIZE_LIMIT
    assert reader.body == b""
