"""The history screen: every contact, newest first; filter, edit, delete, undo.

Filters: a family (typed letters, the same folding as the main screen's search, so
`de jong` shows both de Jong families), a moment, a tone and a period (this week,
the last four weeks, this school year, all). A school year of a big class holds
tens of thousands of contacts; the table shows the newest `SHOWN` that match and
says so. Edits and deletes (history_writes.py) run in worker threads; ctrl+z (the
app's undo) takes back the last one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from textual import events, on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Select, Static

from storage import Contact, Family, Moment, Tone

from ..ahead import ending
from ..text import language, t, tn
from ..widgets.choices import choice, moment_options, tone_options
from ..widgets.footer import Footer
from ..widgets.names import family_labels
from ..writing import READ_ERRORS
from .history_archives import ArchiveRows, marked, row_key
from .history_rows import (
    ALL,
    FAMILY_WIDTH,
    FOLLOW_UP,
    NO_COLOR_TONE_STYLES,
    NOT_REACHED,
    PERIODS,
    TONE_STYLES,
    note_detail,
    period_bounds,
    period_start,  # noqa: F401  (the screen's public helper, kept importable here)
    row_cells,
)
from .history_writes import HistoryWrites
from .keys import OPEN_TIMELINE, TOGGLE_ARCHIVES

SHOWN = 500
"""At most this many rows: enough to scroll through."""
PAGE = 100
"""Rows put in the table at once; the next ones when the cursor comes near the end.
A key or a re-read then builds and measures a fifth of the cells (500 rows × 6)."""


class HistoryScreen(ArchiveRows, HistoryWrites, Screen):
    """Contacts newest first, filtered; edit and delete the highlighted one."""

    BINDINGS = [
        # Typing never writes: edit and delete are on keys typing does not produce.
        Binding("ctrl+o", "edit", "history.key.edit"),
        Binding("delete", "delete", "history.key.delete"),
        OPEN_TIMELINE,
        # The filter bar shows these keys itself ("alle tonen (t)"): the footer keeps its
        # room at 80 columns for edit, delete and the story, then the F-keys.
        Binding("slash", "filter_family", "history.key.family", show=False),
        Binding("m", "filter('moment')", "history.key.moment", show=False),
        Binding("t", "filter('tone')", "history.key.tone", show=False),
        Binding("p", "filter('period')", "history.key.period", show=False),
        TOGGLE_ARCHIVES,
        Binding("escape", "back", "history.key.back", show=False),
    ]

    CSS_PATH = "history.tcss"

    def __init__(self) -> None:
        super().__init__()
        self._shown: list[Contact] = []
        self._labels: dict[int, str] = {}
        self._families: dict[int, Family] = {}
        self._filters_shown: tuple[str, ...] | None = None
        self._rows_shown: tuple | None = None
        """What the table was last filled from; the same again leaves it as it is."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="history-filters"):
            yield Input(
                placeholder=t("history.family.placeholder"), id="history-family", compact=True
            )
            yield choice(
                [(t("history.all_moments"), ALL), *moment_options()], ALL, "history-moment"
            )
            yield choice([(t("history.all_tones"), ALL), *tone_options()], ALL, "history-tone")
            yield choice([(t(f"history.period.{p}"), p) for p in PERIODS], ALL, "history-period")
            for bound in ("from", "to"):
                yield Input(
                    placeholder=t(f"history.{bound}.placeholder"),
                    id=f"history-{bound}",
                    classes="history-day",
                    compact=True,
                )
        yield DataTable(id="history-table", cursor_type="row", zebra_stripes=True)
        # The note column is short at 80 columns: the highlighted note is here in full.
        yield Static(id="history-note", markup=False)
        yield Static(id="history-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        if ending(self.app):
            return  # built ahead (tui/ahead.py) as the app ends: no widget was mounted
        self.sub_title = t("nav.history")
        table = self.query_one("#history-table", DataTable)
        for column in ("when", "family", "moment", "tone", "initiator", "note"):
            table.add_column(t(f"history.col.{column}"), key=column)
        self.reload()
        table.focus()

    # -- reading the book ---------------------------------------------------------------

    def _choice(self, name: str) -> str:
        value = self.query_one(f"#history-{name}", Select).value
        return value if isinstance(value, str) else ALL

    def _filters(self) -> tuple[str, ...]:
        query, *days = (
            self.query_one(f"#history-{name}", Input).value.strip()
            for name in ("family", "from", "to")
        )
        return (query, *(self._choice(n) for n in ("moment", "tone", "period")), *days)

    def reload(self) -> None:
        """Re-read the book with the current filters; the cursor stays on its contact."""
        book = self.book
        self._filters_shown = self._filters()
        query, moment, tone, period, first, last = self._filters_shown
        try:
            today = book.today()
            start, end, problem = period_bounds(period, first, last, today)
            families = book.families(include_archived=True)
            filters = dict(
                start=start,
                end=end,
                moments=None if moment == ALL else [Moment(moment)],
                tones=None if tone == ALL else [Tone(tone)],
                limit=SHOWN + 1,
            )
            matched: list[Family] = []
            if query:
                # Filter by family first: only the newest SHOWN of theirs become records.
                matched = book.search(query, include_archived=True)
                filters["family_ids"] = [family.id for family in matched]
            contacts = self.with_archived(book, book.contacts(**filters), filters)
        except READ_ERRORS as exc:  # what is shown stays; the app says so once
            self.app.book_failed(exc)
            return
        self._labels = family_labels(families)
        self._families = {family.id: family for family in families}
        more = len(contacts) > SHOWN
        self._show(contacts[:SHOWN], today)
        self._show_note()
        self._show_status(query, matched, more, problem)
        self.app.freeze_after_load()

    def _show(self, contacts: list[Contact], today: date) -> None:
        table = self.query_one("#history-table", DataTable)
        # The note takes what the other columns leave: more on a wide terminal.
        note_width = max(12, self.size.width - 84)
        family_width = FAMILY_WIDTH if self.size.width >= 96 else FAMILY_WIDTH - 4
        # Without colour, red turns into a faint grey: a concern is bold instead.
        tone_styles = NO_COLOR_TONE_STYLES if self.app.no_color else TONE_STYLES
        rows = (contacts, self._labels, today, note_width, family_width, tone_styles, language())
        if rows == self._rows_shown:
            return  # `kos` → `kost` often keeps the same families: the table is right
        self._rows_shown = rows
        current = self.highlighted()
        could_edit = current is not None
        table.clear()
        self._shown = contacts
        # The contact under the cursor stays in view: fill at least up to it.
        key = row_key(current) if current is not None else None
        keep = next((i for i, c in enumerate(contacts) if row_key(c) == key), 0)
        self._fill(keep + 1)
        if key is not None and key in table.rows:
            table.move_cursor(row=table.get_row_index(key), animate=False)
        if (self.highlighted() is not None) != could_edit:
            # Only then do edit and delete come or go: the footer rebuilds on each refresh.
            self.refresh_bindings()

    def _fill(self, wanted: int = 0) -> None:
        """Add the next page of rows, or up to row `wanted`, from what `_show` kept."""
        table = self.query_one("#history-table", DataTable)
        contacts, labels, today, note_width, family_width, tone_styles, _ = self._rows_shown
        start = table.row_count
        stop = min(len(self._shown), max(start + PAGE, wanted))
        for contact in self._shown[start:stop]:
            cells = row_cells(
                contact,
                labels.get(contact.family_id, "?"),
                today,
                note_width=note_width,
                family_width=family_width,
                tone_styles=tone_styles,
            )
            table.add_row(*marked(cells, contact), key=row_key(contact))

    @on(DataTable.RowHighlighted, "#history-table")
    def _near_the_end(self, event: DataTable.RowHighlighted) -> None:
        """The cursor came within a screenful of the last row: add the next page.

        On the last row itself it jumped there (End): add every row and go to the end.
        """
        table = event.data_table
        if table.row_count >= len(self._shown) or event.cursor_row < table.row_count - 40:
            return
        if event.cursor_row == table.row_count - 1:
            self._fill(len(self._shown))
            table.move_cursor(row=table.row_count - 1, animate=False)
        else:
            self._fill()

    @on(DataTable.RowHighlighted, "#history-table")
    def _show_note(self) -> None:
        """The highlighted contact's note, whole and wrapped, under the table."""
        contact = self.highlighted()
        box = self.query_one("#history-note", Static)
        box.display = contact is not None
        if contact is not None:
            box.update(note_detail(contact, self._labels.get(contact.family_id, "?")))

    def _show_status(
        self, query: str, matched: list[Family], more: bool, problem: str = ""
    ) -> None:
        if problem:
            first = problem
        elif query and not matched:
            first = t("history.no_family", query=query)
        elif not self._shown:
            first = t("history.none")
        elif more:
            first = t("history.capped", count=SHOWN)
        else:
            count = len(self._shown)
            first = tn("history.count", count)
        if query and len(matched) > 1:
            first += " · " + tn("history.families_matched", len(matched))
        legend = t("history.legend", not_reached=NOT_REACHED, follow_up=FOLLOW_UP)
        self.query_one("#history-status", Static).update(f"{first}\n{legend}")

    def highlighted(self) -> Contact | None:
        table = self.query_one("#history-table", DataTable)
        if not self._shown or not 0 <= table.cursor_row < len(self._shown):
            return None
        return self._shown[table.cursor_row]

    # -- filters ------------------------------------------------------------------------

    @on(Input.Changed)
    @on(Select.Changed)
    def _filters_changed(self) -> None:
        range_shown = self._choice("period") == "range"
        for day in self.query(".history-day"):
            day.display = range_shown
        # A Select announces its first value at mount; only a real change re-reads.
        if self._filters() != self._filters_shown:
            self.reload()

    @on(Select.Changed, "#history-period")
    def _period_chosen(self, event: Select.Changed) -> None:
        if event.value == "range":
            self.query_one("#history-from", Input).focus()

    @on(Input.Submitted)
    def _family_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#history-table", DataTable).focus()

    def on_key(self, event: events.Key) -> None:
        """A letter typed in the table (not m, t or p) goes to the family filter."""
        table = self.query_one("#history-table", DataTable)
        bound = event.key in self.active_bindings
        if table.has_focus and event.is_printable and event.character and not bound:
            event.stop()
            event.prevent_default()
            family = self.query_one("#history-family", Input)
            family.focus()
            family.insert_text_at_cursor(event.character)

    def action_filter_family(self) -> None:
        self.query_one("#history-family", Input).focus()

    def action_filter(self, name: str) -> None:
        select = self.query_one(f"#history-{name}", Select)
        select.focus()
        select.expanded = True

    def action_back(self) -> None:
        """Leave a filter, then clear the filters, then go back to the today screen."""
        table = self.query_one("#history-table", DataTable)
        typed = [self.query_one(f"#history-{n}", Input) for n in ("family", "from", "to")]
        selects = [self.query_one(f"#history-{n}", Select) for n in ("moment", "tone", "period")]
        if not table.has_focus:
            table.focus()
        elif any(i.value for i in typed) or any(s.value != ALL for s in selects):
            with self.prevent(Input.Changed, Select.Changed):
                for field in typed:
                    field.value = ""
                for select in selects:
                    select.value = ALL
            for day in self.query(".history-day"):
                day.display = False
            self.reload()
        else:
            self.app.switch_mode("today")

    # -- edit and delete (history_writes.py) ----------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "delete"):
            return self.highlighted() is not None
        if action == "toggle_archives":
            return self._has_archives or self.with_archives
        return True

    def action_timeline(self) -> None:
        """The highlighted contact's family's story (ctrl+f, as on Today, Families, Week)."""
        from .timeline import open_timeline

        contact = self.highlighted()
        open_timeline(self, self._families.get(contact.family_id) if contact else None)

    @on(DataTable.RowSelected, "#history-table")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    # -- the command palette ------------------------------------------------------------

    def palette_commands(self) -> Iterable[SystemCommand]:
        if self.highlighted() is not None:
            yield SystemCommand(t("history.key.edit"), t("history.cmd.edit"), self.action_edit)
            yield SystemCommand(
                t("history.key.delete"), t("history.cmd.delete"), self.action_delete
            )
        yield SystemCommand(
            t("history.key.family"), t("history.cmd.family"), self.action_filter_family
        )
        for name in ("moment", "tone", "period"):
            yield SystemCommand(
                t(f"history.key.{name}"),
                t(f"history.cmd.{name}"),
                lambda n=name: self.action_filter(n),
            )
