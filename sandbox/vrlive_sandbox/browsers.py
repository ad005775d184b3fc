"""Keeping web pages out: the sandbox runs while its developer's browser is open.

A page of any site can make the browser send requests to 127.0.0.1 (a form post, ``fetch`` in
``no-cors`` mode, an image), and a page on a domain its attacker re-points at 127.0.0.1 (DNS
rebinding) can even read the answers. The sandbox's servers therefore take a request only when
its ``Host`` names the address they listen on (a rebound page sends its own domain) and it does
not come from another site: the browser says so in ``Origin`` (sent with every request but a
GET or HEAD) and ``Sec-Fetch-Site``. The control endpoints change state, so they ask more of a
request that has a body or a method other than GET or HEAD: a JSON content type or the
``X-Vrlive-Sandbox`` header, which a page can send cross-site only after a CORS preflight, which
the sandbox never grants (it sends no ``Access-Control-*`` header).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

CONTROL_HEADER = "X-Vrlive-Sandbox"
"""A header that marks a control request as a program's (any value)."""

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
SAFE_METHODS = frozenset({"GET", "HEAD"})


def own_names(host: str) -> frozenset[str]:
    """The names of a server listening on ``host`` (its loopback names too, when it listens on
    loopback or every interface), as a ``Host`` header writes them."""
    names = {f"[{host}]" if ":" in host else host}
    if host in ("127.0.0.1", "::1", "localhost", "0.0.0.0", "::"):  # noqa: S104 - names, not a bind
        names.update(LOOPBACK_NAMES)
    return frozenset(name.lower() for name in names)


def own_hosts(host: str, port: int) -> frozenset[str]:
    """The ``Host`` values that name a server listening on ``host``:``port``."""
    names = own_names(host)
    return frozenset({f"{name}:{port}" for name in names} | (names if port == 80 else set()))


def cross_site(headers: Mapping[str, str], hosts: Collection[str]) -> str | None:
    """Why a request (``headers`` with lower-case names) may come from a web page of another
    site, or through a name that is not the server's; None when it comes from neither."""
    host = (headers.get("host") or "").lower()
    if host not in hosts:
        return f"Host {host or '(none)'} is not the sandbox's address"
    origin = headers.get("origin")
    if origin is not None and origin.lower() not in {f"http://{own}" for own in hosts}:
        return f"Origin {origin} is another site"
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site.lower() not in ("same-origin", "none"):
        return f"Sec-Fetch-Site {fetch_site}: the request comes from another site"
    return None


def forgeable_control(method: str, headers: Mapping[str, str], body: bytes) -> str | None:
    """Why a control request could have been sent by a page of another site without a CORS
    preflight (a form post, a ``text/plain`` fetch); None when it could not."""
    if method in SAFE_METHODS and not body:
        return None
    if CONTROL_HEADER.lower() in headers:
        return None
    media_type = (headers.get("content-type") or "").split(";")[0].strip().lower()
    if media_type == "application/json" or media_type.endswith("+json"):
        return None
    if not media_type and not body:
        # A browser adds Origin to every request but a GET or HEAD (Fetch standard), which
        # cross_site() judged: a bare request without one is a program's.
        return None
    return (
        f"a control request with a body or a method other than GET must be JSON "
        f"(Content-Type: application/json) or carry an {CONTROL_HEADER} header, "
        f"not {media_type or 'a body without a content type'}"
    )


__all__ = ["CONTROL_HEADER", "cross_site", "forgeable_control", "own_hosts", "own_names"]
