"""The one shape of a question over a screen: conflict, forget and confirm.

`Dialog` is a modal with a framed box (`#<DIALOG>-dialog`) that opens with the message
as plain text (`#<DIALOG>-message`: a family's name is never markup); each dialog adds
its own buttons or field below it and dismisses with its answer.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

Answer = TypeVar("Answer")


class Dialog(ModalScreen[Answer]):
    """A framed question; subclasses set DIALOG (the id prefix) and yield `body()`."""

    DIALOG: ClassVar[str] = "dialog"

    CSS_PATH = "dialogs.tcss"

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id=f"{self.DIALOG}-dialog", classes="dialog"):
            yield Static(
                self.message, id=f"{self.DIALOG}-message", classes="dialog-message", markup=False
            )
            yield from self.body()

    def body(self) -> ComposeResult:
        """What follows the message: buttons, a field."""
        yield from ()
