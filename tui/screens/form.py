"""What the family and contact forms share: keys, rows, buttons, errors, save and cancel.

A form does not write: it dismisses with the record to store (or None), and the
screen that opened it stores it in a worker.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from storage.rules.errors import SchoolyardError

from ..error_lines import error_text
from ..text import t
from ..widgets.tick import Tick
from ..writing import BookScreen
from .keys import after_keys_typed

Record = TypeVar("Record")


class FormError(SchoolyardError, ValueError):
    """A field the teacher must correct; `key` is its text in the text table (tui/text/)."""

    def __init__(self, field: str, key: str, **values: object) -> None:
        super().__init__(key, key, **values)
        self.field = field

    @property
    def message(self) -> str:
        return error_text(self)


def field_id(name: str) -> str:
    """A form field's widget id: its name with `-` for `_` (`first_contact` → `first-contact`)."""
    return name.replace("_", "-")


def typing_in_place(screen: ModalScreen) -> bool:
    """True while Enter belongs to the focused widget: text area, open Select, button."""
    focused = screen.focused
    if isinstance(focused, TextArea | Button):
        return True
    return any(select.expanded for select in screen.query(Select))


class FormScreen(BookScreen, ModalScreen[Record | None], Generic[Record]):
    """A modal form; subclasses set FORM (the id prefix) and write `draft()`."""

    CSS_PATH = "form.tcss"

    FORM: ClassVar[str] = "form"
    """Prefix of the ids: `<FORM>-error`, `<FORM>-save`, and of the labels' text keys."""

    BINDINGS = [
        Binding("ctrl+s", "save", "form.key.save", priority=True),
        Binding("enter", "save", "form.key.save", priority=True, show=False),
        Binding("escape", "cancel", "form.key.cancel"),
        # Priority: focus moves when the app reads the Tab, before it hands out the next
        # letter, so a fast `Kaya⇥Yusuf 4` puts each text in its own field. (No
        # description: F1 already has its "Tab / shift+Tab" line.)
        Binding("tab", "next_field", priority=True, show=False),
        Binding("shift+tab", "previous_field", priority=True, show=False),
    ]

    def __init__(self) -> None:
        super().__init__()

    def action_next_field(self) -> None:
        self.focus_next()

    def action_previous_field(self) -> None:
        self.focus_previous()

    def draft(self) -> Record:
        """The record as filled in; FormError names the first field to correct."""
        raise NotImplementedError

    def _row(self, name: str, field: Widget) -> ComposeResult:
        with Horizontal(classes="form-row"):
            yield Label(t(f"{self.FORM}form.label.{name}"), classes="form-label")
            yield field

    def text_row(self, name: str, value: str, **options: Any) -> ComposeResult:
        """The labelled text field `name` (its id with `-` for `_`); `options` go to Input."""
        yield from self._row(name, Input(value, id=field_id(name), compact=True, **options))

    def tick_row(self, name: str, value: bool) -> ComposeResult:
        """The labelled tick box `name`, its text `<form>form.<name>.box`."""
        box = t(f"{self.FORM}form.{name}.box")
        yield from self._row(name, Tick(box, value, id=field_id(name), compact=True))

    def form_footer(self) -> ComposeResult:
        """The error line and the hint with cancel and save buttons."""
        yield Static("", id=f"{self.FORM}-error", classes="form-error", markup=False)
        with Horizontal(id=f"{self.FORM}-buttons", classes="form-buttons"):
            yield Label(t("form.hint"), classes="form-hint")
            yield Button(t("form.cancel"), id=f"{self.FORM}-cancel", compact=True)
            yield Button(t("form.save"), id=f"{self.FORM}-save", variant="primary", compact=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save" and typing_in_place(self):
            return False
        return True

    def show_error(self, message: str, field: str) -> None:
        """Say what is wrong and put the cursor there (also used after a refused write)."""
        self.query_one(f"#{self.FORM}-error", Static).update(message)
        self.query_one(f"#{field}").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == f"{self.FORM}-save":
            self.action_save()
        elif event.button.id == f"{self.FORM}-cancel":
            self.action_cancel()

    def action_save(self) -> None:
        """Save once the focused field has taken every key typed before Enter or ctrl+s."""
        after_keys_typed(self, self._save_now)

    def _save_now(self) -> None:
        if not self.is_active:
            return  # saved or cancelled already (Enter pressed twice in a burst)
        try:
            record = self.draft()
        except FormError as error:
            self.show_error(error.message, error.field)
            return
        self.dismiss(record)

    def action_cancel(self) -> None:
        self.dismiss(None)
