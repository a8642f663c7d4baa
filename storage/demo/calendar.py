"""The school's calendar: its time zone and the Dutch school holidays.

The dates follow the pattern of regio midden closely enough for a demo and for
suggesting a year's holidays; a school's own calendar is set in the settings.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache

from dateutil.easter import easter


@lru_cache(maxsize=1)
def school_tz() -> tzinfo:
    """Europe/Amsterdam; the machine's own zone where no time-zone data is installed."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Amsterdam")
    except Exception:  # pragma: no cover - tzdata comes with python-dateutil
        return datetime.now().astimezone().tzinfo  # type: ignore[return-value]


def school_holidays(first: date, last: date) -> list[tuple[date, date, str]]:
    """Dutch school holidays (regio midden, roughly) and two study days touching a period."""
    periods = []
    for year in range(first.year - 1, last.year + 1):
        periods += _holidays_of(year)
    return sorted(p for p in periods if p[1] >= first and p[0] <= last)


def _holidays_of(year: int) -> list[tuple[date, date, str]]:
    def monday(week: int) -> date:
        return date.fromisocalendar(year, week, 1)

    day = timedelta(days=1)
    paschal = easter(year)
    christmas = date(year, 12, 25)
    christmas_break = christmas - (christmas.weekday() - 5) % 7 * day
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:
        kings_day += day
    may = kings_day - kings_day.weekday() * day
    return [
        (monday(8) - 2 * day, monday(8) + 6 * day, "Voorjaarsvakantie"),
        (paschal - 2 * day, paschal + day, "Pasen"),
        (may - 2 * day, may + 6 * day, "Meivakantie"),
        (paschal + 39 * day, paschal + 40 * day, "Hemelvaart"),
        (paschal + 50 * day, paschal + 50 * day, "Tweede Pinksterdag"),
        (monday(30) - 2 * day, monday(30) + 41 * day, "Zomervakantie"),
        (monday(43) - 2 * day, monday(43) + 6 * day, "Herfstvakantie"),
        (christmas_break, christmas_break + 15 * day, "Kerstvakantie"),
        (monday(6) + 4 * day, monday(6) + 4 * day, "Studiedag"),
        (monday(45) + 4 * day, monday(45) + 4 * day, "Studiedag"),
    ]
