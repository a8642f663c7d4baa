"""The main screen: find a family by a few letters and log a contact in four keys.

`kaya` Enter 1 + Enter: search, pick the best match, moment by digit, tone by
symbol, save without a note. Space in the list marks several families for one
batch after pick-up. Beside the list: whom to greet today (planned families and
the ones longest without a positive contact) and what was logged today.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

from textual import events, on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Label, Static

from storage import Contact, ContactBook, DataFileError, FamilyStatus
from storage.rules.insights import neediest_first, to_greet

from ..text import format_day, t, week_label
from ..widgets.contact_list import ContactList, GreetList
from ..widgets.family_picker import FamilyTable
from ..widgets.followups import FollowUpList
from ..widgets.footer import Footer
from ..writing import READ_ERRORS, BookScreen
from .keys import OPEN_TIMELINE, TICK_FOLLOW_UP, after_keys_typed
from .ticks import FollowUpKeys


def _flow() -> ModuleType:
    """tui/screens/log_contact.py: imported in the app's first pause (tui/ahead.py) or
    at the first Enter, not before the first frame, which shows no part of it."""
    from . import log_contact

    return log_contact


class SearchInput(Input):
    """The search. A key typed on after Enter, before the log flow opened, goes to the flow."""

    def on_key(self, event: events.Key) -> None:
        if not self.screen.is_active:
            event.stop()
            event.prevent_default()
            _flow().hand_over(self.app, event.key, event.character)


class TodayScreen(FollowUpKeys, BookScreen, Screen):
    """Search, pick, log; whom to greet; today's contacts."""

    CSS_PATH = "today.tcss"

    BINDINGS = [
        Binding("enter", "pick", "today.key.log", priority=True),
        Binding("down", "to_list", "today.key.list", show=False),
        Binding("escape", "clear", "today.key.clear"),
        OPEN_TIMELINE,
        TICK_FOLLOW_UP,
    ]

    def __init__(self) -> None:
        super().__init__()
        self._statuses: dict[int, FamilyStatus] = {}
        self._shown_query = ""
        self._picked_query = ""  # the search that picked the open flow's families

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="today-body"):
            with Vertical(id="today-main"):
                yield SearchInput(
                    placeholder=t("today.search.placeholder"), id="search", select_on_focus=False
                )
                yield FamilyTable(id="families")
                yield Static(id="today-status")
            with Vertical(id="today-side"):
                yield Label(t("today.greet.title"), classes="panel-title")
                with VerticalScroll(id="greet-panel"):
                    yield GreetList(id="greet")
                # Hidden until the follow-ups are read (after the first paint): then shown
                # if there are any.
                followups_title = Label(id="followups-title", classes="panel-title")
                followups_title.display = False
                yield followups_title
                with VerticalScroll(id="followups-panel") as followups_panel:
                    followups_panel.display = False
                    yield FollowUpList(id="followups")
                yield Label(t("today.contacts.title"), classes="panel-title")
                with VerticalScroll(id="contacts-panel"):
                    yield ContactList(id="contacts")
        yield Footer()

    def on_mount(self) -> None:
        today = self.book.today()
        self.sub_title = " · ".join([t("nav.today"), format_day(today), week_label(today)])
        self.reload(panels_later=True)
        self.query_one("#search", Input).focus()
        self._welcome_if_empty()

    def _welcome_if_empty(self) -> None:
        try:
            empty = not self.book.families(include_archived=True)
        except DataFileError:
            return
        if empty:
            from .welcome import WelcomeScreen

            self.app.push_screen(WelcomeScreen())

    # -- reading the book ---------------------------------------------------------------

    def reload(self, *, panels_later: bool = False) -> None:
        """Re-read the book: after a save, an undo, or a change by another process.

        With `panels_later` (the start) the follow-ups and today's contacts are read
        right after the first paint: the first frame needs only the families and whom to
        greet, and finding the open follow-ups walks every contact of the year.
        """
        book = self.book
        try:
            statuses = book.statuses()
            families = {f.id: f for f in book.families(include_archived=True)}
            panels = None if panels_later else self._read_panels(book)
        except READ_ERRORS as exc:  # what is shown stays; the app says so once
            self.app.book_failed(exc)
            return
        self._families = families
        if panels is not None:
            self._show_panels(*panels)
        self._statuses = {s.family.id: s for s in statuses}
        self._filter(self.query_one("#search", Input).value, keep_cursor=True)
        self.query_one(GreetList).show(self.to_greet(statuses))
        if panels_later:
            # The app's queue, not the screen's: a screen's call runs before the first
            # frame while the app is still starting (Textual batches the start's updates).
            self.app.call_after_refresh(self._fill_panels)

    def _read_panels(
        self, book: ContactBook
    ) -> tuple[list[Contact], list[Contact], list[tuple[str, Contact]]]:
        """The open follow-ups, our contacts of today and the colleagues' of today."""
        today = book.today()
        return (
            book.open_followups(),
            book.contacts_on(today),
            book.colleague_contacts_named(start=today, end=today),
        )

    def _show_panels(
        self,
        followups: list[Contact],
        contacts: list[Contact],
        theirs: list[tuple[str, Contact]],
    ) -> None:
        self._followups = followups
        self._show_followups()
        self.query_one(ContactList).show(contacts, self._families, theirs)

    def _fill_panels(self) -> None:
        """The side panels the start left for after the first paint (see `reload`)."""
        panels = self.read_book(self._read_panels)
        if panels is not None:
            self._show_panels(*panels)

    def to_greet(self, statuses: Iterable[FamilyStatus]) -> list[FamilyStatus]:
        """Planned families without a positive contact this week, then the neediest."""
        return to_greet(statuses, self.book.today())

    def _filter(self, query: str, *, keep_cursor: bool = False) -> None:
        self._shown_query = query
        table = self.query_one(FamilyTable)
        if query.strip():
            found = self.read_book(lambda book: book.search(query))
            if found is None:
                return
            statuses = [self._statuses[f.id] for f in found if f.id in self._statuses]
        else:
            statuses = neediest_first(self._statuses.values())
        table.show(statuses, keep_cursor=keep_cursor)
        self._show_status(query)

    def _show_status(self, query: str | None = None) -> None:
        query = self.query_one("#search", Input).value if query is None else query
        table = self.query_one(FamilyTable)
        status = self.query_one("#today-status", Static)
        if table.marked:
            status.update(t("today.marked", count=len(table.marked)))
        elif not self._statuses:
            status.update(t("today.no_families"))
        elif query.strip() and not table.rows_shown:
            status.update(t("today.no_match", query=query.strip()))
        else:
            status.update(t("today.legend"))

    # -- typing and moving --------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self._filter(event.value)

    @on(FamilyTable.Marked)
    def _marks_changed(self) -> None:
        self._show_status()

    @on(FamilyTable.LeftUp)
    def _back_to_search(self, event: FamilyTable.LeftUp) -> None:
        search = self.query_one("#search", Input)
        search.focus()
        if event.character == "\b":
            search.action_delete_left()
        elif event.character:
            # A letter typed in the list starts the next name (marks stay).
            search.value = event.character
            search.cursor_position = len(search.value)

    @on(DataTable.RowSelected)
    def _row_clicked(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_pick()

    def action_to_list(self) -> None:
        table = self.query_one(FamilyTable)
        if table.rows_shown:
            table.focus()

    def action_clear(self) -> None:
        search = self.query_one("#search", Input)
        table = self.query_one(FamilyTable)
        if not search.has_focus:
            search.focus()
        elif search.value:
            search.value = ""
        elif table.marked:
            table.clear_marks()

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(t("today.key.log"), t("nav.today.help"), self.action_pick)
        yield SystemCommand(
            t("today.key.search"), t("today.search.placeholder"), self._focus_search
        )

    def _focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    # -- logging ------------------------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        # A key that reached the list after Enter opened the flow belongs to the flow.
        if not self.is_active:
            event.stop()
            event.prevent_default()
            _flow().hand_over(self.app, event.key, event.character)

    def action_pick(self) -> None:
        """Log for the marked families, or else for the highlighted one, once the letters
        typed just before the Enter have reached the search."""
        after_keys_typed(self, self._pick)

    def _pick(self) -> None:
        if not self.is_active:
            # A second Enter typed in the same burst belongs to the flow that opened.
            _flow().hand_over(self.app, "enter", "\r")
            return
        search = self.query_one("#search", Input)
        if search.value != self._shown_query:
            self._filter(search.value)
        table = self.query_one(FamilyTable)
        if table.marked:
            families = list(table.marked.values())
        else:
            family = table.highlighted()
            if family is None:
                self._show_status()
                return
            families = [family]
        from .log_save import log_contact  # loaded with the flow, in the first pause

        # The search is done with: letters typed after the flow's Enter, while its save is
        # still on its way, start the next search (`okaf⏎1+⏎nguyen⏎` in one burst).
        self._picked_query = search.value
        search.value = ""
        log_contact(self, families, on_saved=self._saved, on_cancel=self._cancelled)

    def action_timeline(self) -> None:
        """The highlighted family's story (the top match while typing, as Enter picks)."""
        from .timeline import open_timeline

        search = self.query_one("#search", Input)
        if search.value != self._shown_query:
            self._filter(search.value)
        open_timeline(self, self.query_one(FamilyTable).highlighted())

    # -- follow-ups -----------------------------------------------------------------------

    def _show_followups(self) -> None:
        shown = bool(self._followups)
        title = self.query_one("#followups-title", Label)
        title.update(t("followup.title", count=len(self._followups)))
        title.display = shown
        self.query_one("#followups-panel", VerticalScroll).display = shown
        self.query_one(FollowUpList).show(self._followups, self._families)
        self.refresh_bindings()

    def highlighted_family(self) -> int | None:
        """The id of the highlighted family (the top match while typing), or None."""
        highlighted = self.query_one(FamilyTable).highlighted()
        return highlighted.id if highlighted else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return bool(self._followups) if action == "tick_followup" else True

    def _saved(self, contacts: list[Contact]) -> None:
        table = self.query_one(FamilyTable)
        table.marked.clear()
        search = self.query_one("#search", Input)
        self._filter(search.value)  # empty, or what was typed ahead since the Enter
        search.focus()
        self.query_one("#contacts-panel", VerticalScroll).scroll_home(animate=False)

    def _cancelled(self) -> None:
        search = self.query_one("#search", Input)
        if not search.value:  # back to the search that picked them
            search.value = self._picked_query
        search.focus()
