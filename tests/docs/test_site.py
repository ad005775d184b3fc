"""The reference site: one strict build (no broken reference), then what a reader must find on it.

Every operation has its own entry (sync and async), the facades document their constructor's
arguments and their resources, models show their fields' descriptions once, and nothing is left
as Sphinx markup or an empty table.
"""

from __future__ import annotations

import html
import importlib
import inspect
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from openapi_python_client.strings import PythonIdentifier, pascal_case

from tests.specs import PACKAGES, ROOT, load, operations
from vrlive.facade import ConnectionOptions

PAGES = {"realsee": "reference/realsee", "qnlive": "reference/qnlive", "ivh": "reference/ivh"}
FACADES = {
    "realsee": ("Realsee", "AsyncRealsee"),
    "qnlive": ("QnLive", "AsyncQnLive"),
    "ivh": ("Ivh", "AsyncIvh"),
}
ENVIRONMENT = {
    "realsee": ("REALSEE_APP_KEY", "REALSEE_APP_SECRET", "REALSEE_REGION", "REALSEE_BASE_URL"),
    "qnlive": ("QNLIVE_BASE_URL", "QNLIVE_ACCESS_KEY", "QNLIVE_SECRET_KEY", "QNLIVE_APP_ID"),
    "ivh": ("IVH_APPKEY", "IVH_ACCESSTOKEN", "IVH_REGION", "IVH_BASE_URL"),
}
SPHINX_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|data|attr|exc|obj|const):`")
LITERAL_BLOCK_MARKER = re.compile(r"\w::$", re.MULTILINE)  # reST's "Usage::", printed as is
EMPTY_TABLE = re.compile(r"<tbody>\s*</tbody>")
SECTION_TITLE = re.compile(r'<span class="doc-section-title">([^<]+)</span>')


def text(markup: str) -> str:
    """What a reader sees of some HTML: its text without tags (highlighted code is split in spans)."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once (strictly) for every test of this module."""
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def page(site: Path, spec_name: str) -> str:
    return (site / PAGES[spec_name] / "index.html").read_text(encoding="utf-8")


def entry(markup: str, identifier: str) -> str:
    """The HTML of one object's entry: from its heading to the next heading of the same level."""
    found = re.search(rf'<h(\d) id="{re.escape(identifier)}"', markup)
    assert found is not None, f"no entry {identifier}"
    end = markup.find(f"<h{found[1]} ", found.end())
    return markup[found.start() : end if end != -1 else len(markup)]


def own(markup: str) -> str:
    """An entry without its members' entries: its signature and docstring."""
    return markup.split('<div class="doc doc-children">', 1)[0]


def sections(markup: str, title: str) -> Iterator[str]:
    """The tables of the docstring sections called ``title`` ("Parameters:") in ``markup``."""
    for found in SECTION_TITLE.finditer(markup):
        if found[1] == title:
            yield markup[found.end() : markup.find("</table>", found.end())]


def signatures(markup: str) -> list[str]:
    """The text of the signature blocks in ``markup`` (an overloaded function has one per overload)."""
    return [text(found) for found in re.findall(r'<div class="doc-signature.*?</div>', markup, re.DOTALL)]


def rows(table: str) -> dict[str, str]:
    """A section table's rows by the name in their first cell, as the HTML of the row."""
    found = {}
    for row in re.findall(r'<tr class="doc-section-item">(.*?)</tr>', table, re.DOTALL):
        name = re.search(r"<code>(?:<[^>]+>)*\**(\w+)", row)  # **options: options
        assert name is not None, row
        found[name[1]] = row
    return found


def description(row: str) -> str:
    """The text of a section row's description cell."""
    found = re.search(r'<div class="doc-md-description">(.*?)</div>', row, re.DOTALL)
    assert found is not None, row
    return text(found[1]).strip()


def docstring_says(model: type, field: str) -> str:
    """What a generated model's docstring says of ``field`` (from the spec), as the site shows it."""
    said = re.search(rf"^\s*{field} \([^\n]*?\): (\S[^\n]*)", model.__doc__ or "", re.MULTILINE)
    return "" if said is None else said[1].replace("`", "")


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_operation_has_its_own_entry_in_both_classes(site: Path) -> None:
    for operation in operations():
        markup = page(site, operation.spec_name)
        tag = operation.data["tags"][0]
        module = f"{PACKAGES[operation.spec_name]}.resources.{PythonIdentifier(tag, prefix='')}"
        assert f"{operation.spec_name}.{tag}.{operation.id}(...)" in markup, operation  # the table
        assert operation.path in markup
        for cls in (pascal_case(tag), "Async" + pascal_case(tag)):
            assert operation.id in text(entry(markup, f"{module}.{cls}.{operation.id}")), operation


def test_facades_document_their_arguments_and_environment(site: Path) -> None:
    for spec_name, facades in FACADES.items():
        markup = page(site, spec_name)
        for name in facades:
            cls = getattr(importlib.import_module(f"vrlive.{spec_name}"), name)
            facade = own(entry(markup, f"vrlive.{spec_name}.{name}"))
            (parameters,) = sections(facade, "Parameters:")
            documented = rows(parameters)
            for argument, parameter in inspect.signature(cls).parameters.items():
                assert argument in documented, f"{name}({argument}=...) is not documented"
                assert description(documented[argument]), f"{name}({argument}=...): no description"
                if parameter.kind is inspect.Parameter.VAR_KEYWORD:  # the options every facade takes
                    for option in ConnectionOptions.__annotations__:
                        assert option in text(documented[argument]), f"{name}({option}=...) is not documented"
            for variable in ENVIRONMENT[spec_name]:
                assert variable in text(facade), f"{name} does not name {variable}"


def test_facades_list_their_resources_linked_to_the_resource_classes(site: Path) -> None:
    for spec_name, facades in FACADES.items():
        markup = page(site, spec_name)
        tags = {operation.data["tags"][0] for operation in operations() if operation.spec_name == spec_name}
        for name in facades:
            for tag in tags:
                attribute = entry(markup, f"vrlive.{spec_name}.{name}.{tag}")
                cls = ("Async" if name.startswith("Async") else "") + pascal_case(tag)
                assert f'href="#{PACKAGES[spec_name]}.resources.{tag}.{cls}"' in attribute, (name, tag)


def test_body_operations_show_what_a_caller_gives(site: Path) -> None:
    markup = entry(page(site, "realsee"), "realsee_client.resources.pano.Pano.submit_pano_task")
    # The fields overload and the body= overload; not the implementation (every argument UNSET).
    fields, body = signatures(markup)
    assert "project_name: str," in fields
    assert "body: SubmitPanoTaskRequest" in body
    (parameters,) = sections(markup, "Parameters:")
    arguments = {name: text(row).split() for name, row in rows(parameters).items()}
    assert arguments["project_name"][-1] == "required"
    assert arguments["zip_cos_url"][-1] == "UNSET"
    # body= is the other form: left out when the fields are given.
    assert arguments["body"][-1] == "UNSET"


def test_raised_errors_link_to_the_errors_page(site: Path) -> None:
    markup = entry(page(site, "realsee"), "realsee_client.resources.pano.Pano.get_pano_task_status")
    (raises,) = sections(markup, "Raises:")
    for error in ("RequestValidationError", "TransportError", "APIError", "ResponseValidationError"):
        assert f'href="../errors/#vrlive_core.errors.{error}"' in raises, error


def test_the_facades_waiters_are_documented_with_the_errors_they_raise(site: Path) -> None:
    """Each waiter a spec declares (x-waiters) is a method of both facades on its page, its errors
    linked to the errors page."""
    for spec_name, (sync, asynchronous) in FACADES.items():
        markup = page(site, spec_name)
        for name, waiter in load(spec_name).get("x-waiters", {}).items():
            for facade in (sync, asynchronous):
                found = entry(markup, f"vrlive.{spec_name}.{facade}.{name}")
                (raises,) = sections(found, "Raises:")
                errors = ["WaitTimeoutError", "WaitCancelledError", "APIError"]
                errors += ["StateUnreachableError"] if waiter["acceptors"].get("failure") else []
                for error in errors:
                    assert f'href="../errors/#vrlive_core.errors.{error}"' in raises, (facade, name, error)


def test_models_are_documented_once_with_their_fields_described(site: Path) -> None:
    for spec_name, package in PACKAGES.items():
        markup = page(site, spec_name)
        models = importlib.import_module(f"{package}.models")
        assert not re.findall(rf'id="{package}\.models\.[a-z_]+\.', markup)  # only models.X, not models.x.X
        for name in models.__all__:
            model = getattr(models, name)
            described = own(entry(markup, f"{package}.models.{name}"))
            if not attrs.has(model):
                continue
            (attributes,) = sections(described, "Attributes:")
            documented = rows(attributes)
            for field in attrs.fields(model):
                assert field.name in documented, (name, field.name)
                said = docstring_says(model, field.name)
                if said:
                    shown = " ".join(description(documented[field.name]).split())
                    assert shown.startswith(said[:30]), (name, field.name, shown)
    status = entry(page(site, "realsee"), "realsee_client.models.PanoTaskStatus")
    assert "The VR link once" in text(status)  # vr_url's description, from the spec


def test_no_page_shows_sphinx_markup_empty_tables_or_builtin_docstrings(site: Path) -> None:
    for path in pages(site):
        markup = path.read_text(encoding="utf-8")
        shown = text(markup)
        assert not SPHINX_ROLE.findall(shown), (path, SPHINX_ROLE.findall(shown))
        assert not LITERAL_BLOCK_MARKER.findall(shown), path
        assert not EMPTY_TABLE.search(markup), path
        assert "dict() -> new empty dictionary" not in shown, path


def test_the_guides_and_the_index(site: Path) -> None:
    index = text((site / "index.html").read_text(encoding="utf-8"))
    assert "Quick start" in index  # the README's quick start, included
    guide = text((site / "guides" / "clients" / "index.html").read_text(encoding="utf-8"))
    assert "realsee.viewing.create_viewing_room(" in guide


def test_the_sandbox_reference_shows_what_users_use_and_no_internals(site: Path) -> None:
    shown = text((site / "reference" / "sandbox" / "index.html").read_text(encoding="utf-8"))
    for public in ("SandboxControls", "vrlive_sandbox", "VirtualTime", "SandboxConfig", "Fault"):
        assert public in shown, public
    for internal in ("SANDBOX_EXTRA", "MarkerOptions", "pytest_configure"):
        assert internal not in shown, internal
