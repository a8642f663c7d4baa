"""This week's mix of contacts against the four weeks before: pure functions over contacts.

The intervention asks for contact that is continuous, diverse, mostly informal and not
only about problems. The week screen shows how this ISO week measures up against the
teacher's own recent habit, so the numbers compare with a weekly average, not a norm.
Attempts that reached nobody are no contact and are left out everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from storage.records import INFORMAL_MOMENTS, Contact, Moment, Tone

WEEKS_BEFORE = 4
"""How many ISO weeks before this one make up the comparison."""


def week_bounds(day: date) -> tuple[date, date]:
    """Monday and Sunday of the ISO week that holds `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


@dataclass(frozen=True)
class Mix:
    """Reached contacts in a period, counted by moment and by tone."""

    start: date
    end: date
    """Both ends belong to the period."""
    weeks: int
    by_moment: dict[Moment, int]
    by_tone: dict[Tone, int]

    @property
    def contacts(self) -> int:
        return sum(self.by_tone.values())

    @property
    def informal(self) -> int:
        return sum(n for moment, n in self.by_moment.items() if moment in INFORMAL_MOMENTS)

    @property
    def positive(self) -> int:
        return self.by_tone[Tone.POSITIVE]

    @property
    def informal_share(self) -> float | None:
        """Informal moments as a share of all contacts; None when there were none."""
        return self.informal / self.contacts if self.contacts else None

    @property
    def positive_share(self) -> float | None:
        """Positive contacts as a share of all contacts; None when there were none."""
        return self.positive / self.contacts if self.contacts else None

    def per_week(self, count: int) -> float:
        """A count of this period as a weekly average, to set beside one week."""
        return count / self.weeks if self.weeks else 0.0


def mix_of(contacts: Iterable[Contact], start: date, end: date) -> Mix:
    """Count the reached contacts whose local day falls in `start`..`end`."""
    by_moment = dict.fromkeys(Moment, 0)
    by_tone = dict.fromkeys(Tone, 0)
    for contact in contacts:
        if not contact.reached or not start <= contact.day <= end:
            continue
        by_moment[contact.moment] += 1
        by_tone[contact.tone] += 1
    weeks = max(((end - start).days + 1) // 7, 1)
    return Mix(start, end, weeks, by_moment, by_tone)


@dataclass(frozen=True)
class WeekMix:
    """This ISO week beside the weeks before it."""

    this_week: Mix
    before: Mix


def week_mix(contacts: Iterable[Contact], today: date, weeks_before: int = WEEKS_BEFORE) -> WeekMix:
    """The mix of the ISO week holding `today` and of the `weeks_before` whole weeks before."""
    contacts = list(contacts)
    monday, sunday = week_bounds(today)
    before_start = monday - timedelta(weeks=weeks_before)
    before_end = monday - timedelta(days=1)
    return WeekMix(mix_of(contacts, monday, sunday), mix_of(contacts, before_start, before_end))


def period_of(today: date, weeks_before: int = WEEKS_BEFORE) -> tuple[date, date]:
    """The days `week_mix` looks at: from the first earlier week's Monday to this Sunday."""
    monday, sunday = week_bounds(today)
    return monday - timedelta(weeks=weeks_before), sunday


def week_mix_of_docs(docs: Iterable[Mapping[str, Any]], today: date) -> WeekMix:
    """`week_mix` counted on stored contact documents: no records made for a count.

    A stored time is local wall-clock time, so its first ten characters are `Contact.day`.
    """
    monday, sunday = week_bounds(today)
    before_start, before_end = period_of(today)[0], monday - timedelta(days=1)
    ranges = (
        (monday.isoformat(), sunday.isoformat()),
        (before_start.isoformat(), before_end.isoformat()),
    )
    counts = [(dict.fromkeys(Moment, 0), dict.fromkeys(Tone, 0)) for _ in ranges]
    moments = {m.value: m for m in Moment}
    tones = {t.value: t for t in Tone}
    for doc in docs:
        if not doc.get("reached", True):
            continue
        day = doc["at"][:10]
        for (lo, hi), (by_moment, by_tone) in zip(ranges, counts, strict=True):
            if lo <= day <= hi:
                by_moment[moments[doc["moment"]]] += 1
                by_tone[tones[doc.get("tone", "positive")]] += 1
    this_week, before = (
        Mix(start, end, max(((end - start).days + 1) // 7, 1), by_moment, by_tone)
        for (start, end), (by_moment, by_tone) in zip(
            ((monday, sunday), (before_start, before_end)), counts, strict=True
        )
    )
    return WeekMix(this_week, before)
