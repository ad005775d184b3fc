"""What the facades take from the environment: base URLs (credentials in one are refused, never
echoed), TLS settings (read for https only; one that cannot be used is named), and a warning when
the Realsee app_secret would travel over plain http to another machine.
"""

from __future__ import annotations

import asyncio
import datetime
import http.server
import ipaddress
import json
import logging
import ssl
import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.hostile import FLAVOURS, HostileServer, answer, envelope, task_status, with_tokens
from vrlive import AsyncIvh, AsyncQnLive, AsyncRealsee, ConfigurationError, Ivh, QnLive, Realsee, cli
from vrlive.config import tls_context
from vrlive.transports import DEFAULT_LIMITS, async_http_transport

PASSWORD = "hunter2-password"
FACADES: dict[str, tuple[str, Callable[[], Any]]] = {
    "Realsee": ("REALSEE_BASE_URL", lambda: Realsee(app_key="key", app_secret="secret-1234")),
    "AsyncRealsee": ("REALSEE_BASE_URL", lambda: AsyncRealsee(app_key="key", app_secret="secret-1234")),
    "QnLive": ("QNLIVE_BASE_URL", lambda: QnLive(token="token-1")),
    "AsyncQnLive": ("QNLIVE_BASE_URL", lambda: AsyncQnLive(token="token-1")),
    "Ivh": ("IVH_BASE_URL", lambda: Ivh(appkey="key", accesstoken="token-1")),
    "AsyncIvh": ("IVH_BASE_URL", lambda: AsyncIvh(appkey="key", accesstoken="token-1")),
}


def everything_said(error: BaseException) -> str:
    return "\n".join([str(error), repr(error), *traceback.format_exception(error)])


# Observation 13: credentials in a base URL.


@pytest.mark.parametrize("facade", FACADES)
def test_credentials_in_a_base_url_are_refused_without_showing_them(
    facade: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    variable, make = FACADES[facade]
    monkeypatch.setenv(variable, f"http://user:{PASSWORD}@127.0.0.1:9")
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ConfigurationError) as caught:
        make()
    assert str(caught.value) == (
        f"base_url (argument or {variable}) 'http://***@127.0.0.1:9' carries credentials (user:password@); "
        "remove them: the API does not use them, and they would end up in logs"
    )
    assert PASSWORD not in everything_said(caught.value)
    assert PASSWORD not in caplog.text


def test_credentials_in_the_cli_base_url_are_refused_without_showing_them(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REALSEE_APP_KEY", "key")
    monkeypatch.setenv("REALSEE_APP_SECRET", "secret-1234")
    monkeypatch.setenv("REALSEE_BASE_URL", f"http://user:{PASSWORD}@127.0.0.1:9")
    assert cli.main(["task", "t1", "--json"]) == cli.EXIT_INVALID
    assert cli.main(["task", "t1", "--base-url", f"https://u:{PASSWORD}@127.0.0.1:9"]) == cli.EXIT_INVALID
    said = capsys.readouterr()
    assert PASSWORD not in said.out + said.err
    assert json.loads(said.out.splitlines()[0])["status"] == "invalid"
    assert "carries credentials" in said.err


def test_a_url_without_credentials_keeps_its_other_checks_quiet_about_them() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Realsee(app_key="key", app_secret="secret-1234", base_url=f"ftp://u:{PASSWORD}@host")
    assert PASSWORD not in str(caught.value)
    assert "'ftp://***@host' is not an http:// or https:// URL with a host" in str(caught.value)


# Observation 15: TLS settings, read for https only.


@pytest.fixture(params=["missing", "garbage"])
def bad_cert_file(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "ca.pem"
    if request.param == "garbage":
        path.write_text("not a certificate\n")
    monkeypatch.setenv("SSL_CERT_FILE", str(path))
    return path


def status_call(flavour: str, url: str) -> str:
    if flavour == "sync":
        with Realsee(app_key="key", app_secret="secret-1234", base_url=url, max_retries=0) as realsee:
            return realsee.pano.get_pano_task_status(task_code="t1").status.value
    options: dict[str, Any] = {}
    if flavour.endswith("httpcore"):  # as the facade makes it when aiohttp is not installed
        options["async_transport"] = async_http_transport(DEFAULT_LIMITS, None, tls_context(url))

    async def run() -> str:
        async with AsyncRealsee(
            app_key="key", app_secret="secret-1234", base_url=url, max_retries=0, **options
        ) as realsee:
            return (await realsee.pano.get_pano_task_status(task_code="t1")).status.value

    return asyncio.run(run())


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_tls_settings_are_not_read_for_an_http_base_url(flavour: str, bad_cert_file: Path) -> None:
    with HostileServer(
        with_tokens(lambda seen, connection, stop: answer(connection, task_status()))
    ) as server:
        assert status_call(flavour, server.url) == "processing"


@pytest.mark.parametrize("facade", ["Realsee", "AsyncRealsee", "QnLive", "Ivh"])
def test_an_unusable_ssl_cert_file_is_named_for_an_https_base_url(
    facade: str, bad_cert_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    variable, make = FACADES[facade]
    monkeypatch.setenv(variable, "https://127.0.0.1:9")
    with pytest.raises(ConfigurationError) as caught:
        make()
    message = str(caught.value)
    assert message.startswith(
        f"SSL_CERT_FILE={str(bad_cert_file)!r} cannot be used to verify TLS certificates ("
    )
    assert message.endswith("); unset it or name a PEM bundle of CA certificates")


def test_an_ssl_cert_dir_that_is_no_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "nowhere"))
    with pytest.raises(
        ConfigurationError, match=r"^SSL_CERT_DIR='.*nowhere' is not a folder; unset it or name one$"
    ):
        Realsee(app_key="key", app_secret="secret-1234", base_url="https://127.0.0.1:9")


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback https server answering Realsee's token and a task status; its URL and CA file."""
    cert, key = self_signed(tmp_path)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._answer(task_status())

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self._answer(envelope({"access_token": "token-1", "expire_at": 4102444800}))

        def _answer(self, body: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", cert
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_ssl_cert_file_verifies_an_https_base_url(
    flavour: str, tls_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, cert = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    assert status_call(flavour, url) == "processing"


# Sending the app_secret over plain http.


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("http://api.example.test", "api.example.test"),
        ("http://10.0.0.7:8080", "10.0.0.7"),
        ("http://127.0.0.1:9", None),
        ("http://localhost:9", None),
        ("http://[::1]:9", None),
        ("https://api.example.test", None),
    ],
)
@pytest.mark.parametrize("facade", [Realsee, AsyncRealsee])
def test_the_app_secret_over_plain_http_to_another_host_is_warned_of(
    facade: Callable[..., Any], url: str, warned: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="vrlive"):
        facade(app_key="key", app_secret="secret-1234", base_url=url)
    said = [record.getMessage() for record in caplog.records]
    if warned is None:
        assert said == []
    else:
        assert said == [f"the app_secret goes to {warned} over plain http: anyone on the way can read it"]
    assert "secret-1234" not in caplog.text
