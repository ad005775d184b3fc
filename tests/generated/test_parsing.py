"""What the generated clients do with responses that are not what the spec promises, and with bad input."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from ivh_client import AuthenticatedClient as IvhClient
from ivh_client.api.session import stat_session
from ivh_client.models import IvhRequestHeader, SessionRef, SessionRequest
from qnlive_client import AuthenticatedClient as QnLiveClient
from qnlive_client.api.relay import get_relay_session, report_relay_started
from realsee_client import AuthenticatedClient, Client
from realsee_client.api.auth import get_access_token
from realsee_client.api.pano import get_pano_task_status, get_pano_upload_token, submit_pano_task
from realsee_client.api.viewing import get_viewing_room_detail
from realsee_client.models import AccessTokenRequest, PanoUploadToken, SubmitPanoTaskRequest
from tests.specs import load, resolve
from vrlive_core.errors import (
    APIError,
    AuthenticationError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    RequestTimeoutError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
    TransportError,
    UnexpectedStatus,
    VrliveError,
)


def _example(spec: str, path: str, method: str, name: str, status: str = "200") -> Any:
    document = load(spec)
    examples = document["paths"][path][method]["responses"][status]["content"]["application/json"]["examples"]
    return copy.deepcopy(resolve(document, examples[name])["value"])


def _client(
    response: httpx.Response | None = None, requests: list[httpx.Request] | None = None, **kwargs: Any
) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        if requests is not None:
            requests.append(request)
        assert response is not None
        return response

    return AuthenticatedClient(
        base_url="https://api.test",
        token="test-token",
        httpx_args={"transport": httpx.MockTransport(handler)},
        **kwargs,
    )


ROOM = ("realsee", "/open/v1/live/room/detail", "get", "seed")


def _room_detail(document: Any) -> Any:
    return get_viewing_room_detail.sync(
        client=_client(httpx.Response(200, json=document)), app_id="a", room_code="r"
    )


def test_missing_required_field_names_schema_and_field() -> None:
    document = _example("realsee", "/open/v1/pano/task/status", "get", "success")
    del document["data"]["vr_url"]
    with pytest.raises(ResponseValidationError) as caught:
        get_pano_task_status.sync(client=_client(httpx.Response(200, json=document)), task_code="t")
    error = caught.value
    assert (error.schema, error.field) == ("PanoTaskStatus", "vr_url")
    assert "required field is missing" in str(error)
    assert error.vendor == "realsee"
    assert error.operation == "get_pano_task_status"
    assert not isinstance(error, KeyError)


@pytest.mark.parametrize(
    ("mutate", "schema", "field", "problem"),
    [
        (lambda d: d["data"].update(vr_url=42), "PanoTaskStatus", "vr_url", "expected a string, got int"),
        (
            lambda d: d["data"].update(project_id=None),
            "PanoTaskStatus",
            "project_id",
            "expected a string, got null",
        ),
        (lambda d: d["data"].update(status="done"), "PanoTaskStatus", "status", "got 'done'"),
        (lambda d: d.update(data=None), "PanoTaskStatus", "", "expected an object, got null"),
        (lambda d: d.update(data=[]), "PanoTaskStatus", "", "expected an object, got list"),
    ],
)
def test_wrong_type_is_not_accepted_silently(mutate: Any, schema: str, field: str, problem: str) -> None:
    document = _example("realsee", "/open/v1/pano/task/status", "get", "success")
    mutate(document)
    with pytest.raises(ResponseValidationError) as caught:
        get_pano_task_status.sync(client=_client(httpx.Response(200, json=document)), task_code="t")
    assert (caught.value.schema, caught.value.field) == (schema, field)
    assert problem in caught.value.problem


def test_nested_error_names_the_whole_path() -> None:
    document = _example(*ROOM)
    document["data"]["app"]["extension"]["voice"]["audio_service"]["app_id"] = 7
    with pytest.raises(ResponseValidationError) as caught:
        _room_detail(document)
    assert caught.value.schema == "ViewingRoomDetail"
    assert caught.value.field == "app.extension.voice.audio_service.app_id"
    assert "ViewingRoomDetail.app.extension.voice.audio_service.app_id: expected a string, got int" in str(
        caught.value
    )


def test_error_inside_a_list_and_a_map_names_the_item() -> None:
    document = _example(*ROOM)
    document["data"]["user_list"][0]["status"] = True
    with pytest.raises(ResponseValidationError) as caught:
        _room_detail(document)
    assert caught.value.field == "user_list[0].status"

    document = _example(*ROOM)
    document["data"]["app"]["role"]["2"]["max_cnt"] = "ten"
    with pytest.raises(ResponseValidationError) as caught:
        _room_detail(document)
    assert caught.value.field == "app.role.2.max_cnt"


def test_room_detail_keeps_role_keys_and_unknown_keys() -> None:
    document = _example(*ROOM)
    room = _room_detail(document)
    assert set(room.app.role.additional_properties) == {"1", "2"}
    assert room.app.role["1"].config.sync is True
    assert room.app.extension["eccf296814790e1bd84683e0a770a5ea"] is None
    assert room.to_dict() == document["data"]


def test_optional_data_is_none_when_absent_and_parsed_when_present() -> None:
    client = QnLiveClient(
        base_url="https://api.test",
        token="t",
        httpx_args={
            "transport": httpx.MockTransport(
                lambda request: httpx.Response(200, json={"request_id": "r", "code": 0, "message": "success"})
            )
        },
    )
    assert report_relay_started.sync("relay_1", client=client) is None
    with_status = _example("qnlive", "/client/relay/{relay_id}/started", "post", "with_status")
    client = QnLiveClient(
        base_url="https://api.test",
        token="t",
        httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(200, json=with_status))},
    )
    progress = report_relay_started.sync("relay_1", client=client)
    assert progress is not None
    assert progress.relay_status.name == "INITIATOR_RELAYED"


def test_not_an_envelope_on_success_is_malformed() -> None:
    with pytest.raises(ResponseValidationError, match="realsee envelope: not a JSON envelope"):
        get_pano_task_status.sync(client=_client(httpx.Response(200, text="<html>ok</html>")), task_code="t")
    with pytest.raises(ResponseValidationError, match="no integer result code at /code"):
        get_pano_task_status.sync(
            client=_client(httpx.Response(200, json={"code": "0", "data": {}})), task_code="t"
        )


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (httpx.Response(502, text="<html>Bad gateway</html>"), ServerError),
        (httpx.Response(503), ServerError),
        (httpx.Response(404, text="not here"), NotFoundError),
        (httpx.Response(401), AuthenticationError),
        (httpx.Response(415, text="no"), InvalidRequestError),
        (httpx.Response(302, headers={"location": "/elsewhere"}), UnexpectedStatus),
    ],
)
def test_status_without_envelope_maps_to_typed_error(response: httpx.Response, error: type[APIError]) -> None:
    with pytest.raises(error) as caught:
        get_pano_task_status.sync(client=_client(response), task_code="t")
    assert type(caught.value) is error
    assert caught.value.status_code == response.status_code
    assert "<html>" not in str(caught.value)


def test_rate_limit_carries_retry_after() -> None:
    with pytest.raises(RateLimitError) as caught:
        get_pano_task_status.sync(
            client=_client(httpx.Response(429, headers={"Retry-After": "7"})), task_code="t"
        )
    assert caught.value.retry_after == 7.0


def test_problem_details_make_a_clear_message() -> None:
    problem = {
        "type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
        "title": "Invalid request",
        "status": 422,
        "detail": "Your request is not valid",
        "validation": [
            {
                "location": ["body"],
                "severity": "Error",
                "code": "required",
                "message": "must have required property 'project_name'",
            }
        ],
    }
    with pytest.raises(InvalidRequestError) as caught:
        get_pano_task_status.sync(client=_client(httpx.Response(422, json=problem)), task_code="t")
    assert (
        "Invalid request: Your request is not valid [body: must have required property 'project_name']"
        in str(caught.value)
    )


def test_ivh_negative_code_is_a_server_error_and_unknown_code_generic() -> None:
    def call(code: int) -> Exception:
        body = {"Header": {"Code": code, "Message": "m", "RequestID": "rid"}, "Payload": {}}
        client = IvhClient(
            base_url="https://api.test",
            token="t",
            httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(200, json=body))},
        )
        request = SessionRequest(
            header=IvhRequestHeader(),
            payload=SessionRef(req_id="d7aa08da33dd4a662ad5be508c5b77cf", session_id="s"),
        )
        with pytest.raises(APIError) as caught:
            stat_session.sync(client=client, body=request)
        return caught.value

    assert type(call(-17)) is ServerError
    assert type(call(123456)) is APIError
    assert call(123456).request_id == "rid"


def test_transport_failures_are_typed_and_hide_the_query() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = AuthenticatedClient(
        base_url="https://api.test", token="t", httpx_args={"transport": httpx.MockTransport(refuse)}
    )
    with pytest.raises(TransportError) as caught:
        get_pano_task_status.sync(client=client, task_code="secret-looking-query")
    assert "secret-looking-query" not in str(caught.value)
    assert "GET https://api.test/open/v1/pano/task/status: connection refused" in str(caught.value)

    client = AuthenticatedClient(
        base_url="https://api.test", token="t", httpx_args={"transport": httpx.MockTransport(slow)}
    )
    with pytest.raises(RequestTimeoutError):
        get_pano_task_status.sync(client=client, task_code="t")


def test_one_except_catches_every_layer_and_vendor() -> None:
    errors: list[Exception] = []
    for call in (
        lambda: get_pano_task_status.sync(client=_client(httpx.Response(503)), task_code="t"),
        lambda: get_relay_session.sync(
            "r",
            client=QnLiveClient(
                base_url="https://x.test",
                token="t",
                httpx_args={
                    "transport": httpx.MockTransport(
                        lambda r: httpx.Response(
                            404, json={"request_id": "r", "code": 404, "message": "not found"}
                        )
                    )
                },
            ),
        ),
        lambda: SubmitPanoTaskRequest(project_name="p"),
    ):
        try:
            call()
        except VrliveError as error:
            errors.append(error)
    assert [type(error) for error in errors] == [ServerError, NotFoundError, RequestValidationError]


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        ({}, "none was given"),
        (
            {"private_cos_key": "k", "zip_cos_url": "https://x.test/p.zip"},
            "got private_cos_key and zip_cos_url",
        ),
    ],
)
def test_submit_needs_exactly_one_package_reference_before_sending(
    arguments: dict[str, str], problem: str
) -> None:
    requests: list[httpx.Request] = []
    client = _client(httpx.Response(200), requests)
    with pytest.raises(RequestValidationError) as caught:
        submit_pano_task.sync(client=client, body=SubmitPanoTaskRequest(project_name="p", **arguments))
    assert problem in str(caught.value)
    assert caught.value.fields == ("private_cos_key", "zip_cos_url")
    assert isinstance(caught.value, ValueError)
    assert requests == []


def test_authenticated_client_needs_credentials() -> None:
    with pytest.raises(ValueError, match="needs a token or an auth flow"):
        AuthenticatedClient(base_url="https://api.test")


class _HeaderAuth(httpx.Auth):
    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = "from-auth-flow"
        yield request


def test_auth_flow_is_used_for_sync_and_async() -> None:
    seen: list[httpx.Request] = []
    document = _example("realsee", "/open/v1/pano/task/status", "get", "success")

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=document)

    client = AuthenticatedClient(
        base_url="https://api.test",
        auth=_HeaderAuth(),
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    get_pano_task_status.sync(client=client, task_code="t")
    import asyncio

    asyncio.run(get_pano_task_status.asyncio(client=client, task_code="t"))
    assert [request.headers["authorization"] for request in seen] == ["from-auth-flow", "from-auth-flow"]


def test_token_call_needs_no_authentication() -> None:
    document = _example("realsee", "/auth/access_token", "post", "success")
    client = Client(
        base_url="https://api.test",
        httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(200, json=document))},
    )
    token = get_access_token.sync(client=client, body=AccessTokenRequest(app_key="k", app_secret="s"))
    assert token.expire_at == 1710732700


def test_secrets_stay_out_of_reprs() -> None:
    document = _example("realsee", "/open/v1/pano/file/token", "get", "success")
    upload = get_pano_upload_token.sync(client=_client(httpx.Response(200, json=document)))
    assert isinstance(upload, PanoUploadToken)
    text = repr(upload)
    for secret in ("ASIASS...", "IQoJb3..."):
        assert secret not in text
    assert "vrlab-private" in text
    client = AuthenticatedClient(
        base_url="https://api.test", token="very-secret-token", headers={"X-Key": "hidden"}
    )
    client.get_httpx_client()
    assert "very-secret-token" not in repr(client)
    assert "hidden" not in repr(client)
    assert "app-secret-value" not in repr(AccessTokenRequest(app_key="k", app_secret="app-secret-value"))


def test_json_nested_too_deep_is_a_response_validation_error_without_the_overlay() -> None:
    """The generated client on a transport of one's own: no body limit is read there, but the
    depth of JSON is still bounded (Python's decoder would recurse into RecursionError)."""
    deep = b'{"code": 0, "status": "success", "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    client = _client(httpx.Response(200, content=deep))
    with pytest.raises(ResponseValidationError) as caught:
        get_pano_task_status.sync(client=client, task_code="t")
    assert str(caught.value) == (
        "realsee get_pano_task_status: malformed response: response body: "
        "JSON nested deeper than 128 levels (max_json_depth=128) (HTTP 200)"
    )
    raw = get_pano_task_status.sync_detailed(client=client, task_code="t")
    assert isinstance(raw.error, ResponseValidationError)  # the raw view returns it, as any other
