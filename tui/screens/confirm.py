"""A yes/no question before something that cannot be taken back (forget, delete).

`ConfirmScreen(message, confirm_label)` dismisses with True when confirmed (`y`, `j`
or Enter) and False when not (`n` or Escape). The buttons take no focus, so Enter
always means "yes" and never presses the button that happens to be focused.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from ..text import t


class ConfirmScreen(ModalScreen[bool]):
    """Ask once, name exactly what will happen, default to doing nothing."""

    BINDINGS = [
        Binding("y,j,enter", "confirm", "confirm.key.yes"),
        Binding("n,escape", "cancel", "confirm.key.no"),
    ]

    CSS_PATH = "dialogs.tcss"

    def __init__(self, message: str, confirm_label: str, cancel_label: str | None = None):
        super().__init__()
        self.message = message
        self.confirm_label = confirm_label
        self.cancel_label = cancel_label or t("confirm.cancel")

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(self.message, id="confirm-message", markup=False)
            with Horizontal(id="confirm-buttons"):
                no = Button(self.cancel_label, id="confirm-no")
                yes = Button(self.confirm_label, id="confirm-yes", variant="error")
                no.can_focus = False
                yes.can_focus = False
                yield no
                yield yes
            yield Label(t("confirm.hint"), id="confirm-hint")

    @on(Button.Pressed, "#confirm-yes")
    def action_confirm(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def action_cancel(self) -> None:
        self.dismiss(False)
