"""``sources check`` on the pages as captured, and on copies changed the way vendors change pages:
each kind of finding, with its exit status, place (PAGE:LINE) and wording."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.sources.cli import main
from generator.sources.document import read_page
from generator.sources.manifest import load_manifest
from generator.sources.view import view_page
from tests.sources import scenarios
from tests.sources.conftest import Run, edit
from tests.sources.scenarios import PANO, RELAY, ROOM, TICKET, TRTC_SIGN
from tests.specs import ROOT

SUMMARY = 'the pages and the specs disagree (README, "Changing a spec")'


def test_the_fixture_pages_agree_with_their_specs(root: Path, run: Run) -> None:
    # 17 examples: the 16 printed ones and the JSON body of the ticket page's curl sample
    assert run("check") == (
        0,
        [
            "sources check: 5 pages agree with their specs (11 operations, 17 examples, 17 tables, "
            "5 enum lists; 3 declared differences, each with its reason)"
        ],
    )


def test_the_captured_pages_agree_with_their_specs(capsys: pytest.CaptureFixture[str]) -> None:
    """This repository's pages and specs, counted from themselves: every page of the manifest, the
    operations it lists, the examples and tables its reader finds, the differences it declares."""
    manifest = load_manifest(ROOT)
    views = [
        view_page(read_page(ROOT / page.path), [section.heading for section in page.sections])
        for page in manifest.pages
    ]
    pages = len(manifest.pages)
    operations = len({(page.spec, name) for page in manifest.pages for name in page.operation_ids})
    examples = sum(len(view.examples) for view in views)
    tables = sum(len(view.tables) for view in views)
    differences = sum(len(page.differences) for page in manifest.pages)
    assert main(["check"]) == 0
    (summary,) = capsys.readouterr().out.splitlines()
    assert re.fullmatch(
        rf"sources check: {pages} pages agree with their specs \({operations} operations, "
        rf"{examples} examples, {tables} tables, \d+ enum lists; {differences} declared differences, "
        r"each with its reason\)",
        summary,
    ), summary


def _changed(root: Path, run: Run, page: str, old: str, new: str) -> tuple[int, list[str]]:
    edit(root / "spec/sources" / page, old, new)
    return run("check")


# The scenarios ("Done when"), each with everything `sources check` prints.
DONE_WHEN = {
    "a new field in a response example": (
        scenarios.NEW_RESPONSE_FIELD,
        f"spec/sources/{PANO}:169: get_pano_task_status response example: $.data.cover_url is not in the "
        "spec: "
        'PanoTaskStatus has no property "cover_url"',
    ),
    "a retyped field in a request example": (
        scenarios.RETYPED_REQUEST_FIELD,
        f"spec/sources/{TICKET}:31: apply_room_ticket request example: $.user_role is 1, an integer, where "
        "RoomTicketRequest.user_role is a string",
    ),
    "an unknown enum value in an example": (
        scenarios.UNKNOWN_ENUM_VALUE,
        f'spec/sources/{PANO}:155: get_pano_task_status response example: $.data.status is "queued", not a '
        "value "
        "of PanoTaskState (pending, processing, success, failed)",
    ),
    "a retyped field in the JSON body of a curl sample": (
        scenarios.RETYPED_CURL_BODY_FIELD,
        f"spec/sources/{TICKET}:67: apply_room_ticket request example (the curl sample's body): "
        "$.user_role is 1, an integer, where RoomTicketRequest.user_role is a string",
    ),
    "a new endpoint written on a page": (
        scenarios.NEW_ENDPOINT,
        f"spec/sources/{PANO}:201: POST /open/v1/pano/task/cancel is not an operation of spec/realsee.yaml "
        "(a new "
        "endpoint? add it to the spec and its operationId to this page's operations in "
        "spec/sources/sources.yaml)",
    ),
    "a table row the spec lacks": (
        scenarios.NEW_TABLE_ROW,
        f"spec/sources/{TRTC_SIGN}:52: get_trtc_sign request table: ExpireTime is not in the spec: "
        "TrtcSignRequest "
        "(nor its Payload) has no such field, and get_trtc_sign no such parameter",
    ),
}


@pytest.mark.parametrize("case", DONE_WHEN, ids=list(DONE_WHEN))
def test_what_check_says_of_a_changed_page(root: Path, run: Run, case: str) -> None:
    change, finding = DONE_WHEN[case]
    status, lines = _changed(root, run, *change)
    assert (status, lines) == (1, [finding, f"sources check: 1 finding in 1 file: {SUMMARY}"])


def test_a_renamed_path_is_two_findings(root: Path, run: Run) -> None:
    status, lines = _changed(root, run, *scenarios.RENAMED_PATH)
    stop = _line_of(root, "      - stop_relay")
    assert status == 1
    assert lines == [
        f"spec/sources/{RELAY}:123: POST /client/relay/{{relay_id}}/close is not an operation of "
        "spec/qnlive.yaml "
        "(renamed from POST /client/relay/{relay_id}/stop, stop_relay, which the page no longer names? "
        "change its path)",
        f"spec/sources/sources.yaml:{stop}: {RELAY} no longer names stop_relay "
        "(POST /client/relay/{relay_id}/stop): renamed or removed by the vendor? change spec/qnlive.yaml, or "
        "take it off this page's operations",
        f"sources check: 2 findings in 2 files: {SUMMARY}",
    ]


TAIL_OF_A_RESPONSE = (
    '\n        "code": 0,            //错误码:0,成功;其他,失败\n'
    '        "message": "success"  //code 非0 时,错误原因描述\n'
    '        "data": {\n            "sid"'
)
SESSION_PATH = "GET /client/relay/{relay_id}\n\n    路径参数\n\n    参数 类型 必填 说明 举例\n"
START_RESPONSE_END = '"relay_token": ""           //跨房token\n        }\n    }\n    \n\n    获取跨房会话信息'


# (page, old, new, the finding) for each other kind.
KINDS = {
    "example-required": (
        PANO,
        '    "project_id": "pano-xxxxxxxxxxxxxxxxxxxx",\n    "status": "success",',
        '    "status": "success",',
        f'{PANO}:165: get_pano_task_status response example: $.data lacks "project_id", which PanoTaskStatus '
        "requires",
    ),
    "example-constraint": (
        TRTC_SIGN,
        '"ReqId": "d7aa08da33dd4a662ad5be508c5b77cf",\n"SessionId"',
        '"ReqId": "d7aa08da",\n"SessionId"',
        f'{TRTC_SIGN}:77: get_trtc_sign request example: $.Payload.ReqId is "d7aa08da", shorter than the '
        "minLength 32 "
        "of ReqId",
    ),
    "example-value": (
        PANO,
        "https://realsee.cn/link_code",
        "https://realsee.cn/abc",
        f'{PANO}:168: get_pano_task_status response example: $.data.vr_url is "https://realsee.cn/abc" on '
        "the page "
        "but \"https://realsee.cn/link_code\" in the spec's example 'success' (spec/realsee.yaml): embed the "
        "page's example as printed",
    ),
    "example-invalid": (
        TRTC_SIGN,
        '"SessionId": "12123132",',
        '"SessionId": 12123132 x,',
        f"{TRTC_SIGN}:78: this example is not JSON even after repairing comments and commas: Expecting ',' "
        "delimiter "
        "(column 23)",
    ),
    "example-invalid, never closed": (
        TRTC_SIGN,
        'Response Sample\n\n{\n"Header"',
        'Response Sample\n\n{\n{\n"Header"',
        f"{TRTC_SIGN}:86: this example is not JSON: its opening brace is never closed",
    ),
    "example-unplaced, before any endpoint": (
        TRTC_SIGN,
        "Note:\n",
        'Note:\n{\n"Hint": "an example before any endpoint"\n}\n',
        f"{TRTC_SIGN}:22: this example follows no endpoint, so sources check cannot tell which operation it "
        "documents "
        "(if it documents a schema, declare its heading as a section of this page in "
        "spec/sources/sources.yaml)",
    ),
    "example-unplaced, no heading": (
        PANO,
        "  • 接口: POST /open/v1/pano/task/submit\n",
        '  • 接口: POST /open/v1/pano/task/submit\n\n{\n  "project_name": "my-pano-project"\n}\n',
        f"{PANO}:110: submit_pano_task: no heading such as 请求示例, 返回结果, Request Sample or "
        "Response Sample comes before this example, so it is neither request nor response",
    ),
    "example-unplaced, a request example of an operation without a body": (
        RELAY,
        "    GET /client/relay/{relay_id}/token\n",
        '    GET /client/relay/{relay_id}/token\n\n    Body参数\n\n    {\n        "force": true\n    }\n',
        f"{RELAY}:95: get_relay_token takes no request body in spec/qnlive.yaml, yet a request example "
        "follows it",
    ),
    "table-unplaced": (
        PANO,
        "API 基础地址\n",
        "API 基础地址\n\n参数类型说明\nregionstring区域\n\n",
        f"{PANO}:9: this table follows no endpoint, so sources check cannot tell which operation it "
        "documents (if "
        "it documents a schema, declare its heading as a section of this page in spec/sources/sources.yaml)",
    ),
    "field-missing, cells run together": (
        PANO,
        "private_cos_keystring",
        "callback_urlstring任务完成后的回调地址\nprivate_cos_keystring",
        f"{PANO}:117: submit_pano_task request table: callback_url is not in the spec: SubmitPanoTaskRequest "
        "(nor "
        "its data) has no such field, and submit_pano_task no such parameter",
    ),
    "field-type, cells run together": (
        PANO,
        "ttlinteger",
        "ttlstring",
        f"{PANO}:102: get_pano_upload_token response table: ttl is a string on the page, an integer in "
        "PanoUploadToken.ttl",
    ),
    "field-type, cells separated by spaces": (
        RELAY,
        SESSION_PATH + "    relay_id string 跨房会话ID relay_123\n",
        SESSION_PATH + "    relay_id integer 跨房会话ID 123\n",
        f"{RELAY}:56: get_relay_session request table: relay_id is an integer on the page, a string in "
        "parameter relay_id (path)",
    ),
    "field-required, one cell per line": (
        TRTC_SIGN,
        "UserId\nYes",
        "UserId\nNo",
        f"{TRTC_SIGN}:48: get_trtc_sign request table: UserId is optional on the page, required in "
        "TrtcSignPayload.UserId",
    ),
    "enum-value-unknown, in a comment": (
        RELAY,
        "6,跨房已结束\n            " + START_RESPONSE_END,
        "6,跨房已结束;7,跨房已取消\n            " + START_RESPONSE_END,
        f"{RELAY}:39: start_relay response: the comment on $.data.relay_status lists 7, which is not a value "
        "of "
        "RelayStatus (0, 1, 2, 3, 4, 5, 6)",
    ),
    "enum-value-unknown, in a description": (
        PANO,
        '"1" 开启,"0" 关闭',
        '"1" 开启,"0" 关闭,"2" 自动',
        f'{PANO}:104: get_pano_upload_token response: the description of is_accelerate lists "2", which is '
        "not a "
        'value of PanoIsAccelerate ("0", "1")',
    ),
    "enum-value-missing, from a comment": (
        RELAY,
        '5,接收方拒绝;6,跨房已结束\n            "start_at"',
        '5,接收方拒绝\n            "start_at"',
        f"{RELAY}:75: get_relay_session response: RelayStatus has 6, which the comment on $.data.status does "
        "not list "
        "(0, 1, 2, 3, 4, 5)",
    ),
    "enum-unmatched": (
        RELAY,
        '"request_id":"xxxxx", //请求ID' + TAIL_OF_A_RESPONSE,
        '"request_id":"xxxxx", //请求ID:0, 旧格式; 1, 新格式' + TAIL_OF_A_RESPONSE,
        f"{RELAY}:66: get_relay_session response: the comment on $.request_id lists the values 0, 1, but "
        "RelaySessionResponse.request_id has no enum in spec/qnlive.yaml",
    ),
}


@pytest.mark.parametrize("kind", KINDS, ids=list(KINDS))
def test_each_kind_of_finding(root: Path, run: Run, kind: str) -> None:
    page, old, new, finding = KINDS[kind]
    status, lines = _changed(root, run, page, old, new)
    assert (status, lines) == (
        1,
        [f"spec/sources/{finding}", f"sources check: 1 finding in 1 file: {SUMMARY}"],
    )


def test_an_enum_table_is_compared_both_ways(root: Path, run: Run) -> None:
    status, lines = _changed(root, run, PANO, "failed处理失败\n", "cancelled已取消\n")
    assert status == 1
    assert lines == [
        f'spec/sources/{PANO}:174: get_pano_task_status response: PanoTaskState has "failed", which the enum '
        "table "
        'does not list ("pending", "processing", "success", "cancelled")',
        f'spec/sources/{PANO}:178: get_pano_task_status response: the enum table lists "cancelled", which is '
        "not a "
        'value of PanoTaskState ("pending", "processing", "success", "failed")',
        f"sources check: 2 findings in 1 file: {SUMMARY}",
    ]


def test_an_endpoint_the_manifest_does_not_list(root: Path, run: Run) -> None:
    edit(root / "spec/sources/sources.yaml", "      - get_relay_token\n", "")
    status, lines = run("check")
    assert status == 1
    assert lines == [
        f"spec/sources/{RELAY}:91: GET /client/relay/{{relay_id}}/token is get_relay_token of "
        "spec/qnlive.yaml, which "
        "spec/sources/sources.yaml does not list among this page's operations: add it there",
        f"spec/sources/sources.yaml:{_line_of(root, 'elsewhere:')}: get_relay_token (GET "
        f"/client/relay/{{relay_id}}/token) "
        "of spec/qnlive.yaml is on no page of the manifest nor under elsewhere: capture its page and list it "
        "there, "
        "or list it under elsewhere with its source",
        f"sources check: 2 findings in 2 files: {SUMMARY}",
    ]


def _line_of(root: Path, text: str) -> int:
    lines = (root / "spec/sources/sources.yaml").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.startswith(text))


def test_examples_are_held_strictly_even_where_the_spec_allows_more(root: Path, run: Run) -> None:
    """LiveAppExtension allows additional properties; a key it does not list is still a finding."""
    edit(
        root / "spec/sources" / ROOM,
        '"auto_destroy": true,\n                "callback_option"',
        '"auto_destroy": true,\n                "beta_flag": true,\n                "callback_option"',
    )
    status, lines = run("check")
    assert status == 1
    assert lines[0] == (
        f"spec/sources/{ROOM}:58: get_viewing_room_detail response example: "
        '$.data.app.extension.beta_flag is not in the spec: LiveAppExtension has no property "beta_flag"'
    )


def test_check_of_one_page_reports_only_that_page(root: Path, run: Run) -> None:
    edit(root / "spec/sources" / TRTC_SIGN, "UserId\nYes", "UserId\nNo")
    assert run("check", PANO)[0] == 0
    status, lines = run("check", f"spec/sources/{TRTC_SIGN}")
    assert status == 1
    assert lines[0].startswith(f"spec/sources/{TRTC_SIGN}:48: ")


def test_an_endpoint_whose_method_changed(root: Path, run: Run) -> None:
    status, lines = _changed(
        root, run, RELAY, "GET /client/relay/{relay_id}/token", "POST /client/relay/{relay_id}/token"
    )
    assert status == 1
    assert lines[0] == (
        f"spec/sources/{RELAY}:91: POST /client/relay/{{relay_id}}/token is not an operation of "
        "spec/qnlive.yaml "
        "(spec/qnlive.yaml has /client/relay/{relay_id}/token only as GET)"
    )
    token = _line_of(root, "      - get_relay_token")
    assert lines[1].startswith(f"spec/sources/sources.yaml:{token}: {RELAY} no longer names get_relay_token ")


def test_a_page_wide_table_belongs_to_no_endpoint(root: Path, run: Run) -> None:
    """A heading such as 公共参数 or 通用响应结构 ends the endpoint before it: its table documents
    the whole page, so it needs a section in the manifest to be checked."""
    tail = "    以上内容是否对您有帮助?\n"
    common = "    公共参数\n\n    参数 类型 必填 说明 举例\n    Authorization string 是 鉴权token xxxxx\n\n"
    status, lines = _changed(root, run, RELAY, tail, common + tail)
    assert (status, lines) == (
        1,
        [
            f"spec/sources/{RELAY}:146: this table follows no endpoint, so sources check cannot tell which "
            "operation it documents (if it documents a schema, declare its heading as a section of this page "
            "in spec/sources/sources.yaml)",
            f"sources check: 1 finding in 1 file: {SUMMARY}",
        ],
    )


def test_the_envelope_table_is_checked_against_its_declared_section(root: Path, run: Run) -> None:
    """A new endpoint before it changes nothing of the envelope table (its rows stay RealseeEnvelope's)."""
    edit(root / "spec/sources" / PANO, "costinteger", "coststring")
    status, lines = _changed(root, run, *scenarios.NEW_ENDPOINT_BEFORE_THE_ENVELOPE)
    assert (status, lines) == (
        1,
        [
            f"spec/sources/{PANO}:182: POST /open/v1/pano/task/cancel is not an operation of "
            "spec/realsee.yaml (a new endpoint? add it to the spec and its operationId to this page's "
            "operations in spec/sources/sources.yaml)",
            f"spec/sources/{PANO}:202: section RealseeEnvelope table: cost is a string on the page, an "
            "integer in RealseeEnvelope.cost",
            f"sources check: 2 findings in 1 file: {SUMMARY}",
        ],
    )


ACCESS_TOKEN_SAMPLE = "请求示例\n\nconst getAccessToken"
FORM_CURL = (
    "curl -X POST 'https://app-gateway.realsee.cn/auth/access_token' \\\n"
    "  -H 'Content-Type: application/x-www-form-urlencoded' \\\n"
    "  -d 'app_key=your_app_key&app_secret=your_app_secret'\n\n"
)


def test_a_curl_sample_with_a_form_body_is_left_alone(root: Path, run: Run) -> None:
    status, lines = _changed(
        root, run, PANO, ACCESS_TOKEN_SAMPLE, "请求示例\n\n" + FORM_CURL + "const getAccessToken"
    )
    assert status == 0, lines
    assert ", 17 examples," in lines[-1]  # the fixture pages' 17: a form body is not one


SAMPLES = {
    "a curl sample calling an endpoint the spec lacks": (
        PANO,
        ACCESS_TOKEN_SAMPLE,
        "请求示例\n\n"
        + FORM_CURL.replace("/auth/access_token", "/auth/access_token/v2")
        + "const getAccessToken",
        f"{PANO}:52: POST /auth/access_token/v2 is not an operation of spec/realsee.yaml (a new endpoint? "
        "add it to the spec and its operationId to this page's operations in spec/sources/sources.yaml)",
    ),
    "a curl sample sending JSON to an operation without a body": (
        RELAY,
        "    GET /client/relay/{relay_id}/token\n",
        "    GET /client/relay/{relay_id}/token\n\n    curl -X GET \\\n"
        "      'https://live.example/client/relay/relay_1/token' \\\n      -d '{\"force\": true}'\n",
        f"{RELAY}:95: get_relay_token takes no request body in spec/qnlive.yaml, yet its curl sample sends "
        "one",
    ),
    "a new field in the body of a raw HTTP request": (
        TRTC_SIGN,
        "Request Sample\n\n{\n",
        "Request Sample\n\nPOST /v2/ivh/sessionmanager/sessionmanagerservice/gettrtcsign HTTP/1.1\n"
        "Host: gw.tencentcloudapi.com\nContent-Type: application/json\n\n{\n",
        f"{TRTC_SIGN}:85: get_trtc_sign request example (the HTTP request sample's body): "
        '$.Payload.ExpireTime is not in the spec: TrtcSignPayload has no property "ExpireTime"',
    ),
}


@pytest.mark.parametrize("case", SAMPLES, ids=list(SAMPLES))
def test_what_check_says_of_a_request_sample(root: Path, run: Run, case: str) -> None:
    page, old, new, finding = SAMPLES[case]
    if page == TRTC_SIGN:
        edit(
            root / "spec/sources" / TRTC_SIGN,
            '"UserId": "avcvdafasfds",\n',
            '"UserId": "avcvdafasfds",\n"ExpireTime": 300,\n',
        )
    status, lines = _changed(root, run, page, old, new)
    assert (status, lines) == (
        1,
        [f"spec/sources/{finding}", f"sources check: 1 finding in 1 file: {SUMMARY}"],
    )
