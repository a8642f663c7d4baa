"""ContactIndex: every contact newest first, and where each family's and each day's are.

Built once per version of the file (`ContactBook._memoized`) by the app's readers: a
History filter key then walks only the matched families' contacts, and the week's mix
only the days it counts, instead of the whole book (17k contacts in a school year).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator
from itertools import chain
from typing import Any


class ContactIndex:
    """Stored contact documents newest first, with the positions of each family and day."""

    __slots__ = ("_by_day", "_by_family", "_days", "docs")

    def __init__(self, docs: list[Any]) -> None:
        self.docs = docs
        """Every contact document, newest first (as moments); ties by id."""
        by_family: dict[int, list[int]] = {}
        by_day: dict[str, list[int]] = {}
        for rank, doc in enumerate(docs):
            by_family.setdefault(doc["family"], []).append(rank)
            by_day.setdefault(doc["at"][:10], []).append(rank)
        self._by_family = by_family
        self._by_day = by_day
        self._days = sorted(by_day)
        """The days (stored local dates, as text) that hold a contact, in order."""

    def candidates(
        self, families: Collection[int] | None, lo: str = "", hi: str = ""
    ) -> Iterator[Any]:
        """Newest first, the documents of these families or of the days `lo`..`hi`
        (ISO dates, inclusive, "" for open): a superset the caller still filters."""
        picks: list[list[int]] = []
        if families is not None:
            picks.append(sorted(chain.from_iterable(self._by_family.get(f, ()) for f in families)))
        if lo or hi:
            first = bisect_left(self._days, lo) if lo else 0
            last = bisect_right(self._days, hi) if hi else len(self._days)
            if first > 0 or last < len(self._days):
                days = self._days[first:last]
                picks.append(sorted(chain.from_iterable(self._by_day[d] for d in days)))
        if not picks:
            return iter(self.docs)
        docs = self.docs
        return (docs[rank] for rank in min(picks, key=len))
