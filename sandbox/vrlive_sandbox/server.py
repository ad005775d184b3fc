"""The sandbox as one object: moto and its S3 front, and the API server, started and stopped together."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any

from vrlive_sandbox.app import SandboxApp
from vrlive_sandbox.clock import Clock
from vrlive_sandbox.config import SandboxConfig
from vrlive_sandbox.http import LoopbackServer
from vrlive_sandbox.storage import Storage


class Sandbox:
    """A stateful local emulator of the Realsee, Qiniu and IVH APIs, on 127.0.0.1.

    Usage:

        with Sandbox() as sandbox:
            print(sandbox.api_url, sandbox.s3_url)
    """

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.clock = Clock()
        self.storage = Storage(
            self.clock,
            self.config.bucket,
            self.config.region,
            self.config.host,
            public_reads=lambda: self.config.download_host and self.config.downloads == "direct",
        )
        self.app = SandboxApp(self.config, self.clock, self.storage)
        self.channel = self.app.ivh.channel
        """IVH's command channel (a WebSocket server of its own on 127.0.0.1)."""
        self.channel.lock = self.app.lock
        self._server: LoopbackServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> Sandbox:
        self.storage.start()
        self._server = LoopbackServer(self.app, self.config.host, self.config.port, clock=self.clock.now)
        self._thread = threading.Thread(target=self._server.serve_forever, name="sandbox-api", daemon=True)
        self._thread.start()
        self.channel.start()
        self.app.urls = {"api": self.api_url, "s3": self.s3_url, "moto": self.storage.moto_url}
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        self.channel.stop()
        self.storage.stop()

    @property
    def api_url(self) -> str:
        """Base URL of the three APIs (and of the controls under /_sandbox)."""
        assert self._server is not None, "start() the sandbox first"
        return self._server.url

    @property
    def s3_url(self) -> str:
        """The S3 endpoint upload credentials point at."""
        return self.storage.url

    def info(self) -> dict[str, Any]:
        """What a client needs: the URLs, and the environment the vrlive facades read to use them.

        The credentials are the sandbox's demo values, never real ones.
        """
        config = self.config
        return {
            "api": self.api_url,
            "s3": self.s3_url,
            "moto": self.storage.moto_url,
            "ivh_channel": self.channel.url,
            "environment": {
                "SANDBOX_API": self.api_url,
                "REALSEE_BASE_URL": self.api_url,
                "REALSEE_APP_KEY": config.realsee_app_key,
                "REALSEE_APP_SECRET": config.realsee_app_secret,
                "QNLIVE_BASE_URL": self.api_url,
                "QNLIVE_APP_ID": config.qnlive_app_id,
                "QNLIVE_ACCESS_KEY": config.qnlive_access_key,
                "QNLIVE_SECRET_KEY": config.qnlive_secret_key,
                "IVH_BASE_URL": self.api_url,
                "IVH_APPKEY": config.ivh_appkey,
                "IVH_ACCESSTOKEN": config.ivh_accesstoken,
                "IVH_CHANNEL_URL": self.channel.url,
                # Against the sandbox, a value outside the specs is an error, not a warning.
                "VRLIVE_STRICT": "1",
            },
        }

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()
