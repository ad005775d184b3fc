"""The README's runnable examples: the Python blocks that follow a marker comment."""

from __future__ import annotations

import re

from tests.specs import ROOT


def examples(marker: str) -> dict[str, str]:
    """Each ```python block right after ``<!-- MARKER: NAME ... -->``, by NAME."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    pattern = rf"<!-- {re.escape(marker)}: (\S+)[^>]*-->\s*```python\n(.*?)```"
    return dict(re.findall(pattern, text, flags=re.DOTALL))
