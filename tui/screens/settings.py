"""Settings: the window for a positive contact and the school's holidays and study days.

Both change who needs a positive contact, so every change reloads the lists at once;
the week screen re-reads the book again when it comes back into view.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from rich.markup import escape
from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, DataTable, Header, Input, Label, Static

from storage import Holiday, SettingsConflict
from storage.rules.when import WhenError, parse_date

from ..error_lines import error_text
from ..text import TEXT, format_day, t, tn
from ..widgets.footer import Footer
from ..writing import BookScreen
from .settings_year import YearSection


def read_day(typed: str, today: date) -> date:
    """A day as the teacher types it: `19-10-2026`, `2026-10-19`, `19/10/2026`.

    Raises ValueError with a sentence for the teacher.
    """
    try:
        return parse_date(typed, today)
    except WhenError as exc:
        if exc.key in TEXT:
            raise ValueError(error_text(exc)) from None
        raise ValueError(t("settings.bad_date", text=typed)) from None


def show_day(day: date) -> str:
    return f"{format_day(day)} {day.year}"


class SettingsScreen(BookScreen, Screen):
    """The positive window in school days and the holidays that do not count."""

    BINDINGS = [
        # Typing never writes: letters do not jump into a field whose Enter saves.
        Binding("ctrl+w", "focus_window", "settings.key.window"),
        Binding("ctrl+n", "focus_add", "settings.key.add"),
        Binding("delete", "remove", "settings.key.remove"),
        Binding("ctrl+y", "close_year", "settings.key.close_year"),
        Binding("ctrl+o", "focus_colleague", "settings.key.colleague"),
    ]

    CSS_PATH = "settings.tcss"

    def __init__(self) -> None:
        super().__init__()
        self._window_shown = ""
        self._window_base: int | None = None
        """The window as read before the teacher typed hers: a save is judged against it."""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="settings-body"):
            yield Label(t("settings.window.label"), classes="settings-section")
            with Horizontal(id="window-row"):
                yield Input(id="window", type="integer", max_length=3)
                yield Button(t("settings.window.save"), id="window-save")
            yield Static(t("settings.window.help"), id="window-help")
            yield Label(t("settings.holidays.title"), classes="settings-section")
            yield DataTable(id="holidays", cursor_type="row")
            yield Static(t("settings.holidays.none"), id="holidays-none")
            with Horizontal(id="holiday-form"):
                yield Input(placeholder=t("settings.add.from"), id="holiday-from")
                yield Input(placeholder=t("settings.add.to"), id="holiday-to")
                yield Input(placeholder=t("settings.add.name"), id="holiday-name")
                yield Button(t("settings.add.button"), id="holiday-add")
            yield YearSection(id="year-section")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = t("settings.title")
        table = self.query_one("#holidays", DataTable)
        for key in ("from", "to", "name", "days"):
            table.add_column(t(f"settings.col.{key}"), key=key)
        # `reload` reads only a mounted screen; this one is mounted once on_mount returns.
        self.call_after_refresh(self.reload)
        table.focus()

    def reload(self) -> None:
        """Re-read the window and the holidays from the book."""
        if not self.is_mounted:
            return
        read = self.read_book(lambda book: (book.settings(), book.holidays()))
        if read is None:
            return
        window = read[0].positive_window_school_days
        holidays = read[1]
        field = self.query_one("#window", Input)
        # Keep a number the teacher is typing; otherwise show what the book holds.
        if not field.has_focus or field.value == self._window_shown:
            field.value = str(window)
            self._window_base = window
        self._window_shown = str(window)
        self._show_holidays(holidays)
        self.query_one(YearSection).reload()

    def _show_holidays(self, holidays: list[Holiday]) -> None:
        table = self.query_one("#holidays", DataTable)
        keep = table.cursor_row
        table.clear()
        for holiday in holidays:
            table.add_row(
                show_day(holiday.start),
                show_day(holiday.end),
                escape(holiday.name),  # a DataTable string cell is markup
                str((holiday.end - holiday.start).days + 1),
                key=str(holiday.id),
            )
        if holidays:
            table.move_cursor(row=min(keep, len(holidays) - 1))
        self.query_one("#holidays-none", Static).display = not holidays

    # -- the window ---------------------------------------------------------------------

    @on(Input.Submitted, "#window")
    @on(Button.Pressed, "#window-save")
    def _save_window(self) -> None:
        typed = self.query_one("#window", Input).value.strip()
        try:
            days = int(typed)
        except ValueError:
            days = 0
        if not 1 <= days <= 200:
            self.notify(t("settings.window.bad"), severity="error")
            return
        self._set_window(days)

    def _set_window(self, days: int) -> None:
        def judged_from_now(_: None) -> None:
            self._window_base = days

        self.write(
            lambda: self.book.set_window(days, base=self._window_base),
            said=lambda _: tn("settings.window.saved", days, days=days),
            then=judged_from_now,
            asked={
                SettingsConflict: lambda c: self._window_conflict(
                    days, c.current.positive_window_school_days
                )
            },
            group="settings",
        )

    def _window_conflict(self, mine: int, theirs: int) -> None:
        """Changed elsewhere (another window) while the teacher typed hers: ask."""
        from .conflict import ConflictScreen

        def chosen(choice: str | None) -> None:
            self._window_base = theirs  # judged from now on against the window as it is
            field = self.query_one("#window", Input)
            if choice == "mine":
                self._set_window(mine)
            elif choice == "theirs":
                field.value = self._window_shown = str(theirs)
                self.notify(tn("settings.window.kept_theirs", theirs, days=theirs))
            else:
                field.focus()

        rows = [(t("settings.window.label"), str(mine), str(theirs))]
        self.app.push_screen(ConflictScreen(t("settings.window.conflict"), rows), chosen)

    # -- holidays -----------------------------------------------------------------------

    @on(Input.Submitted, "#holiday-from, #holiday-to, #holiday-name")
    @on(Button.Pressed, "#holiday-add")
    def _add_holiday(self) -> None:
        today = self.book.today()
        typed_from = self.query_one("#holiday-from", Input).value.strip()
        typed_to = self.query_one("#holiday-to", Input).value.strip()
        name = " ".join(self.query_one("#holiday-name", Input).value.split())
        try:
            start = read_day(typed_from, today)
            # An empty end is a single study day.
            end = read_day(typed_to, today) if typed_to else start
        except ValueError as exc:
            self.notify(str(exc), severity="error")
            return
        self._store_holiday(start, end, name)  # storage refuses a backwards or known period

    def _store_holiday(self, start: date, end: date, name: str) -> None:
        # On failure the form keeps what was typed, ready to try again.
        self.write(
            lambda: self.book.add_holiday(start, end, name),
            said=lambda _: t("settings.added", name=name, start=show_day(start), end=show_day(end)),
            then=self._holiday_added,
            group="settings",
        )

    def _holiday_added(self, _: object) -> None:
        for field in ("#holiday-from", "#holiday-to", "#holiday-name"):
            self.query_one(field, Input).value = ""
        self.query_one("#holidays", DataTable).focus()

    def action_remove(self) -> None:
        if self.query_one("#colleague-files", DataTable).has_focus:
            self.query_one(YearSection).remove_file()
            return
        table = self.query_one("#holidays", DataTable)
        if not table.row_count:
            return
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        holidays = self.read_book(lambda book: book.holidays()) or []
        holiday = next((h for h in holidays if str(h.id) == row_key.value), None)
        if holiday is None:
            return
        from .confirm import ask_first

        message = t(
            "settings.remove.confirm",
            name=holiday.name or "—",
            start=show_day(holiday.start),
            end=show_day(holiday.end),
        )

        # Delete is no typing, but a holiday changes who needs a contact: ask first.
        ask_first(self, message, t("settings.remove.yes"), lambda: self._remove_holiday(holiday))

    def _remove_holiday(self, holiday: Holiday) -> None:
        self.write(
            lambda: self.book.remove_holiday(holiday.id),
            said=lambda _: t(
                "settings.removed",
                name=holiday.name,
                start=show_day(holiday.start),
                end=show_day(holiday.end),
            ),
            group="settings",
        )

    def action_focus_window(self) -> None:
        self.query_one("#window", Input).focus()

    def action_close_year(self) -> None:
        self.query_one(YearSection).close_year()

    def action_focus_colleague(self) -> None:
        self.query_one("#colleague-file", Input).focus()

    def action_focus_add(self) -> None:
        self.query_one("#holiday-from", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "remove":
            return (
                self.query_one("#holidays", DataTable).has_focus
                or self.query_one("#colleague-files", DataTable).has_focus
            )
        return True

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(
            t("settings.key.window"), t("settings.key.window.help"), self.action_focus_window
        )
        yield SystemCommand(
            t("settings.key.add"), t("settings.key.add.help"), self.action_focus_add
        )
        yield SystemCommand(
            t("settings.key.close_year"),
            t("settings.key.close_year.help"),
            self.action_close_year,
        )
        yield SystemCommand(
            t("settings.key.colleague"),
            t("settings.key.colleague.help"),
            self.action_focus_colleague,
        )
