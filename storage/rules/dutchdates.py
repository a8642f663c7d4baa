"""Free-form dates, Dutch and English, read by `dateutil.parser` with a Dutch `parserinfo`.

Imported by storage/when.py only when a date is not one of its fast forms, so a plain
`schoolyard log` never pays the ~30 ms import of `dateutil.parser`. Reads `24-11`,
`24 nov 15:10`, `ma 8.15`, `3 maart 2026 15:10`, `gisteren om 8.15 uur`,
`vorige week dinsdag`, `last friday 15:00`.

What a partial date means is decided here, for a teacher logging the past:
- a weekday alone is the most recent one, today when it is that day; `vorige dinsdag`
  is the one before today; `vorige week dinsdag` is the Tuesday of last (ISO) week;
- a date without a year is this year's, or last year's when this year's is still ahead;
- `8.15` after a day is a time (the Dutch dot), never a date: write dates with `-` or `/`;
- two-digit years are this century's (`24-11-26` is 2026).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from dateutil import parser as _parser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

_WEEKDAY_OF = (MO, TU, WE, TH, FR, SA, SU)
_DAY_WORDS = {
    "vandaag": 0,
    "today": 0,
    "gisteren": 1,
    "yesterday": 1,
    "eergisteren": 2,
}
_LAST = r"(?:vorige|afgelopen|last|previous)"
_LAST_WEEK = re.compile(rf"\b{_LAST}\s+week\b")
_LAST_DAY = re.compile(rf"\b{_LAST}\b")
_DOT_TIME = re.compile(r"(?<![\d.:])(\d{1,2})\.(\d{2})(?![\d.:])")
_HOUR_WORD = re.compile(r"(\d:\d{2})\s*(?:uur|u)\b")


class DutchParserInfo(_parser.parserinfo):
    """Dutch and English weekday and month names, day first, `om`/`op` as noise words."""

    JUMP = [*_parser.parserinfo.JUMP, "om", "op", "de", "rond", "around"]
    WEEKDAYS = [
        ("ma", "maan", "maandag", "mon", "monday"),
        ("di", "din", "dins", "dinsdag", "tue", "tues", "tuesday"),
        ("wo", "woe", "woen", "woensdag", "wed", "wednesday"),
        ("do", "don", "dond", "donderdag", "thu", "thur", "thurs", "thursday"),
        ("vr", "vrij", "vrijdag", "fri", "friday"),
        ("za", "zat", "zaterdag", "sat", "saturday"),
        ("zo", "zon", "zondag", "sun", "sunday"),
    ]
    MONTHS = [
        ("jan", "januari", "january"),
        ("feb", "febr", "februari", "february"),
        ("mrt", "mar", "maart", "march"),
        ("apr", "april"),
        ("mei", "may"),
        ("jun", "juni", "june"),
        ("jul", "juli", "july"),
        ("aug", "augustus", "august"),
        ("sep", "sept", "september"),
        ("okt", "oct", "oktober", "october"),
        ("nov", "november"),
        ("dec", "december"),
    ]
    HMS = [
        ("h", "u", "uur", "hour", "hours"),
        ("m", "min", "minuut", "minuten", "minute", "minutes"),
        ("s", "sec", "seconde", "seconden", "second", "seconds"),
    ]
    AMPM = [("am", "a"), ("pm", "p")]

    def __init__(self) -> None:
        super().__init__(dayfirst=True)
        self.seen: object | None = None
        """dateutil's parse result, kept to tell which fields the text gave."""

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        """`26` is 2026: a two-digit year never means a school year a lifetime away."""
        if year < 100 and not century_specified:
            return 2000 + year
        return year

    def validate(self, res) -> bool:  # type: ignore[no-untyped-def]
        self.seen = res
        return super().validate(res)


@dataclass(frozen=True)
class FreeDate:
    """What a free-form text named: a local wall-clock time, and whether it gave a time."""

    at: datetime
    has_time: bool


class Unreadable(ValueError):
    """The text is no date dateutil and these rules can read."""


class WrongWeekday(ValueError):
    """`ma 24 nov` when 24 November is no Monday."""


def parse_free(text: str, now: datetime, *, past: bool = True) -> FreeDate:
    """Read `text` (lower case, single spaces) relative to `now` (a naive local time).

    With `past`, a date without a year that is still ahead this year is last year's.
    Raises Unreadable, WrongWeekday or ValueError (no such day); the caller turns them
    into its own error.
    """
    today = now.date()
    key = text
    last_week = bool(_LAST_WEEK.search(key))
    key = _LAST_WEEK.sub(" ", key)
    before_today = bool(_LAST_DAY.search(key))
    key = _LAST_DAY.sub(" ", key)
    base = today
    for word, days in _DAY_WORDS.items():
        if re.search(rf"\b{word}\b", key):
            base = today - relativedelta(days=days)
            key = re.sub(rf"\b{word}\b", " ", key)
            break
    key = _HOUR_WORD.sub(r"\1", _DOT_TIME.sub(r"\1:\2", key)).strip(" ,")
    if not key and base != today and not (last_week or before_today):
        return FreeDate(datetime.combine(base, time(12, 0)), has_time=False)
    info = DutchParserInfo()
    try:
        parsed = _parser.parser(info).parse(
            key, default=datetime.combine(base, time(12, 0)), ignoretz=True
        )
    except OverflowError as exc:
        raise Unreadable(text) from exc
    except _parser.ParserError as exc:
        if "out of range" in str(exc) or "must be in" in str(exc):
            raise ValueError(str(exc)) from None
        raise Unreadable(text) from None
    seen = info.seen
    if seen is None:  # pragma: no cover - dateutil always validates a result
        raise Unreadable(text)
    has_time = seen.hour is not None or seen.minute is not None
    weekday = seen.weekday
    gave_day = seen.day is not None or seen.month is not None or seen.year is not None
    if (last_week or before_today) and (weekday is None or gave_day):
        raise Unreadable(text)
    if base != today and gave_day:
        raise Unreadable(text)  # `gisteren 15`: a day word and a day number
    if weekday is not None and not gave_day:
        if base != today:
            raise Unreadable(text)  # `gisteren maandag`
        day = _weekday(today, weekday, last_week=last_week, before_today=before_today)
        parsed = datetime.combine(day, parsed.time())
    if past and seen.year is None and gave_day and parsed > now:
        parsed -= relativedelta(years=1)
    if weekday is not None and gave_day and parsed.weekday() != weekday:
        raise WrongWeekday(text)
    return FreeDate(parsed, has_time)


def _weekday(today: date, weekday: int, *, last_week: bool, before_today: bool) -> date:
    """The day a weekday name means, seen from `today`."""
    which = _WEEKDAY_OF[weekday]
    if last_week:
        monday = today + relativedelta(weeks=-1, weekday=MO(-1))
        return monday + relativedelta(weekday=which(+1))
    if before_today:
        return today + relativedelta(days=-1, weekday=which(-1))
    return today + relativedelta(weekday=which(-1))
