"""One family's story: every contact and attempt newest first, the first contact, plans, tips.

`family_story(book, family_id)` reads the book once and answers with a frozen
`FamilyStory`, which the timeline screen shows as it is. Contacts from elsewhere (an
archived school year, a colleague's file) come in as `StoryEntry`s with their `source`
through `extra`; they are merged into the same newest-first order, so the screen does
not change when those sources are added.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from storage.records import Contact, Family

if TYPE_CHECKING:
    from storage.book import ContactBook

HERE = ""
"""The `source` of an entry from the open data file."""


@dataclass(frozen=True)
class StoryEntry:
    """One contact or attempt in a family's story, and where it was kept."""

    contact: Contact
    source: str = HERE
    """`HERE` for this data file; else a name for where it came from (a year, a colleague)."""

    @property
    def attempt(self) -> bool:
        """An attempt that reached nobody: kept in the story, but no contact."""
        return not self.contact.reached

    @property
    def editable(self) -> bool:
        """Only what this data file holds can be edited or deleted from the story."""
        return self.source == HERE


@dataclass(frozen=True)
class FamilyStory:
    """What the timeline shows for one family."""

    family: Family
    entries: tuple[StoryEntry, ...]
    """Newest first; attempts included (`entry.attempt`)."""
    planned_weeks: tuple[str, ...] = ()
    """ISO weeks (`2026-W48`) the family was planned for a positive contact, oldest first."""

    @property
    def first_contact(self) -> date | None:
        return self.family.first_contact

    @property
    def tips(self) -> str:
        return self.family.tips

    @property
    def contacts(self) -> int:
        """Contacts that reached someone (attempts do not count)."""
        return sum(1 for e in self.entries if not e.attempt)

    @property
    def attempts(self) -> int:
        return sum(1 for e in self.entries if e.attempt)

    @property
    def last_positive(self) -> datetime | None:
        return next((e.contact.at for e in self.entries if e.contact.is_positive), None)

    def planned_from(self, week: str) -> tuple[str, ...]:
        """The planned weeks from `week` on (ISO week keys sort as text)."""
        return tuple(w for w in self.planned_weeks if w >= week)


def newest_first(entries: Iterable[StoryEntry]) -> tuple[StoryEntry, ...]:
    """Entries by moment, newest first; ties by source then id, so the order is stable."""
    return tuple(
        sorted(
            entries,
            key=lambda e: (e.contact.at.timestamp(), e.source == HERE, e.contact.id),
            reverse=True,
        )
    )


def family_story(
    book: ContactBook, family_id: int, *, extra: Iterable[StoryEntry] = ()
) -> FamilyStory:
    """The story of one family of `book`, with `extra` entries merged in.

    Raises UnknownFamily when the family is not (or no longer) in the book.
    """
    family = book.family(family_id)
    here = (StoryEntry(c) for c in book.contacts(family_id=family.id))
    return FamilyStory(
        family=family,
        entries=newest_first([*here, *extra]),
        planned_weeks=tuple(book.planned_weeks(family.id)),
    )
