"""vrlive's logger, and the redaction of secrets from every log record (see vrlive_core.secrets)."""

from __future__ import annotations

import logging

from vrlive_core.secrets import REDACTED, redact, register_secret

logger = logging.getLogger("vrlive")

__all__ = ["REDACTED", "logger", "redact", "register_secret"]
