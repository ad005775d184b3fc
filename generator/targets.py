"""The generation targets declared in ``generator/targets.yaml``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from attrs import frozen

ROOT = Path(__file__).resolve().parent.parent
TARGETS_FILE = ROOT / "generator" / "targets.yaml"


@frozen
class Target:
    """One spec rendered into one package.

    Attributes:
        name: The target's short name (``realsee``).
        spec: The OpenAPI document.
        package: The Python package to generate (``realsee_client``).
        output: Where the package lives in the repository.
        config: openapi-python-client options (its config-file format).
    """

    name: str
    spec: Path
    package: str
    output: Path
    config: dict[str, Any]


def load_targets(path: Path = TARGETS_FILE) -> list[Target]:
    """Every target of ``path``, in file order, with defaults applied."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    defaults = document.get("defaults", {}).get("config", {})
    targets = []
    for entry in document["targets"]:
        unknown = set(entry) - {"name", "spec", "package", "output", "config"}
        if unknown:
            raise ValueError(f"{path}: target {entry.get('name')!r} has unknown keys {sorted(unknown)}")
        targets.append(
            Target(
                name=entry["name"],
                spec=ROOT / entry["spec"],
                package=entry["package"],
                output=ROOT / entry["output"],
                config={**defaults, **entry.get("config", {})},
            )
        )
    names = [target.name for target in targets]
    if len(set(names)) != len(names):
        raise ValueError(f"{path}: target names repeat: {names}")
    return targets


def select(targets: list[Target], names: list[str]) -> list[Target]:
    """The targets called ``names`` (all of them when ``names`` is empty)."""
    if not names:
        return targets
    known = {target.name: target for target in targets}
    missing = [name for name in names if name not in known]
    if missing:
        raise ValueError(f"unknown target(s) {missing}; known: {sorted(known)}")
    return [known[name] for name in names]
