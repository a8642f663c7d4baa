"""WHEN and DATE as a teacher types them: `gisteren 15:10`, `2026-11-24`, `ma 8.15`, `24 nov`.

The fast forms are read here by hand, because `dateutil.parser` costs ~30 ms of
start-up, more than the rest of `schoolyard log`: ISO dates and times, `24-11-2026`,
a bare time, and `vandaag`/`gisteren`/`eergisteren` (`today`, `yesterday`) with an
optional time. Anything else — weekday and month names, `24-11`, `om 8.15 uur`,
`vorige week dinsdag` — goes to storage/dutchdates.py, which is imported only then.

A day without a time means 12:00 that day, a neutral midday that keeps the right day
through any time-zone or DST change; today without a time means now.

One rule for every contact time, here and in the book: not in the future, and not
more than two years back (a `1900` or `0001` is a typo, not a contact). Every refusal
is a WhenError whose `key` names its sentence in tui/text/cli.json; nothing else is raised.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from storage.rules.errors import SchoolyardError

NOON = time(12, 0)
YEARS_BACK = 2
"""A contact time further back than this many years is refused as a probable typo."""

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
# Patterns as text: `re` compiles and caches them on first use, so a `schoolyard log`
# without --at pays nothing for them.
_TIME = r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?"
_DAY_THEN_TIME = r"(?P<day>.+?)(?:\s*[ T@,]\s*(?P<time>\d{1,2}[:.]\d{2}(?::\d{2})?))?"
_ISO_DATE = r"\d{4}-\d{2}-\d{2}"
_ISO_DATETIME = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?"
_DUTCH_DATE = r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"
_LONGEST = 80
"""Longer text is no date a teacher typed; refused before any parsing."""


class WhenError(SchoolyardError, ValueError):
    """A WHEN or DATE that cannot be used; `key` names its sentence in tui/text/cli.json."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key, f"{key}: {values}", **values)


class TooLongAgo(WhenError):
    """A contact time more than two years back: a probable typo (`1900`, `0001`)."""

    def __init__(self, text: str, now: datetime) -> None:
        super().__init__("when.too_long_ago", text=text, earliest=earliest_day(now).isoformat())


def earliest_day(now: datetime | date) -> date:
    """The first day a contact may have: the same date two years before `now`."""
    day = now.date() if isinstance(now, datetime) else now
    try:
        return day.replace(year=day.year - YEARS_BACK)
    except ValueError:  # 29 February, or a clock in year 1 or 2
        return date(max(day.year - YEARS_BACK, 1), day.month, 28)


def refuse_long_ago(at: datetime, now: datetime, text: str | None = None) -> None:
    """Raise TooLongAgo when `at` falls on a day before the same date two years back."""
    if at.date() < earliest_day(now):
        raise TooLongAgo(text if text is not None else at.date().isoformat(), now)


def parse_date(text: str, today: date | None = None, *, past: bool = False) -> date:
    """A day: ISO `2026-11-24`, Dutch `24-11-2026` (or `/`, `.`), a word, or free form.

    Words (`today`, `gisteren`, `eergisteren`, weekday names such as `maandag` or
    `mon`, meaning the most recent one up to today) and free forms (`24 nov`, `24-11`,
    `vorige week dinsdag`) need `today`. A date without a year is this year's; with
    `past`, last year's when this year's is still ahead. Raises only WhenError.
    """
    key = _key(text)
    try:
        return _parse_date(key, text, today, past=past)
    except WhenError:
        raise
    except (ValueError, OverflowError, ArithmeticError):
        raise WhenError("when.no_such_day", text=text) from None


def _parse_date(key: str, text: str, today: date | None, *, past: bool) -> date:
    if key in _DAYS_AGO:
        if today is None:
            raise WhenError("when.bad_date", text=text)
        return today - timedelta(days=_DAYS_AGO[key])
    try:
        if re.fullmatch(_ISO_DATE, key):
            return date.fromisoformat(key)
        dutch = re.fullmatch(_DUTCH_DATE, key)
        if dutch:
            day, month, year = (int(part) for part in dutch.groups())
            return date(year, month, day)
    except ValueError:
        raise WhenError("when.no_such_day", text=text) from None
    if today is None or len(key) > _LONGEST:
        raise WhenError("when.bad_date", text=text)
    free = _free(key, text, datetime.combine(today, time(23, 59, 59)), "when.bad_date", past)
    if free.has_time:
        raise WhenError("when.bad_date", text=text)
    return free.at.date()


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
    """The contact time `text` names, as an aware local time; `now` is the book's clock.

    Accepts an ISO date and time (`2026-11-24 15:10`, `2026-11-24T15:10`, with or
    without an offset), a bare time (today), a day word optionally followed by a time
    (`gisteren 15:10`, `eergisteren 8.15`), and the free forms of dutchdates.py
    (`ma 8.15`, `24 nov 15:10`, `3 maart 2026 15:10`, `vorige week dinsdag`). The
    result is never in the future nor more than two years back: those, and anything
    unreadable, raise WhenError — and nothing else is ever raised.
    """
    if now.tzinfo is None:
        now = now.astimezone()
    key = _key(text)
    try:
        return _checked(_parse_when(key, text, now), now, text)
    except WhenError:
        raise
    except (ValueError, OverflowError, ArithmeticError):
        # A day past what datetime can hold (year 9999 plus an offset) or a day that
        # does not exist: the same sentence for both.
        raise WhenError("when.no_such_day", text=text) from None


def _key(text: str) -> str:
    key = " ".join(text.strip().lower().split())
    if not key:
        raise WhenError("when.empty")
    return key


def _parse_when(key: str, text: str, now: datetime) -> datetime | None:
    """The moment `key` names: aware when the text gave an offset, else naive local;
    None for now itself."""
    if re.fullmatch(_ISO_DATETIME, key, re.IGNORECASE):
        try:
            return datetime.fromisoformat(key.upper().replace("Z", "+00:00"))
        except ValueError:
            raise WhenError("when.no_such_day", text=text) from None
    if re.fullmatch(_TIME, key):
        return datetime.combine(now.date(), parse_time(key))
    if len(key) > _LONGEST:
        raise WhenError("when.bad_when", text=text)
    match = re.fullmatch(_DAY_THEN_TIME, key, re.IGNORECASE)
    day = None
    if match and (match["day"] in _DAYS_AGO or _is_numeric_date(match["day"])):
        try:
            day = _parse_date(match["day"], text, now.date(), past=True)
        except WhenError as exc:
            if exc.key == "when.bad_date":
                raise WhenError("when.bad_when", text=text) from None
            raise
    if day is None:
        free = _free(key, text, now.replace(tzinfo=None), "when.bad_when")
        return free.at if free.has_time or free.at.date() != now.date() else None
    if match and match["time"]:
        return datetime.combine(day, parse_time(match["time"]))
    if day == now.date():
        return None
    return datetime.combine(day, NOON)


def _is_numeric_date(day: str) -> bool:
    return bool(re.fullmatch(_ISO_DATE, day) or re.fullmatch(_DUTCH_DATE, day))


def _free(key: str, text: str, now: datetime, unreadable: str, past: bool = True):
    """dutchdates.parse_free, imported only now (dateutil.parser costs ~30 ms)."""
    from storage.rules import dutchdates

    try:
        return dutchdates.parse_free(key, now, past=past)
    except dutchdates.Unreadable:
        raise WhenError(unreadable, text=text) from None
    except dutchdates.WrongWeekday:
        raise WhenError("when.wrong_weekday", text=text) from None


def _checked(at: datetime | None, now: datetime, text: str) -> datetime:
    """`at` made aware, refused when in the future or more than two years back."""
    if at is None:
        return now
    if at.tzinfo is None:
        # Compare the day first: localising year 1 or 9999 may overflow.
        if at.date() < earliest_day(now):
            raise TooLongAgo(text, now)
        if at.date() > now.date() + timedelta(days=1):
            raise WhenError("when.future", text=text)
        at = _localise(at, now)
    if at > now:
        raise WhenError("when.future", text=text)
    refuse_long_ago(at, now, text)
    return at


def _localise(naive: datetime, now: datetime) -> datetime:
    """Give `naive` the offset it has in the zone `now` lives in.

    When `now` is the system's local time, the system zone supplies the offset of
    that very day (a contact from before the DST change keeps +01:00); a clock pinned
    to a zone (tests: zoneinfo) gives that zone's offset of the day, a fixed offset
    lends itself.
    """
    if now.utcoffset() == now.astimezone().utcoffset() and not _is_zone(now):
        return naive.astimezone()
    return naive.replace(tzinfo=now.tzinfo)


def _is_zone(now: datetime) -> bool:
    """True for a real time zone (zoneinfo), False for a fixed offset."""
    return hasattr(now.tzinfo, "key")  # zoneinfo.ZoneInfo, without importing zoneinfo
