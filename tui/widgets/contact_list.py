"""The side panels of the main screen: whom to greet, and what was logged today.

Plain text panels (no focus): the teacher reads them at the door; every tone is a
symbol (+ = -) as well as a colour, and an attempt says "not reached" in words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.widgets import Static

from storage import Contact, Family, FamilyStatus, Tone

from ..text import moment_name, t
from .family_picker import NO_FIRST_CONTACT

TONE_STYLES = {Tone.POSITIVE: "bold green", Tone.NEUTRAL: "bold blue", Tone.CONCERN: "bold red"}
NOT_REACHED = "⊘"


def tone_text(tone: Tone) -> Text:
    return Text(tone.symbol, style=TONE_STYLES[tone])


class ContactList(Static):
    """Today's contacts, newest first: time, tone symbol, family, moment."""

    def show(self, contacts: Sequence[Contact], families: Mapping[int, Family]) -> None:
        if not contacts:
            self.update(Text(t("today.contacts.empty"), style="italic"))
            return
        names = [f.name for f in families.values()]
        lines = Text()
        for index, contact in enumerate(contacts):
            if index:
                lines.append("\n")
            family = families.get(contact.family_id)
            name = family.name if family else "?"
            if family and names.count(family.name) > 1:
                name = f"{name} ({family.child_names})"
            lines.append(f"{contact.at:%H:%M} ", style="dim")
            lines.append_text(tone_text(contact.tone))
            lines.append(f" {name}", style="bold")
            lines.append(f" · {moment_name(contact.moment)}")
            if not contact.reached:
                lines.append(f" {NOT_REACHED} {t('word.not_reached')}", style="italic")
            if contact.note:
                lines.append(f" — {contact.note}", style="dim")
        self.update(lines)


class GreetList(Static):
    """Families to greet: planned ones, then the neediest; channel and language shown."""

    def show(self, statuses: Sequence[FamilyStatus], limit: int = 12) -> None:
        if not statuses:
            self.update(Text(t("today.greet.empty"), style="italic"))
            return
        lines = Text()
        for index, status in enumerate(statuses[:limit]):
            if index:
                lines.append("\n")
            family = status.family
            sign = NO_FIRST_CONTACT if family.first_contact is None else "•"
            lines.append(f"{sign} ")
            lines.append(family.name, style="bold")
            if status.days_since_positive is None:
                lines.append(f" {t('date.never')}", style="dim")
            else:
                lines.append(f" {t('today.days', days=status.days_since_positive)}", style="dim")
            if status.planned:
                lines.append(f" [{t('today.planned')}]", style="bold")
            details = [d for d in (family.channel, family.language) if d]
            if details:
                lines.append("\n   " + " · ".join(details), style="italic")
        if len(statuses) > limit:
            lines.append("\n" + t("today.greet.more", count=len(statuses) - limit), style="dim")
        self.update(lines)
