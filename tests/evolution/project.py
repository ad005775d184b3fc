"""A temporary copy of the project's specs, generator and generated clients, to break and regenerate.

Evolution tests never touch the working tree: each works on such a copy (a git repository, so
that ``generator diff`` has a base to compare with), runs ``python -m generator`` in it and reads
what it printed.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from tests.specs import ROOT

COPIED = ("spec", "generator", "generated")
FILES = ("pyproject.toml",)
CHANGELOG = "# Changelog\n\n## Unreleased\n"
"""The copy's changelog starts empty: what a test finds there is what its own runs wrote."""

OPTIONAL_FIELD = """        vr_url:
          type: string
          description: The VR link once `status` is `success`, otherwise `""`.
"""
"""PanoTaskStatus's ``vr_url`` property as spec/realsee.yaml writes it: where tests edit the copy (a new
optional field after it, a renamed one)."""


class Project:
    """A copy of the project in ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        for folder in COPIED:
            shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
        for name in FILES:
            shutil.copyfile(ROOT / name, root / name)
        (root / "CHANGELOG.md").write_text(CHANGELOG, encoding="utf-8")
        self.git("init", "--quiet", "--initial-branch=main")
        self.commit("the project as it is")

    def git(self, *arguments: str) -> str:
        identity = ["-c", "user.name=Evolution test", "-c", "user.email=evolution@example.invalid"]
        result = subprocess.run(
            ["git", *identity, *arguments], cwd=self.root, capture_output=True, text=True, check=True
        )
        return result.stdout

    def commit(self, message: str) -> None:
        self.git("add", "--all")
        self.git("commit", "--quiet", "--allow-empty", "-m", message)

    def edit(self, spec: str, old: str, new: str, count: int = 1) -> int:
        """Replace ``old`` by ``new`` in ``spec/<spec>.yaml`` (it must be there); the line of the change."""
        path = self.root / "spec" / f"{spec}.yaml"
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in spec/{spec}.yaml"
        path.write_text(text.replace(old, new, count), encoding="utf-8")
        return text[: text.index(old)].count("\n") + 1

    def line_of(self, spec: str, fragment: str, after: int = 0) -> int:
        """The line of the first ``fragment`` in ``spec/<spec>.yaml`` at or after line ``after``."""
        lines = (self.root / "spec" / f"{spec}.yaml").read_text(encoding="utf-8").splitlines()
        return next(number for number, line in enumerate(lines, 1) if number >= after and fragment in line)

    def generator(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        """``python -m generator ARGUMENTS`` in the copy (its own generator, specs and clients)."""
        return subprocess.run(
            [sys.executable, "-m", "generator", *arguments],
            cwd=self.root,
            capture_output=True,
            text=True,
            check=False,
        )

    def generated_digest(self) -> str:
        """A digest of every file under generated/, to tell whether anything was written."""
        digest = hashlib.sha256()
        for path in sorted((self.root / "generated").rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(self.root).as_posix().encode())
                digest.update(path.read_bytes())
        return digest.hexdigest()
