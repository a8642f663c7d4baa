"""Open follow-ups (contacts marked "needs a follow-up" that no later contact cleared).

A plain text panel on Today and Week: one line a follow-up, oldest first, the family, the
day and the note; `ctrl+t` on those screens ticks one off (undone with ctrl+z).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.content import Content
from textual.widgets import Static

from storage import Contact, Family

from ..symbols import FOLLOW_UP
from ..text import format_day, t
from .names import family_label, shared_names


def followup_to_tick(open_ones: Sequence[Contact], family_id: int | None) -> Contact | None:
    """The highlighted family's open follow-up, else the oldest one."""
    for contact in open_ones:
        if contact.family_id == family_id:
            return contact
    return open_ones[0] if open_ones else None


class FollowUpList(Static):
    """The open follow-ups, one line each (the first `limit`, then a count)."""

    limit = 12

    def show(
        self, open_ones: Sequence[Contact], families: Mapping[int, Family], *, title: bool = False
    ) -> None:
        shared = shared_names(families.values())
        pieces: list = []
        if title and open_ones:
            pieces.append((t("followup.title", count=len(open_ones)) + "\n", "bold"))
        limit = self.limit
        for index, contact in enumerate(open_ones):
            if index:
                pieces.append("\n")
            if index == limit:
                pieces.append((t("today.greet.more", count=len(open_ones) - limit), "dim"))
                break
            family = families.get(contact.family_id)
            name = family_label(family, shared) if family else "?"
            pieces += [
                (f"{FOLLOW_UP} ", "bold $text-warning"),
                (name, "bold"),
                (f" · {format_day(contact.day)}", "dim"),
            ]
            if contact.note:
                pieces.append((f" — {contact.note}", "italic"))
        self.update(Content.assemble(*pieces) if pieces else t("followup.none"))
