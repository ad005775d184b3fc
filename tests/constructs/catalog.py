"""The construct documents (``documents/``) and their renderings, with and without an envelope.

Each document shows one construct of OpenAPI as openapi-python-client reads it. It is rendered
twice: as written (``plain``: the document declares no envelope) and ``enveloped``: the same
document with an ``x-envelope`` at its root and every JSON success wrapped in that envelope
(``{"code": 0, "message": "ok", "data": <the answer as written>}``), so that every construct is
also read envelope-first. The packages are named ``<document>_<mode>``.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import yaml

from generator.findings import Finding
from generator.render import RUFF_CONFIG, render
from generator.specfile import HTTP_METHODS
from generator.targets import Target, document_target

DOCUMENTS: Final = Path(__file__).parent / "documents"
MODES: Final = ("plain", "enveloped")
ENVELOPE: Final = {
    "vendor": "constructs",
    "code": "/code",
    "success": [0],
    "message": "/message",
    "data": "/data",
}


def documents() -> list[Path]:
    """Every construct document (a ``NAME.config.yaml`` beside one holds its generator options)."""
    return sorted(path for path in DOCUMENTS.glob("*.yaml") if not path.name.endswith(".config.yaml"))


def config_of(document: Path) -> dict[str, Any]:
    options = document.with_name(f"{document.stem}.config.yaml")
    return yaml.safe_load(options.read_text(encoding="utf-8")) if options.is_file() else {}


def package_name(document: Path, mode: str) -> str:
    return f"{document.stem}_{mode}"


def load(document: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(document.read_text(encoding="utf-8"))
    return loaded


def operations(document: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    for item in document.get("paths", {}).values():
        for method in HTTP_METHODS:
            if method in item:
                yield item[method]


def with_envelope(document: Mapping[str, Any]) -> dict[str, Any]:
    """``document`` with an ``x-envelope`` and every JSON 2xx answer wrapped in it."""
    enveloped = copy.deepcopy(dict(document))
    enveloped["x-envelope"] = dict(ENVELOPE)
    for operation in operations(enveloped):
        for status, response in operation.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            for media_type, media in (response.get("content") or {}).items():
                if media_type == "application/json" and "schema" in media:
                    media["schema"] = {
                        "type": "object",
                        "required": ["code", "data"],
                        "properties": {
                            "code": {"type": "integer"},
                            "message": {"type": "string"},
                            "data": media["schema"],
                        },
                    }
    return enveloped


def target(document: Path, mode: str, folder: Path) -> Target:
    """The target rendering ``document`` in ``mode`` into ``folder`` (the enveloped copy is written there)."""
    source = document
    if mode == "enveloped":
        source = folder / "documents" / document.name
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(yaml.safe_dump(with_envelope(load(document)), sort_keys=False), encoding="utf-8")
    return document_target(source, package_name(document, mode), folder, config_of(document))


def render_all(folder: Path) -> dict[tuple[str, str], list[Finding]]:
    """Render every document in every mode into ``folder``, then format them all with one ruff run;
    the warnings of each rendering, by (document stem, mode)."""
    warnings = {}
    for document in documents():
        for mode in MODES:
            found = target(document, mode, folder)
            warnings[(document.stem, mode)] = render(found, found.output, format_code=False)
    for arguments in (["check", "--fix-only", "--exit-zero", "--quiet"], ["format", "--quiet"]):
        command = [sys.executable, "-m", "ruff", *arguments, "--config", str(RUFF_CONFIG), str(folder)]
        subprocess.run(command, check=True, capture_output=True)
    return warnings
