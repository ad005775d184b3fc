"""Pages as a vendor serves them: small HTML and Markdown versions of the IVH gettrtcsign page (the
fixture capture trtc_sign.txt), and any capture rendered as the HTML page it was copied from."""

from __future__ import annotations

import html
import re

from generator.sources.document import Document, Prose, Table

TRTC_SIGN_HTML = """<!doctype html>
<html><head><title>Obtaining the Key to the TRTC Room</title>
<script>
window.analytics = {};
</script></head>
<body>
<nav><ul><li>Interactive Digital Human Service API Documentation</li></ul></nav>
<h1>Obtaining the Key to the TRTC Room</h1>
<p>Calling Protocol</p>
<p><code>POST /v2/ivh/sessionmanager/sessionmanagerservice/gettrtcsign</code></p>
<h2>Request Parameters</h2>
<table>
<thead><tr><th>Parameter name</th><th>Required</th><th>Type</th><th>Description</th></tr></thead>
<tbody>
<tr><td>ReqId</td><td>Yes</td><td>String</td><td>Unique identifier for a single request.</td></tr>
<tr><td>SessionId</td><td>Yes</td><td>string</td><td>Session ID.</td></tr>
<tr><td>RoomId</td><td>Yes</td><td>string</td><td>The room ID.</td></tr>
<tr><td>UserId</td><td>Yes</td><td>string</td><td>User ID for entering the room.</td></tr>
</tbody>
</table>
<h2>Response Parameter</h2>
<table>
<tr><th>Parameter name</th><th>Required</th><th>Type</th><th>Description</th></tr>
<tr><td>ReqId</td><td>Yes</td><td>String</td><td>Unique identifier for a single request.</td></tr>
<tr><td>UserSig</td><td>Yes</td><td>string</td><td>Room Key.</td></tr>
<tr><td>PrivateMapKey</td><td>Yes</td><td>string</td><td>Permission Key.</td></tr>
</table>
<h2>Request Sample</h2>
<pre><code>{
"Header": {},
"Payload": {
"ReqId": "d7aa08da33dd4a662ad5be508c5b77cf",
"SessionId": "12123132",
"RoomId": "1200111",
"UserId": "avcvdafasfds",
}
}</code></pre>
<h2>Response Sample</h2>
<pre>{
"Header": {
"Code": 0,
"Message": "",
"RequestID": "123",
},
"Payload": {
"ReqId": "d7aa08da33dd4a662ad5be508c5b77cf",
"UserSig": "vafdasfda",
"PrivateMapKey": "fdasfdafdasfdasfd"
}
}</pre>
</body></html>
"""

TRTC_SIGN_MARKDOWN = """# Obtaining the Key to the TRTC Room

- **Calling protocol:** `POST /v2/ivh/sessionmanager/sessionmanagerservice/gettrtcsign`

## Request Parameters

| Parameter name | Required | Type | Description |
|---|---|---|---|
| ReqId | Yes | String | Unique identifier for a single request. |
| SessionId | Yes | string | Session ID. |
| RoomId | Yes | string | The room ID. |
| UserId | Yes | string | User ID for entering the room. |

## Response Sample

```json
{
  "Header": {"Code": 0, "Message": "", "RequestID": "123"},
  "Payload": {
    "ReqId": "d7aa08da33dd4a662ad5be508c5b77cf",
    "UserSig": "vafdasfda",
    "PrivateMapKey": "fdasfdafdasfdasfd"
  }
}
```
"""

JAVASCRIPT_ONLY_HTML = """<!doctype html>
<html><head><script src="/app.js"></script></head><body><div id="app">Loading…</div></body></html>
"""


def as_served(document: Document) -> str:
    """A capture as its vendor might serve it: headings and paragraphs, the browser's bullets as
    ``<ul>`` items, tables as ``<table>``, code in ``<pre>``, page furniture in ``<head>``."""
    parts = [
        "<!doctype html>",
        "<html><head><title>Docs</title><script>window.analytics = {};</script></head>",
    ]
    parts.append("<body>")
    in_list = False
    for block in document.blocks:
        item = re.fullmatch(r"[•·]\s+(.*)", block.text) if isinstance(block, Prose) else None
        if in_list and item is None:
            parts.append("</ul>")
            in_list = False
        if isinstance(block, Prose):
            if item is not None and not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{html.escape(item[1])}</li>" if item else f"<p>{html.escape(block.text)}</p>")
        elif isinstance(block, Table):
            header = "".join(f"<th>{html.escape(cell)}</th>" for cell in block.header)
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row.cells) + "</tr>"
                for row in block.rows
            )
            parts.append(f"<table><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>")
        else:
            parts.append(f"<pre><code>{html.escape(block.text)}</code></pre>")
    parts.append("</ul></body></html>" if in_list else "</body></html>")
    return "\n".join(parts) + "\n"
