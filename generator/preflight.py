"""The spec preflight: every problem of every spec, with its line, before anything is generated.

openapi-python-client, given a broken spec, may still write a client (a duplicate operationId
gives a wrong one, an integer enum without names renames every member), stop with a traceback,
or print a warning and leave an operation out. The preflight finds those problems first and
reports all of them as ``FILE:LINE:COL: message``; generation runs only when there is no error,
and no warning unless it is asked to go ahead (``--allow-warnings``). It checks:

- YAML (or JSON) syntax, and the document against OpenAPI 3.0 or 3.1 (openapi-spec-validator),
  each problem at its line;
- ``$ref`` pointers that point to nothing, naming the ref and whose part it is;
- operationIds: unique (they name the generated modules); a missing one or one that is not a
  Python identifier is a warning saying the name the operation gets instead;
- integer enums: ``x-enum-varnames`` present, one valid, unique name per value; and no member
  of the committed client moved to another value (code comparing with it would change meaning);
- this project's extensions (``x-envelope`` and the others of :mod:`generator.extensions`):
  their shape and unknown keys, and extension names one typo away from ours (other ``x-`` keys
  are left to their owners); ``x-pagination``'s parameters and pointers, against the operation
  (:mod:`generator.pagination`); a waiter's (``x-waiters``) operation, arguments and fields
  exist and its acceptors' values are its field's;
- what openapi-python-client itself leaves out (:mod:`generator.omissions`), as warnings naming
  the schema or operation.

This repository's own specs (the targets of ``targets.yaml``) are held to more: OpenAPI validity,
references and integer enum names are errors rather than warnings, and every required parameter
and request body needs an example (the contract tests send them).
"""

from __future__ import annotations

import ast
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import jsonschema
from jsonschema.exceptions import best_match
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.schemas import schema_v30, schema_v31
from openapi_spec_validator.validation.exceptions import DuplicateOperationIDError

from generator.channels import read_channels
from generator.extensions import (
    EXTENSION_KEYS,
    EXTENSIONS,
    SpecProblem,
    check_fresh_ids,
    read_envelope,
    read_operations,
    read_request_envelope,
    unknown_keys,
)
from generator.findings import Finding, Severity
from generator.omissions import omissions, refusal
from generator.pagination import read_pagination
from generator.render import openapi_config, with_parameter_descriptions
from generator.specfile import Pointer, SpecFile, SpecSyntaxError, read_spec_file, suggestion
from generator.targets import Target, shown_path
from generator.waiters import read_waiters
from vrlive_core.openapi import UnresolvableReference, escape, lookup, resolve

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_VERSION = re.compile(r"^3\.(?P<minor>[01])\.\d+(-.+)?$")


def preflight(targets: list[Target], *, allow_enum_moves: bool = False) -> list[Finding]:
    """Every problem of the targets' specs (empty when generation may go ahead)."""
    findings: list[Finding] = []
    for target in targets:
        findings += check_target(target, allow_enum_moves=allow_enum_moves)
    return findings


def shown(path: Path) -> str:
    return shown_path(path)


def check_target(target: Target, *, allow_enum_moves: bool = False) -> list[Finding]:
    """Every problem of one target's spec."""
    try:
        spec = read_spec_file(target.spec, target.shown)
    except SpecSyntaxError as error:
        return [error.finding]
    if not isinstance(spec.document, Mapping):
        found = type(spec.document).__name__ if spec.document is not None else "nothing"
        return [
            spec.finding((), f"is not an OpenAPI document (a mapping with openapi, info and paths); it holds {found}")
        ]
    version = check_version(spec)
    if version is not None:
        return [version]
    # This repository's specs are held to OpenAPI validity and named enums; a document from
    # elsewhere is generated as far as openapi-python-client reads it, with warnings.
    conformance: Severity = "error" if target.house_rules else "warning"
    checks: list[tuple[str, Callable[[], list[Finding]]]] = [
        ("operation ids", lambda: check_operation_ids(spec)),
        ("enums", lambda: check_enums(spec, target, allow_enum_moves=allow_enum_moves, severity=conformance)),
        ("extension names", lambda: check_extension_names(spec)),
    ]
    if target.house_rules:
        checks.append(("examples", lambda: check_examples(spec)))
    findings = check_references(spec, conformance)
    if findings:  # the checks that follow references would only repeat the dangling ones
        return findings + _run(spec, checks)
    findings += _run(spec, [("OpenAPI validity", lambda: check_openapi(spec, conformance))])
    # openapi-python-client reads any document it can model: it runs beside the other checks, so
    # that what it would leave out is found in the same run as they find theirs.
    readable = not any(finding.is_error for finding in findings)
    findings += _run(spec, [*checks, ("extensions", lambda: check_extensions(spec))])
    if readable:
        findings += _run(spec, [("openapi-python-client", lambda: check_generator(spec, target))])
    return findings


def check_version(spec: SpecFile) -> Finding | None:
    """A finding when the document is not OpenAPI 3.0 or 3.1 (openapi-python-client reads no other)."""
    if "swagger" in spec.document:
        return spec.finding(
            ("swagger",),
            "is a Swagger (OpenAPI 2) document: openapi-python-client, and so this generator, reads OpenAPI 3.0 "
            "and 3.1 only (convert it first, for instance with swagger2openapi)",
        )
    version = spec.document.get("openapi")
    if version is None:
        return spec.finding((), "has no openapi version: give `openapi: 3.1.0` (or a 3.0.x version)")
    if not isinstance(version, str) or not _VERSION.match(version):
        return spec.finding(
            ("openapi",), f"openapi: {version!r} is not a version this generator reads: 3.0.x or 3.1.x (as a string)"
        )
    return None


def openapi_minor(document: Mapping[str, Any]) -> int:
    """1 for an OpenAPI 3.1 document, 0 for 3.0."""
    found = _VERSION.match(str(document.get("openapi", "")))
    return int(found["minor"]) if found else 1


def _run(spec: SpecFile, checks: list[tuple[str, Callable[[], list[Finding]]]]) -> list[Finding]:
    findings: list[Finding] = []
    for what, check in checks:
        try:
            findings += check()
        except Exception as error:  # a spec shaped in a way no check foresaw: say so, never a traceback
            findings.append(spec.finding((), f"could not be checked for {what}: {type(error).__name__}: {error}"))
    return findings


# References.


def _walk(node: object, pointer: Pointer = ()) -> Iterator[tuple[Pointer, object]]:
    """Every node of a document with its pointer, depth first, in document order."""
    yield pointer, node
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield from _walk(value, (*pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*pointer, index))


def check_references(spec: SpecFile, severity: Severity = "error") -> list[Finding]:
    """A finding for each ``$ref`` that is not local or points to nothing (a warning where
    openapi-python-client leaves out what refers to it, as for a document from elsewhere)."""
    findings = []
    for pointer, node in _walk(spec.document):
        if not isinstance(node, Mapping) or "$ref" not in node:
            continue
        ref, at = node["$ref"], (*pointer, "$ref")
        whose = spec.describe(pointer)
        if not isinstance(ref, str) or not ref.startswith("#/"):
            findings.append(
                spec.finding(at, f"$ref {ref!r} in {whose}: only local references (#/...) are supported", severity)
            )
            continue
        try:
            lookup(spec.document, ref)
        except UnresolvableReference as error:
            segments, depth = error.segments or (), error.missing or 0
            key = segments[depth] if depth < len(segments) else ""
            container = "/".join(escape(segment) for segment in segments[:depth]) or "the document"
            choices = [str(name) for name in error.container] if isinstance(error.container, Mapping) else []
            message = f"$ref {ref!r} in {whose} points to nothing: {container} has no {key!r}"
            findings.append(spec.finding(at, message + suggestion(key, choices), severity))
    return findings


# OpenAPI validity.


_UNEXPECTED = re.compile(
    r"^(?:Unevaluated|Additional) properties are not allowed \((?P<names>.*) (?:was|were) unexpected\)$"
)
_SCHEMA_PLACE = re.compile(r'in schema((?:\["[^"]*"\])*)')


def check_openapi(spec: SpecFile, severity: Severity = "error") -> list[Finding]:
    """openapi-spec-validator's errors (against OpenAPI 3.0 or 3.1, as the document says), each at
    the line of the node it is about."""
    findings: list[Finding] = []
    minor = openapi_minor(spec.document)
    validator = OpenAPIV31SpecValidator if minor == 1 else OpenAPIV30SpecValidator
    try:
        for error in validator(spec.document).iter_errors():
            if isinstance(error, DuplicateOperationIDError):
                continue  # check_operation_ids says it with both places
            findings += _validator_findings(spec, error, minor, severity)
    except Exception as error:  # the validator gives up on some documents (recursion, odd refs)
        if not findings:  # after an error it reported, giving up is only a consequence of it
            message = f"openapi-spec-validator stopped: {str(error).splitlines()[0][:200]}"
            findings.append(spec.finding((), message, severity))
    return findings


def _validator_findings(
    spec: SpecFile, error: jsonschema.ValidationError, minor: int, severity: Severity
) -> list[Finding]:
    """One line per problem: the validator's message without the offending node it prints after
    it (at the root, the whole spec), and each unexpected key at its own line."""
    place = _locate(spec, error)
    text = _message(error)
    if place and not error.absolute_path and isinstance(place[-1], str):
        text = f"{place[-1]}: {text}"  # a value checked against its own schema: say which value
    unexpected = _UNEXPECTED.match(text.split(": ", 1)[-1])
    if unexpected is None:
        return [spec.finding(place, text, severity)]
    known = _known_keys(error, minor)
    prefix = text.split(": ", 1)[0] + ": " if ": " in text else ""
    findings = []
    for name in re.findall(r"'([^']*)'", unexpected["names"]):
        what = "unknown top-level key" if not place else "unknown key"
        findings.append(spec.finding((*place, name), f"{prefix}{what} {name!r}{suggestion(name, known)}", severity))
    return findings


def _known_keys(error: jsonschema.ValidationError, minor: int) -> list[str]:
    """The keys the OpenAPI schema allows where ``error`` is (for a "did you mean")."""
    node: Any = schema_v31 if minor == 1 else schema_v30
    found = _SCHEMA_PLACE.search(error.message)
    for part in re.findall(r'\["([^"]*)"\]', found[1]) if found else ():
        node = node.get(part, {}) if isinstance(node, Mapping) else {}
    properties = node.get("properties", {}) if isinstance(node, Mapping) else {}
    return [str(key) for key in properties]


def _message(error: jsonschema.ValidationError) -> str:
    best = best_match(error.context) if error.context else error
    text = best.message.split("\n\n", 1)[0].strip()  # what follows is the schema and the whole node
    if best.validator == "enum" and isinstance(best.instance, str) and isinstance(best.validator_value, list):
        text += suggestion(best.instance, [str(choice) for choice in best.validator_value])
    dumped = _DUMPED.match(text)
    if dumped:  # the validator starts with the whole offending node: say what is wrong with it instead
        text = f"this {'object' if text.startswith('{') else 'list'} {dumped['problem']}"
    path = list(best.absolute_path) or list(error.absolute_path)
    key = next((part for part in reversed(path) if isinstance(part, str)), None)
    return f"{key}: {text}" if key else text


_DUMPED = re.compile(r"^[\[{].{60,}? (?P<problem>is not valid under .*|is not of type .*|has non-unique elements)$")
_VALUES = ("default", "example", "const", "enum")
"""Where a value is checked against its own schema (the validator then reports no path)."""


def _locate(spec: SpecFile, error: jsonschema.ValidationError) -> Pointer:
    """Where an error is. The validator reports schema errors relative to the schema it was
    checking, so the path is matched as a suffix of the document's paths holding that value."""
    relative = tuple(error.absolute_path)
    # Response codes written bare in YAML are keys of type int, quoted or in JSON of type str.
    for candidate in (relative, tuple(str(part) for part in relative)):
        if candidate and candidate in spec.places:
            return candidate
    if not relative:
        return _checked_value(spec, error)
    for pointer in spec.places:
        if len(pointer) >= len(relative) and pointer[len(pointer) - len(relative) :] == relative:
            try:
                if spec.get(pointer) == error.instance:
                    return pointer
            except (KeyError, IndexError, TypeError):
                continue
    return ()


def _checked_value(spec: SpecFile, error: jsonschema.ValidationError) -> Pointer:
    """The default, example or const whose value broke its own schema (the validator gives no path)."""
    for pointer in spec.places:
        if pointer and pointer[-1] in _VALUES:
            try:
                value = spec.get(pointer)
            except (KeyError, IndexError, TypeError):
                continue
            if value == error.instance and type(value) is type(error.instance):
                return pointer
    return ()


# Operation ids.


def check_operation_ids(spec: SpecFile) -> list[Finding]:
    """Operations without an operationId, or with one that is not a Python identifier, as
    warnings naming the module they get; two operations whose modules would share a name, as errors."""
    findings = []
    first: dict[str, Pointer] = {}
    for operation in spec.operations():
        operation_id = operation.data.get("operationId")
        at = (*operation.pointer, "operationId")
        module = str(PythonIdentifier(operation.name, prefix="field_"))
        where = f"{operation.method.upper()} {operation.path}"
        if operation_id is None:
            findings.append(
                spec.finding(
                    operation.pointer,
                    f"operation {where} has no operationId: its module and method are named {module}, as "
                    "openapi-python-client names them; give it an operationId to choose the name",
                    "warning",
                )
            )
        elif not isinstance(operation_id, str) or not _IDENTIFIER.match(operation_id):
            findings.append(
                spec.finding(
                    at,
                    f"operationId {operation_id!r} of {where} is not a Python identifier: its module and method are "
                    f"named {module}",
                    "warning",
                )
            )
        if module in first:
            earlier = spec.place((*first[module], "operationId")) or spec.place(first[module])
            line = f" at line {earlier[0]}" if earlier else ""
            named = f"operationId {operation_id!r}" if operation_id is not None else f"the name {module!r}"
            findings.append(
                spec.finding(
                    at if operation_id is not None else operation.pointer,
                    f"{named} of {where} is already used by "
                    f"{str(first[module][2]).upper()} {first[module][1]}{line}: each operation needs its own "
                    "(it names the generated module; a second one would replace the first)",
                )
            )
        else:
            first[module] = operation.pointer
    return findings


# Enums.


def _enum_schemas(spec: SpecFile) -> Iterator[tuple[Pointer, Mapping[str, Any]]]:
    for pointer, node in _walk(spec.document):
        if not isinstance(node, Mapping) or not ("enum" in node or "x-enum-varnames" in node):
            continue
        # A property called "enum", or an example value with such a key, is not an enum schema.
        if pointer[-1:] != ("properties",) and not {"example", "examples"} & set(map(str, pointer)):
            if isinstance(node.get("enum", []), list):
                yield pointer, node


def check_enums(
    spec: SpecFile, target: Target, *, allow_enum_moves: bool, severity: Severity = "error"
) -> list[Finding]:
    findings = []
    committed = _committed_enums(target.output / "models")
    for pointer, schema in _enum_schemas(spec):
        values = schema.get("enum")
        names = schema.get("x-enum-varnames")
        whose = spec.describe(pointer)
        if values is None:
            findings.append(
                spec.finding((*pointer, "x-enum-varnames"), f"x-enum-varnames in {whose}, which has no enum")
            )
            continue
        integers = bool(values) and all(isinstance(v, int) and not isinstance(v, bool) for v in values)
        if names is None:
            if integers and not target.config.get("literal_enums"):  # Literal[1, 2] members have no names
                findings.append(
                    spec.finding(
                        (*pointer, "enum"),
                        f"integer enum {values} of {whose} has no x-enum-varnames: its members would be named "
                        "VALUE_0, VALUE_1...; add x-enum-varnames with one name per value, in the same order",
                        severity,
                    )
                )
            continue
        place = (*pointer, "x-enum-varnames")
        if not isinstance(names, list) or not all(isinstance(n, str) and snake_case(n) for n in names):
            findings.append(
                spec.finding(place, f"x-enum-varnames of {whose} must be a list of names (such as READY or Ready)")
            )
            continue
        names = [snake_case(name).upper() for name in names]  # the member names openapi-python-client makes
        if len(names) != len(values):
            findings.append(
                spec.finding(
                    place,
                    f"x-enum-varnames of {whose} has {len(names)} names for {len(values)} values {values}: "
                    "give one name per value, in the same order (every member would be renamed VALUE_...)",
                )
            )
            continue
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            findings.append(spec.finding(place, f"x-enum-varnames of {whose} repeats {', '.join(repeated)}"))
            continue
        if len(pointer) == 3 and pointer[:2] == ("components", "schemas") and not allow_enum_moves:
            findings += _moved_members(spec, place, str(pointer[2]), dict(zip(names, values, strict=True)), committed)
    return findings


def _moved_members(
    spec: SpecFile,
    place: Pointer,
    schema_name: str,
    members: dict[str, object],
    committed: dict[str, tuple[Path, dict[str, object]]],
) -> list[Finding]:
    class_name = str(ClassName(schema_name, ""))
    if class_name not in committed:
        return []
    module, before = committed[class_name]
    moved = [
        f"{name} was {before[name]!r} and would become {value!r}"
        for name, value in members.items()
        if name in before and before[name] != value
    ]
    if not moved:
        return []
    return [
        spec.finding(
            place,
            f"x-enum-varnames of schema {schema_name}: {'; '.join(moved)} (in {shown(module)}): code comparing with "
            f"{class_name}.{next(iter(n for n in members if n in before and before[n] != members[n]))} would "
            "silently change meaning. Keep each name on its value and insert the new value's name at its "
            "place; if the vendor really renumbered, run `make generate GENERATE_FLAGS=--allow-enum-moves`",
        )
    ]


def _committed_enums(models: Path) -> dict[str, tuple[Path, dict[str, object]]]:
    """Members of the enum classes in a committed generated package, by class name."""
    found: dict[str, tuple[Path, dict[str, object]]] = {}
    for module in sorted(models.glob("*.py")) if models.is_dir() else []:
        try:
            tree = ast.parse(module.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError):
            continue
        for node in tree.body:
            bases = [getattr(base, "id", "") for base in node.bases] if isinstance(node, ast.ClassDef) else []
            if not isinstance(node, ast.ClassDef) or not {"IntEnum", "StrEnum"} & set(bases):
                continue
            members: dict[str, object] = {}
            for statement in node.body:
                if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant):
                    for name in statement.targets:
                        if isinstance(name, ast.Name):
                            members[name.id] = statement.value.value
            found[node.name] = (module, members)
    return found


# Examples.


NO_EXAMPLE: Final = object()


def example_of(node: Mapping[str, Any], spec: Mapping[str, Any]) -> object:
    """The first example a parameter or media type gives (its own, else its schema's), or NO_EXAMPLE."""
    for holder in (node, resolve(spec, node["schema"]) if isinstance(node.get("schema"), Mapping) else {}):
        if holder.get("example") is not None:
            return holder["example"]
        examples = holder.get("examples")
        if isinstance(examples, Mapping) and examples:
            first = resolve(spec, next(iter(examples.values())))
            return first.get("value", NO_EXAMPLE)
        if isinstance(examples, list) and examples:
            return examples[0]
    return NO_EXAMPLE


def has_example(node: Mapping[str, Any], spec: Mapping[str, Any]) -> bool:
    """Whether a parameter or media type gives an example (its own, or its schema's)."""
    return example_of(node, spec) is not NO_EXAMPLE


def check_examples(spec: SpecFile) -> list[Finding]:
    findings = []
    document = spec.document
    for operation in spec.operations():
        item_pointer = operation.pointer[:2]
        item = spec.get(item_pointer)
        listed = [((*item_pointer, "parameters", i), p) for i, p in enumerate(item.get("parameters", []))]
        listed += [
            ((*operation.pointer, "parameters", i), p) for i, p in enumerate(operation.data.get("parameters", []))
        ]
        for pointer, raw in listed:
            parameter = _resolved(document, raw)
            if parameter.get("required") and not _has_example(parameter, document):
                findings.append(
                    spec.finding(
                        pointer,
                        f"required {parameter.get('in', '')} parameter {parameter.get('name')!r} of operation "
                        f"{operation} has no example: the contract tests call every operation with its "
                        "examples; add `example:`",
                    )
                )
        body = operation.data.get("requestBody")
        if isinstance(body, Mapping):
            content = _resolved(document, body).get("content", {})
            for media_type, media in content.items() if isinstance(content, Mapping) else ():
                if isinstance(media, Mapping) and not _has_example(media, document):
                    findings.append(
                        spec.finding(
                            (*operation.pointer, "requestBody", "content", media_type),
                            f"the {media_type} request body of operation {operation} has no example: the "
                            "contract tests send every operation's example; add `examples:`",
                        )
                    )
    return findings


def _resolved(document: Mapping[str, Any], node: object) -> Mapping[str, Any]:
    """``node`` behind its references; empty when one dangles (check_references reports it)."""
    try:
        return resolve(document, node) if isinstance(node, Mapping) else {}
    except UnresolvableReference:
        return {}


def _has_example(node: Mapping[str, Any], document: Mapping[str, Any]) -> bool:
    """Whether ``node`` gives an example; True when a dangling reference keeps us from knowing."""
    try:
        return has_example(node, document)
    except UnresolvableReference:
        return True


# Extensions.


def check_extension_names(spec: SpecFile) -> list[Finding]:
    """``x-`` keys one typo away from this project's extensions, and unknown keys inside them."""
    findings = []
    for pointer, node in _walk(spec.document):
        if not isinstance(node, Mapping):
            continue
        for key in node:
            if not isinstance(key, str) or not key.startswith("x-") or key in EXTENSIONS:
                continue
            near = suggestion(key, EXTENSIONS)
            if near:
                findings.append(
                    spec.finding((*pointer, key), f"unknown extension {key!r}{near}: the generator ignores it")
                )
        for name, known in EXTENSION_KEYS.items():
            value = node.get(name)
            if name not in ("x-envelope", "x-request-envelope") and isinstance(value, Mapping):
                findings += [_at(spec, problem) for problem in unknown_keys(value, known, name, (*pointer, name))]
        one_of = node.get("x-exactly-one-of")
        if one_of is not None:
            properties = node.get("properties", {})
            if not isinstance(one_of, list) or len(one_of) < 2:
                findings.append(
                    spec.finding(
                        (*pointer, "x-exactly-one-of"), "x-exactly-one-of must list two or more property names"
                    )
                )
            else:
                for index, name in enumerate(one_of):
                    if name not in properties:
                        findings.append(
                            spec.finding(
                                (*pointer, "x-exactly-one-of", index),
                                f"x-exactly-one-of names {name!r}, which {spec.describe(pointer)} does not have"
                                + suggestion(str(name), [str(p) for p in properties]),
                            )
                        )
    return findings


def check_extensions(spec: SpecFile) -> list[Finding]:
    """The problems :mod:`generator.extensions` finds reading ``x-envelope`` and the operations."""
    problems: list[SpecProblem] = []
    envelope = read_envelope(spec.document, problems)
    read_operations(spec.document, envelope, problems)
    read_request_envelope(spec.document, problems)
    check_fresh_ids(spec.document, problems)
    read_channels(spec.document, problems)
    read_pagination(spec.document, problems)
    read_waiters(spec.document, envelope, problems)
    return [_at(spec, problem) for problem in problems]


def _at(spec: SpecFile, problem: SpecProblem) -> Finding:
    return spec.finding(problem.pointer, problem.message)


# What openapi-python-client would say.


def check_generator(spec: SpecFile, target: Target) -> list[Finding]:
    """What openapi-python-client leaves out of the spec (warnings at their schema or operation),
    or why it cannot read it (errors)."""
    document = with_parameter_descriptions(spec.document)
    with tempfile.TemporaryDirectory(prefix="vrlive-preflight-") as scratch:
        parsed = GeneratorData.from_dict(document, config=openapi_config(target, Path(scratch) / target.package))
    if isinstance(parsed, GeneratorError):
        return refusal(spec, parsed, document)
    return omissions(spec, parsed)


__all__ = ["NO_EXAMPLE", "check_target", "example_of", "has_example", "preflight"]
