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

from . import cli as _cli
from . import words as _words

LANGUAGES = ("nl", "en")
_language = "en"

_LATER = (
    "app",
    "week",
    "today",
    "classlist",
    "forms",
    "families",
    "history",
    "timeline",
    "help",
    "datafile",
    "archives",
    "colleagues",
    "followups",
)
"""The areas merged in when a key is asked for that the CLI's areas (words, cli) lack."""


def _merge(table: dict[str, tuple[str, str]], area: dict[str, tuple[str, str]]) -> None:
    # isdisjoint walks the area's keys only (every `schoolyard log` runs this).
    if not dict.keys(table).isdisjoint(area):
        twice = dict.keys(table) & area.keys()
        raise AssertionError(f"text keys defined twice: {sorted(twice)}")
    dict.update(table, area)


class _Table(dict):
    """The text table: the CLI's areas at import, the rest at the first key they lack.

    `schoolyard log` needs only words and cli; loading the other thirteen areas cost
    it ~2 ms. Any look-up of a key not yet there, and any walk over the table, merges
    them all first (a key defined twice fails then, as it did at import).
    """

    _complete = False

    def _load_rest(self) -> bool:
        if not self._complete:
            from importlib import import_module

            self._complete = True
            for name in _LATER:
                _merge(self, import_module(f"{__name__}.{name}").TEXT)
        return True

    def __missing__(self, key: str) -> tuple[str, str]:
        if self._complete:
            raise KeyError(key)
        self._load_rest()
        return self[key]

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or (
            not self._complete and self._load_rest() and dict.__contains__(self, key)
        )

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        return self[key] if key in self else default

    def __iter__(self):  # type: ignore[no-untyped-def]
        self._load_rest()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._load_rest()
        return dict.__len__(self)

    def keys(self):  # type: ignore[no-untyped-def]
        self._load_rest()
        return dict.keys(self)

    def values(self):  # type: ignore[no-untyped-def]
        self._load_rest()
        return dict.values(self)

    def items(self):  # type: ignore[no-untyped-def]
        self._load_rest()
        return dict.items(self)


TEXT: dict[str, tuple[str, str]] = _Table()
for _area in (_words, _cli):
    _merge(TEXT, _area.TEXT)


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
