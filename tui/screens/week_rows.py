"""What the week screen shows of a family: its row, its detail lines, its label.

Split from `week.py` so the screen holds keys, reading and writing, this the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.markup import escape

from storage import Contact, Family, FamilyStatus
from storage.actions.calendar import plans_ahead

from ..text import format_when, moment_name, t, tn
from ..widgets.family_picker import NO_FIRST_CONTACT
from ..widgets.names import family_label

PLANNED = "★"
CONCERN_FLAG = "⚠"
QUESTIONS = (
    "address",
    "respond",
    "informal",
    "problems",
    "adapted",
    "unanswered",
    "first",
    "listen",
    "expertise",
)
"""The seed's reflection questions, with ones drawn from its habits, in text.py."""


def with_groups(family: Family) -> str:
    """`Yılmaz — Elif (groep 5), Emre (groep 2)`: the detail's heading."""
    if not family.children:
        return family.name
    kids = ", ".join(f"{c.name} ({t('word.group')} {c.group_label})" for c in family.children)
    return f"{family.name} — {kids}"


def reflection_questions() -> str:
    return "\n".join("• " + t(f"week.reflect.q.{key}") for key in QUESTIONS)


def row_cells(status: FamilyStatus, today: date, shared: set[str]) -> tuple[str, ...]:
    """The cells of a family's row in the list of families to greet."""
    family = status.family
    signs = (NO_FIRST_CONTACT if family.first_contact is None else " ") + (
        PLANNED if status.planned else " "
    )
    days = (
        t("date.never")
        if status.days_since_positive is None
        else t("today.days", days=status.days_since_positive)
    )
    last = format_when(status.last_contact, today) if status.last_contact else "—"
    concerns = (
        f"{CONCERN_FLAG} {status.concerns_since_positive}" if status.concerns_since_positive else ""
    )
    return (
        signs,
        # DataTable reads strings as markup: a name with [brackets] must stay a name.
        escape(family_label(family, shared)),
        days,
        last,
        concerns,
    )


def detail_lines(status: FamilyStatus, today: date, attempts: Sequence[Contact]) -> list[str]:
    """What the panel under the list says of the highlighted family (markup)."""
    family = status.family
    lines = [f"[b]{escape(with_groups(family))}[/b]"]
    if family.first_contact is None:
        lines[0] += f"  {NO_FIRST_CONTACT} " + t("word.no_first_contact")
    if status.planned:
        mark = "week.planned_mark.ahead" if plans_ahead(today) else "week.planned_mark"
        lines[0] += f"  {PLANNED} " + t(mark)
    if status.last_positive is None:
        positive = t("week.never_positive")
    else:
        when = format_when(status.last_positive, today)
        positive = tn(
            "week.days_since",
            status.days_since_positive,
            days=status.days_since_positive,
            when=when,
        )
    last = format_when(status.last_contact, today) if status.last_contact else "—"
    lines += [positive, t("week.last_contact", when=last)]
    if status.concerns_since_positive:
        lines.append(
            f"{CONCERN_FLAG} "
            + t("week.only_problems")
            + ": "
            + t("week.concerns_since", count=status.concerns_since_positive)
        )
    language = escape(family.language) or t("week.unknown")
    if family.interpreter:
        language += " — " + t("week.interpreter")
    channel = escape(family.channel) or t("week.unknown")
    lines.append(
        t("week.channel", channel=channel) + "  ·  " + t("week.language", language=language)
    )
    if family.tips:
        lines.append(t("week.tips", tips=escape(family.tips)))
    if attempts:
        lines.append(
            t(
                "week.not_reached",
                count=len(attempts),
                when=format_when(attempts[0].at, today),
                moment=moment_name(attempts[0].moment),
            )
        )
    return lines


def unanswered(book, status: FamilyStatus) -> list[Contact]:
    """Attempts that reached nobody since the last contact that did, newest first."""
    attempts = []
    for contact in book.contacts(family_id=status.family.id):
        if contact.reached:
            break
        attempts.append(contact)
    return attempts
