"""Names in the generated code that would clash, renamed before rendering.

openapi-python-client renames Python keywords and builtins (``class`` becomes ``class_``) and
parameters called ``client`` or ``url`` (``client_query``); the templates add names of their own,
which a document can use too. Here, after openapi-python-client has read the document:

- a parameter named like a name its endpoint module uses (``params``, ``headers``, ``response``,
  ``body`` beside a request body, ``sync_detailed``...) gets its location appended, as
  openapi-python-client does for ``client`` (``params_query``);
- a model field named like a method of the model (``to_dict``, ``from_dict``,
  ``additional_properties``...) or a name ``from_dict`` uses (``d``, ``cls``) gets a trailing
  underscore, as a keyword does (``to_dict_``).

The resource modules import the operations' modules and the runtime's helpers under private
names, so no argument can shadow them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.schema.untrusted_string import UntrustedString

ENDPOINT_NAMES: Final = frozenset(
    {
        "httpx",
        "quote",
        "cast",
        "json",
        "types",
        "errors",
        "params",
        "headers",
        "cookies",
        "kwargs",
        "response",
        "files",
        "sync",
        "sync_detailed",
        "asyncio",
        "asyncio_detailed",
    }
)
"""Names an endpoint module's functions use besides their parameters."""

MODEL_NAMES: Final = frozenset(
    {
        "to_dict",
        "from_dict",
        "to_multipart",
        "additional_properties",
        "additional_keys",
        "d",
        "cls",
        "src_dict",
        "field_dict",
        "files",
        "prop",
        "prop_name",
        "prop_value",
        "prop_parsed",
        "json",
        "types",
        "cast",
        "parse_enum",
        "parse_literal",
        "register_secret",
    }
)
"""Names a model class uses besides its fields: its methods, and the locals and helpers of
``to_dict``, ``from_dict`` and ``to_multipart``."""


def resolve_name_clashes(openapi: GeneratorData, config: Config) -> None:
    """Rename, in place, the parameters and fields of ``openapi`` whose names the templates use."""
    endpoints = [
        endpoint for collection in openapi.endpoint_collections_by_tag.values() for endpoint in collection.endpoints
    ]
    for endpoint in endpoints:
        _rename_parameters(endpoint, config)
    # openapi-python-client keeps copies of a model in the endpoints that send or return it: each
    # copy's fields are renamed alike.
    reachable: list[Property] = list(openapi.models)
    for endpoint in endpoints:
        reachable += [body.prop for body in endpoint.bodies] + [response.prop for response in endpoint.responses]
    seen: set[int] = set()
    for model in _models(reachable, seen):
        for prop in _fields(model):
            if str(prop.python_name) in MODEL_NAMES:
                prop.set_python_name(UntrustedString(f"{prop.python_name}_"), config, skip_snake_case=True)


def _models(props: Iterable[Property], seen: set[int]) -> Iterator[ModelProperty]:
    """Every model among ``props`` and inside them (fields, list items, union alternatives), once."""
    for prop in props:
        if id(prop) in seen:
            continue
        seen.add(id(prop))
        if isinstance(prop, ModelProperty):
            yield prop
            yield from _models(_fields(prop), seen)
        inner = [
            getattr(prop, "inner_property", None),
            getattr(prop, "additional_properties", None),
            *(getattr(prop, "inner_properties", None) or []),
        ]
        yield from _models([each for each in inner if hasattr(each, "python_name")], seen)


def _fields(model: ModelProperty) -> list[Property]:
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _rename_parameters(endpoint: Endpoint, config: Config) -> None:
    reserved = ENDPOINT_NAMES | ({"body"} if endpoint.bodies else set())
    located = [
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
        ("cookie", endpoint.cookie_parameters),
    ]
    taken = {str(prop.python_name) for _, props in located for prop in props}
    for location, props in located:
        for prop in props:
            old = str(prop.python_name)
            if old not in reserved:
                continue
            new = f"{old}_{location}"
            while new in taken:
                new += "_"
            prop.set_python_name(UntrustedString(new), config, skip_snake_case=True)
            taken.add(str(prop.python_name))
            if location == "path":  # openapi-python-client has put the Python names into the path
                path = endpoint.path.get_untrusted_value().replace(f"{{{old}}}", f"{{{prop.python_name}}}")
                endpoint.path = UntrustedString(path)


__all__ = ["ENDPOINT_NAMES", "MODEL_NAMES", "resolve_name_clashes"]
