"""The Realsee Open API, emulated: access tokens, viewing rooms, panorama-to-VR tasks, the
application's VR works and its production projects.

Every answer is HTTP 200 with Realsee's envelope; failures carry ``code`` -1 (business) or -3
(token expired or unknown) and ``data`` null or ``{}``, as the vendor sends them.

``business_code`` says only what a Realsee document or observation backs:

- on success, what the operation's own success examples in the spec say: ``""`` for the access
  and upload tokens (Realsee's panorama document), ``"0"`` for business results;
- ``"50"`` for a request missing or misusing a parameter: Realsee answers ``"50"`` to a
  submission without ``zip_cos_url`` or ``private_cos_key`` (api-notes, Realsee's panorama
  document), and the sandbox extends it to every request that breaks the spec;
- ``""`` for every other failure (an unknown app, room or task; a package that cannot be used),
  as Realsee's documented ``illegal app`` failure carries: no document gives these a code.

A VR link is on the site of the configured region (``realsee.cn`` or ``realsee.ai``).

The application owns ``realsee_vr_works`` published VR works (25 unless configured), listed
newest first by ``list_vrs``: work ``n`` (from 1, the oldest) has the code ``80sandbox`` followed by
``n`` in nine digits, the name ``Sandbox work n`` and was made ``n`` days after 2024-01-01, so the
default page size of 10 gives three pages. Production projects are kept as Realsee's documents
describe them: ``create_production_project`` makes one (nothing uploaded yet,
``project_not_upload``), ``list_production_projects`` pages through them (filtered by creation time
and state, sorted by creation, ``start_id`` continuing after a project) and
``get_production_project`` shows one. Every other operation is answered from the spec.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import tempfile
import time
import uuid
import zipfile
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import IO, Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from attrs import define, field

from vrlive_sandbox.clock import Clock
from vrlive_sandbox.config import SandboxConfig
from vrlive_sandbox.contract import OperationContract, parsed_body
from vrlive_sandbox.errors import PackageError
from vrlive_sandbox.http import Handler, Reply, Request
from vrlive_sandbox.storage import Storage
from vrlive_sandbox.vendor import Authenticator, Vendor

TICKET_SECONDS = 300
VR_SITES = {"cn": "realsee.cn", "global": "realsee.ai"}
"""Where each region's VR links point (Realsee's examples: ``https://realsee.cn/link_code`` from the
China host, ``https://realsee.ai/link_code`` from the global one)."""


@define
class Room:
    code: str
    creator: str
    creator_role: str
    members: list[dict[str, Any]]
    created_at: float
    voice_id: int


@define
class Ticket:
    room_code: str
    user_id: str
    expires_at: float
    used: bool = False


@define
class Task:
    code: str
    project_id: str
    project_name: str
    submitted_at: float
    outcome: str


@define
class Project:
    """A production project, with the fields Realsee's project pages give it."""

    number: int
    """Its place in the order of creation (from 1): what ``start_id`` and ``next_start_id`` name."""
    project_id: str
    name: str
    user_identifier: str
    device_type: int
    shoot_type: int
    remark: str
    extension: str
    created_at: float
    status_text: str = "project_not_upload"
    vr_code: str = ""

    def detail(self) -> dict[str, Any]:
        """What ``get_production_project`` answers."""
        return {
            "create_time": _time_text(self.created_at),
            "device_type": self.device_type,
            "extension": self.extension,
            "modify_time": _time_text(self.created_at),
            "name": self.name,
            "project_id": self.project_id,
            "remark": self.remark,
            "shoot_type": self.shoot_type,
            "status_text": self.status_text,
            "user_identifier": self.user_identifier,
            "vr_code": self.vr_code,
        }

    def listed(self) -> dict[str, Any]:
        """What ``list_production_projects`` answers of it."""
        created = _time_text(self.created_at)
        return {
            "name": self.name,
            "remark": self.remark,
            "create_time": created,
            "vr_code": self.vr_code,
            "project_id": self.project_id,
            "status_text": self.status_text,
            "modify_time": created,
            "move_to_trash_time": "",
        }


PROJECT_STATES = {
    0: "project_not_upload",
    1: "project_upload_failed",
    2: "project_upload_success",
    3: "project_processing",
    4: "project_process_success",
    5: "project_process_failed",
    6: "project_temporarily_delete",
    8: "project_uploading",
    9: "project_exported",
    10: "project_exporting",
    11: "project_process_cancel",
    12: "project_export_fail",
}
"""The state codes ``list_production_projects`` filters on, and the ``status_text`` each stands for."""
FIRST_WORK_DAY = 1704067200
"""2024-01-01 00:00:00 UTC: the day before the oldest seeded VR work was made."""


@define
class RealseeState:
    tokens: dict[str, float] = field(factory=dict)
    rooms: dict[str, Room] = field(factory=dict)
    tickets: dict[str, Ticket] = field(factory=dict)
    tasks: dict[str, Task] = field(factory=dict)
    projects: list[Project] = field(factory=list)
    """Production projects, in the order they were created."""
    prefixes: dict[str, str] = field(factory=dict)
    """The prefixes upload tokens handed out, and the download_type each said."""
    uploads: int = 0


def _time_text(moment: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(moment))


class Realsee(Vendor):
    name = "realsee"

    def __init__(
        self, config: SandboxConfig, clock: Clock, storage: Storage, spec: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(spec)
        self.config = config
        self.clock = clock
        self.storage = storage
        self.state = RealseeState()
        self._business_codes = {
            operation.id: _success_business_code(operation) for operation in self.contract.operations.values()
        }

    def reset(self) -> None:
        self.state = RealseeState()

    def handlers(self) -> dict[str, Handler]:
        return {
            "get_access_token": self.get_access_token,
            "create_viewing_room": self.create_viewing_room,
            "apply_room_ticket": self.apply_room_ticket,
            "get_voice_room_signature": self.get_voice_room_signature,
            "get_viewing_room_detail": self.get_viewing_room_detail,
            "get_pano_upload_token": self.get_pano_upload_token,
            "submit_pano_task": self.submit_pano_task,
            "get_pano_task_status": self.get_pano_task_status,
            "list_vrs": self.list_vrs,
            "create_production_project": self.create_production_project,
            "list_production_projects": self.list_production_projects,
            "get_production_project": self.get_production_project,
        }

    # The envelope.

    def _envelope(self, code: int, status: str, data: Any, business_code: str) -> Reply:
        now = self.clock.now()
        return Reply.json(
            200,
            {
                "request_id": f"{time.strftime('%Y%m%d%H%M%S', time.localtime(now))}-0-{uuid.uuid4().hex}",
                "trace_id": str(uuid.uuid4()),
                "business_code": business_code,
                "osi_request_id": "",
                "code": code,
                "status": status,
                "data": data,
                "cost": 1,
            },
        )

    def ok(self, request: Request, data: Any) -> Reply:
        """Success, with the business_code the spec's success examples of the operation give."""
        return self._envelope(0, "success", data, self._business_codes.get(request.operation or "", "0"))

    def fail(self, status: str, *, business_code: str = "", data: Any = None) -> Reply:
        return self._envelope(-1, status, data, business_code)

    def authenticators(self) -> dict[str, Authenticator]:
        return {"AccessToken": self._check_token}

    def _check_token(self, request: Request) -> Reply | None:
        """The raw access_token in Authorization, issued here and not expired (else code -3)."""
        expires_at = self.state.tokens.get(request.header("authorization") or "")
        if expires_at is None or self.clock.now() >= expires_at:
            return self._envelope(-3, "access_token expired", {}, "")
        return None

    def refuse(self, request: Request, problems: list[str]) -> Reply:
        if request.operation == "submit_pano_task":  # Realsee answers this case in its own words
            body = parsed_body(request)
            refused = self._package_reference(body) if isinstance(body, dict) else None
            if refused is not None:
                return refused
        return self.fail("invalid request: " + "; ".join(problems[:3]), business_code="50")

    # Authentication.

    def get_access_token(self, request: Request) -> Reply:
        form = request.form()
        if not (
            hmac.compare_digest(form["app_key"].encode(), self.config.realsee_app_key.encode())
            and hmac.compare_digest(form["app_secret"].encode(), self.config.realsee_app_secret.encode())
        ):
            return self.fail("illegal app")
        token = secrets.token_urlsafe(32)
        expires_at = self.clock.now() + self.config.realsee_token_ttl
        self.state.tokens[token] = expires_at
        return self.ok(request, {"access_token": token, "expire_at": int(expires_at)})

    # Viewing rooms.

    def create_viewing_room(self, request: Request) -> Reply:
        body = request.json()
        if body["app_id"] != self.config.realsee_app_id:
            return self.fail(f"unknown app_id {body['app_id']!r}")
        members = _members(body["members"])
        if members is None:
            return self.fail(
                "members must be a JSON-encoded list of {user_id, user_role, extension}", business_code="50"
            )
        code = secrets.token_urlsafe(12)[:16]
        self.state.rooms[code] = Room(
            code=code,
            creator=body["create_user_id"],
            creator_role=body["create_user_role"],
            members=members,
            created_at=self.clock.now(),
            voice_id=len(self.state.rooms) + 1,
        )
        return self.ok(request, {"room_code": code, "room_link": self._room_link(code)})

    def _room_link(self, code: str) -> str:
        return f"wss://ws-access.realsee.com/open/{code}?open_app_id=2386"

    def _room(self, body: dict[str, Any]) -> Room | Reply:
        if body["app_id"] != self.config.realsee_app_id:
            return self.fail(f"unknown app_id {body['app_id']!r}")
        room = self.state.rooms.get(body["room_code"])
        return self.fail(f"room {body['room_code']} not found") if room is None else room

    def apply_room_ticket(self, request: Request) -> Reply:
        body = request.json()
        room = self._room(body)
        if isinstance(room, Reply):
            return room
        ticket = secrets.token_hex(16)
        self.state.tickets[ticket] = Ticket(room.code, body["user_id"], self.clock.now() + TICKET_SECONDS)
        return self.ok(request, {"room_link": self._room_link(room.code), "ticket": ticket})

    def redeem_ticket(self, ticket: str) -> tuple[int, str]:
        """Use a ticket once (what entering the room over WebSocket does): (HTTP status, outcome)."""
        found = self.state.tickets.get(ticket)
        if found is None:
            return 404, "unknown ticket"
        if found.used:
            return 409, "ticket already used"
        if self.clock.now() >= found.expires_at:
            return 410, "ticket expired"
        found.used = True
        return 200, "entered"

    def get_voice_room_signature(self, request: Request) -> Reply:
        body = request.json()
        room = self._room(body)
        if isinstance(room, Reply):
            return room
        message = f"{room.code}:{body['user_identifier']}:{body.get('voice_id', room.voice_id)}".encode()
        sign = hmac.new(self.config.realsee_app_secret.encode(), message, hashlib.sha256).hexdigest()
        return self.ok(
            request, {"voice_app_id": "1400000000", "user_identifier": body["user_identifier"], "sign": sign}
        )

    def get_viewing_room_detail(self, request: Request) -> Reply:
        room = self._room(request.query)
        if isinstance(room, Reply):
            return room
        return self.ok(request, self._room_detail(room))

    def _room_detail(self, room: Room) -> dict[str, Any]:
        created = _time_text(room.created_at)
        people = [{"user_id": room.creator, "user_role": room.creator_role, "extension": {}}, *room.members]
        return {
            "active_session_id": 0,
            "app": {
                "extension": _APP_EXTENSION,
                "id": 2386,
                "role": {"1": _role("1", "host"), "2": _role("2", "guest")},
            },
            "close_time": "",
            "create_custom_user_id": room.creator,
            "create_passport_user_id": "",
            "create_time": created,
            "extension": {"avatar": "", "nickname": room.creator, "source": "sandbox"},
            "modify_time": created,
            "room_code": room.code,
            "room_link": self._room_link(room.code),
            "status": 1,
            "user_list": [
                {
                    "app_id": 2386,
                    "create_time": created,
                    "custom_user_id": person["user_id"],
                    "extension": {
                        key: str(value) for key, value in dict(person.get("extension") or {}).items()
                    },
                    "passport_user_id": "",
                    "status": 1,
                    "user_role": person["user_role"],
                }
                for person in people
            ],
            "voice_id": room.voice_id,
        }

    # Panorama to VR.

    def get_pano_upload_token(self, request: Request) -> Reply:
        credentials = self.storage.issue(self.config.upload_ttl)
        self.state.uploads += 1
        batch = f"{int(self.clock.now())}{self.state.uploads:04d}"
        prefix = f"vrfile/release/open_task_original/T-SANDBOX/pano/{batch}/"
        self.state.prefixes[prefix] = self.config.downloads
        # The bucket's own host, as Realsee's custom_domain is; a public bucket's download host
        # serves its objects at /<key>, as a CDN domain would.
        bucket_host = urlsplit(self.storage.bucket_url)
        download_host = self.storage.bucket_url if self.config.download_host else ""
        return self.ok(
            request,
            {
                "tmpSecretId": credentials.access_key_id,
                "tmpSecretKey": credentials.secret_access_key,
                "sessionToken": credentials.session_token,
                "ttl": self.config.upload_ttl,
                "expire": self.config.upload_ttl,
                "prefix": prefix,
                "app_id": "123456789012",
                "bucket": self.storage.bucket,
                "region": self.storage.region,
                "host": self.storage.url,
                "is_accelerate": "0",
                "custom_domain": bucket_host.netloc,
                "custom_scheme": bucket_host.scheme,
                "download_type": self.config.downloads,
                "download_host": download_host,
                "backup": None,
            },
        )

    def _package_reference(self, body: dict[str, Any]) -> Reply | None:
        """Refuse a submission without exactly one of private_cos_key and zip_cos_url, in
        Realsee's own words (api-notes)."""
        given = [name for name in ("private_cos_key", "zip_cos_url") if name in body]
        if not given:
            return self.fail("zip_cos_url or private_cos_key is required", business_code="50")
        if len(given) > 1:
            return self.fail("give only one of zip_cos_url and private_cos_key", business_code="50")
        return None

    def submit_pano_task(self, request: Request) -> Reply:
        body = request.json()
        refused = self._package_reference(body)
        if refused is not None:
            return refused
        with tempfile.TemporaryFile() as package:
            located = self._fetch(body, package)
            if isinstance(located, Reply):
                return located
            try:
                _check_package(package, self.contract.operations["submit_pano_task"])
            except PackageError as error:
                return self.fail(f"invalid package: {error}")
        task = Task(
            code=secrets.token_hex(10),
            project_id="pano-" + secrets.token_hex(10),
            project_name=body["project_name"].replace("{{timestamp}}", str(int(self.clock.now()))),
            submitted_at=self.clock.now(),
            outcome=self.config.task_outcome,
        )
        self.state.tasks[task.code] = task
        return self.ok(request, {"task_code": task.code, "project_id": task.project_id})

    def _fetch(self, body: dict[str, Any], into: IO[bytes]) -> Reply | None:
        """Copy the submitted package into ``into``; the failure reply when it cannot be found."""
        key = body.get("private_cos_key")
        refused = (
            self._fetch_key(key, into) if key is not None else self._fetch_url(body["zip_cos_url"], into)
        )
        if refused is None:
            into.seek(0)
        return refused

    def _fetch_key(self, key: str, into: IO[bytes]) -> Reply | None:
        if not any(key.startswith(prefix) and len(key) > len(prefix) for prefix in self.state.prefixes):
            return self.fail(
                f"private_cos_key {key!r} is not under an issued upload prefix",
            )
        if not self.storage.exists(key):
            return self.fail(f"private_cos_key {key!r}: no such object")
        self.storage.download(key, into)
        return None

    def _fetch_url(self, address: str, into: IO[bytes]) -> Reply | None:
        url = urlsplit(address)
        if url.scheme not in ("http", "https") or url.hostname not in ("127.0.0.1", "localhost"):
            return self.fail("zip_cos_url must be an http(s) URL on 127.0.0.1")
        if self._download_type(address) == "presign":  # a private bucket: only signed URLs read it
            problem = self.storage.presign_problem(dict(parse_qsl(url.query)))
            if problem is not None:
                message = f"zip_cos_url must be a presigned URL (download_type presign): {problem}"
                return self.fail(message)
        try:
            with httpx.stream("GET", address, timeout=60) as response:
                if response.status_code != 200:
                    return self.fail(
                        f"zip_cos_url answered HTTP {response.status_code}",
                    )
                for piece in response.iter_bytes():
                    into.write(piece)
        except httpx.HTTPError as error:
            return self.fail(
                f"zip_cos_url could not be fetched: {type(error).__name__}",
            )
        return None

    def _download_type(self, url: str) -> str | None:
        """The download_type of the token whose prefix the object at ``url`` is under."""
        key = self.storage.key_of(url)
        if key is None:
            return None
        return next((kind for prefix, kind in self.state.prefixes.items() if key.startswith(prefix)), None)

    def get_pano_task_status(self, request: Request) -> Reply:
        task = self.state.tasks.get(request.query["task_code"])
        if task is None:
            return self.fail(f"task {request.query['task_code']} not found")
        elapsed = self.clock.now() - task.submitted_at
        if elapsed < self.config.task_pending_seconds:
            status = "pending"
        elif elapsed < self.config.task_pending_seconds + self.config.task_processing_seconds:
            status = "processing"
        else:
            status = task.outcome
        vr_url = (
            f"https://{VR_SITES[self.config.realsee_region]}/sandbox/{task.code}"
            if status == "success"
            else ""
        )
        return self.ok(request, {"project_id": task.project_id, "status": status, "vr_url": vr_url})

    # VR works.

    def list_vrs(self, request: Request) -> Reply:
        """One page of the seeded VR works, newest first."""
        query = request.query
        page, size = int(query["page"]), int(query.get("page_size", "10"))
        count = self.config.realsee_vr_works
        numbers = range(count - (page - 1) * size, max(count - page * size, 0), -1)
        works = [
            {
                "vr_code": f"80sandbox{number:09d}",
                "create_time": _time_text(FIRST_WORK_DAY + number * 86400),
                "name": f"Sandbox work {number}",
            }
            for number in numbers
        ]
        return self.ok(request, {"list": works, "total": count, "page_size": size, "current_page": page})

    # Production projects.

    def _app_code(self, code: str) -> Reply | None:
        return None if code == self.config.realsee_app_id else self.fail(f"unknown app_code {code!r}")

    def create_production_project(self, request: Request) -> Reply:
        body = request.json()
        refused = self._app_code(body["app_code"])
        if refused is not None:
            return refused
        project = Project(
            number=len(self.state.projects) + 1,
            project_id="auto3d-" + secrets.token_hex(8),
            name=body["name"],
            user_identifier=body["user_identifier"],
            device_type=body["device_type"],
            shoot_type=body.get("shoot_type", 2),
            remark=body.get("remark", ""),
            extension=body.get("extension", "{}"),
            created_at=self.clock.now(),
        )
        self.state.projects.append(project)
        detail = project.detail()
        return self.ok(request, {key: detail[key] for key in _CREATED_FIELDS})

    def get_production_project(self, request: Request) -> Reply:
        query = request.query
        refused = self._app_code(query["app_code"])
        if refused is not None:
            return refused
        project = next((p for p in self.state.projects if p.project_id == query["project_id"]), None)
        if project is None:
            return self.fail(f"project {query['project_id']} not found")
        return self.ok(request, project.detail())

    def list_production_projects(self, request: Request) -> Reply:
        """A page of the projects: those created in the time window and in the state asked for,
        by creation (newest first unless ``sort=asc``), from ``page`` or after ``start_id``."""
        query = request.query
        refused = self._app_code(query["app_code"])
        if refused is not None:
            return refused
        page, size = int(query.get("page", "1")), int(query.get("page_size", "20"))
        since = int(query.get("start_timestamp", "0"))
        until = int(query["end_timestamp"]) if "end_timestamp" in query else None
        state = PROJECT_STATES.get(int(query["status"])) if "status" in query else None
        matching = [
            project
            for project in self.state.projects
            if since <= project.created_at
            and (until is None or project.created_at <= until)
            and (state is None or project.status_text == state)
        ]
        if query.get("sort", "desc") == "desc":
            matching.reverse()
        after = int(query.get("start_id", "0"))
        if after:  # continue after that project, in this order
            numbers = [project.number for project in matching]
            start = numbers.index(after) + 1 if after in numbers else len(matching)
            shown = matching[start : start + size]
            more = start + size < len(matching)
        else:
            shown = matching[(page - 1) * size : page * size]
            more = page * size < len(matching)
        return self.ok(
            request,
            {
                "total": len(matching),
                "current_page": page,
                "page_size": size,
                "next_start_id": shown[-1].number if more and shown else 0,
                "project_list": [project.listed() for project in shown],
            },
        )


_CREATED_FIELDS = ("create_time", "name", "project_id", "remark", "user_identifier")
"""What ``create_production_project`` answers of the new project (Realsee's create page)."""


def _success_business_code(operation: OperationContract) -> str:
    """The business_code of ``operation``'s success examples: the first they give, ignoring a
    schema dump's placeholder (seed 001's ``"string"``); ``"0"``, a business success, without one."""
    for example in operation.examples:
        code = example.value.get("business_code") if isinstance(example.value, Mapping) else None
        if example.success and isinstance(code, str) and code != "string":
            return code
    return "0"


def _members(text: str) -> list[dict[str, Any]] | None:
    try:
        members = json.loads(text)
    except ValueError:
        return None
    valid = isinstance(members, list) and all(
        isinstance(m, dict)
        and isinstance(m.get("user_id"), str)
        and isinstance(m.get("user_role"), str)
        and isinstance(m.get("extension", {}), dict)
        for m in members
    )
    return members if valid else None


def _check_package(package: IO[bytes], operation: OperationContract) -> None:
    """Raise PackageError listing what makes the ZIP not a panorama package: its manifest against
    the spec's ``x-package-manifest`` schema, then what a schema cannot say (images and ids)."""
    try:
        archive = zipfile.ZipFile(package)
    except zipfile.BadZipFile:
        raise PackageError("not a ZIP file") from None
    with archive:
        names = set(archive.namelist())
        if "manifest.json" not in names:
            raise PackageError("manifest.json is missing")
        try:
            manifest = json.loads(archive.read("manifest.json"))
        except ValueError:
            raise PackageError("manifest.json is not JSON") from None
        problems = [f"manifest.json: {problem}" for problem in operation.manifest_problems(manifest)]
        problems += _scan_problems(manifest)
        if not problems:
            wanted = {f"images/{scan['id']}.jpg" for scan in manifest["scan_list"]}
            found = {name for name in names if name.startswith("images/") and not name.endswith("/")}
            problems += [f"{name} is missing" for name in sorted(wanted - found)]
            problems += [f"{name} is not in scan_list" for name in sorted(found - wanted)]
        if problems:
            raise PackageError("; ".join(problems))


def _scan_problems(manifest: Any) -> list[str]:
    """What the schema cannot say of the scans whose fields have their shape: an id names a file
    in ``images/``, once; a floor is a key of ``floor_map``."""
    floor_map = manifest.get("floor_map") if isinstance(manifest, dict) else None
    scans = manifest.get("scan_list") if isinstance(manifest, dict) else None
    problems = []
    seen: set[str] = set()
    for index, scan in enumerate(scans if isinstance(scans, list) else []):
        if not isinstance(scan, dict):
            continue
        scan_id, floor = scan.get("id"), scan.get("floor")
        if isinstance(scan_id, str) and scan_id:
            if PurePosixPath(scan_id).name != scan_id or scan_id in (".", ".."):
                problems.append(f"manifest.json: scan_list[{index}].id must be a plain file name")
            elif scan_id in seen:
                problems.append(f"manifest.json: scan_list[{index}].id {scan_id!r} repeats")
            seen.add(scan_id)
        integer = isinstance(floor, int) and not isinstance(floor, bool)
        if integer and isinstance(floor_map, dict) and str(floor) not in floor_map:
            problems.append(f"manifest.json: scan_list[{index}].floor {floor!r} is not a key of floor_map")
    return problems


def _role(identifier: str, name: str) -> dict[str, Any]:
    return {
        "config": dict.fromkeys(_ROLE_SWITCHES, identifier == "1") | {"extension": None},
        "description": f"The {name} of a viewing.",
        "extension": None,
        "full_rule": 0,
        "full_text": "The room is full.",
        "id": identifier,
        "max_cnt": 1 if identifier == "1" else 20,
        "name": name,
    }


_ROLE_SWITCHES = (
    "apply_other_phone", "auto_destroy", "change_other_status", "close_live_room", "close_room",
    "control_micro", "control_other_micro", "control_own_micro", "dynamic_enter", "forbidden_sync",
    "invite_other", "micro_default_state", "more_vr_scene", "mute_others", "sync", "sync_frame",
    "transfer_role", "view_other_micro_status", "view_own_micro_status",
)  # fmt: skip

_APP_EXTENSION: dict[str, Any] = {
    "allow_dynamic_enter": True,
    "archive": {"callback_host": "", "callback_uri": "", "trash_expire": 0},
    "auto_destroy": True,
    "callback_option": None,
    "callback_url": "",
    "charge": None,
    "config_of_center": {"LivePanel": True, "MainPanel": True, "ImageOptionSize": 0},
    "event_send_module": "sandbox",
    "event_table": None,
    "keep_alive_time": 600,
    "live": None,
    "max_user_count": 20,
    "max_using_time": 7200,
    "meta": {"icon_url": ""},
    "record_frame": False,
    "record_voice": False,
    "shepherd": None,
    "staticize": None,
    "ticket_validate_time": TICKET_SECONDS,
    "use_realsee_voice_service": True,
    "validate_enter_live_permission": True,
    "voice": {
        "audio_service": {"app_id": "1400000000"},
        "config_name": "sandbox",
        "vras_app_id": "",
        "vras_as_id": "",
        "vras_token": "",
    },
    "vr_allow_hosts": ["127.0.0.1"],
    "vr_expire": None,
    "wechat_mini": None,
    "ws_access": {"do_not_check_uc": True, "http": [], "realsee_login": None, "websocket": []},
}

__all__ = ["Realsee"]
