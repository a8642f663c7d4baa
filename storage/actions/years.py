"""The school year: closing it into an archive file, reading archives, and retention.

`close_year()` moves every contact, plan and reflection from before this school year's
start (1 August unless set) into `<stem>-YYYY-YYYY.json` beside the data file, one archive
per school year, in one locked, crash-safe step:

1. under the data file's lock (and then each archive's), a new close id is made;
2. each archive is written atomically with the moved records and a `closes` entry that
   names the close id and the archive ids it added;
3. then the data file is written atomically without them, its settings listing the
   close id among its `closes`: this write is the commit.

A kill before 3 leaves the data file as it was and archive records of a close id the
data file does not list: every reader ignores them, and the next close (or purge,
forget) removes them from the archive. A kill after 3 is the new state. So a contact is
never in both and never in neither. Families stay in the data file; each archive keeps a
copy of the families its records name, so it is a valid file on its own.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storage.engine import siblings
from storage.engine.lock import locked
from storage.engine.tables import (
    CONTACTS,
    FAMILIES,
    PLANS,
    REFLECTIONS,
    SETTINGS,
    SETTINGS_ID,
    UNDO,
    BookTables,
)
from storage.records import Contact

if TYPE_CHECKING:
    from storage.actions.archived import Archive, ArchivedContact, Closed

CLOSES = "closes"
"""The table of an archive that says which close added which records."""
MOVED = (CONTACTS, PLANS, REFLECTIONS)
DEFAULT_START = (8, 1)
"""1 August: the Dutch school year starts in the summer holiday."""
CRASH_AT = "SCHOOLYARD_CRASH_AT"
"""For the kill tests only: a step name at which `year close` kills its own process."""


def _crash_point(step: str) -> None:
    if os.environ.get(CRASH_AT) == step:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def _week_day(week: str) -> date:
    """The Monday of `2026-W48`."""
    year, number = week.split("-W")
    return date.fromisocalendar(int(year), int(number), 1)


class YearActions(BookTables):
    # -- settings ---------------------------------------------------------------------------

    def _year_settings(self) -> dict[str, Any]:
        return self._table(SETTINGS).get(doc_id=SETTINGS_ID) or {}

    def school_year_start(self) -> tuple[int, int]:
        """(month, day) the school year starts on; 1 August unless set."""
        text = str(self._year_settings().get("school_year_start", ""))
        try:
            month, day = (int(part) for part in text.split("-"))
            date(2024, month, day)
            return month, day
        except ValueError:
            return DEFAULT_START

    def set_school_year_start(self, month: int, day: int) -> None:
        date(2024, month, day)  # ValueError for a day that does not exist
        with self._change():
            self._table(SETTINGS).upsert(
                self._doc({"school_year_start": f"{month:02d}-{day:02d}"}, SETTINGS_ID)
            )

    def school_year_of(self, day: date) -> int:
        """The calendar year the school year holding `day` began in."""
        return day.year if (day.month, day.day) >= self.school_year_start() else day.year - 1

    def school_year_began(self, today: date | None = None) -> date:
        month, day = self.school_year_start()
        return date(self.school_year_of(today or self.today()), month, day)

    def retention(self) -> int | None:
        """Keep archives this many school years (None: not set, nothing is purged)."""
        kept = self._year_settings().get("keep_archive_years")
        return kept if isinstance(kept, int) and not isinstance(kept, bool) and kept > 0 else None

    def set_retention(self, years: int) -> None:
        if not 1 <= int(years) <= 50:
            raise ValueError("keep archives 1 to 50 school years")
        with self._change():
            self._table(SETTINGS).upsert(self._doc({"keep_archive_years": int(years)}, SETTINGS_ID))

    def _committed(self) -> set[str]:
        return {str(c) for c in self._year_settings().get(CLOSES, []) or []}

    # -- archives ---------------------------------------------------------------------------

    def archives(self) -> list[Archive]:
        """The archive files beside the data file, oldest school year first."""
        from storage.actions.archived import Archive

        return [Archive(y, p) for y, p in siblings.archive_paths(self.path).items()]

    def _archive_tables(self, archive: Archive) -> dict[str, dict[str, Any]]:
        """An archive's tables without the records of a close the data file never committed."""
        data = siblings.read_sibling(archive.path)
        committed = self._committed()
        for entry in data.get(CLOSES, {}).values():
            if entry.get("close") not in committed:
                for table in MOVED:
                    for key in entry.get(table, []):
                        data.get(table, {}).pop(str(key), None)
        return data

    def archived_contacts(
        self,
        *,
        family_ids: Iterable[int] | None = None,
        start: date | None = None,
        end: date | None = None,
        years: Iterable[int] | None = None,
    ) -> list[ArchivedContact]:
        """Contacts in the archives, newest first, read-only; filtered like `contacts()`.

        `years`: only the archives of school years beginning in these calendar years.
        An archive that cannot be read raises DataFileError naming it.
        """
        from storage.actions.archived import ArchivedContact

        wanted = {int(f) for f in family_ids} if family_ids is not None else None
        chosen = {int(y) for y in years} if years is not None else None
        lo, hi = (start.isoformat() if start else ""), (end.isoformat() if end else "")
        found: list[ArchivedContact] = []
        for archive in self.archives():
            if chosen is not None and archive.first_year not in chosen:
                continue
            if start and date(archive.first_year + 1, 12, 31) < start:
                continue
            if end and date(archive.first_year, 1, 1) > end:
                continue
            for key, doc in self._archive_tables(archive).get(CONTACTS, {}).items():
                if wanted is not None and doc["family"] not in wanted:
                    continue
                day = doc["at"][:10]
                if (lo and day < lo) or (hi and day > hi):
                    continue
                plain = Contact.from_doc(int(key), doc)
                found.append(ArchivedContact(**vars(plain), school_year=archive.school_year))
        found.sort(key=lambda c: (c.at, c.id), reverse=True)
        return found

    def archived_reflections(
        self, start: date | None = None, end: date | None = None
    ) -> dict[str, str]:
        """The weekly reflections in the archives (week → text) of the years the period reaches."""
        found: dict[str, str] = {}
        for archive in self.archives():
            if start and date(archive.first_year + 1, 12, 31) < start:
                continue
            if end and date(archive.first_year, 1, 1) > end:
                continue
            for doc in self._archive_tables(archive).get(REFLECTIONS, {}).values():
                found[doc["week"]] = doc.get("text", "")
        return found

    def archived_families(self) -> dict[int, dict[str, Any]]:
        """The family documents the archives hold (names of families since forgotten are gone)."""
        families: dict[int, dict[str, Any]] = {}
        for archive in self.archives():
            for key, doc in siblings.read_sibling(archive.path).get(FAMILIES, {}).items():
                families.setdefault(int(key), doc)
        return families

    # -- closing a year ---------------------------------------------------------------------

    def families_outside(self, groups: Iterable[int]) -> list[int]:
        """Active families none of whose children is in one of `groups` (the new class)."""
        keep = {int(g) for g in groups}
        return [
            int(doc.doc_id)
            for doc in self._table(FAMILIES)
            if doc.get("active", True)
            and not any(int(child["group"]) in keep for child in doc.get("children", []))
        ]

    def close_year(
        self, today: date | None = None, *, archive_families_outside: Iterable[int] | None = None
    ) -> Closed:
        """Move what came before this school year into its archive(s); see the module doc.

        `archive_families_outside`: the groups of the new class; active families with no
        child in any of them are archived (made inactive) in the same write.
        """
        import secrets  # here, not at import: ~10 ms of every command's start-up

        began = self.school_year_began(today)
        close_id = secrets.token_hex(8)
        with self._change():
            self._settle_archives()
            by_year = self._records_before(began)
            files: list[Path] = []
            families = {str(d.doc_id): dict(d) for d in self._table(FAMILIES)}
            for year, records in sorted(by_year.items()):
                path = siblings.archive_path(self.path, year)
                self._add_to_archive(path, year, close_id, records, families)
                files.append(path)
            _crash_point("archives-written")
            for table in MOVED:
                moved = [int(k) for records in by_year.values() for k in records[table]]
                if moved:
                    self._table(table).remove(doc_ids=moved)
            gone_outside: list[int] = []
            if archive_families_outside is not None:
                gone_outside = self.families_outside(archive_families_outside)
                self._table(FAMILIES).update({"active": False}, doc_ids=gone_outside)
            if by_year:
                closes = [*self._year_settings().get(CLOSES, []), close_id]
                self._table(SETTINGS).upsert(self._doc({CLOSES: closes}, SETTINGS_ID))
            if by_year or gone_outside:
                self._drop(UNDO)  # an undo could bring a moved contact back: never in both
        _crash_point("committed")
        from storage.actions.archived import Closed

        label = {y: f"{y}-{y + 1}" for y in by_year}
        return Closed(
            contacts={label[y]: len(r[CONTACTS]) for y, r in by_year.items()},
            plans={label[y]: len(r[PLANS]) for y, r in by_year.items()},
            reflections={label[y]: len(r[REFLECTIONS]) for y, r in by_year.items()},
            files=tuple(files),
            families_archived=tuple(gone_outside),
        )

    def close_preview(self, today: date | None = None) -> Closed:
        """What `close_year()` would move now, by school year; a read, nothing is written.

        The app names it in its question before the teacher closes the year.
        """
        from storage.actions.archived import Closed

        by_year = self._records_before(self.school_year_began(today))
        label = {y: f"{y}-{y + 1}" for y in by_year}
        return Closed(
            contacts={label[y]: len(r[CONTACTS]) for y, r in by_year.items()},
            plans={label[y]: len(r[PLANS]) for y, r in by_year.items()},
            reflections={label[y]: len(r[REFLECTIONS]) for y, r in by_year.items()},
            files=tuple(siblings.archive_path(self.path, y) for y in sorted(by_year)),
        )

    def _records_before(self, began: date) -> dict[int, dict[str, dict[str, Any]]]:
        """{school year: {table: {id: doc}}} of the records dated before `began`."""
        by_year: dict[int, dict[str, dict[str, Any]]] = {}

        def put(table: str, key: Any, doc: dict[str, Any], day: date) -> None:
            year = self.school_year_of(day)
            tables = by_year.setdefault(year, {t: {} for t in MOVED})
            tables[table][str(key)] = dict(doc)

        cut = began.isoformat()
        for doc in self._table(CONTACTS):
            if doc["at"][:10] < cut:
                put(CONTACTS, doc.doc_id, doc, date.fromisoformat(doc["at"][:10]))
        for table in (PLANS, REFLECTIONS):
            for doc in self._table(table):
                day = _week_day(doc["week"])
                if day < began:
                    put(table, doc.doc_id, doc, day)
        return by_year

    def _add_to_archive(
        self,
        path: Path,
        year: int,
        close_id: str,
        records: dict[str, dict[str, Any]],
        families: dict[str, dict[str, Any]],
    ) -> None:
        """Append the records to the archive (new ids there) with their close entry."""
        with siblings.sibling_change(path) as data:
            settings = data.setdefault(SETTINGS, {}).setdefault(str(SETTINGS_ID), {})
            settings.setdefault("school_year", f"{year}-{year + 1}")
            entry: dict[str, Any] = {"close": close_id}
            named = {str(doc["family"]) for t in (CONTACTS, PLANS) for doc in records[t].values()}
            kept = data.setdefault(FAMILIES, {})
            for key in named:
                kept[key] = families[key]
            for table in MOVED:
                stored = data.setdefault(table, {})
                next_id = max((int(k) for k in stored), default=0) + 1
                entry[table] = []
                for doc in records[table].values():
                    stored[str(next_id)] = doc
                    entry[table].append(next_id)
                    next_id += 1
            closes = data.setdefault(CLOSES, {})
            closes[str(max((int(k) for k in closes), default=0) + 1)] = entry

    def _settle_archives(self) -> None:
        """Inside a change: drop from the archives the records of closes never committed."""
        committed = self._committed()
        for archive in self.archives():
            data = siblings.read_sibling(archive.path)
            stale = [
                key for key, e in data.get(CLOSES, {}).items() if e.get("close") not in committed
            ]
            if not stale:
                continue
            with siblings.sibling_change(archive.path) as fresh:
                for key in stale:
                    entry = fresh.get(CLOSES, {}).pop(key, {})
                    for table in MOVED:
                        for doc_id in entry.get(table, []):
                            fresh.get(table, {}).pop(str(doc_id), None)

    # -- retention --------------------------------------------------------------------------

    def archives_past_retention(self, today: date | None = None) -> list[Archive]:
        """The archives older than the kept school years (none while retention is not set)."""
        kept = self.retention()
        if kept is None:
            return []
        oldest_kept = self.school_year_of(today or self.today()) - kept
        return [a for a in self.archives() if a.first_year < oldest_kept]

    def purge_archives(self, named: Iterable[Archive], today: date | None = None) -> list[Path]:
        """Delete exactly the archives named (each must still be past retention)."""
        past = {a.path for a in self.archives_past_retention(today)}
        gone: list[Path] = []
        with locked(self.path):
            for archive in named:
                if archive.path not in past:
                    raise ValueError(f"{archive.path.name} is not past the retention setting")
                siblings.remove_sibling(archive.path)
                gone.append(archive.path)
        return gone
