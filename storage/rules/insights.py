"""Pure functions over records: school days and who needs a positive contact.

One rule serves the week screen, the main screen, `schoolyard neglected` and the
JSON summary, so they never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from storage.rules.matching import name_key

if TYPE_CHECKING:  # the rule reads them by their fields: the quick `neglected` passes
    # light objects (storage/rules/familydocs.py `LightFamily`) and needs no dataclasses
    from storage.records import Contact, Family, FamilyStatus, Holiday

# A generous bound: no school is closed for this many calendar days in a row.
_MAX_LOOKBACK_DAYS = 400


def is_school_day(day: date, holidays: Iterable[Holiday]) -> bool:
    """A weekday outside every holiday and study-day period (anything with a first and a
    last day: `start` and `end`, both no school day)."""
    return day.weekday() < 5 and not any(h.start <= day <= h.end for h in holidays)


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
    make: Callable[..., Any] | None = None,
) -> list[FamilyStatus]:
    """Where each family stands, from stored contact documents (one pass, no objects).

    Works on the raw documents because a school year holds tens of thousands of
    contacts and this runs at every start of `schoolyard neglected`. `make` builds each
    status from FamilyStatus's fields (default: FamilyStatus itself).
    """
    if make is None:
        from storage.records import FamilyStatus as make
    families = list(families)
    wanted = {f.id for f in families}
    # Text compares fast but orders times only within one UTC offset: keep the latest
    # texts per offset, and compare the few winners as real moments.
    by_offset: dict[str, tuple[dict[int, str], dict[int, str]]] = {}
    counts: dict[int, int] = {}
    concern_texts: dict[int, list[str]] = {}
    for doc in contact_docs:
        fid = doc["family"]
        if fid not in wanted or not doc.get("reached", True):
            continue
        at = doc["at"]
        counts[fid] = counts.get(fid, 0) + 1
        offset = at[19:] if len(at) == 25 else at
        tables = by_offset.get(offset)
        if tables is None:
            tables = by_offset[offset] = ({}, {})
        latest_any, latest_pos = tables
        if at > latest_any.get(fid, ""):
            latest_any[fid] = at
        tone = doc.get("tone", "positive")
        if tone == "positive":
            if at > latest_pos.get(fid, ""):
                latest_pos[fid] = at
        elif tone == "concern":
            concern_texts.setdefault(fid, []).append(at)
    last_any = _latest(tables[0] for tables in by_offset.values())
    last_pos = _latest(tables[1] for tables in by_offset.values())
    start = window_start(today, school_days, holidays)
    planned_ids = set(planned)
    statuses = []
    for family in families:
        last = last_any.get(family.id)
        positive = last_pos.get(family.id)
        concerns = sum(
            1
            for at in concern_texts.get(family.id, ())
            if positive is None or instant(at) > positive
        )
        statuses.append(
            make(
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


def _latest(tables: Iterable[dict[int, str]]) -> dict[int, datetime]:
    """The latest moment per family, from the latest text per family in each offset."""
    found: dict[int, datetime] = {}
    for table in tables:
        for fid, text in table.items():
            at = instant(text)
            if fid not in found or at > found[fid]:
                found[fid] = at
    return found


def instant(text: str) -> datetime:
    """A stored time, aware; a hand-written one without an offset counts as local time."""
    at = datetime.fromisoformat(text)
    return at if at.tzinfo else at.astimezone()


def sortable_times(texts: list[str]) -> list[datetime]:
    """The stored times as aware datetimes, which order as the moments they are.

    Their text does not: `13:10+01:00` sorts after `12:15+00:00` although it is earlier
    (a laptop set to UTC, the night the clocks go back, a demo made in another zone).
    """
    parse = datetime.fromisoformat
    times = [parse(text) for text in texts]
    if any(at.tzinfo is None for at in times):
        times = [at if at.tzinfo else at.astimezone() for at in times]
    return times


def neediest_first(statuses: Iterable[FamilyStatus]) -> list[FamilyStatus]:
    """Never had a first contact first; then the longest without a positive contact."""

    def key(status: FamilyStatus) -> tuple:
        never_met = status.family.first_contact is None
        since = status.last_positive.timestamp() if status.last_positive else 0.0
        name = name_key(status.family.name)
        return (not never_met, status.last_positive is not None, since, name, status.family.id)

    return sorted(statuses, key=key)


def to_greet(statuses: Iterable[FamilyStatus], today: date) -> list[FamilyStatus]:
    """Whom to greet today: planned families without a positive contact this week, then
    the neediest (the main screen's side panel)."""
    monday = today - timedelta(days=today.weekday())
    ordered = neediest_first(statuses)
    planned = [
        s
        for s in ordered
        if s.planned and (s.last_positive is None or s.last_positive.date() < monday)
    ]
    shown = {s.family.id for s in planned}
    needy = [s for s in ordered if s.needs_positive_contact and s.family.id not in shown]
    return planned + needy


def archived_status(family: Family, contacts: Iterable[Contact], today: date) -> FamilyStatus:
    """Where an archived family stood: it needs nothing, it is no longer in the class.

    `contacts` are the family's own, in any order; unreached calls do not count.
    """
    from storage.records import FamilyStatus

    reached = [c for c in contacts if c.reached]
    last = max((c.at for c in reached), default=None)
    positive = max((c.at for c in reached if c.is_positive), default=None)
    return FamilyStatus(
        family=family,
        last_contact=last,
        last_positive=positive,
        days_since_positive=(today - positive.date()).days if positive else None,
        concerns_since_positive=0,
        needs_positive_contact=False,
        contacts=len(reached),
    )


def needing_positive_contact(statuses: Iterable[FamilyStatus]) -> list[FamilyStatus]:
    """The families the teacher should greet first, in that order."""
    return neediest_first(s for s in statuses if s.needs_positive_contact)
