"""Walking a paged list operation page after page: the iterators that ``x-pagination`` generates.

A list operation answers one page at a time (``realsee.entity.list_vrs(page=2)``). Its spec
declares its paging (``x-pagination``: the page parameter, the first page's number, and where the
data keeps the page's items and the total count), and its resource gains an iterator over every
item of every page, sync and async:

```python
for vr in realsee.entity.iter_vrs():
    ...
async for vr in arealsee.entity.iter_vrs():
    ...
```

Pages are asked for from the first, one at a time, as the items are consumed (nothing is sent
before the first item is asked for). The walk ends when the items seen reach the total, and also,
so that no answer can make it run forever:

- on a page without items (an empty list, or none at all);
- on a page whose total is missing or not a number: its items are yielded, and no page after it
  is asked for (how many there are is unknown);
- on a page that repeats one already seen (a server that ignores the page number, or starts
  over): nothing of it is yielded again.

The last two are logged as warnings on the ``vrlive`` logger. A failure of a call (an API error,
a transport error) is raised from the iteration, as the call itself raises it.

One state object (:class:`PageWalk`) decides, for the sync loop and the async one alike.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any

from vrlive_core.types import Unset

_logger = logging.getLogger("vrlive")

Path = tuple[str, ...]
"""Where a value is in a page's data: the attribute names leading to it (``("list",)``)."""


def value_at(data: object, path: Path) -> object:
    """The value at ``path`` in ``data`` (a generated model), None where something on the way is
    missing (None, ``UNSET``, no such attribute)."""
    for name in path:
        if data is None or isinstance(data, Unset):
            return None
        data = getattr(data, name, None)
    return None if isinstance(data, Unset) else data


def _plain(value: object) -> object:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _fingerprint(items: Sequence[object]) -> str:
    """A digest of a page's items, to recognise a page seen before (models by their ``to_dict()``)."""
    text = json.dumps([_plain(item) for item in items], sort_keys=True, default=repr)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class PageWalk:
    """Where a walk is: the page to ask for next, the items seen, the pages seen, and whether it
    is over. :meth:`take` reads each answer and says which items to yield."""

    def __init__(self, operation: str, *, first: int, items: Path, total: Path) -> None:
        self.operation = operation
        self.page = first
        self.items = items
        self.total = total
        self.seen = 0
        self.done = False
        self._pages: set[str] = set()

    def take(self, data: object) -> list[Any]:
        """The items of the page just read (``data``, what the operation returned) to yield, and
        whether to ask for the next page (``done``, ``page``)."""
        found = value_at(data, self.items)
        items = list(found) if isinstance(found, list | tuple) else []
        if not items:
            self.done = True
            return []
        fingerprint = _fingerprint(items)
        if fingerprint in self._pages:
            _logger.warning(
                "%s: page %s repeats a page already read; stopping after %d items",
                self.operation, self.page, self.seen,
            )  # fmt: skip
            self.done = True
            return []
        self._pages.add(fingerprint)
        self.seen += len(items)
        total = value_at(data, self.total)
        if not isinstance(total, int | float) or isinstance(total, bool):
            _logger.warning(
                "%s: page %s gives no total (%r); stopping after it, with %d items",
                self.operation, self.page, total, self.seen,
            )  # fmt: skip
            self.done = True
        elif self.seen >= total:
            self.done = True
        else:
            self.page += 1
        return items


def walk_pages(
    fetch: Callable[[int], object], operation: str, *, first: int, items: Path, total: Path
) -> Iterator[Any]:
    """Every item of every page ``fetch(page)`` returns, from page ``first`` (see the module)."""
    walk = PageWalk(operation, first=first, items=items, total=total)
    while not walk.done:
        yield from walk.take(fetch(walk.page))


async def walk_pages_async(
    fetch: Callable[[int], Awaitable[object]], operation: str, *, first: int, items: Path, total: Path
) -> AsyncIterator[Any]:
    """Every item of every page ``await fetch(page)`` returns, from page ``first`` (see the module)."""
    walk = PageWalk(operation, first=first, items=items, total=total)
    while not walk.done:
        for item in walk.take(await fetch(walk.page)):
            yield item


__all__ = ["PageWalk", "Path", "value_at", "walk_pages", "walk_pages_async"]
