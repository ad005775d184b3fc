"""No secret in logs (DEBUG, httpx and httpcore included), reprs or error messages."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from ivh_client.models import IvhProtocol
from qnlive_client.api.relay import get_relay_token, start_relay
from qnlive_client.models import StartRelayRequest
from realsee_client.api.pano import get_pano_upload_token, submit_pano_task
from realsee_client.models import SubmitPanoTaskRequest
from tests.facades import IVH, QINIU, REALSEE, Controls, Recorder
from tests.sandbox.packages import package, upload
from vrlive import AuthenticationError, Ivh, QnLive, Realsee
from vrlive.logs import REDACTED
from vrlive_sandbox import Sandbox


def test_a_whole_flow_logs_no_secret(
    caplog: pytest.LogCaptureFixture, sandbox_process: dict[str, Any]
) -> None:
    """Against a sandbox in its own process: the capture holds the client's logs only, not the vendor's."""
    api = sandbox_process["api"]
    controls = Controls(httpx.Client(base_url=api))
    controls.api.post("/_sandbox/reset").raise_for_status()
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
        session = ivh.create_session(virtualman_project_id="p1", user_id="viewer", protocol=IvhProtocol.TRTC)
        sign = ivh.get_trtc_sign(session.session_id, "1200000", "guest")
        secrets += [sign.user_sig, sign.private_map_key]
        secrets += [request.url.params["signature"] for request in ivh_requests.requests]
        credentials = get_pano_upload_token.sync(client=realsee.client)
        controls.advance(301)  # the token expires: refreshed and replayed mid-flow
        key = upload(get_pano_upload_token.sync(client=realsee.client).to_dict(), package())
        task = submit_pano_task.sync(
            client=realsee.client, body=SubmitPanoTaskRequest(project_name="p", private_cos_key=key)
        )
        realsee.wait_for_task(task.task_code, interval=0.01, on_poll=lambda status: controls.advance(3))
        secrets += [credentials.tmp_secret_id, credentials.tmp_secret_key, credentials.session_token]
        secrets.append(realsee.auth._token.value)  # type: ignore[union-attr]

        relay = start_relay.sync(
            client=qnlive.client,
            body=StartRelayRequest(init_room_id="a", recv_room_id="b", recv_user_id="user_2"),
        )
        secrets.append(relay.relay_token)
        secrets.append(get_relay_token.sync(relay.relay_id, client=qnlive.client).relay_token)
        secrets.append(qnlive.auth._token.value)  # type: ignore[attr-defined]

        captured = "\n".join(record.getMessage() for record in caplog.records)
        everything = (
            captured + repr(realsee) + repr(qnlive) + repr(ivh) + repr(credentials) + repr(sign) + repr(relay)
        )
        everything += repr(realsee.auth) + repr(qnlive.auth) + repr(ivh.auth) + repr(realsee.client)
    assert any(record.name == "httpx" for record in caplog.records), (
        "httpx logged nothing: the test proves nothing"
    )
    assert REDACTED in captured  # the IVH signatures in httpx's URLs were there, and were redacted
    forms = {form for secret in secrets if secret for form in (secret, quote(secret, safe=""))}
    leaked = [form for form in forms if form in everything]
    assert leaked == []


def test_error_messages_carry_no_secret(sandbox: Sandbox, controls: Controls) -> None:
    with (
        Realsee(
            app_key=REALSEE["app_key"], app_secret="super-secret-value", base_url=sandbox.api_url
        ) as realsee,
        pytest.raises(AuthenticationError) as caught,
    ):
        get_pano_upload_token.sync(client=realsee.client)
    assert "super-secret-value" not in str(caught.value) + repr(caught.value)
