"""Save the JSON summary from the week screen: a path, pseudonyms, notes or not.

The file is the only way data leaves the machine, so the safe choices come first:
pseudonyms on, notes off, mode 0600, and an existing file is never replaced unasked.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static

from storage.rules.summary import summarize, summary_file_name, write_summary

from ..text import t
from ..widgets.tick import Tick
from ..writing import BookScreen


def default_path(book) -> Path:
    """`~/schoolyard-summary-2026-09-01-to-2026-11-29.json`: what it covers, in the home folder."""
    return Path("~") / summary_file_name(book)


class SaveSummaryScreen(BookScreen, ModalScreen[Path | None]):
    """Ask where to save the summary and how; dismiss with the path written, or None."""

    BINDINGS = [Binding("escape", "cancel", "summary.cancel")]

    CSS_PATH = "save_summary.tcss"

    def __init__(self) -> None:
        super().__init__()
        self._confirmed_path: Path | None = None
        """The existing file the teacher agreed to overwrite."""

    def compose(self) -> ComposeResult:
        with Vertical(id="summary-dialog"):
            yield Label(t("summary.title"), id="summary-title")
            yield Static(t("summary.intro"))
            yield Label(t("summary.path"), id="summary-path-label")
            yield Input(str(default_path(self.book)), id="summary-path")
            yield Tick(t("summary.pseudonymize"), True, id="summary-pseudonymize")
            yield Tick(t("summary.include_notes"), False, id="summary-notes", disabled=True)
            yield Static(id="summary-message", markup=False)
            with Horizontal(id="summary-buttons"):
                yield Button(t("summary.save"), variant="primary", id="summary-save")
                yield Button(t("summary.cancel"), id="summary-cancel")

    def on_mount(self) -> None:
        self.query_one("#summary-path", Input).focus()

    @on(Checkbox.Changed, "#summary-pseudonymize")
    def _pseudonymize_changed(self, event: Checkbox.Changed) -> None:
        # Pseudonyms drop the notes anyway: offering them would promise what is not written.
        notes = self.query_one("#summary-notes", Checkbox)
        notes.disabled = event.value
        if event.value:
            notes.value = False

    @on(Input.Changed, "#summary-path")
    def _path_changed(self) -> None:
        self._confirmed_path = None
        self.query_one("#summary-save", Button).label = t("summary.save")
        self._say("")

    @on(Input.Submitted, "#summary-path")
    @on(Button.Pressed, "#summary-save")
    def action_save(self) -> None:
        path = self._chosen_path()
        if path is None:
            return
        if path.exists() and path != self._confirmed_path:
            self._confirmed_path = path
            self.query_one("#summary-save", Button).label = t("summary.overwrite")
            self._say(t("summary.exists", path=path), error=True)
            self.query_one("#summary-save", Button).focus()
            return
        self._say(t("summary.saving"))
        self._write(
            path,
            self.query_one("#summary-pseudonymize", Checkbox).value,
            self.query_one("#summary-notes", Checkbox).value,
        )

    def _chosen_path(self) -> Path | None:
        typed = self.query_one("#summary-path", Input).value.strip()
        if not typed:
            self._say(t("summary.no_path"), error=True)
            return None
        path = Path(typed).expanduser()
        if path.is_dir():
            self._say(t("summary.is_folder", path=path), error=True)
            return None
        if not path.parent.is_dir():
            self._say(t("summary.no_folder", folder=path.parent), error=True)
            return None
        return path

    def _write(self, path: Path, pseudonymize: bool, include_notes: bool) -> None:
        book = self.book

        def export() -> Path:
            built = summarize(book, pseudonymize=pseudonymize, include_notes=include_notes)
            write_summary(book, path, built)
            return path

        self.write(
            export,
            said=lambda saved: t("summary.saved", path=saved),
            then=self.dismiss,
            # Stay open with the choices as they are, so the teacher can fix the path and retry.
            kept=lambda line: self._say(line, error=True),
            timeout=8,
            group="save-summary",
        )

    @on(Button.Pressed, "#summary-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    def _say(self, message: str, *, error: bool = False) -> None:
        line = self.query_one("#summary-message", Static)
        line.update(message)
        line.set_class(error, "-error")
