"""Every user-facing string, in Dutch and English, from one table kept as data: one
JSON file per area beside this module (`cli.json`, `today.json`, …), merged here.

Dutch when the locale is Dutch, English otherwise; `--lang nl|en` overrides. This
module imports nothing heavy: the CLI uses it too and must start fast.

Add a string to its area's file as one line `"key": ["Nederlands", "English"],`.
Placeholders use str.format names: `t("logged", family="Kaya")`.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime

LANGUAGES = ("nl", "en")
_language = "en"

_FOLDER = os.path.dirname(__file__)

_FIRST = ("words", "cli")
"""The areas `schoolyard log` and the other commands need, read at import."""

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


class TextFileError(ValueError):
    """An area's file is not a table of `"key": ["Nederlands", "English"]` rows."""


def _once(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object whose keys each appear once (json alone keeps the last of two)."""
    table = dict(pairs)
    if len(table) < len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise TextFileError(f"the key {key!r} is defined twice")
            seen.add(key)
    return table


def read_area(path: str) -> dict[str, tuple[str, str]]:
    """The rows of one area's JSON file, each checked: two strings, a key only once.

    The stdlib json, not msgspec: TinyDB imports json anyway, while importing msgspec
    costs `schoolyard log` ~15 ms of CPU (it pulls in inspect, typing_extensions, uuid).
    """
    name = os.path.basename(path)
    with open(path, "rb") as file:
        raw = file.read()
    try:
        table = json.loads(raw, object_pairs_hook=_once)
    except TextFileError as error:
        raise TextFileError(f"{name}: {error}") from None
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
        raise TextFileError(f"{name}: not valid JSON ({error})") from None
    if not isinstance(table, dict):
        raise TextFileError(f'{name}: must be one object of "key": ["Nederlands", "English"]')
    for key, row in table.items():
        if type(row) is not list or len(row) != 2 or not all(type(s) is str for s in row):
            raise TextFileError(
                f'{name}: {key!r} must be ["Nederlands", "English"], two strings;'
                f" it is {json.dumps(row, ensure_ascii=False)}"
            )
        table[key] = (row[0], row[1])
    return table


class TextTable(dict):
    """The text table: the CLI's areas at import, the rest at the first key they lack.

    `schoolyard log` needs only words and cli; reading the other thirteen areas costs
    ~1 ms. Any look-up of a key not yet there, and any walk over the table, merges
    them all first (a key defined twice fails then, as it did at import).
    """

    _complete = False

    def __init__(self, folder: str, first: tuple[str, ...], later: tuple[str, ...]) -> None:
        super().__init__()
        self._folder, self._later = folder, later
        self._areas: list[str] = []
        for name in first:
            self._read(name)

    def _path(self, name: str) -> str:
        return os.path.join(self._folder, f"{name}.json")

    def _read(self, name: str) -> None:
        area = read_area(self._path(name))
        # isdisjoint walks the area's keys only (every `schoolyard log` runs this).
        if not dict.keys(self).isdisjoint(area):
            twice = dict.keys(self) & area.keys()
            where = [f"{n}.json" for n in self._areas if twice & read_area(self._path(n)).keys()]
            raise TextFileError(
                f"{name}.json: text keys defined twice, here and in {' and '.join(where)}:"
                f" {sorted(twice)}"
            )
        dict.update(self, area)
        self._areas.append(name)

    def _load_rest(self) -> bool:
        if not self._complete:
            self._complete = True
            for name in self._later:
                self._read(name)
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


TEXT: dict[str, tuple[str, str]] = TextTable(_FOLDER, _FIRST, _LATER)


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
