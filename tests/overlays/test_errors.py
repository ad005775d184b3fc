"""Each package defines its exceptions in one module: ``vrlive.errors``, ``vrlive_core.errors``,
``vrlive_sandbox.errors``; the modules that raise them re-export the names users import there."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

PACKAGES = ["vrlive", "vrlive_core", "vrlive_sandbox"]


def defined_exceptions(package: str) -> dict[str, list[str]]:
    """The exception classes each module of ``package`` defines itself (not imports), by module."""
    root = importlib.import_module(package)
    modules = [package] + [
        f"{package}.{info.name}" for info in pkgutil.iter_modules(root.__path__) if info.name != "__main__"
    ]
    found: dict[str, list[str]] = {}
    for name in modules:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ == name:
                found.setdefault(name, []).append(attribute)
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_a_package_defines_its_exceptions_in_its_errors_module(package: str) -> None:
    found = defined_exceptions(package)
    assert list(found) == [f"{package}.errors"], found


@pytest.mark.parametrize(
    ("module", "names"),
    [
        ("vrlive.pano", ["PackageError"]),
        ("vrlive.upload", ["UploadError", "UploadCancelledError"]),
        ("vrlive.batch", ["BatchCheckError", "StateFileError", "StateInUseError", "StateWriteError"]),
        ("vrlive.files", ["NotRegularFileError"]),
        ("vrlive.ivh_channel", ["ChannelError", "SessionClosedError", "DriveFailedError"]),
        ("vrlive.zipstream", ["SourceChangedError"]),
        ("vrlive.realsee", ["PackageError", "UploadError"]),
        ("vrlive_sandbox.http", ["BadRequestBody", "BodyTooLarge", "Drop"]),
        ("vrlive_sandbox.realsee", ["PackageError"]),
    ],
)
def test_errors_stay_importable_where_they_are_raised(module: str, names: list[str]) -> None:
    errors = importlib.import_module(module.split(".", maxsplit=1)[0] + ".errors")
    for name in names:
        assert getattr(importlib.import_module(module), name) is getattr(errors, name)
