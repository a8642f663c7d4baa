"""Settings, holidays, plans and weekly reflections."""

from __future__ import annotations

from datetime import date

from storage.actions.merge import FieldConflict
from storage.engine.tables import (
    HOLIDAYS,
    PLANS,
    REFLECTIONS,
    SETTINGS,
    SETTINGS_ID,
    BookTables,
)
from storage.records import Holiday, Settings
from storage.rules.refusals import Refused
from storage.rules.safetext import clean
from storage.rules.weeks import (  # the weeks' home: storage/rules/weeks.py (no records)
    iso_week,  # noqa: F401 (imported from here elsewhere)
    planning_week,
    plans_ahead,  # noqa: F401 (imported from here by the CLI and the screens)
    window_of,
)


class ReflectionConflict(FieldConflict):
    """The week's note was changed elsewhere since it was read; `current`: the note now."""


class SettingsConflict(FieldConflict):
    """The window was changed elsewhere since it was read; `current`: the Settings now."""


class CalendarActions(BookTables):
    def _settings_doc(self) -> dict:
        return self._table(SETTINGS).get(doc_id=SETTINGS_ID) or {}

    def _set_settings(self, **fields: object) -> None:
        self._table(SETTINGS).upsert(self._doc(fields, SETTINGS_ID))

    def settings(self) -> Settings:
        doc = self._settings_doc()
        return Settings(positive_window_school_days=window_of(doc))

    def set_window(self, school_days: int, *, base: int | None = None) -> Settings:
        """`base`: the window as it was read before the teacher typed hers; changed
        elsewhere since (to another value) raises SettingsConflict."""
        if not 1 <= int(school_days) <= 200:
            raise ValueError("the window is 1 to 200 school days")
        with self._change():
            current = self.settings()
            if base is not None and current.positive_window_school_days not in (
                base,
                int(school_days),
            ):
                raise SettingsConflict(("positive_window_school_days",), current)
            self._set_settings(positive_window_school_days=int(school_days))
        return self.settings()

    def pseudonym_key(self) -> str:
        """A secret of this data file, so pseudonyms are stable for it and for it alone."""
        key = self._settings_doc().get("pseudonym_key")
        if key:
            return key
        import secrets  # only here: it costs ~10 ms of start-up for every command

        with self._change():
            key = self._settings_doc().get("pseudonym_key")
            if not key:
                key = secrets.token_hex(16)
                self._set_settings(pseudonym_key=key)
        return key

    def holidays(self) -> list[Holiday]:
        items = [
            Holiday(
                d.doc_id,
                date.fromisoformat(d["from"]),
                date.fromisoformat(d["to"]),
                d.get("name", ""),
            )
            for d in self._table(HOLIDAYS)
        ]
        return sorted(items, key=lambda h: (h.start, h.end))

    def add_holiday(self, start: date, end: date | None = None, name: str = "") -> Holiday:
        """Add a holiday or study day; `end` None: one day. The one rule the CLI and the
        app share: TO and NAME are optional; a last day before the first, or a period
        that is there already, is Refused and nothing is written."""
        end = end or start
        if end < start:
            raise Refused("holiday.backwards", "The last day is before the first.")
        name = clean(name).strip()
        with self._change():
            for holiday in self.holidays():
                if (holiday.start, holiday.end) == (start, end):
                    raise Refused(
                        "holiday.duplicate",
                        "That holiday is there already.",
                        start=start.isoformat(),
                        end=end.isoformat(),
                        name=holiday.name or "—",
                    )
            new_id = self._table(HOLIDAYS).insert(
                {"from": start.isoformat(), "to": end.isoformat(), "name": name}
            )
        return Holiday(new_id, start, end, name)

    def remove_holiday(self, holiday_id: int) -> None:
        with self._change():
            self._table(HOLIDAYS).remove(doc_ids=[int(holiday_id)])

    def planned(self, week: str | None = None) -> set[int]:
        """Families planned for a positive contact in `week` (default: `planning_week`)."""
        week = week or planning_week(self.today())
        return {int(d["family"]) for d in self._table(PLANS).search(self._where("week") == week)}

    def planned_weeks(self, family_id: int) -> list[str]:
        """The weeks (`2026-W48`) this family was planned for a positive contact, oldest first."""
        docs = self._table(PLANS).search(self._where("family") == int(family_id))
        return sorted({str(d["week"]) for d in docs})

    def set_planned(self, family_id: int, planned: bool, week: str | None = None) -> None:
        """Plan (or unplan) a family for `week`; default: `planning_week` of today."""
        week = week or planning_week(self.today())
        with self._change():
            self._family_doc(family_id)
            plans = self._table(PLANS)
            plans.remove((self._where("family") == family_id) & (self._where("week") == week))
            if planned:
                plans.insert({"family": family_id, "week": week})

    def reflection(self, week: str) -> str:
        doc = self._table(REFLECTIONS).get(self._where("week") == week)
        return doc.get("text", "") if doc else ""

    def reflections(self) -> dict[str, str]:
        return {d["week"]: d.get("text", "") for d in self._table(REFLECTIONS)}

    def set_reflection(self, week: str, text: str, *, base: str | None = None) -> None:
        """Keep `text` as the week's note. `base`: the note as it was read before typing;
        a note changed elsewhere since raises ReflectionConflict (never silently lost)."""
        text = clean(text, multiline=True)
        with self._change():
            table = self._table(REFLECTIONS)
            if base is not None:
                doc = table.get(self._where("week") == week)
                current = doc.get("text", "") if doc else ""
                if current not in (clean(base, multiline=True), text):
                    raise ReflectionConflict(("text",), current)
            table.remove(self._where("week") == week)
            if text.strip():
                table.insert({"week": week, "text": text})
