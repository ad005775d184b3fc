"""Renders one target: openapi-python-client with this project's templates, then the pinned ruff.

Run the preflight (:mod:`generator.preflight`) first: it reports, with their lines, the problems
that make rendering fail here. What rendering itself finds is reported the same way, as findings
(:class:`GenerationError` carries them); what openapi-python-client leaves out comes back as
warnings.
"""

from __future__ import annotations

import contextlib
import copy
import io
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from attrs import frozen
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import AnyProperty, EnumProperty, ModelProperty, Property
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.extensions import (
    EnvelopeSpec,
    OperationSpec,
    SpecError,
    SpecProblem,
    read_extensions,
    read_request_envelope,
)
from generator.findings import Finding
from generator.inputs import Inputs
from generator.names import resolve_name_clashes
from generator.omissions import omissions, refusal
from generator.pagination import read_pagination
from generator.resources import ResourceMethod, UnsupportedOperation, enum_class, resource_method, taking_values
from generator.responses import Reading, reading
from generator.specfile import HTTP_METHODS, SpecFile, SpecSyntaxError, operation_name, read_spec_file
from generator.targets import ROOT, Target
from generator.waiters import bind_waiters, read_waiters
from vrlive_core.openapi import resolve

TEMPLATES = ROOT / "generator" / "templates"
RUFF_CONFIG = ROOT / "generator" / "ruff.toml"

_KINDS: tuple[tuple[type[Any], str], ...] = (
    (StringProperty, "str"),
    (IntProperty, "int"),
    (FloatProperty, "float"),
    (BooleanProperty, "bool"),
    (EnumProperty, "enum"),
    (LiteralEnumProperty, "literal"),
    (ConstProperty, "const"),
    (ModelProperty, "model"),
    (ListProperty, "list"),
    (UnionProperty, "union"),
    (NoneProperty, "none"),
    (DateProperty, "date"),
    (DateTimeProperty, "datetime"),
    (UuidProperty, "uuid"),
    (FileProperty, "file"),
    (AnyProperty, "any"),
)

RESERVED_MODULES = frozenset({"base", "__init__"})
"""Module names of ``resources/`` that are not tags (a tag so named gets a trailing underscore)."""
RESERVED_CLASSES = frozenset({"Resources", "AsyncResources", "ClientSource"})
"""Class names of ``resources/`` that are not tags (a tag so named gets ``Operations`` appended)."""


class GenerationError(RuntimeError):
    """Generation failed; ``findings`` say where, each as ``FILE:LINE:COL: message``."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        super().__init__("\n".join(str(finding) for finding in self.findings))


def property_kind(prop: object) -> str:
    """How the model template parses a property."""
    for cls, kind in _KINDS:
        if isinstance(prop, cls):
            return kind
    name = getattr(prop, "name", "?")
    shown = name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else str(name)
    raise _TemplateRefusal(f"property {shown!r}: openapi-python-client's {type(prop).__name__} is not supported")


class _TemplateRefusal(Exception):
    """A template met something it cannot render; ``render`` turns it into a finding."""


def unsupported(what: str) -> str:
    """Called by templates on input they cannot render: fail generation, naming it."""
    raise _TemplateRefusal(what)


def openapi_config(target: Target, destination: Path) -> Config:
    """openapi-python-client's configuration for ``target``, writing into ``destination``."""
    return Config.from_sources(
        ConfigFile(
            **target.config,
            package_name_override=target.package,
            project_name_override=target.package,
            post_hooks=[],
        ),
        meta_type=MetaType.NONE,
        document_source=target.spec,
        file_encoding="utf-8",
        overwrite=False,
        output_path=destination,
    )


def load(target: Target) -> SpecFile:
    """The target's document, read with its places; GenerationError when it is not one."""
    try:
        spec = read_spec_file(target.spec, target.shown)
    except SpecSyntaxError as error:
        raise GenerationError([error.finding]) from None
    if not isinstance(spec.document, Mapping):
        raise GenerationError([spec.finding((), "is not an OpenAPI document (a mapping with openapi, info and paths)")])
    return spec


def render(target: Target, destination: Path, *, format_code: bool = True) -> list[Finding]:
    """Write the package of ``target`` into ``destination``, which must not exist yet; the
    warnings about what openapi-python-client left out. Raise :class:`GenerationError`."""
    spec = load(target)
    document = with_parameter_descriptions(spec.document)
    config = openapi_config(target, destination)
    try:
        envelope, operations = read_extensions(document, spec.shown, config.field_prefix)
    except SpecError as error:
        raise GenerationError([_at(spec, problem) for problem in error.problems]) from None
    unfit: list[SpecProblem] = []
    waiters = read_waiters(document, envelope, unfit, config.field_prefix)
    if unfit:
        raise GenerationError([_at(spec, problem) for problem in unfit])
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(refusal(spec, openapi, document))
    warnings = omissions(spec, openapi)
    resolve_name_clashes(openapi, config)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.filters["pyrepr"] = repr
    project.env.filters["property_kind_of"] = property_kind
    globals_ = _Globals(openapi, operations, envelope=envelope, config=config)
    project.env.globals.update(globals_.for_templates())
    inputs = Inputs(document, openapi.models)
    project.env.globals["request_inputs"] = inputs.of
    project.env.globals["package_manifest"] = inputs.manifest_of
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            problems = [problem for problem in project.build() if problem.level == ErrorLevel.ERROR]
        if problems:  # its warnings are the document's, reported as omissions above
            details = "; ".join(f"{problem.header}: {problem.detail}" for problem in problems)
            raise GenerationError([_whole(spec, f"openapi-python-client could not write the package: {details}")])
        if envelope is not None:
            text = project.env.get_template("envelope.py.jinja").render()
            (destination / "envelope.py").write_text(text, encoding="utf-8")
        (destination / "py.typed").write_text(project.env.get_template("py.typed.jinja").render(), encoding="utf-8")
        _render_servers(project, document, spec, destination, openapi.title)
        resources = _render_resources(project, openapi, document, spec, destination, globals_)
        bound, unfit = bind_waiters(waiters, resources, config.field_prefix)
        if unfit:
            raise GenerationError([_at(spec, problem) for problem in unfit])
        if bound.waiters:
            text = project.env.get_template("waiters.py.jinja").render(module=bound, title=openapi.title)
            (destination / "waiters.py").write_text(text, encoding="utf-8")
    except _TemplateRefusal as error:
        raise GenerationError([_whole(spec, f"cannot be rendered: {error}")]) from None
    _compile(destination, spec)
    if format_code:
        _ruff(destination, spec)
    return warnings


def _whole(spec: SpecFile, message: str) -> Finding:
    """A finding about the document as a whole (no line to point at)."""
    return Finding(spec.shown, None, None, message)


def _at(spec: SpecFile, problem: SpecProblem) -> Finding:
    return spec.finding(problem.pointer, problem.message)


@frozen
class _Tag:
    attribute: str
    module: str
    class_name: str
    description: str


def _tag(tag: str, description: str) -> _Tag:
    module = f"{tag}_" if tag in RESERVED_MODULES else tag
    class_name = str(ClassName(tag, "Tag"))
    if class_name in RESERVED_CLASSES:
        class_name += "Operations"
    return _Tag(tag, module, class_name, description)


REGION: Final = "x-region"
"""The extension naming a server, as a facade's ``region`` argument picks it."""


def _render_servers(
    project: Project, document: Mapping[str, Any], spec: SpecFile, destination: Path, title: UntrustedString
) -> None:
    """``servers.py``: the document's servers (``SERVERS``) and those ``x-region`` names (``REGIONS``)."""
    declared = document.get("servers")
    servers = [server for server in (declared if isinstance(declared, list) else []) if isinstance(server, Mapping)]
    findings, regions = [], {}
    for index, server in enumerate(servers):
        region = server.get(REGION)
        if region is None:
            continue
        if not isinstance(region, str) or not region.isidentifier():
            findings.append(
                spec.finding(("servers", index, REGION), f"{REGION} must be a name (such as cn), not {region!r}")
            )
        elif region in regions:
            findings.append(spec.finding(("servers", index, REGION), f"{REGION} {region!r} names two servers"))
        else:
            regions[region] = str(server.get("url", ""))
    if findings:
        raise GenerationError(findings)
    shown = [
        {
            "url": str(server.get("url", "")),
            "description": str(server.get("description", "")),
            "region": server.get(REGION),
        }
        for server in servers
    ]
    text = project.env.get_template("servers.py.jinja").render(
        servers=shown, regions=list(regions.items()), title=title
    )
    (destination / "servers.py").write_text(text, encoding="utf-8")


def _render_resources(
    project: Project,
    openapi: GeneratorData,
    document: Mapping[str, Any],
    spec: SpecFile,
    destination: Path,
    globals_: _Globals,
) -> dict[str, tuple[ResourceMethod, Reading, tuple[str, str, str]]]:
    """``resources/``: one module per tag (sync and async classes) and the classes giving them all;
    returns each operation's method, reading and tag (attribute, module, class), by operation name."""
    problems: list[SpecProblem] = []
    envelope = read_request_envelope(document, problems)
    paged = read_pagination(document, problems, globals_.config.field_prefix)
    if problems:
        raise GenerationError([_at(spec, problem) for problem in problems])
    declared = document.get("tags")
    descriptions = {
        str(tag.get("name")): str(tag.get("description", ""))
        for tag in (declared if isinstance(declared, list) else [])
        if isinstance(tag, Mapping)
    }
    folder = destination / "resources"
    folder.mkdir()
    tags = []
    bound: dict[str, tuple[ResourceMethod, Reading, tuple[str, str, str]]] = {}
    for tag, collection in sorted(openapi.endpoint_collections_by_tag.items()):
        methods = []
        for endpoint in collection.endpoints:
            try:
                method = resource_method(
                    endpoint,
                    globals_.operation_spec(endpoint),
                    document,
                    envelope,
                    module=globals_.module_of(endpoint),
                    reading=globals_.reading(endpoint),
                    pagination=paged.get(endpoint.name),
                )
            except UnsupportedOperation as error:
                pointer = ("paths", _document_path(document, endpoint), endpoint.method.lower())
                raise GenerationError([spec.finding(pointer, f"cannot be a resource method: {error}")]) from None
            methods.append((endpoint, method))
        info = _tag(str(tag), descriptions.get(str(collection.tag), ""))
        imports = {line for _, method in methods for line in method.imports}
        text = project.env.get_template("resource.py.jinja").render(
            tag=info.attribute,
            module=info.module,
            class_name=info.class_name,
            description=info.description,
            methods=methods,
            imports=imports,
        )
        (folder / f"{info.module}.py").write_text(text, encoding="utf-8")
        tags.append(info)
        for endpoint, method in methods:
            bound[endpoint.name] = (method, globals_.reading(endpoint), (info.attribute, info.module, info.class_name))
    base = project.env.get_template("resources_base.py.jinja").render()
    (folder / "base.py").write_text(base, encoding="utf-8")
    init = project.env.get_template("resources_init.py.jinja").render(tags=tags, title=openapi.title)
    (folder / "__init__.py").write_text(init, encoding="utf-8")
    return bound


def _document_path(document: Mapping[str, Any], endpoint: Endpoint) -> str:
    """The document's own path of an endpoint (openapi-python-client writes Python names into it)."""
    method = endpoint.method.lower()
    for path, item in (document.get("paths") or {}).items():
        operation = item.get(method) if isinstance(item, Mapping) else None
        if isinstance(operation, Mapping) and operation_name(str(path), method, operation) == endpoint.name:
            return str(path)
    return endpoint.path.get_untrusted_value()


def with_parameter_descriptions(document: Mapping[str, Any]) -> dict[str, Any]:
    """The spec with each parameter's description copied into its schema when that has none.

    OpenAPI puts a parameter's description beside its schema; openapi-python-client documents
    arguments from the schema only, so without this the generated docstrings would lose them.
    """
    spec: dict[str, Any] = copy.deepcopy(dict(document))
    paths = spec.get("paths")
    for item in (paths if isinstance(paths, Mapping) else {}).values():
        if not isinstance(item, Mapping):
            continue
        operations = [item, *(item.get(method) for method in HTTP_METHODS)]
        for operation in operations:
            parameters = operation.get("parameters") if isinstance(operation, Mapping) else None
            for parameter in parameters if isinstance(parameters, list) else ():
                if not isinstance(parameter, Mapping):
                    continue
                target = resolve(spec, parameter, default={})
                schema = target.get("schema") if isinstance(target, Mapping) else None
                if isinstance(schema, dict) and "description" in target and "description" not in schema:
                    schema["description"] = target["description"]
    return spec


class _Globals:
    """What the templates call to know about the document beyond openapi-python-client's model."""

    def __init__(
        self,
        openapi: GeneratorData,
        operations: Mapping[str, OperationSpec],
        *,
        envelope: EnvelopeSpec | None,
        config: Config,
    ) -> None:
        prefix = "/components/schemas/"
        self.models = {
            model.name.get_untrusted_value().removeprefix(prefix): model
            for model in openapi.models
            if model.name.get_untrusted_value().startswith(prefix)
        }
        self.operations = operations
        self.envelope = envelope
        self.config = config
        self._readings: dict[int, Reading] = {}

    def operation_spec(self, endpoint: Endpoint) -> OperationSpec:
        return self.operations[endpoint.name]

    def reading(self, endpoint: Endpoint) -> Reading:
        found = self._readings.get(id(endpoint))
        if found is None:
            key = self.envelope.data_key if self.envelope is not None else ""
            found = reading(endpoint, self.operations[endpoint.name], self.models, key)
            self._readings[id(endpoint)] = found
        return found

    def module_of(self, endpoint: Endpoint) -> str:
        """The endpoint's module (and resource method) name, as openapi-python-client names the module."""
        return str(PythonIdentifier(endpoint.name, self.config.field_prefix))

    @staticmethod
    def is_secret(model: ModelProperty, prop: Property) -> bool:
        """Whether a property holds a credential (``format: password``): kept out of reprs."""
        schema = (model.data.properties or {}).get(prop.name)
        schema_format = getattr(schema, "schema_format", None)
        return schema_format is not None and schema_format.get_untrusted_value() == "password"

    def for_templates(self) -> dict[str, object]:
        return {
            "operation_spec": self.operation_spec,
            "reading": self.reading,
            "module_of": self.module_of,
            "is_secret": self.is_secret,
            "enum_class": enum_class,
            "taking_values": taking_values,
            "property_kind": property_kind,
            "unsupported": unsupported,
            "envelope": self.envelope,
            "config": self.config,
        }


def _compile(package_dir: Path, spec: SpecFile) -> None:
    """Every generated module compiles under the running Python (the oldest the project supports
    in CI): a template that writes newer syntax is caught here, naming the file and line."""
    findings = []
    for path in sorted(package_dir.rglob("*.py")):
        try:
            compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
        except SyntaxError as error:
            where = f"{path.relative_to(package_dir.parent)}:{error.lineno}:{error.offset}"
            version = f"{sys.version_info[0]}.{sys.version_info[1]}"
            message = f"the templates wrote code Python {version} cannot compile ({where}: {error.msg}): a template bug"
            findings.append(_whole(spec, message))
    if findings:
        raise GenerationError(findings)


def _ruff(package_dir: Path, spec: SpecFile) -> None:
    """Fix imports and format with the pinned ruff, so output does not depend on the machine."""
    for arguments in (["check", "--fix-only", "--exit-zero"], ["format"]):
        command = [sys.executable, "-m", "ruff", *arguments, "--config", str(RUFF_CONFIG), str(package_dir)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            said = (result.stderr + result.stdout).strip() or f"exit status {result.returncode}, nothing printed"
            raise GenerationError([_whole(spec, f"ruff {arguments[0]} failed on the generated code: {said}")])
