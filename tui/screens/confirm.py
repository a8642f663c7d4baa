"""A yes/no question before something that cannot be taken back (forget, delete).

`ConfirmScreen(message, confirm_label)` dismisses with True when confirmed (`y`, `j`
or Enter) and False when not (`n` or Escape). The buttons take no focus, so Enter
always means "yes" and never presses the button that happens to be focused.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.dom import DOMNode
from textual.widgets import Button, Label

from ..text import t
from .dialog import Dialog


class ConfirmScreen(Dialog[bool]):
    """Ask once, name exactly what will happen, default to doing nothing."""

    DIALOG = "confirm"

    BINDINGS = [
        Binding("y,j,enter", "confirm", "confirm.key.yes"),
        Binding("n,escape", "cancel", "confirm.key.no"),
    ]

    def __init__(self, message: str, confirm_label: str, cancel_label: str | None = None):
        super().__init__(message)
        self.confirm_label = confirm_label
        self.cancel_label = cancel_label or t("confirm.cancel")

    def body(self) -> ComposeResult:
        with Horizontal(id="confirm-buttons", classes="dialog-buttons"):
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


def ask_first(screen: DOMNode, message: str, confirm_label: str, then: Callable[[], None]) -> None:
    """Ask `message` in a ConfirmScreen; `then()` runs only if the teacher says yes."""

    def answered(yes: bool | None) -> None:
        if yes:
            then()

    screen.app.push_screen(ConfirmScreen(message, confirm_label), answered)
