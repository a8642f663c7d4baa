"""The first run: a short, kind welcome with both ways in — a class list or one family.

Shown by the today screen when the book holds no family at all. It leaves as soon
as there is a family, whether imported here, added by hand or by the CLI beside it.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Header, Input, Label, Static

from storage import DataFileError

from ..text import t, tn
from ..widgets.footer import Footer
from .new_family import NewFamily


class WelcomeScreen(NewFamily, Screen):
    """Import a class list (format shown, path prompt) or add a family by hand."""

    CSS_PATH = "welcome.tcss"
    ADDED = "welcome.added"
    ADD_GROUP = "welcome-add"

    BINDINGS = [
        # Typing never writes: a letter must not open the form whose Enter adds a family.
        Binding("ctrl+o", "show_import", "welcome.key.import"),
        Binding("ctrl+n", "add_family", "welcome.key.add"),
        Binding("escape", "hide_import", "welcome.key.back"),
    ]

    FOOTER_HIDDEN = frozenset({"f2", "f3", "f4", "f5", "f6", "ctrl+z"})
    """The other screens are empty until there is a family, and there is nothing to undo
    yet: those keys still work, and F1 lists them, but the footer keeps its room for this
    screen's own keys."""

    def __init__(self) -> None:
        super().__init__()

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="welcome"), Vertical(id="welcome-box"):
            yield Label(t("welcome.title"), id="welcome-title")
            yield Static(t("welcome.intro"), id="welcome-intro")
            with Horizontal(id="welcome-choices"):
                yield Button(
                    f"ctrl+o  {t('welcome.import')}", id="import-button", variant="primary"
                )
                yield Button(f"ctrl+n  {t('welcome.add')}", id="add-button")
            with Vertical(id="welcome-import", classes="-hidden"):
                yield Static(t("welcome.csv_format"), id="csv-format")
                yield Static(t("welcome.csv_example"), id="csv-example", markup=False)
                yield Input(placeholder=t("welcome.path.placeholder"), id="classlist-path")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = t("welcome.title")
        self.query_one("#import-button", Button).focus()

    def reload(self) -> None:
        """Leave once the book has a family (also when the CLI imported one)."""
        try:
            has_families = bool(self.book.families(include_archived=True))
        except DataFileError:
            return
        if has_families and self.is_current:
            self.dismiss()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "hide_import":
            return not self.query_one("#welcome-import").has_class("-hidden")
        return True

    # -- import a class list ------------------------------------------------------------

    @on(Button.Pressed, "#import-button")
    def action_show_import(self) -> None:
        self.query_one("#welcome-import").remove_class("-hidden")
        self.query_one("#classlist-path", Input).focus()
        self.refresh_bindings()

    def action_hide_import(self) -> None:
        self.query_one("#welcome-import").add_class("-hidden")
        self.query_one("#import-button", Button).focus()
        self.refresh_bindings()

    @on(Input.Submitted, "#classlist-path")
    def _path_given(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self._import(event.value.strip())

    def _import(self, typed: str) -> None:
        from storage.classlists.classlist import read_classlist

        book = self.book
        path = Path(typed.strip("'\""))  # read_classlist expands `~` or says why it cannot
        self.write(
            lambda: book.import_families(read_classlist(path)),
            said=lambda result: tn(
                "classlist.imported",
                result.added,
                added=result.added,
                updated=result.updated,
                unchanged=result.unchanged,
            ),
            group="welcome-import",
        )

    # -- add one family by hand ---------------------------------------------------------

    @on(Button.Pressed, "#add-button")
    def action_add_family(self) -> None:
        self._open_new()
