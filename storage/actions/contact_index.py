"""ContactIndex: every contact newest first, and where each family's and each day's are;
ContactReads: the book's reads that use it (kept per version of the file).

Built once per version of the file (`ContactBook._memoized`) by the app's readers: a
History filter key then walks only the matched families' contacts, and the week's mix
only the days it counts, instead of the whole book (17k contacts in a school year).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator
from datetime import date
from itertools import chain
from typing import TYPE_CHECKING, Any

from storage.engine.tables import CONTACTS, BookTables
from storage.rules import insights

if TYPE_CHECKING:
    from storage.rules.mix import WeekMix

CONTACT_INDEX = "contact index"
"""The memo of the contacts index, per version of the file."""


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


class ContactReads(BookTables):
    """The index as the book keeps it, and the app's reads that only it answers."""

    def _contact_index(self, *, build: bool) -> ContactIndex | None:
        """The contacts index of this version of the file: made if `build`, else only
        when an earlier question made it (a CLI command never pays for the sort)."""
        if build:
            return self._memoized(CONTACT_INDEX, self._make_contact_index)
        token = self._engine.generation()
        held = self._memo.get(CONTACT_INDEX)
        if held is None or token is None or held[0] != token:
            return None
        return held[1]

    def _make_contact_index(self) -> ContactIndex:
        """Every contact document, newest first (as moments, not text); ties by id."""
        docs = list(self._table(CONTACTS))
        times = insights.sortable_times([doc["at"] for doc in docs])
        order = sorted(range(len(docs)), key=lambda i: (times[i], docs[i].doc_id), reverse=True)
        return ContactIndex([docs[i] for i in order])

    def prepare_reads(self) -> None:
        """Make the indexes the app's screens read from (kept per version of the file),
        so the first History, Week or filter key does not pay for them."""
        self._contact_index(build=True)
        self.families(include_archived=True)  # type: ignore[attr-defined]

    def week_mix(self, today: date | None = None) -> WeekMix:
        """This ISO week's mix beside the weeks before (`rules/mix.py`), counted on the
        stored documents (of just those days once the index is made), no records made;
        kept per version of the file and day."""
        from storage.rules.mix import period_of, week_mix_of_docs  # the app's only

        today = today or self.today()
        answers: dict[date, WeekMix] = self._memoized("week mix", dict)
        if today not in answers:
            start, end = period_of(today)
            # Right after a change the index is not worth sorting for: one pass counts.
            index = self._contact_index(build=False)
            docs = (
                index.candidates(None, start.isoformat(), end.isoformat())
                if index is not None
                else self._table(CONTACTS)
            )
            answers[today] = week_mix_of_docs(docs, today)
        return answers[today]
