"""schemathesis hooks for runs against the sandbox (loaded with SCHEMATHESIS_HOOKS).

The sandbox checks real credentials, so each security scheme gets an auth provider that obtains
them the way a client would (``VRLIVE_SANDBOX_URL`` says where), applied to every operation whose
``security`` names it in the spec being run: an operation added to a spec gets its credentials
wherever its path is. Realsee and IVH report failures in-band (HTTP 200 with an error code), which
schemathesis' status-based ``ignored_auth`` cannot see; the envelope-aware checks below take its
place for them.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx
import requests
import schemathesis

from tests.signing import ivh_query, qiniu_authorization
from tests.specs import operations, resolve, schema_problems

SANDBOX = os.environ.get("VRLIVE_SANDBOX_URL", "")
REALSEE = ("sandbox-app-key", "sandbox-app-secret")
QNLIVE = ("sandbox-qiniu-ak", "sandbox-qiniu-sk")
IVH = ("sandbox-ivh-appkey", "sandbox-ivh-accesstoken")


def _security(operation: Any) -> list[dict[str, Any]]:
    """The security requirements of a schemathesis operation, as its spec declares them."""
    raw = operation.schema.raw_schema
    return list(operation.definition.raw.get("security", raw.get("security", [])) or [])


def secured_by(scheme: str) -> Callable[[Any], bool]:
    """Matches the operations whose security names ``scheme``."""
    return lambda context: any(scheme in requirement for requirement in _security(context.operation))


@schemathesis.auth(refresh_interval=60).apply_to(secured_by("AccessToken"))
class RealseeToken:
    def get(self, case: schemathesis.Case, context: schemathesis.AuthContext) -> str:
        answer = httpx.post(
            f"{SANDBOX}/auth/access_token", data=dict(zip(("app_key", "app_secret"), REALSEE, strict=True))
        )
        return str(answer.json()["data"]["access_token"])

    def set(self, case: schemathesis.Case, data: str, context: schemathesis.AuthContext) -> None:
        case.headers = {**(case.headers or {}), "Authorization": data}


@schemathesis.auth(refresh_interval=600).apply_to(secured_by("UserToken"))
class QnLiveUserToken:
    def get(self, case: schemathesis.Case, context: schemathesis.AuthContext) -> str:
        url = f"{SANDBOX}/server/auth/token?app_id=live_app_1&user_id=schemathesis"
        answer = httpx.get(url, headers={"Authorization": qiniu_authorization(*QNLIVE, "GET", url)})
        return str(answer.json()["data"]["access_token"])

    def set(self, case: schemathesis.Case, data: str, context: schemathesis.AuthContext) -> None:
        case.headers = {**(case.headers or {}), "Authorization": data}


@schemathesis.auth(refresh_interval=None).apply_to(secured_by("QiniuSignature"))
class QnLiveServerSignature:
    """Signs the request as sent: method, path and query (in the order requests encodes it), host."""

    def get(self, case: schemathesis.Case, context: schemathesis.AuthContext) -> str:
        return "sign-per-request"

    def set(self, case: schemathesis.Case, data: str, context: schemathesis.AuthContext) -> None:
        query = urlencode(case.query or {}, doseq=True)
        url = f"{SANDBOX}{case.formatted_path}" + (f"?{query}" if query else "")
        case.headers = {**(case.headers or {}), "Authorization": qiniu_authorization(*QNLIVE, "GET", url)}


@schemathesis.auth(refresh_interval=None).apply_to(secured_by("Signature"))
class IvhSignature:
    def get(self, case: schemathesis.Case, context: schemathesis.AuthContext) -> str:
        return "sign-per-request"

    def set(self, case: schemathesis.Case, data: str, context: schemathesis.AuthContext) -> None:
        case.query = {**(case.query or {}), **ivh_query(*IVH, int(time.time()))}


IN_BAND = {
    # vendor (x-envelope.vendor): (pointer to the result code, the code a request without credentials gets)
    "realsee": (("code",), -3),
    "ivh": (("Header", "Code"), 100005),
}
_CONFIRMED: set[str] = set()


def _in_band(case: schemathesis.Case) -> tuple[tuple[str, ...], int] | None:
    """The in-band vendor's code pointer and refusal code, when the spec being run is one's."""
    envelope = case.operation.schema.raw_schema.get("x-envelope") or {}
    return IN_BAND.get(str(envelope.get("vendor")))


def _result_code(document: Any, pointer: tuple[str, ...]) -> Any:
    for key in pointer:
        document = document.get(key) if isinstance(document, dict) else None
    return document


@schemathesis.check
def in_band_auth_enforced(ctx: Any, response: Any, case: schemathesis.Case) -> None:
    """For in-band vendors: the same request without credentials gets the vendor's auth error.

    Replaces schemathesis' ignored_auth for Realsee and IVH, whose refusals come as HTTP 200.
    Probes once per operation, on a request that succeeded with credentials.
    """
    path = case.operation.path
    in_band = _in_band(case)
    secured = bool(_security(case.operation))
    if in_band is None or not secured or path in _CONFIRMED or response.status_code != 200:
        return
    pointer, refusal = in_band
    if _result_code(_json(response), pointer) != 0:
        return
    sent = response.request
    parts = urlsplit(sent.url)
    query = [
        (k, v)
        for k, v in httpx.QueryParams(parts.query).multi_items()
        if k not in ("appkey", "timestamp", "signature")
    ]
    headers = {k: v for k, v in sent.headers.items() if k.lower() not in ("authorization", "content-length")}
    probe = requests.request(
        sent.method,
        parts._replace(query=urlencode(query)).geturl(),
        headers=headers,
        data=sent.body,
        timeout=10,
    )
    code = _result_code(_json(probe), pointer)
    if probe.status_code != 200 or code != refusal:
        raise AssertionError(
            f"{sent.method} {path} without credentials answered HTTP {probe.status_code} with code {code}; "
            f"expected HTTP 200 with code {refusal}"
        )
    _CONFIRMED.add(path)


@schemathesis.check
def in_band_rejection(ctx: Any, response: Any, case: schemathesis.Case) -> None:
    """For in-band vendors: a request that breaks the spec never gets a success envelope.

    Realsee and IVH refuse such requests with HTTP 200 and an error code, so schemathesis'
    negative_data_rejection is told to accept 200 for them; this check holds the code to account,
    judging what was actually sent against the spec (independently of the sandbox's own checks).
    """
    path = case.operation.path
    in_band = _in_band(case)
    if in_band is None or response.status_code != 200:
        return
    if _result_code(_json(response), in_band[0]) != 0:
        return
    problems = sent_request_problems(case.operation.method, path, response.request)
    if problems:
        verb = case.operation.method.upper()
        raise AssertionError(f"{verb} {path} succeeded although the request breaks the spec: {problems[:3]}")


QUERY_TYPES: dict[str, Callable[[str], Any]] = {
    "integer": int,
    "number": float,
    "boolean": {"true": True, "false": False}.__getitem__,
}
"""How a query's text reads as each type a parameter's schema may give."""


def sent_request_problems(method: str, path: str, sent: Any) -> list[str]:
    """What in a sent request breaks its operation in the spec (query parameters and body)."""
    operation = next(op for op in operations() if op.method == method.lower() and op.path == path)
    query = dict(httpx.QueryParams(urlsplit(sent.url).query).multi_items())
    problems = []
    for parameter in operation.parameters():
        if parameter["in"] != "query":
            continue
        value: Any = query.get(parameter["name"])
        if value is None:
            if parameter.get("required"):
                problems.append(f"query {parameter['name']}: missing")
            continue
        kind = resolve(operation.spec, parameter["schema"]).get("type")
        if kind in QUERY_TYPES:
            try:
                value = QUERY_TYPES[kind](value)
            except (ValueError, KeyError):
                problems.append(f"query {parameter['name']}: not of type {kind}")
                continue
        problems += [
            f"query {parameter['name']}: {p}"
            for p in schema_problems(operation.spec, parameter["schema"], value)
        ]
    body = operation.request_body()
    if body is not None:
        raw = sent.body.encode() if isinstance(sent.body, str) else (sent.body or b"")
        media_type, content = body
        try:
            value = (
                dict(parse_qsl(raw.decode(), keep_blank_values=True))
                if "form" in media_type
                else json.loads(raw)
            )
        except ValueError:
            return [*problems, "body: not parseable"]
        if (sent.headers.get("content-type") or "").split(";")[0] != media_type.split(";")[0]:
            problems.append("body: wrong content type")
        problems += [f"body {p}" for p in schema_problems(operation.spec, content["schema"], value)]
    return problems


@schemathesis.check
def sandbox_never_fails(ctx: Any, response: Any, case: schemathesis.Case) -> None:
    """The sandbox answers every request as the vendor would; its own errors are bugs."""
    document = _json(response)
    if isinstance(document, dict) and document.get("title") == "Sandbox error":
        raise AssertionError(
            f"the sandbox failed on {case.operation.method.upper()} {case.operation.path}: {document}"
        )


def _json(response: Any) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None
