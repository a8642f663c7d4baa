"""Every user-facing string, in Dutch and English, from one table, kept by area in
the modules beside this one (`today.py`, `cli.py`, …) and merged here.

Dutch when the locale is Dutch, English otherwise; `--lang nl|en` overrides. This
module imports nothing heavy: the CLI uses it too and must start fast.

Add a string to its area's module as `"key": ("Nederlands", "English")`.
Placeholders use str.format names: `t("logged", family="Kaya")`.
"""

from __future__ import annotations

import os
from datetime import date, datetime

from . import (
    app as _app,
)
from . import (
    archives as _archives,
)
from . import (
    classlist as _classlist,
)
from . import (
    cli as _cli,
)
from . import (
    colleagues as _colleagues,
)
from . import (
    datafile as _datafile,
)
from . import (
    families as _families,
)
from . import (
    followups as _followups,
)
from . import (
    forms as _forms,
)
from . import (
    help as _help,
)
from . import (
    history as _history,
)
from . import (
    timeline as _timeline,
)
from . import (
    today as _today,
)
from . import (
    week as _week,
)
from . import (
    words as _words,
)

LANGUAGES = ("nl", "en")
_language = "en"

TEXT: dict[str, tuple[str, str]] = {}
_AREAS = (
    _words,
    _cli,
    _app,
    _week,
    _today,
    _classlist,
    _forms,
    _families,
    _history,
    _timeline,
    _help,
    _datafile,
    _archives,
    _colleagues,
    _followups,
)
for _area in _AREAS:
    _twice = TEXT.keys() & _area.TEXT.keys()
    assert not _twice, f"text keys defined twice: {sorted(_twice)}"
    TEXT.update(_area.TEXT)


_WEEKDAYS = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def detect_language(environ: dict[str, str] | None = None) -> str:
    """`nl` when the locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) is Dutch, else `en`."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def set_language(language: str | None) -> str:
    """Use `language` (`nl` or `en`), or the locale's when None; returns the one in use."""
    global _language
    _language = language if language in LANGUAGES else detect_language()
    return _language


def language() -> str:
    return _language


def t(key: str, **values: object) -> str:
    """The string for `key` in the current language, with `values` filled in."""
    nl, en = TEXT[key]
    text = nl if _language == "nl" else en
    return text.format(**values) if values else text


def tn(key: str, count: int, **values: object) -> str:
    """The string for a count: `key.one` when `count` is 1 (and that key exists), else `key`.

    `tn("families.count", 1)` → "1 family", `tn("families.count", 3)` → "3 families".
    `count` is passed on as the `{count}` value unless `values` names the number otherwise.
    """
    values.setdefault("count", count)
    one = f"{key}.one"
    return t(one if count == 1 and one in TEXT else key, **values)


def moment_name(moment: object) -> str:
    return t(f"moment.{getattr(moment, 'value', moment)}")


def tone_name(tone: object) -> str:
    return t(f"tone.{getattr(tone, 'value', tone)}")


def format_day(day: date) -> str:
    """`ma 23 nov` in Dutch, `Mon 23 Nov` in English."""
    return f"{_WEEKDAYS[_language][day.weekday()]} {day.day} {_MONTHS[_language][day.month - 1]}"


def format_when(at: datetime, today: date | None = None) -> str:
    """`vandaag 15:10`, `gisteren 08:20`, else `ma 23 nov 15:10`."""
    today = today or date.today()
    day = at.date()
    if day == today:
        label = t("date.today")
    elif (today - day).days == 1:
        label = t("date.yesterday")
    else:
        label = format_day(day)
    return f"{label} {at:%H:%M}"


def week_label(day: date) -> str:
    """`week 48` (ISO week)."""
    return t("date.week", week=day.isocalendar()[1])
