"""Changes a vendor might make to a page, one per kind of finding: (page, old text, new text), on the
fixture pages of tests/sources/fixtures/spec/sources/."""

from __future__ import annotations

TICKET = "ticket.txt"
ROOM = "room.txt"
RELAY = "relay.txt"
TRTC_SIGN = "trtc_sign.txt"
PANO = "pano.txt"

NEW_RESPONSE_FIELD = (
    PANO,
    '    "vr_url": "https://realsee.cn/link_code"\n',
    '    "vr_url": "https://realsee.cn/link_code",\n    "cover_url": "https://realsee.cn/cover.jpg"\n',
)
_TICKET_REQUEST = (
    'Example\n{\n    "app_id": "vw9deNaEggNpPLkW",\n    "room_code": "2YN8362pjBRDpA1E",\n'
    '    "user_id": "3000100000022591",\n'
)
RETYPED_REQUEST_FIELD = (
    TICKET,
    _TICKET_REQUEST + '    "user_role": "1",',
    _TICKET_REQUEST + '    "user_role": 1,',
)
_TICKET_CURL = (
    '--data \'{\n    "app_id": "vw9deNaEggNpPLkW",\n    "room_code": "2YN8362pjBRDpA1E",\n'
    '    "user_id": "3000100000022591",\n'
)
RETYPED_CURL_BODY_FIELD = (
    TICKET,
    _TICKET_CURL + '    "user_role": "1",',
    _TICKET_CURL + '    "user_role": 1,',
)
"""The same retype as RETYPED_REQUEST_FIELD, in the body of the page's curl sample."""
UNKNOWN_ENUM_VALUE = (PANO, '"status": "processing",', '"status": "queued",')
NEW_ENDPOINT = (
    PANO,
    "常见问题\n",
    "步骤六:取消任务\n\n  • 接口: POST /open/v1/pano/task/cancel\n"
    "  • Header: Authorization: {access_token}\n\n常见问题\n",
)
NEW_ENDPOINT_BEFORE_THE_ENVELOPE = (
    PANO,
    "完整流程示例\n",
    "步骤六:取消任务\n\n  • 接口: POST /open/v1/pano/task/cancel\n"
    "  • Header: Authorization: {access_token}\n\n完整流程示例\n",
)
"""A new endpoint before the page-wide table of the response envelope (通用响应结构)."""
RENAMED_PATH = (RELAY, "POST /client/relay/{relay_id}/stop", "POST /client/relay/{relay_id}/close")
NEW_TABLE_ROW = (
    TRTC_SIGN,
    "User ID for entering the room.\n",
    "User ID for entering the room.\nExpireTime\nNo\nInteger\nSeconds until the key expires.\n",
)
