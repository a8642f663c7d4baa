"""Views derived from one read of the data file, kept until the file changes.

A school year holds tens of thousands of contacts; the app asks for the newest few
hundred on every key. Sorting them all (and parsing every time) once per file version
instead of once per question keeps each key cheap. A view is keyed by the very table
object it was made from: every read of a changed file and every write makes new
table objects, so a view can never outlive the data it describes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any, TypeVar

from . import insights

T = TypeVar("T")


class ReadCache:
    """One derived value per name, rebuilt when its source table is another object.

    One entry a name, so an old read is never kept alive by a view nobody asks for.
    """

    def __init__(self) -> None:
        self._views: dict[str, tuple[object, Hashable, Any]] = {}

    def get(self, name: str, source: object, build: Callable[[], T], args: Hashable = ()) -> T:
        """The view `name` of `source` (for these `args`), built only when not kept."""
        kept = self._views.get(name)
        # `is`, not `==`: the entry holds its source, so the object cannot be reused.
        if kept is not None and kept[0] is source and kept[1] == args:
            return kept[2]
        value = build()
        self._views[name] = (source, args, value)
        return value


def newest_first(table: Mapping[str, Mapping[str, Any]]) -> list[tuple[int, Mapping[str, Any]]]:
    """(id, document) of every contact, newest first; ties by id, highest first.

    Times are compared as moments, not as text (see `insights.sortable_times`).
    """
    items = [(int(key), doc) for key, doc in table.items()]
    times = insights.sortable_times([doc["at"] for _, doc in items])
    order = sorted(range(len(items)), key=lambda i: (times[i], items[i][0]), reverse=True)
    return [items[i] for i in order]
