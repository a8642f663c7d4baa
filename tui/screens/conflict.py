"""A form's field was changed elsewhere while the form was open: the teacher chooses.

`ConflictScreen(family_name, fields, mine, theirs)` names each field with its two
values and dismisses with `"mine"` (save what I typed over it), `"theirs"` (keep what
is stored now for those fields, save my other changes) or `"form"` (back to the form,
nothing saved). The focus starts on "back to the form", so Enter alone overwrites
nothing; Escape is the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from storage import Family

from ..keys import translate_bindings
from ..text import t
from .family_form import children_text, input_day

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
    if isinstance(value, bool):
        return t("conflict.yes") if value else t("conflict.no")
    return " ".join(str(value).split()) or "—"


class ConflictScreen(ModalScreen[str]):
    """Mine, theirs or back to the form; never a silent overwrite."""

    BINDINGS = [Binding("escape", "choose('form')", "conflict.key.form")]

    DEFAULT_CSS = """
    ConflictScreen { align: center middle; background: $background 60%; }
    ConflictScreen #conflict-dialog {
        width: 80; max-width: 100%; height: auto;
        border: round $warning; background: $surface; padding: 1 2;
    }
    ConflictScreen #conflict-message { width: 1fr; margin-bottom: 1; }
    ConflictScreen #conflict-buttons { height: auto; align-horizontal: right; }
    ConflictScreen #conflict-buttons Button { margin-left: 2; }
    """

    def __init__(
        self, family_name: str, fields: Sequence[str], mine: Family, theirs: Family
    ) -> None:
        super().__init__()
        translate_bindings(self)
        lines = [t("conflict.intro", name=family_name)]
        for field in fields:
            lines.append(
                t(
                    "conflict.field",
                    field=t(f"familyform.label.{field}"),
                    mine=field_value(mine, field),
                    theirs=field_value(theirs, field),
                )
            )
        self.message = "\n".join(lines)

    def compose(self) -> ComposeResult:
        with Vertical(id="conflict-dialog"):
            yield Static(self.message, id="conflict-message", markup=False)
            with Horizontal(id="conflict-buttons"):
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
