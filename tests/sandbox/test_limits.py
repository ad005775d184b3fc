"""The sandbox's own request bodies are bounded: a size (413, the rest unread) and a JSON depth
(400), for the APIs and the controls, over a socket and in-process."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from vrlive_sandbox import Sandbox
from vrlive_sandbox.transport import SandboxTransport

DEEP = b"[" * 100_000 + b"]" * 100_000


def _raw(sandbox: Sandbox, head: str, body: bytes = b"") -> bytes:
    """Send a request as written and read the answer until the server closes or 5 s pass."""
    address = urlsplit(sandbox.api_url)
    with socket.create_connection((address.hostname, address.port), timeout=5) as connection:
        connection.sendall(head.encode() + b"\r\n" + body)
        answer = b""
        try:
            while piece := connection.recv(65536):
                answer += piece
        except TimeoutError:
            pass
    return answer


def test_a_body_longer_than_the_limit_is_refused_without_being_read(sandbox: Sandbox) -> None:
    port = urlsplit(sandbox.api_url).port
    head = (
        f"POST /open/v1/live/entrance HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        "Content-Type: application/json\r\nContent-Length: 2000000000\r\n"
    )
    answer = _raw(sandbox, head, b"{}")  # 2 GB announced, 2 bytes sent: the answer comes anyway
    status, _, rest = answer.partition(b"\r\n")
    assert status.startswith(b"HTTP/1.1 413 ")
    assert b"Connection: close" in rest
    assert b"the request body is 2000000000 bytes; the sandbox takes at most 1048576 (max_body_bytes)" in rest


def test_a_chunked_body_is_bounded_while_it_streams(sandbox: Sandbox) -> None:
    port = urlsplit(sandbox.api_url).port
    head = (
        f"POST /_sandbox/clock HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
    )
    chunk = b"80000\r\n" + b" " * 0x80000 + b"\r\n"  # 512 KiB pieces of an endless body
    answer = _raw(sandbox, head, chunk * 3)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert b"the request body is longer than 1048576 bytes, the most the sandbox takes" in answer


def test_a_chunked_body_within_the_limit_is_read(api: httpx.Client) -> None:
    def pieces() -> Iterator[bytes]:
        yield b'{"advance": '
        yield b"100}"

    before = api.get("/_sandbox").json()["now"]
    answer = api.post("/_sandbox/clock", content=pieces(), headers={"Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["now"] - before >= 100


@pytest.mark.parametrize("path", ["/open/v1/live/entrance", "/_sandbox/faults"])
def test_json_nested_too_deep_is_a_clear_400(api: httpx.Client, path: str) -> None:
    answer = api.post(path, content=DEEP, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    assert answer.json()["detail"] == (
        "the JSON body nests 100000 deep; the sandbox takes at most 64 (max_json_depth)"
    )
    text_plain = api.post(path, content=DEEP, headers={"Content-Type": "text/plain"})
    assert text_plain.status_code in (400, 403)  # never a crash: the controls refuse it first


def test_brackets_inside_strings_are_not_depth(api: httpx.Client) -> None:
    body = json.dumps({"app_id": "[" * 1000, "members": "{" * 1000})
    answer = api.post("/open/v1/live/entrance", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 200  # the vendor's own answer (no token): the body was read
    assert answer.json()["code"] == -3


def test_the_in_process_transport_has_the_same_limits(sandbox: Sandbox) -> None:
    with httpx.Client(base_url=sandbox.api_url, transport=SandboxTransport(sandbox)) as client:
        large = client.post("/open/v1/live/entrance", content=b" " * 1_048_577)
        assert large.status_code == 413
        deep = client.post(
            "/open/v1/live/entrance", content=DEEP, headers={"Content-Type": "application/json"}
        )
        assert deep.status_code == 400
