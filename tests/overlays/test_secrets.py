"""No secret in logs (DEBUG, httpx and httpcore included), reprs or error messages."""

from __future__ import annotations

import logging
import socket
import threading
from typing import Any
from urllib.parse import quote, quote_plus

import pytest

from ivh_client.models import IvhDriverType, IvhProtocol
from qnlive_client.api.relay import get_relay_token, start_relay
from qnlive_client.models import StartRelayRequest
from realsee_client.models import SubmitPanoTaskRequest
from tests.facades import IVH, QINIU, REALSEE, Recorder
from tests.hostile import HostileServer, Seen, answer, envelope
from tests.sandbox.packages import package, upload
from tests.servers import HttpControls
from vrlive import (
    AuthenticationError,
    ConfigurationError,
    Ivh,
    QnLive,
    Realsee,
    RequestValidationError,
    TaskFailedError,
    TransportError,
    UnexpectedStatus,
)
from vrlive.logs import REDACTED, redact, register_secret
from vrlive_sandbox import Sandbox
from vrlive_sandbox.controls import SandboxControls


def test_a_whole_flow_logs_no_secret(
    caplog: pytest.LogCaptureFixture, sandbox_process: dict[str, Any]
) -> None:
    """Against a sandbox in its own process: the capture holds the client's logs only, not the vendor's."""
    api = sandbox_process["api"]
    controls = HttpControls(api)
    controls.reset()
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "vrlive", "botocore"):
        caplog.set_level(logging.DEBUG, logger=name)
    ivh_requests = Recorder()
    secrets: list[str] = [REALSEE["app_secret"], QINIU["secret_key"], IVH["accesstoken"]]
    with (
        Realsee(**REALSEE, base_url=api) as realsee,
        QnLive(api, app_id="live_app_1", user_id="user_1", **QINIU) as qnlive,
        Ivh(**IVH, base_url=api, transport=ivh_requests) as ivh,
    ):
        # IVH first: its signatures carry timestamps the sandbox checks against its clock.
        session = ivh.session.create_session(
            virtualman_project_id="p1",
            user_id="viewer",
            protocol=IvhProtocol.TRTC,
            driver_type=IvhDriverType.TEXT,
        )
        sign = ivh.session.get_trtc_sign(session_id=session.session_id, room_id="1200000", user_id="guest")
        secrets += [sign.user_sig, sign.private_map_key]
        secrets += [request.url.params["signature"] for request in ivh_requests.requests]
        credentials = realsee.pano.get_pano_upload_token()
        controls.advance(301)  # the token expires: refreshed and replayed mid-flow
        key = upload(realsee.pano.get_pano_upload_token().to_dict(), package())
        task = realsee.pano.submit_pano_task(
            body=SubmitPanoTaskRequest(project_name="p", private_cos_key=key)
        )
        realsee.wait_for_task(task.task_code, interval=0.01, on_poll=lambda status: controls.advance(3))
        secrets += [credentials.tmp_secret_id, credentials.tmp_secret_key, credentials.session_token]
        secrets.append(realsee._auth._token.value)  # type: ignore[union-attr]

        relay = start_relay.sync(
            client=qnlive.client,
            body=StartRelayRequest(init_room_id="a", recv_room_id="b", recv_user_id="user_2"),
        )
        secrets.append(relay.relay_token)
        secrets.append(get_relay_token.sync(relay.relay_id, client=qnlive.client).relay_token)
        secrets.append(qnlive._auth._token.value)  # type: ignore[attr-defined]

        captured = "\n".join(record.getMessage() for record in caplog.records)
        everything = (
            captured + repr(realsee) + repr(qnlive) + repr(ivh) + repr(credentials) + repr(sign) + repr(relay)
        )
        everything += repr(realsee._auth) + repr(qnlive._auth) + repr(ivh._auth) + repr(realsee.client)
    assert any(record.name == "httpx" for record in caplog.records), (
        "httpx logged nothing: the test proves nothing"
    )
    assert REDACTED in captured  # the IVH signatures in httpx's URLs were there, and were redacted
    forms = {form for secret in secrets if secret for form in (secret, quote(secret, safe=""))}
    leaked = [form for form in forms if form in everything]
    assert leaked == []


def test_error_messages_carry_no_secret(sandbox: Sandbox, controls: SandboxControls) -> None:
    with (
        Realsee(
            app_key=REALSEE["app_key"], app_secret="super-secret-value", base_url=sandbox.api_url
        ) as realsee,
        pytest.raises(AuthenticationError) as caught,
    ):
        realsee.pano.get_pano_upload_token()
    assert "super-secret-value" not in str(caught.value) + repr(caught.value)


# A vendor that echoes credentials back, and tracebacks in logs.

ECHOED_SECRET = "s3cret/with+signs=and&more"  # its form encoding differs from it


def echoing_server() -> HostileServer:
    """Refuses the token request, quoting the form it received, as a careless gateway might."""

    def refuse(seen: Seen, connection: socket.socket, stop: threading.Event) -> None:
        body = seen.body.decode()
        message = f"bad request from None body={body!r}"
        answer(connection, envelope(None, code=-1, status=message))

    return HostileServer(refuse)


def every_text_of(error: BaseException) -> str:
    """What an error says: str, repr, args, and every attribute, as text."""
    texts = [str(error), repr(error), *map(str, error.args)]
    for value in vars(error).values():
        texts.append(value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value))
    return "\n".join(texts)


def test_a_vendor_echoing_the_secret_does_not_put_it_in_the_error() -> None:
    server = echoing_server()
    with (
        server,
        Realsee(app_key="key", app_secret=ECHOED_SECRET, base_url=server.url) as realsee,
        pytest.raises(AuthenticationError) as caught,
    ):
        realsee.pano.get_pano_upload_token()
    text = every_text_of(caught.value)
    assert "bad request from None body=" in text  # the vendor's message is there...
    assert "app_secret=[redacted]" in text
    for form in (ECHOED_SECRET, quote_plus(ECHOED_SECRET), quote(ECHOED_SECRET, safe="")):
        assert form not in text  # ...without the secret, in any encoding


def test_every_vrlive_error_redacts_registered_secrets_in_messages_and_attributes() -> None:
    register_secret("tok-ABCDEF-123456")
    errors: list[BaseException] = [
        UnexpectedStatus(302, b'{"echo": "tok-ABCDEF-123456"}', vendor="realsee"),
        TransportError("GET http://h/p: refused tok-ABCDEF-123456", method="GET", url="http://h/p"),
        RequestValidationError("Body", ["token"], "'tok-ABCDEF-123456' is too long"),
        TaskFailedError("t1", "p1", reason="token tok-ABCDEF-123456 was refused", last_state=None),
        ConfigurationError("tok-ABCDEF-123456 is not a region"),
    ]
    for error in errors:
        assert "tok-ABCDEF-123456" not in every_text_of(error), type(error).__name__
        assert REDACTED in every_text_of(error)


def formatted(records: list[logging.LogRecord]) -> str:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(formatter.format(record) for record in records)


def test_tracebacks_and_stacks_in_log_records_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    register_secret("hidden-in-a-traceback-42")
    caplog.set_level(logging.DEBUG)
    try:
        raise ValueError("the session token hidden-in-a-traceback-42 was refused")  # not a VrliveError
    except ValueError as error:
        logging.getLogger("s3transfer.tasks").debug("Exception raised.", exc_info=error)
        logging.getLogger("botocore.endpoint").debug("Exception received", exc_info=True)
    logging.getLogger("vrlive").warning("where hidden-in-a-traceback-42 went", stack_info=True)
    text = formatted(caplog.records)
    assert "ValueError: the session token [redacted] was refused" in text  # the traceback is there
    assert "hidden-in-a-traceback-42" not in text + caplog.text


def test_botocores_signature_lines_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    register_secret("some-registered-value")  # the redaction is installed once something is
    signature = "a1b2c3d4" * 8
    logging.getLogger("botocore.auth").debug("Signature:\n%s", signature)
    logging.getLogger("botocore.auth").debug("Authorization: AWS4-HMAC-SHA256 ..., Signature=%s", signature)
    text = formatted(caplog.records)
    assert signature not in text
    assert text.count(REDACTED) == 2


def test_overlapping_secrets_are_redacted_whole_wherever_they_are() -> None:
    register_secret("shared-prefix-1234", "shared-prefix-1234-and-longer", "another-secret-99")
    text = "a shared-prefix-1234-and-longer, shared-prefix-1234; another-secret-99another-secret-99 end"
    assert redact(text) == f"a {REDACTED}, {REDACTED}; {REDACTED}{REDACTED} end"
    assert redact("shared-prefix-12") == "shared-prefix-12"  # a part of one is not it
    assert redact("another-secret-99") == REDACTED  # the whole text


def test_a_long_running_process_forgets_only_its_oldest_secrets() -> None:
    # A batch registers three values per upload token, IVH one per request: thousands in a day.
    first = "oldest-upload-token-0"
    register_secret(first)
    many = [f"upload-token-{number:05d}-{'x' * 40}" for number in range(5000)]
    for value in many:
        register_secret(value)
    assert redact(f"now {many[-1]} and {many[-1000]}") == f"now {REDACTED} and {REDACTED}"
    assert redact(first) == first  # past the 4096 remembered values
