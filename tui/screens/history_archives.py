"""History looking into the closed school years (`a`): read-only rows, marked.

The archives' contacts are merged into the newest-first list with the same filters;
each such row names its school year in the note column, and edit or delete on it is
refused in one line (an archive is never written from the app).
"""

from __future__ import annotations

from typing import Any

from rich.text import Text

from storage import Contact, DataFileError

from ..text import t


def row_key(contact: Contact) -> str:
    """A table row key unique across the data file and the archives (their ids repeat)."""
    year = getattr(contact, "school_year", "")
    return f"{contact.id}@{year}" if year else str(contact.id)


def marked(cells: tuple[Text, ...], contact: Contact) -> tuple[Text, ...]:
    """An archived row's note cell starts with its school year: `[2025-2026] …`."""
    year = getattr(contact, "school_year", "")
    if not year:
        return cells
    note = Text(f"[{year}] ", style="italic") + cells[-1]
    return (*cells[:-1], note)


class ArchiveRows:
    """Mixed into HistoryScreen before HistoryWrites."""

    with_archives = False
    _has_archives = False

    def with_archived(self, book: Any, contacts: list[Contact], filters: dict) -> list[Contact]:
        """`contacts` and, when shown, the archives' ones with the same filters, newest first."""
        had, self._has_archives = self._has_archives, bool(book.archives())
        if had != self._has_archives:
            self.refresh_bindings()  # type: ignore[attr-defined]
        if not self.with_archives:
            return contacts
        try:
            found = book.archived_contacts(
                family_ids=filters.get("family_ids"), start=filters["start"], end=filters["end"]
            )
        except DataFileError as exc:
            self.notify(self.app.error_line(exc), severity="error")  # type: ignore[attr-defined]
            return contacts
        moments, tones = filters["moments"], filters["tones"]
        found = [
            c
            for c in found
            if (moments is None or c.moment in moments) and (tones is None or c.tone in tones)
        ]
        both = sorted([*contacts, *found], key=lambda c: c.at, reverse=True)
        return both[: filters["limit"]]

    def action_toggle_archives(self) -> None:
        self.with_archives = not self.with_archives
        if self.with_archives:
            years = ", ".join(a.school_year for a in self.book.archives())  # type: ignore[attr-defined]
            self.notify(t("archived.shown", years=years) if years else t("archived.none"))  # type: ignore[attr-defined]
        else:
            self.notify(t("archived.hidden"))  # type: ignore[attr-defined]
        self.reload()  # type: ignore[attr-defined]

    def _read_only(self) -> bool:
        contact = self.highlighted()  # type: ignore[attr-defined]
        year = getattr(contact, "school_year", "")
        if year:
            self.notify(t("archived.read_only", year=year))  # type: ignore[attr-defined]
        return bool(year)

    def action_edit(self, *args, **kwargs) -> None:
        if args or kwargs or not self._read_only():
            super().action_edit(*args, **kwargs)  # type: ignore[misc]

    def action_delete(self) -> None:
        if not self._read_only():
            super().action_delete()  # type: ignore[misc]
