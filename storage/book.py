"""ContactBook: the one object the CLI and the TUI talk to.

A thin facade over the engine (storage/engine/: TinyDB with our Storage and our
Transaction middleware) and the actions by what they touch (storage/actions/). Every
change is one lock, one fresh read and one atomic write, so a CLI command beside an open
TUI, or a dozen commands at once, never lose each other's writes. Records cross to the
TUI and the CLI as frozen dataclasses.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from storage.actions.backups import BackupActions
from storage.actions.calendar import CalendarActions, planning_week
from storage.actions.colleagues import ColleagueActions
from storage.actions.contacts import ContactActions
from storage.actions.exports import ExportActions
from storage.actions.families import FamilyActions
from storage.actions.followups import FollowUpActions
from storage.actions.regroup import RegroupActions
from storage.engine.tables import CONTACTS
from storage.records import Contact, FamilyStatus
from storage.rules import insights

if TYPE_CHECKING:
    from storage.rules.colleagues import Combined, Uncertain

# The errors, field lists and week names the actions define are public from `storage`
# (storage/__init__.py names each one's home); this module is the facade alone.
__all__ = ["ContactBook"]


class ContactBook(
    BackupActions,
    ContactActions,
    FollowUpActions,
    FamilyActions,
    RegroupActions,
    CalendarActions,
    ExportActions,
    ColleagueActions,
):
    """A teacher's contacts with the families of the class, in one data file."""

    def statuses(
        self, today: date | None = None, *, school_days: int | None = None
    ) -> list[FamilyStatus]:
        """Every active family with its last contacts and whether it needs a positive one.

        `school_days` overrides the stored window for this question only.
        """
        return self._statuses(today, school_days, school=False)

    def school_statuses(
        self, today: date | None = None, *, school_days: int | None = None
    ) -> list[FamilyStatus]:
        """The school view (`--with`): every family of this file and the colleagues' files,
        one each (merged by the match), with every file's contacts."""
        return self._statuses(today, school_days, school=True)

    def _statuses(
        self, today: date | None, school_days: int | None, *, school: bool
    ) -> list[FamilyStatus]:
        today = today or self.today()
        window = school_days or self.settings().positive_window_school_days
        colleagues = self.colleagues()[0] if (school or self.colleague_paths()) else []
        # Today, the week and the families screen all ask after each change: answer once
        # per version of the file (and of the colleagues' files), day and window.
        answers: dict[tuple, list[FamilyStatus]] = self._memoized("statuses", dict)
        key = (today, window, school, tuple(colleagues))
        if key not in answers:
            if not colleagues and not school:
                answers[key] = insights.family_statuses(
                    self.families(),
                    (doc for _, doc in self._stored(CONTACTS)),
                    today,
                    window,
                    self.holidays(),
                    self.planned(planning_week(today)),
                )
            else:
                from storage.rules.colleagues import with_colleagues

                combined = self._combined(school)
                answers[key] = with_colleagues(
                    insights.family_statuses(
                        combined.families,
                        combined.contact_docs,
                        today,
                        window,
                        self.holidays(),
                        self.planned(planning_week(today)),
                    ),
                    combined,
                    school=school,
                )
        return list(answers[key])

    def _combined(self, school: bool) -> Combined:
        """Our families and contacts with the colleagues' (rules/colleagues.py), once per
        version of every file."""
        from storage.rules.colleagues import combine

        colleagues = self.colleagues()[0]
        held: dict[tuple, Combined] = self._memoized("combined", dict)
        key = (school, tuple(colleagues))
        if key not in held:
            docs = (doc for _, doc in self._stored(CONTACTS))
            held[key] = combine(self.families(), docs, colleagues, school=school)
        return held[key]

    def colleague_contacts(
        self, *, start: date | None = None, end: date | None = None
    ) -> list[Contact]:
        """The colleagues' contacts of the school view, on its family ids, in the period."""
        found = []
        for doc in self._combined(True).their_docs:
            contact = Contact.from_doc(0, doc)
            if (start is None or contact.day >= start) and (end is None or contact.day <= end):
                found.append(contact)
        return found

    def colleague_uncertain(self) -> list[tuple[str, Uncertain]]:
        """(colleague's name, the family of hers) for each match left unmade."""
        if not self.colleague_paths():
            return []
        return self._combined(self.with_given).uncertain

    def needing_positive_contact(
        self, today: date | None = None, *, school_days: int | None = None, school: bool = False
    ) -> list[FamilyStatus]:
        """Families to greet first: no first contact yet, then longest without a positive.

        `school`: from the school view (`school_statuses`) instead of this class alone.
        """
        return insights.needing_positive_contact(self._statuses(today, school_days, school=school))
