"""Renders one target: openapi-python-client with this project's templates, then the pinned ruff."""

from __future__ import annotations

import contextlib
import copy
import io
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from attrs import frozen
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import AnyProperty, EnumProperty, ModelProperty, Property
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonIdentifier, pascal_case

from generator.extensions import OperationSpec, SpecProblem, read_extensions, read_request_envelope
from generator.inputs import Inputs
from generator.resources import UnsupportedOperation, resource_method
from generator.specfile import HTTP_METHODS
from generator.targets import ROOT, Target

TEMPLATES = ROOT / "generator" / "templates"
RUFF_CONFIG = ROOT / "generator" / "ruff.toml"

EXTRA_FILES = {"envelope.py": "envelope.py.jinja", "py.typed": "py.typed.jinja"}
"""Files openapi-python-client does not write, rendered from our templates into the package."""

_KINDS: tuple[tuple[type[Any], str], ...] = (
    (StringProperty, "str"),
    (IntProperty, "int"),
    (FloatProperty, "float"),
    (BooleanProperty, "bool"),
    (EnumProperty, "enum"),
    (ConstProperty, "const"),
    (ModelProperty, "model"),
    (ListProperty, "list"),
    (UnionProperty, "union"),
    (NoneProperty, "none"),
    (AnyProperty, "any"),
)


class GenerationError(RuntimeError):
    """Generation failed; the message says where."""


def unsupported(what: str) -> str:
    """Called by templates on input they cannot render: fail generation, naming it."""
    raise GenerationError(f"unsupported by the templates: {what}")


def property_kind(prop: object) -> str:
    """How the model template parses a property; fails on kinds the templates do not handle."""
    for cls, kind in _KINDS:
        if isinstance(prop, cls):
            return kind
    raise GenerationError(f"property {getattr(prop, 'name', prop)!r}: {type(prop).__name__} is not supported")


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


def render(target: Target, destination: Path, *, format_code: bool = True) -> None:
    """Write the package of ``target`` into ``destination``, which must not exist yet.

    Run the preflight (:mod:`generator.preflight`) first: it reports, with their lines, the
    problems that make rendering fail here with less helpful messages.
    """
    where = str(target.spec.relative_to(ROOT))
    spec = with_parameter_descriptions(yaml.safe_load(target.spec.read_text(encoding="utf-8")))
    envelope, operations = read_extensions(spec, where)
    config = openapi_config(target, destination)
    openapi = GeneratorData.from_dict(spec, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(f"{where}: {openapi.header}\n{openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.filters["pyrepr"] = repr
    project.env.globals.update(_template_globals(openapi, operations, envelope=envelope, config=config))
    project.env.globals["request_inputs"] = Inputs(spec, openapi.models).of
    with contextlib.redirect_stdout(io.StringIO()):
        problems = project.build()
    if problems:
        details = "\n".join(f"{problem.header}: {problem.detail}" for problem in problems)
        raise GenerationError(f"{where}: openapi-python-client reported problems:\n{details}")
    for filename, template in EXTRA_FILES.items():
        text = project.env.get_template(template).render()
        (destination / filename).write_text(text, encoding="utf-8")
    _render_resources(project, openapi, spec, operations, destination)
    if format_code:
        _ruff(destination)


@frozen
class _Tag:
    attribute: str
    module: str
    class_name: str
    description: str


def _render_resources(
    project: Project,
    openapi: GeneratorData,
    spec: Mapping[str, Any],
    operations: Mapping[str, OperationSpec],
    destination: Path,
) -> None:
    """``resources/``: one module per tag (sync and async classes) and the classes giving them all."""
    problems: list[SpecProblem] = []
    envelope = read_request_envelope(spec, problems)
    by_name = {PythonIdentifier(key, prefix=""): value for key, value in operations.items()}
    descriptions = {str(tag.get("name")): str(tag.get("description", "")) for tag in spec.get("tags", [])}
    folder = destination / "resources"
    folder.mkdir()
    tags = []
    for tag, collection in sorted(openapi.endpoint_collections_by_tag.items()):
        name = collection.tag
        methods = []
        for endpoint in collection.endpoints:
            try:
                methods.append((endpoint, resource_method(endpoint, by_name[endpoint.name], spec, envelope)))
            except UnsupportedOperation as error:
                raise GenerationError(f"unsupported by the resource template: {error}") from None
        info = _Tag(str(tag), str(tag), pascal_case(str(name)), descriptions.get(str(name), ""))
        imports = {line for _, method in methods for line in method.imports}
        text = project.env.get_template("resource.py.jinja").render(
            tag=info.module, class_name=info.class_name, description=info.description, methods=methods, imports=imports
        )
        (folder / f"{info.module}.py").write_text(text, encoding="utf-8")
        tags.append(info)
    base = project.env.get_template("resources_base.py.jinja").render()
    (folder / "base.py").write_text(base, encoding="utf-8")
    init = project.env.get_template("resources_init.py.jinja").render(tags=tags, title=openapi.title)
    (folder / "__init__.py").write_text(init, encoding="utf-8")


def with_parameter_descriptions(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with each parameter's description copied into its schema when that has none.

    OpenAPI puts a parameter's description beside its schema; openapi-python-client documents
    arguments from the schema only, so without this the generated docstrings would lose them.
    """
    spec = copy.deepcopy(spec)
    components = spec.get("components", {}).get("parameters", {})
    for item in spec.get("paths", {}).values():
        operations = [item, *(item.get(method, {}) for method in HTTP_METHODS)]
        for parameter in (parameter for operation in operations for parameter in operation.get("parameters", [])):
            ref = parameter.get("$ref", "")
            target = components.get(ref.rsplit("/", 1)[-1], {}) if ref else parameter
            schema = target.get("schema")
            if isinstance(schema, dict) and "description" in target and "description" not in schema:
                schema["description"] = target["description"]
    return spec


def _template_globals(
    openapi: GeneratorData, operations: Mapping[str, OperationSpec], **extra: object
) -> dict[str, object]:
    prefix = "/components/schemas/"
    models = {
        model.name.get_untrusted_value().removeprefix(prefix): model
        for model in openapi.models
        if model.name.get_untrusted_value().startswith(prefix)
    }
    by_name = {PythonIdentifier(key, prefix=""): spec for key, spec in operations.items()}

    def operation_spec(endpoint: Endpoint) -> OperationSpec:
        return by_name[endpoint.name]

    def is_secret(model: ModelProperty, prop: Property) -> bool:
        """Whether a property holds a credential (``format: password``): kept out of reprs."""
        schema = (model.data.properties or {}).get(prop.name)
        schema_format = getattr(schema, "schema_format", None)
        return schema_format is not None and schema_format.get_untrusted_value() == "password"

    def data_model(endpoint: Endpoint) -> ModelProperty | None:
        schema = by_name[endpoint.name].data_schema
        if schema is None:
            return None
        if schema not in models:
            raise GenerationError(f"{endpoint.name}: its data schema {schema!r} is not an object model")
        return models[schema]

    return {
        "operation_spec": operation_spec,
        "data_model": data_model,
        "is_secret": is_secret,
        "property_kind": property_kind,
        "unsupported": unsupported,
        **extra,
    }


def _ruff(package_dir: Path) -> None:
    """Fix imports and format with the pinned ruff, so output does not depend on the machine."""
    for arguments in (
        ["check", "--fix-only", "--quiet", "--exit-zero"],
        ["format", "--quiet"],
    ):
        command = [sys.executable, "-m", "ruff", *arguments, "--config", str(RUFF_CONFIG), str(package_dir)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise GenerationError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
