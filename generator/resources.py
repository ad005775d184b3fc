"""How each operation becomes a resource method: its arguments, its body and the client it uses.

``generator/templates/resource.py.jinja`` renders one class per tag (``Pano`` and ``AsyncPano``,
with their raw-response views) and a method per operation; this module works out, from
openapi-python-client's parsed endpoint and this project's extensions, what the template writes:
path parameters first (positional), then the other parameters and the request body's top-level
fields as keyword arguments, or the body prebuilt (``body=``). A body wrapped in a request envelope
(``x-request-envelope``) takes its data's fields instead, and fields marked ``x-fresh-id`` become
optional, filled with a fresh id when not given. An argument holding an enum (a body field or a
parameter) is typed to take the enum's members or its values (``IvhProtocol | Literal["rtmp",
"trtc", "webrtc"]``), as ``vrlive_core.resource.build`` and the functional modules accept both
(``vrlive_core.inputs.as_member``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from attrs import frozen
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import EnumProperty, ModelProperty, Property
from openapi_python_client.schema import Reference
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode

from generator.extensions import OperationSpec, RequestEnvelopeSpec
from generator.pagination import Pager, PaginationError, PaginationSpec, pager
from generator.responses import Reading
from vrlive_core.openapi import resolve


class UnsupportedOperation(ValueError):
    """An operation the resource template cannot turn into a method; the message says why."""


@frozen
class Argument:
    """One keyword (or path) argument of a method."""

    name: str
    """The argument's name (a body field named like a parameter, or ``body``, gets ``_body`` appended)."""
    field: str
    """The name of what it fills: the parameter of the generated function, or the model's field."""
    declaration: str
    """As the method's signature writes it: ``name: type`` or ``name: type | Unset = UNSET``."""
    optional_declaration: str
    """As the implementation of an overloaded method writes it: always defaulting to UNSET."""
    doc: str
    required: bool
    fresh: str | None = None
    """The ``x-fresh-id`` kind filling it when not given."""


@frozen
class Body:
    """A request body whose fields are keyword arguments."""

    model: str
    """The class built from the fields (the envelope's data class for a wrapped body)."""
    fields: tuple[Argument, ...]
    wrapper: str | None
    """The body class holding ``model`` in a request envelope, if any."""
    data_field: str | None
    fixed: tuple[tuple[str, str], ...]
    """``(python name, expression)`` of the wrapper's other properties."""


@frozen
class ResourceMethod:
    """Everything the template needs for one operation's method."""

    name: str
    module: str
    """The generated functional module it calls (``api/<tag>/<module>.py``)."""
    returns: str
    """What its plain form returns (the raw-response form: ``Response[...]`` of it)."""
    summary: object
    """The operation's summary and description as the spec gives them (untrusted text: the
    template passes them through ``safe_for_docstring``)."""
    description: object
    path: tuple[Argument, ...]
    others: tuple[Argument, ...]
    body_class: str | None
    body: Body | None
    client: str
    """The expression of the generated client the call goes through."""
    imports: frozenset[str]
    pager: Pager | None = None
    """The iterator over every page, for an operation with ``x-pagination``."""


def _code(value: object) -> str:
    """Code openapi-python-client made from the spec (a ``PythonCode``), as text for the template."""
    return value.as_unembedded_code() if isinstance(value, PythonCode) else str(value)


def _name(prop: Property) -> str:
    """A property's name as the spec writes it (``Payload``)."""
    name = prop.name
    return name.get_untrusted_value() if isinstance(name, UntrustedString) else str(name)


LITERAL_IMPORT = "from typing import Literal"


def _enum_or_values(prop: Property) -> str | None:
    """``IvhProtocol | Literal["rtmp", "trtc", "webrtc"]`` for an enum property, else None."""
    if not isinstance(prop, EnumProperty):
        return None
    values = ", ".join(json.dumps(value) for value in prop.values.values())
    return f"{_code(prop.get_type_string(no_optional=True))} | Literal[{values}]"


def _accepted(prop: Property) -> str | None:
    """The type an enum argument is declared with, taking its values too (None: not an enum)."""
    widened = _enum_or_values(prop)
    if widened is None:
        return None
    return widened if prop.required else f"{widened} | Unset"


def taking_values(prop: Property, text: str, *, doc: bool = False) -> str:
    """``text``, the declaration (``sort: Sort | Unset = Sort.DESC``) or with ``doc`` the docstring
    line (``sort (Sort | Unset): ...``) of ``prop``, with an enum's type widened to take its values."""
    accepted = _accepted(prop)
    if accepted is None:
        return text
    type_string = _code(prop.get_type_string())
    if doc:
        return text.replace(f"({type_string})", f"({accepted})", 1)
    return text.replace(f": {type_string}", f": {accepted}", 1)


def enum_class(prop: Property) -> str | None:
    """The enum class of an enum property (whose arguments take its values too), else None."""
    return str(prop.class_info.name) if isinstance(prop, EnumProperty) else None


def _argument(prop: Property, *, fresh: str | None = None, rename: str | None = None) -> Argument:
    """``prop`` as a method argument (an enum also takes its values); ``rename``: the argument's
    name when it is not the property's (a clash)."""
    field = str(prop.python_name)
    name = rename or field
    declared = _code(prop.to_string())
    type_string = _code(prop.get_type_string())
    doc = " ".join(_code(prop.to_docstring()).split())
    if rename is not None:
        declared = name + declared.removeprefix(field)
        doc = name + doc.removeprefix(field)
    accepted = _accepted(prop)
    if accepted is not None:
        declared, doc = taking_values(prop, declared), taking_values(prop, doc, doc=True)
        type_string = accepted
    optional = type_string if not prop.required else f"{type_string} | Unset"
    if fresh is not None:
        declared = f"{name}: {optional} = UNSET"
        doc = doc.replace(f"({type_string})", f"({optional})", 1) + " A fresh one when not given."
    return Argument(
        name=name,
        field=field,
        declaration=declared,
        optional_declaration=f"{name}: {optional} = UNSET",
        doc=doc,
        required=bool(prop.required) and fresh is None,
        fresh=fresh,
    )


def _fresh_kind(model: ModelProperty, prop: Property, spec: Mapping[str, Any]) -> str | None:
    properties: Mapping[Any, Any] = model.data.properties or {}
    schema = properties.get(_name(prop))  # its keys compare equal to plain strings
    if isinstance(schema, Reference):
        target = resolve(spec, {"$ref": schema.ref.get_untrusted_value()}, default={})
        kind = target.get("x-fresh-id") if isinstance(target, Mapping) else None
    else:
        kind = (getattr(schema, "model_extra", None) or {}).get("x-fresh-id")
    return str(kind) if kind is not None else None


def _properties(model: ModelProperty) -> list[Property]:
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _imports(prop: Property) -> set[str]:
    """What a resource module imports to name ``prop``'s type (models come as lazy imports)."""
    lazy = getattr(prop, "get_lazy_imports", None)
    found = set(prop.get_imports(prefix="..")) | (set(lazy(prefix="..")) if lazy is not None else set())
    return {str(line) for line in found}


def _flatten(
    endpoint: Endpoint,
    spec: Mapping[str, Any],
    envelope: RequestEnvelopeSpec | None,
    imports: set[str],
    taken: set[str],
) -> tuple[str | None, Body | None]:
    """The body's type, and its fields as keyword arguments when it is an object with some;
    ``taken``: the names of the other arguments (a field named like one gets ``_body`` appended)."""
    if not endpoint.bodies:
        return None, None
    for each in endpoint.bodies:
        imports |= _imports(each.prop)
    if len(endpoint.bodies) > 1:  # several content types: the body is one of their types, prebuilt
        return " | ".join(_code(each.prop.get_type_string(no_optional=True)) for each in endpoint.bodies), None
    prop = endpoint.bodies[0].prop
    if not isinstance(prop, ModelProperty):
        return _code(prop.get_type_string(no_optional=True)), None
    body_class = str(prop.class_info.name)
    model, wrapper, data_field = prop, None, None
    fixed: tuple[tuple[str, str], ...] = ()
    if envelope is not None:
        members = {_name(p): p for p in _properties(prop)}
        data = members.get(envelope.data)
        if isinstance(data, ModelProperty):
            model, wrapper, data_field = data, body_class, str(data.python_name)
            imports |= _imports(data)
            fixed_values = []
            for name, member in members.items():
                if name == envelope.data:
                    continue
                if name not in envelope.fixed:
                    raise UnsupportedOperation(f"{endpoint.name}: x-request-envelope.fixed has no value for {name}")
                imports |= _imports(member)
                value = envelope.fixed[name]
                expression = (
                    f"{member.class_info.name}.from_dict({value!r})"
                    if isinstance(member, ModelProperty)
                    else repr(value)
                )
                fixed_values.append((str(member.python_name), expression))
            fixed = tuple(fixed_values)
    fields = []
    for field in _properties(model):
        imports |= _imports(field)
        if _enum_or_values(field) is not None:
            imports.add(LITERAL_IMPORT)
        clash = str(field.python_name) in taken | {"body", "self"}
        rename = f"{field.python_name}_body" if clash else None
        fields.append(_argument(field, fresh=_fresh_kind(model, field, spec), rename=rename))
    if not fields:  # an object without properties: taken prebuilt, or built empty when not given
        return body_class, Body(str(model.class_info.name), (), wrapper, data_field, fixed)
    fields.sort(key=lambda argument: not argument.required)  # what must be given comes first
    body = Body(str(model.class_info.name), tuple(fields), wrapper, data_field, fixed)
    return body_class, body


RESERVED_METHODS = frozenset({"with_raw_response"})
"""Names of a resource class's own members (an operation so named gets a trailing underscore)."""


def resource_method(
    endpoint: Endpoint,
    operation: OperationSpec,
    spec: Mapping[str, Any],
    envelope: RequestEnvelopeSpec | None,
    *,
    module: str,
    reading: Reading,
    pagination: PaginationSpec | None = None,
) -> ResourceMethod:
    """How the resource template renders ``endpoint``'s method, which calls ``module`` (and its
    iterator, with ``pagination``)."""
    imports: set[str] = set()
    path = []
    for parameter in endpoint.path_parameters:
        imports |= _imports(parameter)
        path.append(_argument(parameter))
    others = []
    for parameter in (*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters):
        imports |= _imports(parameter)
        others.append(_argument(parameter))
    if any(_enum_or_values(parameter) for parameter in endpoint.list_all_parameters()):
        imports.add(LITERAL_IMPORT)
    taken = {argument.name for argument in (*path, *others)}
    body_class, body = _flatten(endpoint, spec, envelope, imports, taken)
    imports |= reading.imports("..")  # to name what the method returns
    walker = None
    if pagination is not None:
        try:
            walker, needed = pager(endpoint, pagination, reading, others)
        except PaginationError as error:
            raise UnsupportedOperation(str(error)) from None
        imports |= needed
    if operation.security is None:
        client = "self._source.public_client()"
    else:
        client = f"self._source.client_for({operation.security!r})"
    return ResourceMethod(
        name=f"{module}_" if module in RESERVED_METHODS else module,
        module=module,
        returns=reading.returns,
        summary=endpoint.summary or "",
        description=endpoint.description or "",
        path=tuple(path),
        others=tuple(others),
        body_class=body_class,
        body=body,
        client=client,
        imports=frozenset(imports),
        pager=walker,
    )


__all__ = [
    "Argument",
    "Body",
    "ResourceMethod",
    "UnsupportedOperation",
    "enum_class",
    "resource_method",
    "taking_values",
]
