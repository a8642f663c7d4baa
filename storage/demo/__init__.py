"""A believable demo class: families of a Dutch primary school and weeks of contacts.

`build_demo` returns the raw TinyDB data (the same document shapes the book writes);
`write_demo` writes it through the one atomic path. The same seed and the same `today`
give the same bytes on every machine: times are generated in the school's own time zone
(Europe/Amsterdam), so the UTC offset is right on both sides of a DST change.

The families are made in storage/demofamilies.py, their contacts in
storage/democontacts.py; this module puts them together and writes the file.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from storage.demo.calendar import school_holidays, school_tz
from storage.demo.contacts import ContactMaker
from storage.demo.families import make_families
from storage.engine.files import atomic_write, dumps
from storage.engine.lock import locked
from storage.engine.tables import now_local

WINDOW_SCHOOL_DAYS = 10


def build_demo(
    *,
    families: int = 28,
    weeks: int = 8,
    seed: int | None = None,
    today: date | None = None,
) -> dict[str, dict[str, dict[str, Any]]]:
    """The raw TinyDB data of a demo class: families, contacts, settings and holidays.

    `today` may be a date (the data runs to the end of that day, never past the real
    clock) or an aware datetime (the data runs to that moment).
    """
    if families < 0 or weeks < 0:
        raise ValueError("families and weeks cannot be negative")
    rng = random.Random(seed)
    now = _as_of(today)
    last_day = now.date()
    first_day = last_day - timedelta(days=7 * weeks - 1)
    holidays = school_holidays(first_day, last_day) if weeks else []
    closed = {h[0] + timedelta(days=i) for h in holidays for i in range((h[1] - h[0]).days + 1)}
    school_days = [
        day
        for i in range(7 * weeks)
        if (day := first_day + timedelta(days=i)).weekday() < 5 and day not in closed
    ]
    members = make_families(rng, families)
    maker = ContactMaker(rng, now, school_days, holidays)
    for member in members:
        maker.everyday(member)
    maker.meetings(members)
    maker.events(members)
    contacts: list[tuple[datetime, int, dict[str, Any]]] = []
    for member in members:
        reached = [at.date() for at, doc in member.docs if doc.get("reached", True)]
        first = min(reached) if reached else None
        if member.pattern == "never" and school_days:
            # Met at the start of the year, before the demo begins; not seen since.
            first = first_day - timedelta(days=rng.randint(5, 30))
        member.family = replace(member.family, first_contact=first)
        contacts += [(at, member.family.id, doc) for at, doc in member.docs]
    contacts.sort(key=lambda item: (item[0], item[1]))
    return {
        "families": {str(m.family.id): m.family.to_doc() for m in members},
        "contacts": {str(i): doc for i, (_, _, doc) in enumerate(contacts, start=1)},
        "settings": {"1": {"positive_window_school_days": WINDOW_SCHOOL_DAYS}},
        "holidays": {
            str(i): {"from": start.isoformat(), "to": end.isoformat(), "name": name}
            for i, (start, end, name) in enumerate(holidays, start=1)
        },
    }


def write_demo(
    path: Path,
    *,
    families: int = 28,
    weeks: int = 8,
    seed: int | None = None,
    today: date | None = None,
) -> None:
    """Write a demo class to `path` atomically under the lock (a new file is 0600)."""
    data = build_demo(families=families, weeks=weeks, seed=seed, today=today)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with locked(path):
        atomic_write(path, dumps(data))


def _as_of(today: date | None) -> datetime:
    real_now = now_local().astimezone(school_tz())
    if today is None:
        return real_now
    if isinstance(today, datetime):
        return (today if today.tzinfo else today.astimezone()).astimezone(school_tz())
    end_of_day = datetime.combine(today, time(23, 59, 59), school_tz())
    return min(end_of_day, real_now) if today >= real_now.date() else end_of_day
