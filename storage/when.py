"""WHEN and DATE arguments of the command line: `gisteren 15:10`, `2026-11-24`, `24-11-2026`.

Hand-written on purpose: `dateutil.parser` costs ~30 ms of start-up, more than the rest
of `schoolyard log`, and its guesses (month or day first?) are the wrong kind of
clever for a teacher's `03-04-2026`. Only the forms below are accepted.

A day without a time means 12:00 that day, a neutral midday that keeps the right day
through any time-zone or DST change; today without a time means now.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

NOON = time(12, 0)

_DAYS_AGO = {
    "today": 0,
    "vandaag": 0,
    "now": 0,
    "nu": 0,
    "yesterday": 1,
    "gisteren": 1,
    "eergisteren": 2,
    # Never valid for a contact, but a holiday may start tomorrow; for --at the book
    # then says "in the future" instead of "cannot read".
    "tomorrow": -1,
    "morgen": -1,
}
_WEEKDAYS = {
    **dict.fromkeys(("monday", "mon", "maandag", "ma"), 0),
    **dict.fromkeys(("tuesday", "tue", "dinsdag", "di"), 1),
    **dict.fromkeys(("wednesday", "wed", "woensdag", "wo"), 2),
    **dict.fromkeys(("thursday", "thu", "donderdag", "do"), 3),
    **dict.fromkeys(("friday", "fri", "vrijdag", "vr"), 4),
    **dict.fromkeys(("saturday", "sat", "zaterdag", "za"), 5),
    **dict.fromkeys(("sunday", "sun", "zondag", "zo"), 6),
}
# Patterns as text: `re` compiles and caches them on first use, so a `schoolyard log`
# without --at pays nothing for them.
_TIME = r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?"
_DAY_THEN_TIME = r"(?P<day>.+?)(?:\s*[ T@,]\s*(?P<time>\d{1,2}[:.]\d{2}(?::\d{2})?))?"
_ISO_DATE = r"\d{4}-\d{2}-\d{2}"
_ISO_DATETIME = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?"
_DUTCH_DATE = r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"


class WhenError(ValueError):
    """A WHEN or DATE the command line cannot read; `key` names its text in tui/text.py."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(f"{key}: {values}")
        self.key = key
        self.values = values


def parse_date(text: str, today: date | None = None) -> date:
    """A day: ISO `2026-11-24`, Dutch `24-11-2026` (or `/`, `.`), or a word.

    Words (`today`, `gisteren`, `eergisteren`, weekday names such as `maandag` or
    `mon`, meaning the most recent one up to today) need `today`.
    """
    key = " ".join(text.strip().lower().split())
    if not key:
        raise WhenError("when.empty")
    if key in _DAYS_AGO or key in _WEEKDAYS:
        if today is None:
            raise WhenError("when.bad_date", text=text)
        if key in _DAYS_AGO:
            return today - timedelta(days=_DAYS_AGO[key])
        return today - timedelta(days=(today.weekday() - _WEEKDAYS[key]) % 7)
    try:
        if re.fullmatch(_ISO_DATE, key):
            return date.fromisoformat(key)
        dutch = re.fullmatch(_DUTCH_DATE, key)
        if dutch:
            day, month, year = (int(part) for part in dutch.groups())
            return date(year, month, day)
    except ValueError:
        raise WhenError("when.no_such_day", text=text) from None
    raise WhenError("when.bad_date", text=text)


def parse_time(text: str) -> time:
    """`15:10`, `8:15`, `08.15` (the Dutch dot), `15:10:30`."""
    match = re.fullmatch(_TIME, text.strip())
    if not match:
        raise WhenError("when.bad_time", text=text)
    hour, minute, second = (int(part or 0) for part in match.groups())
    if hour > 23 or minute > 59 or second > 59:
        raise WhenError("when.bad_time", text=text)
    return time(hour, minute, second)


def parse_when(text: str, now: datetime) -> datetime:
    """The moment `text` names, as an aware local time; `now` is the book's clock.

    Accepts an ISO date and time (`2026-11-24 15:10`, `2026-11-24T15:10`, with or
    without an offset), a bare time (today), or a day as `parse_date` reads it,
    optionally followed by a time: `gisteren 15:10`, `eergisteren 08:15`. A future
    result is returned as it is: the book refuses it (FutureTime).
    """
    key = " ".join(text.strip().lower().split())
    if not key:
        raise WhenError("when.empty")
    if re.fullmatch(_ISO_DATETIME, key, re.IGNORECASE):
        try:
            at = datetime.fromisoformat(key.upper().replace("Z", "+00:00"))
        except ValueError:
            raise WhenError("when.no_such_day", text=text) from None
        return at if at.tzinfo else _localise(at, now)
    if re.fullmatch(_TIME, key):
        return _localise(datetime.combine(now.date(), parse_time(key)), now)
    match = re.fullmatch(_DAY_THEN_TIME, key, re.IGNORECASE)
    if not match:  # pragma: no cover - the pattern matches any non-empty text
        raise WhenError("when.bad_when", text=text)
    try:
        day = parse_date(match["day"], now.date())
    except WhenError as exc:
        if exc.key == "when.bad_date":
            raise WhenError("when.bad_when", text=text) from None
        raise
    if match["time"]:
        return _localise(datetime.combine(day, parse_time(match["time"])), now)
    if day == now.date():
        return now
    return _localise(datetime.combine(day, NOON), now)


def _localise(naive: datetime, now: datetime) -> datetime:
    """Give `naive` the offset it has in the zone `now` lives in.

    When `now` is the system's local time, the system zone supplies the offset of
    that very day (a contact from before the DST change keeps +01:00); a clock pinned
    to another zone (tests) lends its own fixed offset.
    """
    if now.tzinfo is None:
        return naive.astimezone()
    if now.utcoffset() == now.astimezone().utcoffset():
        return naive.astimezone()
    return naive.replace(tzinfo=now.tzinfo)
