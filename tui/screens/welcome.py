"""The first run: a short, kind welcome with both ways in — a class list or one family.

Shown by the today screen when the book holds no family at all. It leaves as soon
as there is a family, whether imported here, added by hand or by the CLI beside it.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Header, Input, Label, Static

from storage import DataFileError

from ..text import TEXT, t, tn
from ..widgets.footer import Footer


class WelcomeScreen(Screen):
    """Import a class list (format shown, path prompt) or add a family by hand."""

    CSS_PATH = "welcome.tcss"

    BINDINGS = [
        # Typing never writes: a letter must not open the form whose Enter adds a family.
        Binding("ctrl+o", "show_import", "welcome.key.import"),
        Binding("ctrl+n", "add_family", "welcome.key.add"),
        Binding("escape", "hide_import", "welcome.key.back"),
    ]

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
            has_families = bool(self.app.book.families(include_archived=True))
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

    @work(thread=True, exclusive=True, group="welcome-import")
    def _import(self, typed: str) -> None:
        from storage.classlists.classlist import ClassListError, read_classlist

        book = self.app.book
        path = Path(typed.strip("'\""))  # read_classlist expands `~` or says why it cannot
        try:
            rows = read_classlist(path)
            result = book.import_families(rows)
        except ClassListError as exc:
            key = getattr(exc, "key", "")
            message = t(key, **exc.values) if key in TEXT else str(exc)
            self.app.call_from_thread(self.notify, message, severity="error", timeout=10)
            return
        except (DataFileError, OSError) as exc:
            message = self.app.error_line(exc)
            self.app.call_from_thread(self.notify, message, severity="error", timeout=10)
            return
        message = tn(
            "classlist.imported",
            result.added,
            added=result.added,
            updated=result.updated,
            unchanged=result.unchanged,
        )
        self.app.call_from_thread(self._done, message)

    def _done(self, message: str) -> None:
        self.app.notify(message)
        self.app.reload_screen()

    # -- add one family by hand ---------------------------------------------------------

    @on(Button.Pressed, "#add-button")
    def action_add_family(self) -> None:
        from .family_form import FamilyForm

        self.app.push_screen(FamilyForm(None), self._family_drafted)

    def _family_drafted(self, draft) -> None:
        if draft is not None:
            self._add(draft)

    @work(thread=True, exclusive=True, group="welcome-add")
    def _add(self, draft) -> None:
        book = self.app.book
        try:
            family = book.add_family(
                draft.name,
                tuple(getattr(draft, "children", ())),
                guardians=tuple(getattr(draft, "guardians", ())),
                language=getattr(draft, "language", ""),
                interpreter=getattr(draft, "interpreter", False),
                channel=getattr(draft, "channel", ""),
                first_contact=getattr(draft, "first_contact", None),
                tips=getattr(draft, "tips", ""),
            )
        except (DataFileError, OSError, ValueError) as exc:
            message = self.app.error_line(exc)
            self.app.call_from_thread(self.notify, message, severity="error", timeout=10)
            # Keep what was typed: reopen the form with the draft.
            self.app.call_from_thread(self._reopen_form, draft)
            return
        self.app.call_from_thread(self._done, t("welcome.added", name=family.name))

    def _reopen_form(self, draft) -> None:
        from .family_form import FamilyForm

        try:
            form = FamilyForm(draft)
        except Exception:  # noqa: BLE001 - a form that cannot take a draft opens empty
            form = FamilyForm(None)
        self.app.push_screen(form, self._family_drafted)
