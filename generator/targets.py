"""What the generator renders: the targets declared in ``generator/targets.yaml`` (this
repository's specs), or one document anywhere on disk (``--spec PATH``) with the same defaults."""

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
        house_rules: Whether this repository's own rules for its specs apply (the targets of
            ``targets.yaml``): every required parameter and request body has an example (the
            contract tests send them), and every integer enum names its members.
    """

    name: str
    spec: Path
    package: str
    output: Path
    config: dict[str, Any]
    house_rules: bool = False

    @property
    def shown(self) -> str:
        """How messages name the spec: relative to the repository or the working folder when it
        lies inside one, else its absolute path."""
        return shown_path(self.spec)


def shown_path(path: Path) -> str:
    """``path`` relative to the repository root or the working folder when inside one, else absolute."""
    resolved = path.resolve()
    for base in (ROOT, Path.cwd().resolve()):
        if resolved.is_relative_to(base):
            return resolved.relative_to(base).as_posix()
    return str(resolved)


def default_config(path: Path = TARGETS_FILE) -> dict[str, Any]:
    """The openapi-python-client options every target starts from (``defaults.config``)."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return dict(document.get("defaults", {}).get("config", {}))


def document_target(spec: Path, package: str, output: Path, config: dict[str, Any] | None = None) -> Target:
    """A target for one document anywhere on disk: ``package`` rendered into ``output/package``,
    with the defaults of ``targets.yaml`` and ``config`` (openapi-python-client's options) over them."""
    return Target(
        name=package,
        spec=spec.absolute(),
        package=package,
        output=(output / package).absolute(),
        config={**default_config(), **(config or {})},
    )


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
                house_rules=True,
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
