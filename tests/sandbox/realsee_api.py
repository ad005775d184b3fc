"""Calls on the sandbox's Realsee API over plain HTTP (an httpx client on its URL), for tests."""

from __future__ import annotations

from typing import Any

import httpx

from tests.facades import REALSEE

KEY, SECRET = REALSEE["app_key"], REALSEE["app_secret"]


def token(api: httpx.Client) -> str:
    answer = api.post("/auth/access_token", data={"app_key": KEY, "app_secret": SECRET}).json()
    assert answer["code"] == 0, answer
    return str(answer["data"]["access_token"])


def call(api: httpx.Client, method: str, path: str, access_token: str, **kwargs: Any) -> dict[str, Any]:
    response = api.request(method, path, headers={"Authorization": access_token}, **kwargs)
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]
