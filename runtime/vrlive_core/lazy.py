"""A package's names imported on first use (PEP 562): ``from package import Name`` loads the
module behind ``Name`` and what it needs, not every module the package names.

Used by the generated ``models`` packages and by ``vrlive`` for its facades::

    if TYPE_CHECKING:  # what type checkers read
        from .pet import Pet

    if not TYPE_CHECKING:  # so that an unknown name stays a type error
        __getattr__, __dir__ = lazy_names(__name__, {"Pet": ".pet"})
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(
    package: str, modules: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, whose names are in ``modules`` (name to
    module, absolute or relative to ``package``). A name found is kept in the package's namespace,
    so that the next lookup is a plain one."""
    namespace = vars(sys.modules[package])

    def __getattr__(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *modules})

    return __getattr__, __dir__
