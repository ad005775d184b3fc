"""Starting and stopping the local servers tests talk to (always on 127.0.0.1, free ports)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ServerProcess:
    """A server started as a child process in its own process group, stopped by its id."""

    def __init__(self, name: str, command: Sequence[str | Path], url: str, log: Path) -> None:
        self.name = name
        self.url = url
        self.log = log
        self._log_file = log.open("wb")
        self.process = subprocess.Popen(
            [str(part) for part in command],
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )

    def wait_until_answering(self, timeout: float = 90.0) -> None:
        """Poll until the server answers any HTTP request; fail with its log if it dies or is slow."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{self.output()}")
            try:
                httpx.get(self.url, timeout=1.0)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer at {self.url} within {timeout}s:\n{self.output()}")

    def output(self) -> str:
        self._log_file.flush()
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]

    def stop(self) -> None:
        """Terminate the process group (node starts children), then kill it if it lingers."""
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=10)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self._log_file.close()


@contextlib.contextmanager
def sandbox_cli(*arguments: str) -> Iterator[dict[str, Any]]:
    """``python -m vrlive_sandbox --json ARGUMENTS`` in its own process: what it prints.

    Yields the URLs and the ``environment`` the vrlive facades read; stops it with SIGTERM.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "vrlive_sandbox", "--json", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"python -m vrlive_sandbox exited with {process.wait(timeout=20)}")
        yield json.loads(line)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)


class HttpControls:
    """The ``/_sandbox`` controls of a sandbox in another process (``python -m vrlive_sandbox``)."""

    def __init__(self, api_url: str) -> None:
        self.api = httpx.Client(base_url=api_url, timeout=30)

    def reset(self) -> None:
        self.api.post("/_sandbox/reset").raise_for_status()

    def advance(self, seconds: float) -> None:
        self.api.post("/_sandbox/clock", json={"advance": seconds}).raise_for_status()

    def configure(self, **settings: Any) -> None:
        self.api.patch("/_sandbox/config", json=settings).raise_for_status()


class ForwardProxy:
    """A plain-HTTP forward proxy on 127.0.0.1 that relays requests and remembers what passed."""

    def __init__(self) -> None:
        import http.client
        import http.server
        import threading
        from urllib.parse import urlsplit

        seen: list[str] = []
        self.seen = seen

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _relay(self) -> None:
                seen.append(f"{self.command} {self.path}")
                target = urlsplit(self.path)  # a proxy is sent the absolute URL
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                upstream = http.client.HTTPConnection(target.hostname or "", target.port, timeout=30)
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("proxy-connection", "connection")
                }
                upstream.request(
                    self.command, target.path + (f"?{target.query}" if target.query else ""), body, headers
                )
                answer = upstream.getresponse()
                content = answer.read()
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)
                upstream.close()

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _relay

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> ForwardProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
