"""The side panels of the main screen: whom to greet, and what was logged today.

Plain text panels (no focus): the teacher reads them at the door; every tone is a
symbol (+ = -) as well as a colour, and an attempt says "not reached" in words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.content import Content
from textual.widgets import Static

from storage import Contact, Family, FamilyStatus, Tone

from ..symbols import NOT_REACHED
from ..text import format_day, moment_name, t
from .family_picker import NO_FIRST_CONTACT
from .names import family_label, shared_names

TONE_STYLES = {
    Tone.POSITIVE: "bold $text-success",
    Tone.NEUTRAL: "bold $text-primary",
    Tone.CONCERN: "bold $text-error",
}


def tone_piece(tone: Tone) -> tuple[str, str]:
    """The tone's symbol with its colour: the symbol alone must carry the meaning."""
    return (tone.symbol, TONE_STYLES[tone])


class ContactList(Static):
    """Today's contacts, newest first: time, tone symbol, family, moment."""

    with_day = False
    """Show the day before the time (Week's list of the colleagues' contacts)."""

    def show(
        self,
        contacts: Sequence[Contact],
        families: Mapping[int, Family],
        theirs: Sequence[tuple[str, Contact]] = (),
    ) -> None:
        """Ours and (read-only) the colleagues' contacts, newest first; theirs name her."""
        if not contacts and not theirs:
            self.update(Content.styled(t("today.contacts.empty"), "italic"))
            return
        shared = shared_names(families.values())
        both = [("", c) for c in contacts] + list(theirs)
        both.sort(key=lambda pair: pair[1].at, reverse=True)
        pieces: list = []
        for index, (colleague, contact) in enumerate(both):
            if index:
                pieces.append("\n")
            family = families.get(contact.family_id)
            name = family_label(family, shared) if family else "?"
            pieces += [
                (
                    f"{format_day(contact.day) + ' ' if self.with_day else ''}{contact.at:%H:%M} ",
                    "dim",
                ),
                # An attempt has no tone; its ✗ follows the moment.
                tone_piece(contact.tone) if contact.reached else " ",
                " ",
                (name, "bold"),
            ]
            if colleague:
                pieces.append(
                    (" " + t("contacts.by_colleague", name=colleague), "italic $text-accent")
                )
            pieces.append(f" · {moment_name(contact.moment)}")
            if not contact.reached:
                pieces.append((f" {NOT_REACHED} {t('word.not_reached')}", "italic"))
            if contact.note:
                pieces.append((f" — {contact.note}", "dim"))
        self.update(Content.assemble(*pieces))


class GreetList(Static):
    """Families to greet: planned ones, then the neediest; channel and language shown."""

    def show(self, statuses: Sequence[FamilyStatus], limit: int = 12) -> None:
        if not statuses:
            self.update(Content.styled(t("today.greet.empty"), "italic"))
            return
        pieces: list = []
        for index, status in enumerate(statuses[:limit]):
            if index:
                pieces.append("\n")
            family = status.family
            sign = NO_FIRST_CONTACT if family.first_contact is None else "•"
            if status.days_since_positive is None:
                since = t("date.never")
            else:
                since = t("today.days", days=status.days_since_positive)
            pieces += [f"{sign} ", (family.name, "bold"), (f" {since}", "dim")]
            if status.planned:
                pieces.append((f" [{t('today.planned')}]", "bold $text-accent"))
            # How to reach them on a line of its own, so a narrow panel cuts only the children.
            if family.child_names:
                pieces.append((f" · {family.child_names}", "italic"))
            interpreter = t("today.interpreter") if family.interpreter else ""
            details = [family.channel, family.language, interpreter]
            if any(details):
                pieces.append(("\n   " + " · ".join(d for d in details if d), "italic"))
        if len(statuses) > limit:
            more = t("today.greet.more", count=len(statuses) - limit)
            pieces.append(("\n" + more, "dim"))
        self.update(Content.assemble(*pieces))
