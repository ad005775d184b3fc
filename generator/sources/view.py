"""Where each example and table of a page belongs: which endpoint it follows, and whether the
page's own headings make it a request or a response.

A page names an endpoint as ``METHOD /path`` (``接口: POST /auth/access_token``), as ``METHOD URL``,
or as a method alone on a line with the URL on the next; a request sample (a curl command, a raw
HTTP request) names the endpoint it calls, and the JSON body it sends is a request example of that
endpoint, wherever the sample stands. What else follows an endpoint belongs to it
until the next one; headings such as 请求参数 / Body参数 / Request Sample make it the request,
返回结果 / 响应示例 / Response Parameter the response. A heading the manifest declares as a
section (``manifest.json 示例``, ``通用响应结构``) ties what follows to a schema instead of an
endpoint. A page-wide heading it does not declare (通用响应结构, 公共参数, Common Parameters) ends
the endpoint before it all the same: what follows documents the whole page, not that endpoint.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Literal

from attrs import frozen

from generator.sources.document import Code, Document, Prose, Table
from generator.sources.examples import Example, ExampleError, JsonBlock, json_blocks, parse_example
from generator.sources.samples import request_samples

Side = Literal["request", "response"]

_METHODS = "GET|POST|PUT|PATCH|DELETE"
_ENDPOINT = re.compile(rf"(?<![A-Za-z])({_METHODS})\s+((?:https?://[^\s/'\"`]+)?/[^\s'\"`<>，。；;,)]*)")
_METHOD_ALONE = re.compile(rf"({_METHODS})")
_URL_ALONE = re.compile(r"(?:https?://[^\s/'\"`]+)?(/[^\s'\"`<>]*)")
_REQUEST_HEADING = re.compile(
    r"请求(?:参数|示例|体|头|报文)?|(?:Body|路径|查询|Query|Header)\s*参数|输入(?:参数|示例)"
    r"|Request(?: (?:Parameters?|Samples?|Examples?|Body|Headers?|Code Samples|Request Example))?"
    r"|(?:Body|Query|Header|Path|Cookie) Params(?: \S+)?",
    flags=re.IGNORECASE,
)
_RESPONSE_HEADING = re.compile(
    r"返回(?:结果|参数|示例|值)|响应(?:示例|参数|字段说明|结构)?|输出(?:参数|示例)"
    r"|Responses?(?: (?:Parameters?|Samples?|Examples?|Body))?",
    flags=re.IGNORECASE,
)

_PAGE_WIDE_HEADING = re.compile(
    r"(?:通用|公共|全局)(?:请求|响应|返回)?(?:参数|结构|字段|头|示例|说明|错误码)+"
    r"|Common (?:Request |Response )?(?:Parameters?|Structure|Fields|Headers?|Errors?|Error Codes|Responses?)",
    flags=re.IGNORECASE,
)


@frozen
class Endpoint:
    line: int
    method: str
    path: str
    called: bool = False
    """Named by a request sample, which calls a URL: its path may fill in the spec's parameters."""

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


@frozen
class Place:
    """What a block follows: an endpoint or a declared section (by its heading), and the side."""

    endpoint: Endpoint | None
    section: str | None
    side: Side | None

    def key(self) -> str:
        """A name for the place that stays the same between two captures of a page (Markdown)."""
        if self.section is not None:
            return f"section `{self.section}`"
        where = f"`{self.endpoint}`" if self.endpoint else "before any endpoint"
        return f"{where} {self.side}" if self.side else where


@frozen
class PlacedExample:
    example: Example
    place: Place
    sample: str | None = None
    """The request sample whose body the example is (``curl sample``), or None for a printed example."""


@frozen
class BrokenExample:
    line: int
    message: str
    place: Place
    sample: str | None = None


@frozen
class PlacedTable:
    table: Table
    place: Place


@frozen
class PageView:
    endpoints: tuple[Endpoint, ...]
    examples: tuple[PlacedExample, ...]
    broken: tuple[BrokenExample, ...]
    tables: tuple[PlacedTable, ...]


def _bare(text: str) -> str:
    """A prose line without list bullets and a closing colon, to compare with headings."""
    return text.strip().lstrip("•·-*–—").strip().rstrip(":：").strip()


def heading_side(text: str) -> Side | None:
    bare = _bare(text)
    if _REQUEST_HEADING.fullmatch(bare):
        return "request"
    if _RESPONSE_HEADING.fullmatch(bare):
        return "response"
    return None


def _clean_path(raw: str) -> str:
    path = raw.split("?", 1)[0].split("#", 1)[0]
    return path.rstrip(".:：") or "/"


def endpoints_in(prose: Prose, following: Prose | None) -> list[Endpoint]:
    """The endpoints a prose line names; ``following`` is the next one, for a method alone on its
    line (the endpoint is then at the URL's line, where its path is written)."""
    found = [Endpoint(prose.line, method, _clean_path(path)) for method, path in _ENDPOINT.findall(prose.text)]
    if not found and _METHOD_ALONE.fullmatch(prose.text) and following is not None:
        url = _URL_ALONE.fullmatch(following.text)
        if url is not None:
            found.append(Endpoint(following.line, prose.text, _clean_path(url.group(1))))
    return found


def view_page(document: Document, sections: Collection[str] = ()) -> PageView:
    """The page's endpoints, and each example and table with the place it follows."""
    headings = {_bare(heading) for heading in sections}
    endpoints: list[Endpoint] = []
    examples: list[PlacedExample] = []
    broken: list[BrokenExample] = []
    tables: list[PlacedTable] = []
    place = Place(None, None, None)
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Prose):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            named = endpoints_in(block, following if isinstance(following, Prose) else None)
            if named:
                endpoints.extend(named)
                place = Place(named[-1], None, None)
            elif _bare(block.text) in headings:
                place = Place(None, _bare(block.text), None)
            elif _PAGE_WIDE_HEADING.fullmatch(_bare(block.text)):
                place = Place(None, None, None)
            elif (side := heading_side(block.text)) is not None:
                place = Place(place.endpoint, place.section, side)
        elif isinstance(block, Table):
            tables.append(PlacedTable(block, place))
        elif isinstance(block, Code):
            in_samples: set[int] = set()
            for sample in request_samples(block.text, block.line):
                called = Endpoint(sample.line, sample.method, sample.path, called=True)
                endpoints.append(called)
                in_samples.update(range(sample.line, sample.last_line + 1))
                if sample.body is not None:
                    _place_example(sample.body, Place(called, None, "request"), examples, broken, sample.kind)
            for found in json_blocks(block.text, block.line):
                if found.line not in in_samples:
                    _place_example(found, place, examples, broken, None)
    return PageView(tuple(endpoints), tuple(examples), tuple(broken), tuple(tables))


def _place_example(
    block: JsonBlock, place: Place, examples: list[PlacedExample], broken: list[BrokenExample], sample: str | None
) -> None:
    """Parse ``block`` into ``examples`` at ``place``, or into ``broken`` when it is not JSON."""
    try:
        examples.append(PlacedExample(parse_example(block), place, sample))
    except ExampleError as error:
        broken.append(BrokenExample(error.line, error.message, place, sample))


__all__ = [
    "BrokenExample",
    "Endpoint",
    "PageView",
    "Place",
    "PlacedExample",
    "PlacedTable",
    "Side",
    "endpoints_in",
    "heading_side",
    "view_page",
]
