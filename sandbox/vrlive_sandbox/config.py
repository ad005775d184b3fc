"""What a sandbox run emulates: credentials, lifetimes, schedules and faults. Demo defaults."""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from typing import Literal, TypedDict

from attrs import define, field, frozen


@frozen
class Fault:
    """One injected misbehaviour.

    Attributes:
        status: Answer with this HTTP status (500, 502, 503, 429) instead of the vendor's reply.
        retry_after: With status 429, the ``Retry-After`` seconds to send.
        latency: Seconds to wait before answering.
        drop: Close the connection without an answer, ``"before"`` the request is processed or
            ``"after"`` (the work is done, the caller never hears of it).
        example: Answer with this named response example of the operation's spec instead, with
            its response's status: a declared failure such as ``"token_expired"``, or any other
            example (``"STATUS/NAME"`` when two of the operation's responses use the name). It
            waits for a request of an operation that declares it.
    """

    status: int | None = None
    retry_after: float | None = None
    latency: float = 0.0
    drop: str | None = None
    example: str | None = None

    def __attrs_post_init__(self) -> None:
        if sum(answer is not None for answer in (self.status, self.drop, self.example)) > 1:
            raise ValueError("a fault takes one of status, drop and example")
        if self.example is not None and (not isinstance(self.example, str) or not self.example):
            raise ValueError(f"example must be the name of a response example, not {self.example!r}")
        if self.drop not in (None, "before", "after"):
            raise ValueError(f"drop must be 'before' or 'after', not {self.drop!r}")
        if self.status is not None and not (self.status == 429 or 500 <= self.status <= 599):
            raise ValueError(f"an injected status must be 429 or 5xx, not {self.status}")


@frozen
class FaultRates:
    """Per-run faults: each request independently meets one with these probabilities (seeded)."""

    server_error: float = 0.0
    """Share of requests answered 500, 502 or 503."""
    rate_limited: float = 0.0
    """Share answered 429 with ``Retry-After: retry_after``."""
    dropped: float = 0.0
    """Share whose connection is dropped before processing."""
    latency: float = 0.0
    """Seconds added to every reply."""
    retry_after: float = 1.0
    seed: int = 0

    @property
    def active(self) -> bool:
        return bool(self.server_error or self.rate_limited or self.dropped or self.latency)


@define
class SandboxConfig:
    """Settings of a sandbox run; the defaults are demo values, never real credentials."""

    host: str = "127.0.0.1"
    port: int = 0

    realsee_app_key: str = "sandbox-app-key"
    realsee_app_secret: str = field(default="sandbox-app-secret", repr=False)
    realsee_app_id: str = "vw9deNaEggNpPLkW"
    realsee_region: str = "cn"
    """The region the sandbox's Realsee is: ``cn`` (VR links on realsee.cn) or ``global``
    (realsee.ai)."""
    realsee_token_ttl: float = 300.0
    """Seconds an access_token lives."""
    realsee_vr_works: int = 25
    """How many published VR works the application owns (``list_vrs`` pages through them)."""
    upload_ttl: int = 3600
    """Seconds upload credentials live (their ``ttl``/``expire``)."""
    download_host: bool = False
    """False: private bucket, submit with private_cos_key; True: download URLs, submit with zip_cos_url."""
    download_type: str | None = None
    """What upload tokens say: ``direct`` (the download host serves anyone) or ``presign`` (a
    private bucket: a zip_cos_url must be presigned with the token's credentials). None: direct
    with a download host, presign without one, as Realsee's tokens go."""
    bucket: str = "vrlab-private"
    region: str = "ap-northeast-1"
    task_pending_seconds: float = 2.0
    task_processing_seconds: float = 6.0
    task_outcome: str = "success"
    """How new tasks end: ``success`` or ``failed``."""

    qnlive_app_id: str = "live_app_1"
    qnlive_access_key: str = "sandbox-qiniu-ak"
    qnlive_secret_key: str = field(default="sandbox-qiniu-sk", repr=False)
    qnlive_jwt_secret: str = field(default="sandbox-jwt-secret", repr=False)
    qnlive_token_ttl: int = 7 * 24 * 3600
    relay_answer: str | None = None
    """How receivers answer relays on their own: ``accept``, ``reject``, or None (only the control)."""
    relay_answer_seconds: float = 2.0
    """Seconds a receiver takes to answer when ``relay_answer`` is set."""

    ivh_appkey: str = "sandbox-ivh-appkey"
    ivh_accesstoken: str = field(default="sandbox-ivh-accesstoken", repr=False)
    ivh_ready_seconds: float = 3.0
    """Seconds a new session stays in status 3 (preparing) before it is ready."""
    ivh_max_sessions: int = 10

    faults: FaultRates = FaultRates()

    max_body_bytes: int = 1024 * 1024
    """The longest request body the APIs and controls take (longer: 413, unread)."""
    max_json_depth: int = 64
    """How deep a JSON request body may nest arrays and objects (deeper: 400)."""

    def __attrs_post_init__(self) -> None:
        if self.task_outcome not in ("success", "failed"):
            raise ValueError(f"task_outcome must be 'success' or 'failed', not {self.task_outcome!r}")
        if self.download_type not in (None, "direct", "presign"):
            choices = "'direct', 'presign' or null"
            raise ValueError(f"download_type must be {choices}, not {self.download_type!r}")
        if self.realsee_region not in ("cn", "global"):
            raise ValueError(f"realsee_region must be 'cn' or 'global', not {self.realsee_region!r}")
        if self.realsee_vr_works < 0:
            raise ValueError(f"realsee_vr_works must be 0 or more, not {self.realsee_vr_works}")
        if self.relay_answer not in (None, "accept", "reject"):
            raise ValueError(f"relay_answer must be 'accept', 'reject' or null, not {self.relay_answer!r}")

    @property
    def downloads(self) -> str:
        """What upload tokens say as ``download_type``."""
        return self.download_type or ("direct" if self.download_host else "presign")


class Settings(TypedDict, total=False):
    """The run settings a test may change while the sandbox runs (``PATCH /_sandbox/config``,
    ``vrlive_sandbox.configure(...)``); reset puts them back."""

    realsee_token_ttl: float
    realsee_region: Literal["cn", "global"]
    realsee_vr_works: int
    upload_ttl: int
    download_host: bool
    download_type: Literal["direct", "presign"] | None
    task_pending_seconds: float
    task_processing_seconds: float
    task_outcome: Literal["success", "failed"]
    qnlive_token_ttl: int
    relay_answer: Literal["accept", "reject"] | None
    relay_answer_seconds: float
    ivh_ready_seconds: float
    ivh_max_sessions: int


TUNABLE = frozenset(Settings.__annotations__)
"""The names of [`Settings`][vrlive_sandbox.config.Settings]."""


def check_settings(settings: Mapping[str, object]) -> None:
    """Raise ValueError naming each unknown setting and each value its setting cannot take."""
    unknown = sorted(set(settings) - TUNABLE)
    if unknown:
        raise ValueError(f"not settings of the sandbox: {unknown}; the settings are {sorted(TUNABLE)}")
    kinds = typing.get_type_hints(Settings)
    for name, value in settings.items():
        if not _accepts(kinds[name], value):
            raise ValueError(f"{name} must be {_describe(kinds[name])}, not {value!r}")


def _accepts(kind: object, value: object) -> bool:
    origin = typing.get_origin(kind)
    if origin is Literal:
        return value in typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return any(_accepts(option, value) for option in typing.get_args(kind))
    if kind is type(None):
        return value is None
    if kind in (int, float):  # a bool is not a number here; an int is a float
        numbers = (int, float) if kind is float else (int,)
        return isinstance(value, numbers) and not isinstance(value, bool)
    return isinstance(kind, type) and isinstance(value, kind)


def _describe(kind: object) -> str:
    if typing.get_origin(kind) is Literal:
        return " or ".join(repr(choice) for choice in typing.get_args(kind))
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        return " or ".join(_describe(option) for option in typing.get_args(kind))
    return "null" if kind is type(None) else getattr(kind, "__name__", str(kind))
