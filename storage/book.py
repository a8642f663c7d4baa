"""ContactBook: the one object the CLI and the TUI talk to.

A thin facade over the engine (storage/engine/: TinyDB with our Storage and our
Transaction middleware) and the actions by what they touch (storage/actions/). Every
change is one lock, one fresh read and one atomic write, so a CLI command beside an open
TUI, or a dozen commands at once, never lose each other's writes. Records cross to the
TUI and the CLI as frozen dataclasses.
"""

from __future__ import annotations

from datetime import date

from storage.actions.calendar import (
    CalendarActions,
    ReflectionConflict,
    SettingsConflict,
    iso_week,
    planning_week,
)
from storage.actions.contacts import (
    CONTACT_FIELDS,
    ContactActions,
    ContactConflict,
    FutureTime,
    Undone,
    UnknownContact,
)
from storage.actions.exports import ExportActions
from storage.actions.families import FAMILY_FIELDS, FamilyActions, FamilyConflict, UnknownFamily
from storage.actions.followups import FollowUpActions
from storage.actions.regroup import RegroupActions
from storage.engine.tables import CONTACTS, now_local
from storage.records import FamilyStatus
from storage.rules import insights

__all__ = [
    "CONTACT_FIELDS",
    "FAMILY_FIELDS",
    "ContactBook",
    "ContactConflict",
    "FamilyConflict",
    "FutureTime",
    "ReflectionConflict",
    "SettingsConflict",
    "Undone",
    "UnknownContact",
    "UnknownFamily",
    "iso_week",
    "now_local",
    "planning_week",
]


class ContactBook(
    ContactActions,
    FollowUpActions,
    FamilyActions,
    RegroupActions,
    CalendarActions,
    ExportActions,
):
    """A teacher's contacts with the families of the class, in one data file."""

    def statuses(
        self, today: date | None = None, *, school_days: int | None = None
    ) -> list[FamilyStatus]:
        """Every active family with its last contacts and whether it needs a positive one.

        `school_days` overrides the stored window for this question only.
        """
        today = today or self.today()
        window = school_days or self.settings().positive_window_school_days
        # Today, the week and the families screen all ask after each change: answer once
        # per version of the file, day and window.
        answers: dict[tuple[date, int], list[FamilyStatus]] = self._memoized("statuses", dict)
        if (today, window) not in answers:
            answers[(today, window)] = insights.family_statuses(
                self.families(),
                self._table(CONTACTS),
                today,
                window,
                self.holidays(),
                self.planned(planning_week(today)),
            )
        return list(answers[(today, window)])

    def needing_positive_contact(
        self, today: date | None = None, *, school_days: int | None = None
    ) -> list[FamilyStatus]:
        """Families to greet first: no first contact yet, then longest without a positive."""
        return insights.needing_positive_contact(self.statuses(today, school_days=school_days))
