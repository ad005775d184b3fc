"""The request log's redaction: secrets known by their field and by their value."""

from __future__ import annotations

import json

from vrlive_sandbox.redaction import IssuedFields, Secrets


def test_a_reply_teaches_the_values_of_its_secret_fields() -> None:
    secrets = Secrets()
    reply = {
        "data": {
            "access_token": 'tok"en-0123456789',
            "vras_token": "",
            "note": '"access_token": "not-a-key"',
        },
        "list": [{"access_token": "second-token-abc"}],
    }
    secrets.learn(json.dumps(reply).encode(), IssuedFields(frozenset({"access_token", "vras_token"})))
    assert 'tok"en-0123456789' in secrets  # unescaped
    assert "second-token-abc" in secrets  # at any depth
    assert "not-a-key" not in secrets  # a key's name inside a string is not a key
    assert "" not in secrets
    secrets.reset()
    assert "second-token-abc" not in secrets


def test_values_are_redacted_whole_or_embedded_and_short_secrets_only_whole() -> None:
    secrets = Secrets(["sandbox-app-secret", "sk"])
    body = {
        "app_sekret": "sandbox-app-secret",
        "authorization": "Bearer sandbox-app-secret",
        "key": "sk",
        "task": "risky",  # holds "sk", which is too short to be looked for inside values
        "items": ["sandbox-app-secret", {"signature": "abc"}],
    }
    assert secrets.redact(body, frozenset({"signature"})) == {
        "app_sekret": "[redacted]",
        "authorization": "[redacted]",
        "key": "[redacted]",
        "task": "risky",
        "items": ["[redacted]", {"signature": "[redacted]"}],
    }
