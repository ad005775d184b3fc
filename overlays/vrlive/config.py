"""Settings from arguments or environment variables, with errors that say where to set them."""

from __future__ import annotations

import ipaddress
import os
import ssl
from urllib.parse import urlsplit, urlunsplit

import httpx

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
    """``url`` without a trailing slash, once it is known to be an http(s) URL with a host and
    without credentials.

    Credentials in the URL (``http://user:password@host``) are refused, not redacted: none of
    these APIs authenticates with them (each has its own keys, tokens or signatures, and httpx
    would send them as Basic auth beside those, or refuse to: the async client did), and a URL
    travels into log lines, reprs and error messages of every library on the way, where no
    redaction can be sure to catch it (short passwords least of all). The error shows the URL
    without them.
    """
    parts = urlsplit(url.strip())
    shown = repr(_without_credentials(url.strip()))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"{where} {shown} is not an http:// or https:// URL with a host")
    if "@" in parts.netloc:
        raise ConfigurationError(
            f"{where} {shown} carries credentials (user:password@); remove them: "
            "the API does not use them, and they would end up in logs"
        )
    try:
        parts.port  # noqa: B018 - raises for a port that is not a number
    except ValueError:
        raise ConfigurationError(f"{where} {shown} has a port that is not a number") from None
    return url.strip().rstrip("/")


def _without_credentials(url: str) -> str:
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]))


def plain_http_host(url: str) -> str | None:
    """The host ``url`` reaches over plain http, unless it is this machine (loopback); else None."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme != "http" or host == "localhost" or host.endswith(".localhost"):
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:  # a name, not an address
        pass
    return host


def tls_context(url: str) -> ssl.SSLContext | None:
    """What verifies the TLS certificates of ``url``'s host; None for an ``http://`` URL, for
    which no TLS setting is read.

    ``SSL_CERT_FILE`` (a PEM bundle) or else ``SSL_CERT_DIR`` (a folder of hashed certificates),
    as httpx reads them, else certifi's bundle. A variable naming what cannot be used is a
    [`ConfigurationError`][vrlive.errors.ConfigurationError] naming it.
    """
    if urlsplit(url).scheme != "https":
        return None
    for variable in ("SSL_CERT_FILE", "SSL_CERT_DIR"):
        value = os.environ.get(variable)
        if not value:
            continue
        if variable == "SSL_CERT_DIR" and not os.path.isdir(value):
            raise ConfigurationError(f"{variable}={value!r} is not a folder; unset it or name one")
        try:
            if variable == "SSL_CERT_FILE":
                return ssl.create_default_context(cafile=value)
            return ssl.create_default_context(capath=value)
        except (OSError, ssl.SSLError) as error:
            raise ConfigurationError(
                f"{variable}={value!r} cannot be used to verify TLS certificates ({error}); "
                "unset it or name a PEM bundle of CA certificates"
            ) from None
    return httpx.create_ssl_context(trust_env=False)
