"""What a row of the families table shows and how the rows sort; no widgets here.

Split from `families.py` so the screen holds keys and writes, this the arithmetic.
"""

from __future__ import annotations

from datetime import date

from storage import FamilyStatus
from storage.rules.matching import fold, name_key

from ..text import TEXT, format_day, t, tn

SORT_COLUMNS = ("family", "children", "last_contact", "last_positive", "days", "month")
"""The sortable columns, in the order `s` walks through them."""


def day_label(day: date | None, today: date) -> str:
    """`vandaag`, `gisteren`, `ma 23 nov`, or `nooit`."""
    if day is None:
        return t("date.never")
    if day == today:
        return t("date.today")
    if (today - day).days == 1:
        return t("date.yesterday")
    return format_day(day)


def contacts_phrase(count: int) -> str:
    return tn("families.contacts", count)


def sort_key(column: str, status: FamilyStatus, this_month: int) -> tuple:
    """Ascending order puts the family that needs attention first."""
    family = status.family
    name = (name_key(family.name), family.id)
    if column == "children":
        return (min(family.groups, default=99), fold(family.child_names), *name)
    if column == "last_contact":
        last = status.last_contact
        return (last is not None, last.timestamp() if last else 0, *name)
    if column in ("last_positive", "days"):
        last = status.last_positive
        return (last is not None, last.timestamp() if last else 0, *name)
    if column == "month":
        return (this_month, *name)
    return name


NARROW = 96
"""Below this many columns the date and count headers take their short names."""


def column_label(column: str, width: int) -> str:
    """A header: `Laatste contact` on a wide terminal, `Contact` on a narrow one."""
    short = f"families.col.{column}.short"
    return t(short) if width < NARROW and short in TEXT else t(f"families.col.{column}")


def column_widths(width: int, sort_column: str) -> dict[str, int]:
    """Names and children share what the other columns leave, so nothing scrolls sideways.

    A demo class has families with four children and double-barrelled names; an
    unbounded column would push the dates off the screen.
    """
    shortest = {"last_contact": 10, "last_positive": 10, "days": 7, "month": 3}
    fixed = {
        column: max(len(column_label(column, width)) + 2 * (column == sort_column), least)
        for column, least in shortest.items()
    }
    # Cell padding (2 a column), the sign column and the scrollbar.
    left = width - sum(fixed.values()) - 2 * 7 - 1 - 2
    family = max(12, left * 2 // 5)
    return {"family": family, "children": max(14, left - family), **fixed}


def shorten(text: str, width: int) -> str:
    """One line of at most `width` characters, with … where it was cut."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
