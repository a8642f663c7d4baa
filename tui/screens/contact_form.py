"""Edit one logged contact: when, moment, tone, who started it, reached, note, follow-up.

`ContactForm(contact, family_label, now)` dismisses with the changed `Contact` (same
id) or None. It does not write; the history screen (history_writes.py) sends only the
fields that changed with `book.change_contact(…, base=…)`. A time in the future is
refused here with a message, and the book refuses it again (FutureTime) should the
clock have moved in between.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Checkbox, Input, Label, Select, Static

from storage import Contact, Initiator, Moment, Tone
from storage.rules.when import WhenError, parse_when

from ..text import language, t
from ..widgets.choices import choice, moment_options, tone_options
from .form import FormError, FormScreen


def input_when(at: datetime) -> str:
    """A time as the teacher types it: `25-11-2026 15:10` in Dutch, ISO in English."""
    if language() == "nl":
        return f"{at.day:02d}-{at.month:02d}-{at.year} {at:%H:%M}"
    return f"{at:%Y-%m-%d %H:%M}"


def parse_contact_time(text: str, now: datetime) -> datetime:
    """The contact's time; FormError when unreadable, in the future or over two years back."""
    try:
        return parse_when(text, now)
    except WhenError as exc:
        if exc.key == "when.future":
            raise FormError("when", "contactform.error.future") from None
        raise FormError("when", exc.key, **exc.values) from None


class ContactForm(FormScreen[Contact]):
    """Change a contact; Enter or ctrl+s saves, Escape cancels."""

    FORM = "contact"

    def __init__(self, contact: Contact, family_label: str, now: datetime) -> None:
        super().__init__()
        self.contact = contact
        self.family_label = family_label
        self.now = now

    def compose(self) -> ComposeResult:
        contact = self.contact
        with Vertical(id="contact-dialog", classes="form-dialog"):
            yield Label(
                t("contactform.title", family=self.family_label),
                id="contact-title",
                classes="form-title",
                markup=False,
            )
            with VerticalScroll(id="contact-fields", classes="form-fields"):
                yield from self.text_row("when", input_when(contact.at))
                yield Static(t("contactform.when.help"), classes="form-help")
                moment = choice(moment_options("  "), contact.moment.value, "moment")
                yield from self._row("moment", moment)
                yield from self._row("tone", choice(tone_options("  "), contact.tone.value, "tone"))
                initiators = [(t(f"initiator.{i.value}"), i.value) for i in Initiator]
                initiator = choice(initiators, contact.initiator.value, "initiator")
                yield from self._row("initiator", initiator)
                yield from self.tick_row("reached", contact.reached)
                yield from self.tick_row("follow_up", contact.follow_up)
                note_hint = t("log.note.placeholder")
                yield from self.text_row("note", contact.note, placeholder=note_hint)
            yield from self.form_footer()

    def on_mount(self) -> None:
        self.query_one("#moment", Select).focus()
        self._tone_for(self.contact.reached)

    @on(Checkbox.Changed, "#reached")
    def _reached_changed(self, event: Checkbox.Changed) -> None:
        self._tone_for(event.value)

    def _tone_for(self, reached: bool) -> None:
        """An attempt has no tone (as in the log flow and the CLI): unticking *reached*
        makes the tone neutral and the tone field cannot be chosen until it is ticked."""
        tone = self.query_one("#tone", Select)
        if not reached:
            tone.value = Tone.NEUTRAL.value
        tone.disabled = not reached

    def draft(self) -> Contact:
        """The contact as filled in; FormError when the time is wrong."""
        typed = self.query_one("#when", Input).value
        if typed.strip() == input_when(self.contact.at):
            at = self.contact.at  # untouched: keep its seconds and its UTC offset
        else:
            at = parse_contact_time(typed, self.now)
        reached = self.query_one("#reached", Checkbox).value
        return replace(
            self.contact,
            at=at,
            moment=Moment(self.query_one("#moment", Select).value),
            tone=Tone(self.query_one("#tone", Select).value) if reached else Tone.NEUTRAL,
            initiator=Initiator(self.query_one("#initiator", Select).value),
            reached=reached,
            follow_up=self.query_one("#follow-up", Checkbox).value,
            note=self.query_one("#note", Input).value.strip(),
        )

    def show_error(self, message: str, field: str = "when") -> None:
        """A refused time is the usual error: put the cursor on it by default."""
        super().show_error(message, field)
