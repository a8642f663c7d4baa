"""Pure functions over records: school days and who needs a positive contact.

One rule serves the week screen, the main screen, `schoolyard neglected` and the
JSON summary, so they never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

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
    last_any: dict[int, str] = {}
    last_pos: dict[int, str] = {}
    counts: dict[int, int] = {}
    reached_docs: dict[int, list[tuple[str, str]]] = {}
    for doc in contact_docs:
        fid = doc["family"]
        if fid not in wanted or not doc.get("reached", True):
            continue
        at = doc["at"]
        counts[fid] = counts.get(fid, 0) + 1
        if at > last_any.get(fid, ""):
            last_any[fid] = at
        tone = doc.get("tone", "positive")
        if tone == "positive":
            if at > last_pos.get(fid, ""):
                last_pos[fid] = at
        elif tone == "concern":
            reached_docs.setdefault(fid, []).append((at, tone))
    start = window_start(today, school_days, holidays)
    planned_ids = set(planned)
    statuses = []
    for family in families:
        last = _parse(last_any.get(family.id))
        positive = _parse(last_pos.get(family.id))
        since_positive = last_pos.get(family.id, "")
        concerns = sum(1 for at, _ in reached_docs.get(family.id, ()) if at > since_positive)
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


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def neediest_first(statuses: Iterable[FamilyStatus]) -> list[FamilyStatus]:
    """Never had a first contact first; then the longest without a positive contact."""

    def key(status: FamilyStatus) -> tuple:
        never_met = status.family.first_contact is None
        since = status.last_positive.isoformat() if status.last_positive else ""
        return (not never_met, status.last_positive is not None, since, status.family.name)

    return sorted(statuses, key=key)


def needing_positive_contact(statuses: Iterable[FamilyStatus]) -> list[FamilyStatus]:
    """The families the teacher should greet first, in that order."""
    return neediest_first(s for s in statuses if s.needs_positive_contact)
