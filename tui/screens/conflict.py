"""A form's field was changed elsewhere while the form was open: the teacher chooses.

`family_conflict(name, fields, mine, theirs)` and `contact_conflict(family_label,
fields, mine, theirs)` make a ConflictScreen that names each field with its two values
and dismisses with `"mine"` (save what I typed over it), `"theirs"` (keep what is
stored now for those fields, save my other changes) or `"form"` (back to the form,
nothing saved). The focus starts on "back to the form", so Enter alone overwrites
nothing; Escape is the same.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button

from storage import Contact, Family

from ..text import moment_name, t, tone_name
from .contact_form import input_when
from .dialog import Dialog
from .family_form import children_text, input_day

if TYPE_CHECKING:
    from textual.dom import DOMNode

CHOICES = ("form", "theirs", "mine")


def field_value(family: Family, field: str) -> str:
    """A field as the form shows it."""
    value = getattr(family, field)
    if field == "children":
        return children_text(value)
    if field == "guardians":
        return ", ".join(value)
    if field == "first_contact":
        return input_day(value) or "—"
    return _plain(value)


def contact_value(contact: Contact, field: str) -> str:
    """A contact's field as its form shows it."""
    value = getattr(contact, field)
    if field == "at":
        return input_when(value)
    if field == "moment":
        return moment_name(value)
    if field == "tone":
        return tone_name(value)
    if field == "initiator":
        return t(f"initiator.{value.value}")
    return _plain(value)


def _plain(value: object) -> str:
    if isinstance(value, bool):
        return t("conflict.yes") if value else t("conflict.no")
    return " ".join(str(value).split()) or "—"


CONTACT_LABELS = {"at": "when"}
"""A contact field whose form label has another name."""


def family_conflict(
    family_name: str, fields: Sequence[str], mine: Family, theirs: Family
) -> ConflictScreen:
    rows = [
        (t(f"familyform.label.{f}"), field_value(mine, f), field_value(theirs, f)) for f in fields
    ]
    return ConflictScreen(t("conflict.intro", name=family_name), rows)


def contact_labels(fields: Sequence[str]) -> str:
    """The contact form's names of these fields, for the dialog and the notice after it."""
    return ", ".join(t(f"contactform.label.{CONTACT_LABELS.get(f, f)}") for f in fields)


def contact_conflict(
    family_label: str, fields: Sequence[str], mine: Contact, theirs: Contact
) -> ConflictScreen:
    rows = [(contact_labels([f]), contact_value(mine, f), contact_value(theirs, f)) for f in fields]
    intro = t("conflict.intro_contact", family=family_label, when=input_when(theirs.at))
    return ConflictScreen(intro, rows)


class ConflictScreen(Dialog[str]):
    """Mine, theirs or back to the form; never a silent overwrite."""

    DIALOG = "conflict"

    BINDINGS = [Binding("escape", "choose('form')", "conflict.key.form")]

    def __init__(self, intro: str, rows: Sequence[tuple[str, str, str]]) -> None:
        """`rows`: each differing field as (its label, my value, the stored value)."""
        lines = [intro]
        for label, mine, theirs in rows:
            lines.append(t("conflict.field", field=label, mine=mine, theirs=theirs))
        super().__init__("\n".join(lines))

    def body(self) -> ComposeResult:
        with Horizontal(id="conflict-buttons", classes="dialog-buttons"):
            for choice in CHOICES:
                yield Button(t(f"conflict.{choice}"), id=f"conflict-{choice}", compact=True)

    def on_mount(self) -> None:
        self.query_one("#conflict-form", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_choose((event.button.id or "conflict-form").removeprefix("conflict-"))

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)


def settle(
    screen: DOMNode,
    dialog: ConflictScreen,
    changes: Mapping[str, object],
    conflict: Any,
    *,
    save: Callable[[Any, Mapping[str, object], bool], None],
    back: Callable[[Any], None],
    kept_theirs: str,
) -> None:
    """Ask `dialog` about a form's `changes` that met `conflict` (storage's FieldConflict).

    "mine": `save(current, changes, True)` over what is stored; "theirs": the line
    `kept_theirs`, then the other changes saved as `save(current, rest, False)` (or, with
    none left, the screens re-read); "form": `back(current)`, the form as typed, judged
    against the record as it is now.
    """
    current = conflict.current

    def chosen(choice: str | None) -> None:
        if choice == "mine":
            save(current, changes, True)
        elif choice == "theirs":
            rest = {f: v for f, v in changes.items() if f not in conflict.fields}
            screen.notify(kept_theirs)
            if rest:
                save(current, rest, False)
            else:
                screen.app.reload_screen()
        else:
            back(current)

    screen.app.push_screen(dialog, chosen)
