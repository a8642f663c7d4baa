"""Pure functions over records: school days and who needs a positive contact.

One rule serves the week screen, the main screen, `schoolyard neglected` and the
JSON summary, so they never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from .matching import fold
from .records import Family, FamilyStatus, Holiday

# A generous bound: no school is closed for this many calendar days in a row.
_MAX_LOOKBACK_DAYS = 400


def is_school_day(day: date, holidays: Iterable[Holiday]) -> bool:
    """A weekday outside every holiday and study-day period."""
    return day.weekday() < 5 and not any(h.covers(day) for h in holidays)


def window_start(today: date, school_days: int, holidays: Iterable[Holiday]) -> date:
    """The first day of the window: the last `school_days` school days up to today.

    A positive contact on or after this day is recent enough. Weekends and holidays
    inside the window stretch it, so after a holiday the class is not all red.
    """
    holidays = list(holidays)
    count = 0
    day = today
    for _ in range(_MAX_LOOKBACK_DAYS):
        if is_school_day(day, holidays):
            count += 1
            if count >= max(school_days, 1):
                return day
        day -= timedelta(days=1)
    return day


def school_days_between(start: date, end: date, holidays: Iterable[Holiday]) -> int:
    """School days after `start` up to and including `end`."""
    holidays = list(holidays)
    days = 0
    day = start + timedelta(days=1)
    while day <= end:
        if is_school_day(day, holidays):
            days += 1
        day += timedelta(days=1)
    return days


def family_statuses(
    families: Iterable[Family],
    contact_docs: Iterable[Mapping],
    today: date,
    school_days: int,
    holidays: Iterable[Holiday],
    planned: Iterable[int] = (),
) -> list[FamilyStatus]:
    """Where each family stands, from stored contact documents (one pass, no objects).

    Works on the raw documents because a school year holds tens of thousands of
    contacts and this runs at every start of `schoolyard neglected`.
    """
    families = list(families)
    wanted = {f.id for f in families}
    docs = [d for d in contact_docs if d["family"] in wanted and d.get("reached", True)]
    last_any: dict[int, tuple[Any, str]] = {}
    last_pos: dict[int, tuple[Any, str]] = {}
    counts: dict[int, int] = {}
    concern_times: dict[int, list[Any]] = {}
    for doc, when in zip(docs, sortable_times([d["at"] for d in docs]), strict=True):
        fid = doc["family"]
        counts[fid] = counts.get(fid, 0) + 1
        seen = last_any.get(fid)
        if seen is None or when > seen[0]:
            last_any[fid] = (when, doc["at"])
        tone = doc.get("tone", "positive")
        if tone == "positive":
            seen = last_pos.get(fid)
            if seen is None or when > seen[0]:
                last_pos[fid] = (when, doc["at"])
        elif tone == "concern":
            concern_times.setdefault(fid, []).append(when)
    start = window_start(today, school_days, holidays)
    planned_ids = set(planned)
    statuses = []
    for family in families:
        last = _parse(last_any.get(family.id))
        since = last_pos.get(family.id)
        positive = _parse(since)
        concerns = sum(
            1 for when in concern_times.get(family.id, ()) if since is None or when > since[0]
        )
        statuses.append(
            FamilyStatus(
                family=family,
                last_contact=last,
                last_positive=positive,
                days_since_positive=(today - positive.date()).days if positive else None,
                concerns_since_positive=concerns,
                needs_positive_contact=family.active
                and (positive is None or positive.date() < start),
                planned=family.id in planned_ids,
                contacts=counts.get(family.id, 0),
            )
        )
    return statuses


def _parse(seen: tuple[Any, str] | None) -> datetime | None:
    return instant(seen[1]) if seen else None


def instant(text: str) -> datetime:
    """A stored time, aware; a hand-written one without an offset counts as local time."""
    at = datetime.fromisoformat(text)
    return at if at.tzinfo else at.astimezone()


def sortable_times(texts: list[str]) -> list[Any]:
    """Keys that order stored times as the moments they are.

    The text itself where every time has the same UTC offset (the usual file, and free);
    otherwise UTC timestamps, because `13:10+01:00` sorts after `12:15+00:00` as text
    although it is earlier (a laptop set to UTC, a DST night, a demo made elsewhere).
    """
    shapes = {(len(text), text[19:]) for text in texts}
    if len(shapes) <= 1 and all(length == 25 for length, _ in shapes):
        return texts
    return [instant(text).timestamp() for text in texts]


def neediest_first(statuses: Iterable[FamilyStatus]) -> list[FamilyStatus]:
    """Never had a first contact first; then the longest without a positive contact."""

    def key(status: FamilyStatus) -> tuple:
        never_met = status.family.first_contact is None
        since = status.last_positive.timestamp() if status.last_positive else 0.0
        name = fold(status.family.name)
        return (not never_met, status.last_positive is not None, since, name, status.family.id)

    return sorted(statuses, key=key)


def needing_positive_contact(statuses: Iterable[FamilyStatus]) -> list[FamilyStatus]:
    """The families the teacher should greet first, in that order."""
    return neediest_first(s for s in statuses if s.needs_positive_contact)
