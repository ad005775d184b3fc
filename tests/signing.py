"""Request signing as api-notes describes it, written here for the tests' own clients.

Deliberately separate from the sandbox's verifiers, so a test passes only when both agree.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from urllib.parse import urlencode, urlsplit

import httpx


def ivh_query(appkey: str, accesstoken: str, timestamp: int | None = None) -> dict[str, str]:
    """The signed query parameters of an IVH call: appkey, timestamp and signature."""
    parameters = {"appkey": appkey, "timestamp": str(int(time.time()) if timestamp is None else timestamp)}
    message = "&".join(f"{key}={parameters[key]}" for key in sorted(parameters))
    digest = hmac.new(accesstoken.encode(), message.encode(), hashlib.sha256).digest()
    return {**parameters, "signature": base64.b64encode(digest).decode()}


class IvhTestSigner(httpx.Auth):
    """Signs every request's query (the body is not signed)."""

    def __init__(self, appkey: str, accesstoken: str, timestamp: int | None = None) -> None:
        self.appkey, self.accesstoken, self.timestamp = appkey, accesstoken, timestamp

    def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
        request.url = request.url.copy_merge_params(ivh_query(self.appkey, self.accesstoken, self.timestamp))
        yield request


def qiniu_authorization(
    access_key: str,
    secret_key: str,
    method: str,
    url: str,
    *,
    content_type: str | None = None,
    body: bytes = b"",
) -> str:
    """``Qiniu <AK>:<urlsafe_base64(hmac_sha1(SK, signing string))>`` for one request."""
    parts = urlsplit(url)
    signing = (
        f"{method} {parts.path}" + (f"?{parts.query}" if parts.query else "") + f"\nHost: {parts.netloc}"
    )
    if content_type:
        signing += f"\nContent-Type: {content_type}"
    data = (signing + "\n\n").encode()
    if content_type and content_type != "application/octet-stream":
        data += body
    sign = base64.urlsafe_b64encode(hmac.new(secret_key.encode(), data, hashlib.sha1).digest()).decode()
    return f"Qiniu {access_key}:{sign}"


def qiniu_user_token(
    api_url: str, access_key: str, secret_key: str, user_id: str, app_id: str = "live_app_1", **query: str
) -> httpx.Response:
    """Mint a user token from the server API, signed with AK/SK."""
    url = f"{api_url}/server/auth/token?{urlencode({'app_id': app_id, 'user_id': user_id, **query})}"
    return httpx.get(url, headers={"Authorization": qiniu_authorization(access_key, secret_key, "GET", url)})
