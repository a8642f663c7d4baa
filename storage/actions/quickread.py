"""Who needs a positive contact, read on documents: `schoolyard neglected` without the
records, their dataclasses and every action of the book.

`QuickRead.statuses` runs the one rule (storage/rules/insights.py `family_statuses`) on
the same stored documents `ContactBook.statuses` gives it, with the families read by
storage/rules/familydocs.py into plain objects. A file that names colleagues' files is
left to ContactBook (the school's rules, storage/rules/colleagues.py).
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from storage.engine.tables import (
    CONTACTS,
    FAMILIES,
    HOLIDAYS,
    PLANS,
    SETTINGS,
    SETTINGS_ID,
    BookTables,
)
from storage.rules import insights, matching
from storage.rules.familydocs import LightFamily
from storage.rules.weeks import planning_week, window_of


def light_status(**fields: Any) -> SimpleNamespace:
    """A FamilyStatus's fields as a plain object (no colleague's positive contact here)."""
    return SimpleNamespace(positive_by="", **fields)


class QuickRead(BookTables):
    """A book that only answers `neglected` for this class alone."""

    def _settings_doc(self) -> dict[str, Any]:
        return self._table(SETTINGS).get(doc_id=SETTINGS_ID) or {}

    def colleague_files(self) -> list[str]:
        """As ContactBook's: the colleagues' files the settings keep."""
        return [str(p) for p in self._settings_doc().get("colleague_files", [])]

    def statuses(self, *, school_days: int | None = None) -> list[SimpleNamespace]:
        """`ContactBook.statuses(school_days=...)` for a file without colleagues' files."""
        today = self.today()
        window = school_days or window_of(self._settings_doc())
        families = sorted(
            (LightFamily(d.doc_id, d) for d in self._table(FAMILIES)),
            key=lambda f: (matching.fold(f.name), f.id),
        )
        week = planning_week(today)
        return insights.family_statuses(
            [f for f in families if f.active],
            (doc for _, doc in self._stored(CONTACTS)),
            today,
            window,
            [
                SimpleNamespace(
                    start=date.fromisoformat(d["from"]), end=date.fromisoformat(d["to"])
                )
                for d in self._table(HOLIDAYS)
            ],
            {int(d["family"]) for d in self._table(PLANS) if d.get("week") == week},
            make=light_status,
        )


def _holiday(doc: dict[str, Any]) -> SimpleNamespace:
    """A stored holiday's first and last day (`CalendarActions.holidays` reads the same)."""
    return SimpleNamespace(start=date.fromisoformat(doc["from"]), end=date.fromisoformat(doc["to"]))
