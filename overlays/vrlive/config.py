"""Settings from arguments or environment variables, with errors that say where to set them."""

from __future__ import annotations

import os
from collections.abc import Mapping
from urllib.parse import urlsplit

from vrlive.errors import ConfigurationError


def setting(value: str | None, variable: str, default: str | None = None) -> str | None:
    """``value`` if given, else the environment variable (empty counts as unset), else ``default``."""
    if value:
        return value
    return os.environ.get(variable) or default


def settings(purpose: str, **wanted: tuple[str | None, str]) -> dict[str, str]:
    """Each setting from its argument (the first of the pair) or its environment variable (the second).

    One [`ConfigurationError`][vrlive.errors.ConfigurationError] names every setting missing, with its
    variable.
    """
    found = {name: setting(value, variable) for name, (value, variable) in wanted.items()}
    missing = [f"{name} ({wanted[name][1]})" for name, value in found.items() if not value]
    if missing:
        them = "it, or set the variable" if len(missing) == 1 else "them, or set the variables"
        raise ConfigurationError(f"{purpose} needs {' and '.join(missing)}: pass {them}")
    return {name: value for name, value in found.items() if value}


def checked_url(url: str, where: str) -> str:
    """``url`` without a trailing slash, once it is known to be an http(s) URL with a host."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"{where} {url!r} is not an http:// or https:// URL with a host")
    try:
        parts.port  # noqa: B018 - raises for a port that is not a number
    except ValueError:
        raise ConfigurationError(f"{where} {url!r} has a port that is not a number") from None
    return url.strip().rstrip("/")


def base_url(
    explicit: str | None,
    *,
    variable: str,
    region: str | None,
    region_variable: str,
    hosts: Mapping[str, str],
    default_region: str,
) -> str:
    """The API's base URL: given, else from ``variable``, else the host of the region."""
    url = setting(explicit, variable)
    if url:
        return checked_url(url, f"base_url (argument or {variable})")
    chosen = setting(region, region_variable) or default_region
    if chosen not in hosts:
        raise ConfigurationError(
            f"region {chosen!r} (argument or {region_variable}) is not one of {sorted(hosts)}"
        )
    return hosts[chosen]
