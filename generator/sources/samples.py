"""Request samples on vendor pages: curl commands and raw HTTP requests, read for the endpoint they
call and the JSON body they send.

A curl sample's body is the value of ``-d``/``--data``/``--data-raw``/``--data-binary``/
``--data-ascii`` or ``--json``; a raw HTTP request's is what follows its headers and blank line.
The body is read as a JSON example (at the page lines of its keys, like a printed one) when the
sample says it is JSON (``--json``, or a ``Content-Type`` naming JSON) or says nothing and the body
starts with ``{`` or ``[``. Anything else is left alone, not checked: a form body
(``application/x-www-form-urlencoded``, ``multipart/form-data``, ``--data-urlencode``, ``-F``), a
body read from a file (``-d @body.json``), several ``-d`` (curl joins them with ``&``), and data
that ``-G`` moves into the query. Code in other languages (``fetch(..., {body: JSON.stringify({...})})``)
builds its body from a JavaScript object, not JSON text, and is not read either.
"""

from __future__ import annotations

import re

from attrs import frozen

from generator.sources.examples import JsonBlock, balanced_end
from generator.sources.shell import UnclosedQuote, Word, split_command

METHODS = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS"

_CURL = re.compile(r"^[ \t]*(?:\$[ \t]+)?curl(?:\.exe)?(?=[ \t])", flags=re.MULTILINE)
_REQUEST_LINE = re.compile(rf"^[ \t]*({METHODS})[ \t]+(\S+)[ \t]+HTTP/\d(?:\.\d)?[ \t]*$", flags=re.MULTILINE)
_HEADER_LINE = re.compile(r"[ \t]*([!#$%&'*+.^_`|~0-9A-Za-z-]+):(.*)")
_ORIGIN = re.compile(r"^(?:[A-Za-z][\w+.-]*://[^/?#]*|\{\{[^}]*\}\}|\$\{?\w+\}?|[\w-]+(?:\.[\w-]+)+(?::\d+)?(?=/))")

_BODY_OPTIONS = frozenset({"-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--json"})
_FORM_OPTIONS = frozenset({"--data-urlencode", "-F", "--form", "--form-string"})
_OPTIONS_WITH_VALUES = _BODY_OPTIONS | _FORM_OPTIONS | frozenset(
    {"-X", "--request", "-H", "--header", "--url", "-u", "--user", "-A", "--user-agent", "-e", "--referer",
     "-b", "--cookie", "-c", "--cookie-jar", "-o", "--output", "-w", "--write-out", "-m", "--max-time",
     "--connect-timeout", "-x", "--proxy", "-U", "--proxy-user", "-T", "--upload-file", "--cacert", "--cert",
     "-E", "--key", "-K", "--config", "--retry", "--resolve", "--oauth2-bearer", "-r", "--range",
     "--max-redirs", "--limit-rate", "--interface", "--url-query", "--aws-sigv4", "--variable"}
)  # fmt: skip
"""curl's options that take a value (the common ones): their value is never the URL."""


@frozen
class Sample:
    """A request a page prints as code.

    Attributes:
        kind: ``curl sample`` or ``HTTP request sample``, as messages name it.
        line: The page line where it starts (``curl``, or the request line).
        last_line: The page line where it ends.
        method: The method it sends.
        path: The path it calls, without host, query or fragment.
        body: Its JSON body at the body's page line, or None when it sends none or one that is not JSON.
    """

    kind: str
    line: int
    last_line: int
    method: str
    path: str
    body: JsonBlock | None


def _path(url: str) -> str | None:
    """The path of a sample's URL (``https://host/p?q``, ``{{baseUrl}}/p``, ``host.tld/p``, ``/p``), or
    None when the word is no URL."""
    origin = _ORIGIN.match(url)
    rest = url[origin.end() :] if origin else url
    if not rest.startswith("/") and not (origin and rest[:1] in {"", "?", "#"}):
        return None
    path = re.split(r"[?#]", rest, maxsplit=1)[0]
    return path.rstrip(".:：") or "/"


def _says_json(content_type: str | None, body: str) -> bool:
    if content_type is not None:
        return "json" in content_type.lower()
    return body.lstrip()[:1] in {"{", "["}


def _line_of(text: str, offset: int, first_line: int) -> int:
    return first_line + text.count("\n", 0, offset)


def _json_body(text: str, word: Word, first_line: int) -> JsonBlock | None:
    """The JSON block of a body word, at the page line of its first character."""
    start = len(word.text) - len(word.text.lstrip())
    if start == len(word.text):
        return None
    return JsonBlock(_line_of(text, word.offsets[start], first_line), word.text[start:].rstrip())


def _value(words: list[Word], index: int, option: str) -> tuple[Word | None, int]:
    """The value of the option at ``words[index]`` (attached, as ``-XPOST``, or the next word)."""
    word = words[index]
    if word.text != option:  # attached to a short option
        return Word(word.text[len(option) :], word.offsets[len(option) :]), index + 1
    return (words[index + 1], index + 2) if index + 1 < len(words) else (None, index + 1)


def _option(text: str) -> str | None:
    """The option a word is, when it takes a value (``-d``, ``--data``, ``-d{...}``)."""
    if text in _OPTIONS_WITH_VALUES:
        return text
    if len(text) > 2 and not text.startswith("--") and text[:2] in _OPTIONS_WITH_VALUES:
        return text[:2]
    return None


def _sample(
    text: str, first_line: int, kind: str, span: tuple[int, int], request: tuple[str, str], body: JsonBlock | None
) -> Sample:
    """The sample written from offset ``span[0]`` up to ``span[1]`` of ``text``."""
    start, end = span
    last_line = _line_of(text, max(start, end - 1), first_line)
    return Sample(kind, _line_of(text, start, first_line), last_line, *request, body)


def _curl(text: str, match: re.Match[str], first_line: int) -> Sample | None:
    """The curl command ``match`` found (``curl`` and what follows it), or None if it calls no URL."""
    try:
        command = split_command(text, match.end())
    except UnclosedQuote:
        return None
    words = list(command.words)
    method, url, content_type, get, form = None, None, None, False, False
    bodies: list[Word] = []
    index = 0
    while index < len(words):
        word = words[index]
        option = _option(word.text)
        if option is None:
            if word.text in {"-G", "--get"}:
                get = True
            elif word.text in {"-I", "--head"}:
                method = method or "HEAD"
            elif not word.text.startswith("-") and url is None:
                url = word.text
            index += 1
            continue
        value, index = _value(words, index, option)
        if value is None:
            break
        if option in {"-X", "--request"}:
            method = value.text.upper()
        elif option == "--url":
            url = value.text
        elif option in {"-H", "--header"}:
            name, _, said = value.text.partition(":")
            if name.strip().lower() == "content-type":
                content_type = said.strip()
        elif option in _BODY_OPTIONS:
            bodies.append(value)
            if option == "--json":
                content_type = content_type or "application/json"
        else:
            form = True
    path = None if url is None else _path(url)
    if path is None:
        return None
    sends = bool(bodies or form) and not get
    body = None
    if sends and not form and len(bodies) == 1 and not bodies[0].text.startswith("@"):
        if _says_json(content_type, bodies[0].text):
            body = _json_body(text, bodies[0], first_line)
    request = (method or ("POST" if sends else "GET"), path)
    return _sample(text, first_line, "curl sample", (match.start(), command.end), request, body)


def _http_request(text: str, match: re.Match[str], first_line: int) -> Sample | None:
    """The raw HTTP request whose request line ``match`` found: its headers, a blank line and a body."""
    path = _path(match.group(2))
    if path is None:
        return None
    end = match.end()
    content_type = None
    while text.startswith("\n", end):
        line_end = text.find("\n", end + 1)
        line_end = len(text) if line_end < 0 else line_end
        header = _HEADER_LINE.fullmatch(text[end + 1 : line_end].rstrip("\r"))
        if header is None:
            break
        if header.group(1).lower() == "content-type":
            content_type = header.group(2).strip()
        end = line_end
    body = None
    blank = re.compile(r"\n[ \t\r]*\n\s*").match(text, end)
    if blank is not None and text[blank.end() : blank.end() + 1] in {"{", "["}:
        closed = balanced_end(text, blank.end())
        if closed is not None:
            if _says_json(content_type, text[blank.end() : closed]):
                body = JsonBlock(_line_of(text, blank.end(), first_line), text[blank.end() : closed])
            end = closed
    request = (match.group(1), path)
    return _sample(text, first_line, "HTTP request sample", (match.start(), end), request, body)


def request_samples(text: str, first_line: int = 1) -> list[Sample]:
    """The curl commands and raw HTTP requests of ``text`` (code, or a whole text capture), in page
    order; ``first_line`` is the page line of its first line."""
    curls = (_curl(text, match, first_line) for match in _CURL.finditer(text))
    requests = (_http_request(text, match, first_line) for match in _REQUEST_LINE.finditer(text))
    return sorted((sample for sample in (*curls, *requests) if sample is not None), key=lambda s: s.line)


__all__ = ["METHODS", "Sample", "request_samples"]
