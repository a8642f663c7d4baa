"""Settings, second half: closing the school year, retention, and colleagues' files.

Typing never writes: a field is saved by Enter (or its button), the year is closed only
after a question that names what moves, a colleague's file is dropped from the list by
Delete on the list. Each is one write of the book (storage/actions/years.py, colleagues.py).
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DataTable, Input, Label, Static

from ..text import format_day, t, tn
from ..writing import BookScreen, write


def _day(day) -> str:
    return f"{format_day(day)} {day.year}"


class YearSection(BookScreen, Vertical):
    """The school year, retention and colleagues' parts of the Settings screen."""

    def compose(self) -> ComposeResult:
        yield Label(t("settings.year.title"), classes="settings-section")
        yield Static(id="year-info")
        with Horizontal(classes="settings-row"):
            yield Label(t("settings.retention.label"), classes="settings-row-label")
            yield Input(id="retention", type="integer", max_length=2)
            yield Button(t("settings.year.close"), id="year-close")
        yield Static(t("settings.retention.help"), classes="settings-help")
        yield Label(t("settings.colleagues.title"), classes="settings-section")
        with Horizontal(classes="settings-row"):
            yield Label(t("settings.colleagues.name"), classes="settings-row-label")
            yield Input(id="colleague-name", max_length=60)
        yield DataTable(id="colleague-files", cursor_type="row")
        yield Static(t("settings.colleagues.none"), id="colleague-files-none")
        yield Input(placeholder=t("settings.colleagues.add"), id="colleague-file")

    def on_mount(self) -> None:
        table = self.query_one("#colleague-files", DataTable)
        table.add_column(t("settings.colleagues.col.file"), key="file")
        table.add_column(t("settings.colleagues.col.who"), key="who")

    def reload(self) -> None:
        read = self.read_book(
            lambda book: (
                book.school_year_began(),
                book.archives(),
                book.retention(),
                book.colleague_name(),
                book.colleagues_by_file(),
            )
        )
        if read is None:
            return
        began, archives, kept, name, files = read
        listed = ", ".join(a.school_year for a in archives) or t("settings.year.no_archives")
        self.query_one("#year-info", Static).update(
            t("settings.year.began", day=_day(began), archives=listed)
        )
        retention = self.query_one("#retention", Input)
        if not retention.has_focus:
            retention.value = str(kept) if kept else ""
        field = self.query_one("#colleague-name", Input)
        if not field.has_focus:
            field.value = name
        self._show_files(files)

    def _show_files(self, files) -> None:
        table = self.query_one("#colleague-files", DataTable)
        keep = table.cursor_row
        table.clear()
        for path, colleague, problem in files:
            state = (
                colleague.name
                if colleague is not None
                else t(problem.key, detail=problem.reason)
                if problem is not None
                else ""
            )
            # The file's name: the folder is the synced one, and 80 columns are few.
            table.add_row(path.name, state, key=str(path))
        if files:
            table.move_cursor(row=min(keep, len(files) - 1))
        table.display = bool(files)
        self.query_one("#colleague-files-none", Static).display = not files

    # -- retention ------------------------------------------------------------------------

    @on(Input.Submitted, "#retention")
    def _save_retention(self) -> None:
        typed = self.query_one("#retention", Input).value.strip()
        years = int(typed) if typed.isdigit() else 0
        if not 1 <= years <= 50:
            self.notify(t("settings.retention.bad"), severity="error")
            return
        self._write(
            lambda: self.book.set_retention(years),
            tn("settings.retention.saved", years, years=years),
        )

    # -- your name ------------------------------------------------------------------------

    @on(Input.Submitted, "#colleague-name")
    def _save_name(self) -> None:
        typed = self.query_one("#colleague-name", Input).value

        def write() -> str:
            name = self.book.set_colleague_name(typed)
            return (
                t("settings.colleagues.name_saved", name=name)
                if name
                else t("settings.colleagues.name_cleared")
            )

        self._write(write)

    # -- colleagues' files ----------------------------------------------------------------

    @on(Input.Submitted, "#colleague-file")
    def _add_file(self) -> None:
        typed = self.query_one("#colleague-file", Input).value.strip()
        if not typed:
            return

        def write() -> str:
            self.book.set_colleague_files([*self.book.colleague_files(), typed])
            return t("settings.colleagues.added", file=typed)

        self.query_one("#colleague-file", Input).value = ""
        self._write(write)

    def remove_file(self) -> None:
        table = self.query_one("#colleague-files", DataTable)
        if not table.row_count:
            return
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        gone = row_key.value or ""

        def write() -> str:
            from pathlib import Path

            kept = [p for p in self.book.colleague_files() if Path(p).expanduser() != Path(gone)]
            self.book.set_colleague_files(kept)
            return t("settings.colleagues.removed", file=gone)

        self._write(write)

    # -- closing the year -----------------------------------------------------------------

    @on(Button.Pressed, "#year-close")
    def close_year(self) -> None:
        from .confirm import ask_first

        read = self.read_book(lambda book: (book.school_year_began(), book.close_preview()))
        if read is None:
            return
        began, preview = read
        if not preview.files:
            self.notify(t("settings.year.nothing", day=_day(began)))
            return
        lines = "\n".join(
            t(
                "settings.year.confirm_line",
                year=year,
                contacts=preview.contacts.get(year, 0),
                plans=preview.plans.get(year, 0),
                reflections=preview.reflections.get(year, 0),
                file=path.name,
            )
            for year, path in zip(sorted(preview.contacts), preview.files, strict=False)
        )
        message = t("settings.year.confirm", day=_day(began), lines=lines)

        ask_first(self, message, t("settings.year.yes"), lambda: self._write(self._close, None))

    def _close(self) -> str:
        closed = self.book.close_year()
        files = ", ".join(path.name for path in closed.files)
        return t("settings.year.closed", contacts=sum(closed.contacts.values()), files=files)

    # -- one write ------------------------------------------------------------------------

    def _write(self, job: Callable[[], str], message: str | None = None) -> None:
        """One write of the book through the app's one helper; its line, or the error's."""
        write(self, job, said=lambda said: message or said, group="settings")
