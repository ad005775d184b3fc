"""``x-channels`` (document root): long-lived message channels beside the HTTP operations.

OpenAPI describes requests and responses; a WebSocket that carries messages both ways after one
signed handshake is not an operation. A spec declares each such channel under ``x-channels``, by
name::

    x-channels:
      command_channel:
        summary: ...            # and description
        path: /v2/ws/...        # on the API's host, wss:// for https://
        query:                  # handshake query parameters: {name: {description, schema}}
          requestid: {description: The session's SessionId., schema: {type: string}}
        security: [...]         # as an operation's: the handshake is signed like a call
        after: start_session    # the operation that must come first (optional)
        upstream:               # messages the client sends
          discriminator: /Payload/Command        # JSON pointer to the field naming the message
          messages: {SEND_TEXT: {$ref: "#/components/schemas/SendTextRequest"}, ...}
        downstream:             # messages the server sends: the same shape
          ...

The messages are ordinary ``components/schemas``, so openapi-python-client generates their models
like any other. This module checks the declaration (for the preflight) and compares the channels of
two versions of a spec (for ``generator diff``): upstream messages are read as requests (the user
builds them), downstream ones as responses (the user reads them).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from generator.extensions import SpecProblem, unknown_keys
from generator.specfile import Pointer
from vrlive_core.openapi import schema_name

if TYPE_CHECKING:
    from generator.diff import _Comparison

CHANNEL_KEYS: Final = frozenset(
    {"summary", "description", "path", "query", "security", "after", "upstream", "downstream"}
)
DIRECTION_KEYS: Final = frozenset({"discriminator", "messages"})
DIRECTIONS: Final = {"upstream": "request", "downstream": "response"}
"""Each direction of a channel, and how ``generator diff`` reads its messages."""


def read_channels(spec: Mapping[str, Any], problems: list[SpecProblem]) -> dict[str, Mapping[str, Any]]:
    """The document's channels by name; each problem of their declaration goes to ``problems``."""
    raw = spec.get("x-channels")
    if raw is None:
        return {}
    root: Pointer = ("x-channels",)
    if not isinstance(raw, Mapping):
        problems.append(SpecProblem(root, "x-channels must map each channel's name to its declaration"))
        return {}
    schemas = spec.get("components", {}).get("schemas") or {}
    operations = {
        operation.get("operationId")
        for item in (spec.get("paths") or {}).values()
        if isinstance(item, Mapping)
        for operation in item.values()
        if isinstance(operation, Mapping)
    }
    channels: dict[str, Mapping[str, Any]] = {}
    for name, channel in raw.items():
        pointer: Pointer = (*root, name)
        if not isinstance(channel, Mapping):
            problems.append(SpecProblem(pointer, f"channel {name!r} must be a mapping"))
            continue
        problems += unknown_keys(channel, CHANNEL_KEYS, f"channel {name!r}", pointer)
        path = channel.get("path")
        if not isinstance(path, str) or not path.startswith("/"):
            problems.append(SpecProblem((*pointer, "path"), f"channel {name!r} needs a path starting with /"))
        after = channel.get("after")
        if after is not None and after not in operations:
            problems.append(SpecProblem((*pointer, "after"), f"after names {after!r}, which is no operationId"))
        for direction in DIRECTIONS:
            _check_direction(channel.get(direction), schemas, (*pointer, direction), problems)
        channels[str(name)] = channel
    return channels


def _check_direction(raw: object, schemas: Mapping[str, Any], pointer: Pointer, problems: list[SpecProblem]) -> None:
    if not isinstance(raw, Mapping):
        problems.append(SpecProblem(pointer, f"{pointer[-1]} must give a discriminator and messages"))
        return
    problems += unknown_keys(raw, DIRECTION_KEYS, str(pointer[-1]), pointer)
    discriminator = raw.get("discriminator")
    if not isinstance(discriminator, str) or not discriminator.startswith("/"):
        problems.append(
            SpecProblem((*pointer, "discriminator"), "discriminator must be a JSON pointer such as /Payload/Command")
        )
    messages = raw.get("messages")
    if not isinstance(messages, Mapping) or not messages:
        problems.append(SpecProblem((*pointer, "messages"), "messages must map each discriminator value to a schema"))
        return
    for value, message in messages.items():
        name = schema_name(message.get("$ref")) if isinstance(message, Mapping) else None
        if name is None or name not in schemas:
            problems.append(
                SpecProblem((*pointer, "messages", value), f"message {value!r} must be a $ref to a components schema")
            )


def messages(channel: Mapping[str, Any], direction: str) -> dict[str, object]:
    """The schemas (``$ref`` nodes) of a channel's messages in one direction, by discriminator value."""
    raw = channel.get(direction)
    found = raw.get("messages") if isinstance(raw, Mapping) else None
    return {str(value): schema for value, schema in found.items()} if isinstance(found, Mapping) else {}


def compare_channels(comparison: _Comparison) -> None:
    """Add to ``comparison`` what changed in the channels: a channel or message added or removed, a
    moved path, and every field of every message, as the operations' bodies are compared."""
    before = comparison.old.document.get("x-channels") or {}
    after = comparison.new.document.get("x-channels") or {}
    for name in sorted(before.keys() - after.keys()):
        comparison.add(True, f"channel `{name}` removed")
    for name in sorted(after.keys() - before.keys()):
        comparison.add(False, f"channel `{name}` added")
    for name in sorted(before.keys() & after.keys()):
        old, new = before[name], after[name]
        where = f"channel {name}"
        if old.get("path") != new.get("path"):
            comparison.add(True, f"channel `{name}` moved from {old.get('path')} to {new.get('path')}")
        for direction, reading in DIRECTIONS.items():
            old_messages, new_messages = messages(old, direction), messages(new, direction)
            for value in sorted(old_messages.keys() - new_messages.keys()):
                # The client stops sending one (upstream), or must no longer expect one (downstream).
                comparison.add(direction == "upstream", f"{direction} message `{value}` removed", where)
            for value in sorted(new_messages.keys() - old_messages.keys()):
                comparison.add(False, f"{direction} message `{value}` added", where)
            for value in sorted(old_messages.keys() & new_messages.keys()):
                comparison.schema(
                    old_messages[value], new_messages[value], f"{direction} message {value}", reading, where
                )


__all__ = ["CHANNEL_KEYS", "compare_channels", "messages", "read_channels"]
