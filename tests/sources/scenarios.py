"""Changes a vendor might make to a page, one per kind of finding: (id, page, old text, new text)."""

from __future__ import annotations

P000 = "000_941def39b0fe6587.txt"
P001 = "001_39389d487cd4f43a.txt"
P002 = "002_9f84ee37df585a15.txt"
P003 = "003_a44dd779bda9e21b.txt"
P004 = "004_92d22d296ba4f57a.txt"

NEW_RESPONSE_FIELD = (
    P004,
    '    "vr_url": "https://realsee.cn/link_code"\n',
    '    "vr_url": "https://realsee.cn/link_code",\n    "cover_url": "https://realsee.cn/cover.jpg"\n',
)
_TICKET_REQUEST = (
    'Example\n{\n    "app_id": "vw9deNaEggNpPLkW",\n    "room_code": "2YN8362pjBRDpA1E",\n'
    '    "user_id": "3000100000022591",\n'
)
RETYPED_REQUEST_FIELD = (
    P000,
    _TICKET_REQUEST + '    "user_role": "1",',
    _TICKET_REQUEST + '    "user_role": 1,',
)
_TICKET_CURL = (
    '--data \'{\n    "app_id": "vw9deNaEggNpPLkW",\n    "room_code": "2YN8362pjBRDpA1E",\n'
    '    "user_id": "3000100000022591",\n'
)
RETYPED_CURL_BODY_FIELD = (
    P000,
    _TICKET_CURL + '    "user_role": "1",',
    _TICKET_CURL + '    "user_role": 1,',
)
"""The same retype as RETYPED_REQUEST_FIELD, in the body of the page's curl sample (line 126)."""
UNKNOWN_ENUM_VALUE = (P004, '"status": "processing",', '"status": "queued",')
NEW_ENDPOINT = (
    P004,
    "常见问题\n",
    "步骤六:取消任务\n\n  • 接口: POST /open/v1/pano/task/cancel\n"
    "  • Header: Authorization: {access_token}\n\n常见问题\n",
)
NEW_ENDPOINT_BEFORE_THE_ENVELOPE = (
    P004,
    "完整流程示例\n",
    "步骤六:取消任务\n\n  • 接口: POST /open/v1/pano/task/cancel\n"
    "  • Header: Authorization: {access_token}\n\n完整流程示例\n",
)
"""A new endpoint before the page-wide table of the response envelope (通用响应结构)."""
RENAMED_PATH = (P002, "POST /client/relay/{relay_id}/stop", "POST /client/relay/{relay_id}/close")
NEW_TABLE_ROW = (
    P003,
    "User ID for entering the room.\n",
    "User ID for entering the room.\nExpireTime\nNo\nInteger\nSeconds until the key expires.\n",
)
