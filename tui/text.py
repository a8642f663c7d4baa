"""Every user-facing string, in Dutch and English, from one table.

Dutch when the locale is Dutch, English otherwise; `--lang nl|en` overrides. This
module imports nothing heavy: the CLI uses it too and must start fast.

Add a string as `"key": ("Nederlands", "English")`. Placeholders use str.format
names: `t("logged", family="Kaya")`.
"""

from __future__ import annotations

import os
from datetime import date, datetime

LANGUAGES = ("nl", "en")
_language = "en"

TEXT: dict[str, tuple[str, str]] = {
    # Moments, in the TUI's digit order.
    "moment.pickup": ("ophalen", "pick-up"),
    "moment.dropoff": ("brengen", "drop-off"),
    "moment.walkin": ("inloop", "walk-in"),
    "moment.schoolyard": ("schoolplein", "schoolyard"),
    "moment.phone": ("telefoon", "phone"),
    "moment.message": ("bericht", "message"),
    "moment.meeting": ("gesprek", "meeting"),
    "moment.homevisit": ("huisbezoek", "home visit"),
    "moment.event": ("activiteit", "event"),
    "moment.other": ("anders", "other"),
    # Tones.
    "tone.positive": ("positief", "positive"),
    "tone.neutral": ("neutraal", "neutral"),
    "tone.concern": ("zorg", "concern"),
    # Who started it.
    "initiator.teacher": ("leerkracht", "teacher"),
    "initiator.parent": ("ouder", "parent"),
    # Dates.
    "date.today": ("vandaag", "today"),
    "date.yesterday": ("gisteren", "yesterday"),
    "date.never": ("nooit", "never"),
    "date.week": ("week {week}", "week {week}"),
    "date.days": ("{days} d", "{days} d"),
    # Shared words.
    "word.family": ("gezin", "family"),
    "word.families": ("gezinnen", "families"),
    "word.children": ("kinderen", "children"),
    "word.group": ("groep", "group"),
    "word.no_first_contact": ("nog geen kennismaking", "no first contact yet"),
    "word.not_reached": ("niet bereikt", "not reached"),
    # The app and its navigation (tui/app.py).
    "app.demo": ("demoklas — niets wordt bewaard", "demo class — nothing is kept"),
    "app.write_failed": ("Opslaan mislukt: {reason}", "Could not save: {reason}"),
    "app.nothing_to_undo": ("Niets om ongedaan te maken.", "Nothing to undo."),
    "app.undone.log": ("Ongedaan: contact met {families}.", "Undone: contact with {families}."),
    "app.undone.edit": (
        "Ongedaan: wijziging van contact met {families}.",
        "Undone: change to the contact with {families}.",
    ),
    "app.undone.delete": (
        "Teruggezet: contact met {families}.",
        "Restored: contact with {families}.",
    ),
    "nav.help": ("Hulp", "Help"),
    "nav.help.help": ("Alle toetsen en wat ze doen", "Every key and what it does"),
    "nav.today": ("Vandaag", "Today"),
    "nav.today.help": (
        "Contact loggen en zien wie aandacht nodig heeft",
        "Log a contact and see who needs one",
    ),
    "nav.families": ("Gezinnen", "Families"),
    "nav.families.help": (
        "Gezinnen toevoegen, wijzigen, archiveren",
        "Add, edit and archive families",
    ),
    "nav.history": ("Geschiedenis", "History"),
    "nav.history.help": (
        "Alle contacten: filteren, wijzigen, verwijderen",
        "All contacts: filter, edit, delete",
    ),
    "nav.week": ("Week", "Week"),
    "nav.week.help": (
        "Wie heeft een positief contact nodig, mix en reflectie",
        "Who needs a positive contact, mix and reflection",
    ),
    "nav.settings": ("Instellingen", "Settings"),
    "nav.settings.help": (
        "Vakanties, studiedagen en het venster",
        "Holidays, study days and the window",
    ),
    "nav.undo": ("Ongedaan maken", "Undo"),
    "nav.undo.help": ("Het laatste contact terugdraaien", "Take back the last contact entry"),
}

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
