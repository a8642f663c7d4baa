"""What a row of the history table shows, and which days a period filter covers.

Split from `history.py` so the screen holds keys, reading and writing, this the arithmetic.
"""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text

from storage import Contact, Tone
from storage.rules.when import WhenError, parse_date

from ..error_lines import error_text
from ..symbols import FOLLOW_UP, NOT_REACHED
from ..text import format_when, moment_name, t, tone_name
from .family_rows import shorten

FAMILY_WIDTH = 18
ALL = "all"
PERIODS = ("all", "week", "four_weeks", "school_year", "range")
"""`range` shows two date fields: from and to (either may stay empty)."""
TONE_STYLES = {Tone.POSITIVE: "green", Tone.NEUTRAL: "", Tone.CONCERN: "red"}
NO_COLOR_TONE_STYLES = {Tone.POSITIVE: "", Tone.NEUTRAL: "", Tone.CONCERN: "bold"}
"""Without colour, red turns into a faint grey: a concern is bold instead."""


def period_start(period: str, today: date) -> date | None:
    """The first day of a period ending today; None for all of it."""
    if period == "week":
        return today - timedelta(days=today.weekday())
    if period == "four_weeks":
        return today - timedelta(days=27)
    if period == "school_year":
        # The Dutch school year starts in late August or early September.
        year = today.year if today.month >= 8 else today.year - 1
        return date(year, 8, 1)
    return None


def period_bounds(period: str, first: str, last: str, today: date) -> tuple:
    """(start, end, problem): the days of the period; a day that does not parse is named."""
    if period != "range":
        return period_start(period, today), None, ""
    bounds = []
    for typed in (first, last):
        try:
            bounds.append(parse_date(typed, today, past=True) if typed else None)
        except WhenError as exc:
            return None, None, error_text(exc)
    return bounds[0], bounds[1], ""


def row_cells(
    contact: Contact,
    label: str,
    today: date,
    *,
    note_width: int,
    family_width: int,
    tone_styles: dict[Tone, str],
) -> tuple[Text, ...]:
    """The cells of one contact's row: when, family, moment, tone, initiator, note."""
    dim = "" if contact.reached else "dim"
    # An attempt has no tone (nobody was reached): its cell stays empty.
    tone = Text(f"{contact.tone.symbol} {tone_name(contact.tone)}" if contact.reached else "")
    tone.stylize(tone_styles[contact.tone] or dim)
    # Not reached and follow-up are signs with a legend, so the note keeps its room.
    moment = moment_name(contact.moment)
    note = shorten(contact.note, note_width)
    return (
        Text(format_when(contact.at, today), style=dim),
        Text(shorten(label, family_width), style=dim),
        Text(f"{NOT_REACHED} {moment}" if not contact.reached else f"  {moment}", style=dim),
        tone,
        Text(t(f"initiator.{contact.initiator.value}"), style=dim),
        Text(f"{FOLLOW_UP} {note}" if contact.follow_up else note, style=dim),
    )


def note_detail(contact: Contact, label: str) -> Text:
    """`Øyen: the whole note`, wrapped by the box it is shown in; a word when there is none."""
    detail = Text(f"{label}: ", style="bold")
    if contact.note:
        detail.append(contact.note)
    else:
        detail.append(t("history.note.none"), style="dim")
    return detail
