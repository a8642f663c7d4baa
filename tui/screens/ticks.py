"""Follow-ups and colleagues' contacts on Today and Week; ticking a follow-up off.

Ticking is one write (`book.tick_followup`), undone with ctrl+z like an edit.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen

from storage import Contact, Family
from storage.rules.mix import week_bounds

from ..text import format_day, t
from ..widgets.contact_list import ContactList
from ..widgets.followups import FollowUpList, followup_to_tick
from ..widgets.names import family_label, shared_names
from ..writing import schoolyard, write


class FollowUpKeys:
    """ctrl+t on Today and Week: the screen keeps `_followups` and `_families` fresh."""

    _followups: list[Contact] = []
    _families: dict[int, Family] = {}

    def action_tick_followup(self) -> None:
        """Tick off the highlighted family's follow-up (else the oldest): one write."""
        tick_for(self, self.highlighted_family())  # type: ignore[attr-defined, arg-type]


def week_extras() -> ComposeResult:
    """Week's two panels below the detail: follow-ups and the colleagues' contacts."""
    yield FollowUpList(id="week-followups")
    yield ContactList(id="week-theirs")


def tick_for(screen: Screen, family_id: int | None) -> None:
    """Tick off this family's open follow-up, else the oldest open one."""
    contact = followup_to_tick(screen._followups, family_id)  # type: ignore[attr-defined]
    if contact is None:
        return
    families = screen._families  # type: ignore[attr-defined]
    family = families.get(contact.family_id)
    name = family_label(family, shared_names(families.values())) if family else "?"
    message = t("followup.ticked_app", family=name, day=format_day(contact.day))
    _tick(screen, contact.id, message)


def _tick(screen: Screen, contact_id: int, message: str) -> None:
    write(
        screen,
        lambda: schoolyard(screen).book.tick_followup(contact_id),
        said=lambda _: message,
        group="followup",
        refused=(ValueError,),
    )


def show_week_extras(screen) -> None:
    """Week: the open follow-ups, and the colleagues' contacts of this week (read-only)."""
    book = screen.book
    monday, sunday = week_bounds(book.today())
    read = screen.read_book(
        lambda book: (
            book.open_followups(),
            book.colleague_contacts_named(start=monday, end=sunday),
            {f.id: f for f in book.families(include_archived=True)},
        )
    )
    if read is None:
        return
    screen._followups, theirs, families = read
    screen._families = families
    followups = screen.query_one("#week-followups", FollowUpList)
    followups.limit = 3
    followups.show(screen._followups, families, title=True)
    followups.display = bool(screen._followups)
    others = screen.query_one("#week-theirs", ContactList)
    others.with_day = True
    others.show([], families, theirs)
    others.display = bool(theirs)
    screen.refresh_bindings()
