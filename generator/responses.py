"""How each operation's answer is read, and what its ``sync()`` returns.

Two ways, chosen per operation from what the document declares:

- **Envelope first** (the document declares ``x-envelope`` and the operation's first 2xx answer
  is JSON): the envelope's result code decides success; ``sync()`` returns the envelope's data,
  typed (a components model, or whatever the data property's schema is), and a failure raises the
  typed error its code maps to.
- **The body** (no envelope, or a success that is not JSON: a file, text, no content): ``sync()``
  returns the parsed body of the 2xx answer, as openapi-python-client's does (None for no
  content; the union of the types when several 2xx answers declare different ones), and any
  other status raises the error of that status, carrying the body, parsed when the document
  declares a schema for that status (:meth:`vrlive_core.operation.Operation.failure`).

With an envelope, an operation with several 2xx answers (or one that is not JSON) is read answer
by answer: a JSON one is an envelope whose data is parsed as that answer declares it, the others
as their body; an answer that is an envelope reporting a failure raises by its code first. A
failure that carries no envelope raises by its status with its body decoded, not parsed: the
document describes its failures as envelopes.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import evolve, frozen
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.responses import BYTES_SOURCE, JSON_SOURCE, NONE_SOURCE, TEXT_SOURCE, Response
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode

from generator.extensions import OperationSpec

SUCCESS = (200, 299)


@frozen
class Body:
    """One declared answer read as a body: when it applies and how it is parsed."""

    low: int | None
    """The lowest status it applies to; None for ``default`` (every status no other names)."""
    high: int | None
    kind: str
    """``json``, ``text``, ``bytes``, ``file`` or ``none``."""
    prop: Property | None
    """What openapi-python-client made of its JSON schema (``json`` only)."""
    returns: str
    """The Python type it parses into."""
    data: Property | None = None
    """With an envelope, the envelope's data property of this JSON answer, which is what it returns."""
    data_optional: bool = False

    @property
    def model(self) -> ModelProperty | None:
        return self.prop if isinstance(self.prop, ModelProperty) else None

    @property
    def condition(self) -> str:
        """The test of ``response.status_code`` that selects it (empty for ``default``)."""
        if self.low is None:
            return ""
        if self.low == self.high:
            return f"response.status_code == {self.low}"
        return f"{self.low} <= response.status_code <= {self.high}"


@frozen
class Reading:
    """How one operation's answer is read."""

    envelope: bool
    """Read envelope-first (else the body)."""
    returns: str
    """The type ``sync()`` returns."""
    data_model: ModelProperty | None = None
    """Envelope first: the components model a success's data is parsed into."""
    data_property: Property | None = None
    """Envelope first: the data property, when its schema is not such a model."""
    data_optional: bool = False
    successes: tuple[Body, ...] = ()
    """The body read: the 2xx answers, most specific first."""
    failures: tuple[Body, ...] = ()
    """The body read: the other answers that declare a JSON schema (their body is parsed into it)."""
    default_is_success: bool = False
    """The body read: no 2xx answer is declared, so ``default`` describes successes too."""

    def imports(self, prefix: str) -> set[str]:
        """What a module ``prefix`` below the package root imports to name and parse what is read."""
        bodies = (*self.successes, *self.failures)
        props = [self.data_model, self.data_property, *(body.prop for body in bodies), *(body.data for body in bodies)]
        found: set[str] = set()
        for prop in props:
            if prop is not None:
                found |= {str(line) for line in prop.get_imports(prefix=prefix)}
                found |= {str(line) for line in prop.get_lazy_imports(prefix=prefix)}
        if any(body.kind == "file" for body in self.successes):
            found |= {f"from {prefix}types import File", "from io import BytesIO"}
        return found


def _code(value: object) -> str:
    return value.as_unembedded_code() if isinstance(value, PythonCode) else str(value)


def _name(prop: Property) -> str:
    name = prop.name
    return name.get_untrusted_value() if isinstance(name, UntrustedString) else str(name)


def _body(response: Response) -> Body:
    low, high = response.status_code.range or (None, None)
    source, prop = response.source, response.prop
    if source == JSON_SOURCE:
        return Body(low, high, "json", prop, _code(prop.get_type_string()))
    if source == TEXT_SOURCE:
        return Body(low, high, "text", None, "str")
    if source == BYTES_SOURCE:
        if isinstance(prop, FileProperty):
            return Body(low, high, "file", None, "File")
        return Body(low, high, "bytes", None, "bytes")
    if source != NONE_SOURCE:  # pragma: no cover - openapi-python-client has no other
        raise ValueError(f"unknown response source {source!r}")
    return Body(low, high, "none", None, "None")


def _union(types: list[str]) -> str:
    """``A | B``, each type once, in openapi-python-client's order (sorted)."""
    parts = sorted({part.strip() for text in types for part in text.split(" | ")})
    return " | ".join(parts) if parts else "None"


def _is_success(body: Body) -> bool:
    return body.low is not None and SUCCESS[0] <= body.low and (body.high or 0) <= SUCCESS[1]


def reading(
    endpoint: Endpoint, operation: OperationSpec, models: Mapping[str, ModelProperty], data_key: str
) -> Reading:
    """How ``endpoint`` (``operation`` in the document) reads its answers. ``models`` are the
    components models by schema name; ``data_key`` is the envelope's data property, if any."""
    bodies = [_body(response) for response in endpoint.responses.patterns]
    default = _body(endpoint.responses.default) if endpoint.responses.default else None
    successes = [body for body in bodies if _is_success(body)]
    if operation.enveloped and len(successes) == 1 and successes[0].kind == "json":
        return _enveloped(successes[0], operation, models, data_key)
    if data_key:  # an envelope: each JSON success returns its data; failures are not parsed
        successes = [_with_data(body, data_key) for body in successes]
        bodies = [body for body in bodies if _is_success(body)]
    failures = [body for body in bodies if not _is_success(body) and body.kind == "json"]
    default_is_success = not successes and default is not None
    if default is not None and default_is_success:
        successes.append(default)
    elif default is not None and default.kind == "json" and not data_key:
        failures.append(default)
    returns = _union([body.returns for body in successes])
    return Reading(
        envelope=False,
        returns=returns,
        successes=tuple(successes),
        failures=tuple(failures),
        default_is_success=default_is_success,
    )


def _members(body: Body) -> list[Property]:
    model = body.model
    return [*(model.required_properties or []), *(model.optional_properties or [])] if model else []


def _with_data(body: Body, key: str) -> Body:
    """A JSON answer of a document with an envelope: what it returns is the envelope's data."""
    data = next((prop for prop in _members(body) if _name(prop) == key), None)
    if body.kind != "json" or data is None:
        return body
    returns = _code(data.get_type_string(no_optional=True))
    if not data.required and "None" not in returns.split(" | "):
        returns += " | None"
    return evolve(body, data=data, data_optional=not data.required, returns=returns)


def _enveloped(success: Body, operation: OperationSpec, models: Mapping[str, ModelProperty], key: str) -> Reading:
    if not operation.has_data:
        return Reading(envelope=True, returns="None")
    model = models.get(operation.data_schema) if operation.data_schema else None
    if model is not None:
        returns = f"{model.class_info.name} | None" if operation.data_optional else str(model.class_info.name)
        return Reading(envelope=True, returns=returns, data_model=model, data_optional=operation.data_optional)
    data = next((prop for prop in _members(success) if _name(prop) == key), None)
    if data is None:  # the success schema is not an object openapi-python-client modelled
        return Reading(envelope=True, returns="None")
    returns = _code(data.get_type_string(no_optional=True))
    if operation.data_optional and "None" not in returns.split(" | "):
        returns += " | None"
    return Reading(envelope=True, returns=returns, data_property=data, data_optional=operation.data_optional)


__all__ = ["Body", "Reading", "reading"]
