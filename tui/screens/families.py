"""The families screen: every family at a glance; add, edit, archive, forget.

Typing filters, as on the today screen: letters, digits and Enter never change data
here. The search is focused when the screen opens; Enter or ↓ goes to the list, a
letter typed in the list goes back to the search. Actions are on keys typing never
produces: ctrl+n new, Enter or ctrl+o edit, ctrl+r archive or bring back (undoable
with ctrl+z), Delete forget (the family's name must be typed), ctrl+s sort by the next
column, ctrl+t turn the order round, ctrl+g show the archive. A click on a header
sorts by that column. Each column's first order puts the families that need attention
on top. The cursor stays on its family when the order or the view changes. Writes run
in worker threads (tui/screens/family_writes.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Static

from storage import Contact, Family, FamilyStatus
from storage.rules.insights import archived_status

from ..text import t, tn
from ..widgets.family_picker import NO_FIRST_CONTACT, children_label, days_label
from ..widgets.footer import Footer
from ..writing import READ_ERRORS
from .family_rows import (
    SORT_COLUMNS,
    column_label,
    column_widths,
    day_label,
    shorten,
    sort_key,
)
from .family_writes import FamilyWrites
from .keys import OPEN_TIMELINE
from .regroup import RegroupKeys


class FamiliesScreen(RegroupKeys, FamilyWrites, Screen):
    """A sortable table of all families, with the form, archive and forget."""

    BINDINGS = [
        Binding("ctrl+n", "add", "families.key.add"),
        Binding("ctrl+o", "edit", "families.key.edit"),
        Binding("ctrl+r", "archive", "families.key.archive"),
        Binding("delete", "forget", "families.key.forget"),
        Binding("ctrl+s", "sort", "families.key.sort"),
        Binding("ctrl+t", "reverse", "families.key.reverse", show=False),
        Binding("ctrl+g", "toggle_archived", "families.key.archived"),
        OPEN_TIMELINE,
        Binding("ctrl+b", "merge", "regroup.key.merge"),
        Binding("ctrl+y", "split", "regroup.key.split"),
        Binding("down", "to_list", "families.key.list", show=False),
        Binding("escape", "back", "families.key.back", show=False),
    ]

    CSS_PATH = "families.tcss"

    # The view: each change refills the table with the cursor on its family.
    sort_column: reactive[str] = reactive("family", init=False)
    reverse_order: reactive[bool] = reactive(False, init=False)
    show_archived: reactive[bool] = reactive(False, init=False)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[FamilyStatus, int]] = []
        self._shown: list[Family] = []
        self._archived_count = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder=t("families.filter.placeholder"), id="families-filter")
        yield DataTable(id="families-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="families-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = t("nav.families")
        self.reload()
        self.query_one("#families-filter", Input).focus()

    # -- reading the book ---------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the book: after a write here, an undo, or a change by another process."""
        book = self.book
        try:
            today = book.today()
            statuses = {s.family.id: s for s in book.statuses(today)}
            everyone = book.families(include_archived=True)
            month = book.contacts(start=today.replace(day=1), end=today)
            archived_contacts: dict[int, list[Contact]] = {}
            archived = [f.id for f in everyone if not f.active]
            for contact in book.contacts(family_ids=archived) if archived else ():
                archived_contacts.setdefault(contact.family_id, []).append(contact)
        except READ_ERRORS as exc:  # what is shown stays; the app says so once
            self.app.book_failed(exc)
            return
        this_month: dict[int, int] = {}
        for contact in month:
            if contact.reached:
                this_month[contact.family_id] = this_month.get(contact.family_id, 0) + 1
        rows = []
        for family in everyone:
            status = statuses.get(family.id) or archived_status(
                family, archived_contacts.get(family.id, []), today
            )
            rows.append((status, this_month.get(family.id, 0)))
        self._rows = rows
        self._archived_count = sum(1 for f in everyone if not f.active)
        self._show(keep_cursor=True)

    def _show(self, keep_cursor: bool = True) -> None:
        """Fill the table: filter, sort (archived last), columns, rows, cursor, status.

        The cursor stays on its family after a re-read, a new order or a new view, so
        the next key acts on the family the teacher was looking at (or the row where it
        was, when it is hidden now); a new filter puts it on the top row.
        """
        table = self._table()
        current = self.highlighted()
        row_before = table.cursor_row
        query = self.query_one("#families-filter", Input).value.strip()
        read = self.read_book(lambda book: (book.today(), self._filtered(query)))
        if read is None:
            return
        today, rows = read
        widths = column_widths(self.size.width, self.sort_column)
        self._fill_columns(table, widths)
        self._fill_rows(table, self._ordered(rows), widths, today)
        self._place_cursor(table, current if keep_cursor else None, row_before)
        self._show_status(query)
        self.refresh_bindings()  # ctrl+r's name follows the highlighted family

    def _filtered(self, query: str) -> list[tuple[FamilyStatus, int]]:
        """The rows the search and the archive view let through."""
        rows = self._rows
        if query:
            found = self.book.search(query, include_archived=self.show_archived)
            wanted = {f.id for f in found}
            rows = [row for row in rows if row[0].family.id in wanted]
        if not self.show_archived:
            rows = [row for row in rows if row[0].family.active]
        return rows

    def _ordered(self, rows: list[tuple[FamilyStatus, int]]) -> list[tuple[FamilyStatus, int]]:
        """By the sort column in the chosen direction; archived families after the rest."""

        def ordered(part: Iterable[tuple[FamilyStatus, int]]) -> list:
            key: Callable = lambda row: sort_key(self.sort_column, *row)  # noqa: E731
            return sorted(part, key=key, reverse=self.reverse_order)

        return ordered(r for r in rows if r[0].family.active) + ordered(
            r for r in rows if not r[0].family.active
        )

    def _fill_columns(self, table: DataTable, widths: dict[str, int]) -> None:
        """The headers, the sort column marked ▲ or ▼."""
        table.clear(columns=True)
        for column in (" ", *SORT_COLUMNS):
            label = column_label(column, self.size.width) if column != " " else " "
            if column == self.sort_column:
                label = f"{label} {'▼' if self.reverse_order else '▲'}"
            table.add_column(label, key=column, width=widths.get(column))

    def _fill_rows(
        self,
        table: DataTable,
        rows: list[tuple[FamilyStatus, int]],
        widths: dict[str, int],
        today: date,
    ) -> None:
        """One row a family (archived ones dim); `_shown` follows the table's order."""
        self._shown = []
        for status, this_month in rows:
            family = status.family
            style = "dim" if not family.active else ""
            name = family.name
            if not family.active:
                name = f"{name} ({t('families.archived')})"
            sign = NO_FIRST_CONTACT if family.first_contact is None else " "
            days = days_label(status) if family.active else Text("")
            table.add_row(
                Text(sign, style=style),
                Text(shorten(name, widths["family"]), style=style),
                Text(shorten(children_label(family), widths["children"]), style=style),
                Text(day_label(_day(status.last_contact), today), style=style),
                Text(day_label(_day(status.last_positive), today), style=style),
                days,
                Text(str(this_month), style=style, justify="right"),
                key=str(family.id),
            )
            self._shown.append(family)

    def _place_cursor(self, table: DataTable, current: Family | None, row_before: int) -> None:
        """On `current` if shown, else on the row where it was; None: the top row."""
        if current is not None and str(current.id) in table.rows:
            table.move_cursor(row=table.get_row_index(str(current.id)), animate=False)
        elif current is not None and self._shown:
            table.move_cursor(row=min(row_before, len(self._shown) - 1), animate=False)
        else:
            table.move_cursor(row=0, animate=False)
            table.scroll_home(animate=False)

    def _show_status(self, query: str) -> None:
        count = len(self._shown)
        parts = [tn("families.count", count)]
        if query and not self._shown:
            parts = [t("families.no_match", query=query)]
        parts.append(t("families.sorted", column=t(f"families.col.{self.sort_column}")))
        if self._archived_count and not self.show_archived:
            parts.append(t("families.archived_hidden", count=self._archived_count))
        lines = [" · ".join(parts), t("families.legend")]
        self.query_one("#families-status", Static).update("\n".join(lines))

    def highlighted(self) -> Family | None:
        table = self.query_one("#families-table", DataTable)
        if not self._shown or not 0 <= table.cursor_row < len(self._shown):
            return None
        return self._shown[table.cursor_row]

    def describe_key(self, binding: Binding) -> str | None:
        """ctrl+r says what it will do to the highlighted family: archive or bring back."""
        if binding.key != "ctrl+r":
            return None
        family = self.highlighted()
        return "families.key.unarchive" if family and not family.active else "families.key.archive"

    @on(DataTable.RowHighlighted, "#families-table")
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(DataTable.RowSelected, "#families-table")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    @on(DataTable.HeaderSelected, "#families-table")
    def _header_clicked(self, event: DataTable.HeaderSelected) -> None:
        column = event.column_key.value
        if column not in SORT_COLUMNS:
            return
        if column == self.sort_column:
            self.reverse_order = not self.reverse_order
        else:
            self._sort_by(column)

    # -- keys ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "archive", "merge", "split"):
            return self.highlighted() is not None
        if action == "forget":
            # Delete edits the search while it has focus; it forgets only from the list.
            return self.highlighted() is not None and self._table().has_focus
        if action == "toggle_archived":
            return bool(self._archived_count) or self.show_archived
        return True

    def _table(self) -> DataTable:
        return self.query_one("#families-table", DataTable)

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def on_key(self, event: events.Key) -> None:
        """A letter or digit typed in the list goes to the search, as on the today screen."""
        if not self._table().has_focus:
            return
        search = self.query_one("#families-filter", Input)
        if event.key == "backspace":
            search.focus()
            search.action_delete_left()
        elif event.is_printable and event.character:
            search.focus()
            search.insert_text_at_cursor(event.character)
        else:
            return
        event.stop()
        event.prevent_default()

    def action_sort(self) -> None:
        index = SORT_COLUMNS.index(self.sort_column)
        self._sort_by(SORT_COLUMNS[(index + 1) % len(SORT_COLUMNS)])

    def _sort_by(self, column: str) -> None:
        """A new sort column starts in its first order (one refill, by `sort_column`)."""
        self.set_reactive(FamiliesScreen.reverse_order, False)
        self.sort_column = column

    def action_reverse(self) -> None:
        self.reverse_order = not self.reverse_order

    def action_toggle_archived(self) -> None:
        self.show_archived = not self.show_archived

    def watch_sort_column(self) -> None:
        """The sort column, its order and the archived families shown: one refill each."""
        self._show()

    watch_reverse_order = watch_show_archived = watch_sort_column

    def action_timeline(self) -> None:
        from .timeline import open_timeline

        open_timeline(self, self.highlighted())

    def action_filter(self) -> None:
        self.query_one("#families-filter", Input).focus()

    def action_to_list(self) -> None:
        if self._shown:
            self._table().focus()

    @on(Input.Changed, "#families-filter")
    def _filter_changed(self) -> None:
        self._show(keep_cursor=False)

    @on(Input.Submitted, "#families-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_to_list()

    def action_back(self) -> None:
        """From the list to the search, then clear it, then back to the today screen."""
        search = self.query_one("#families-filter", Input)
        if not search.has_focus:
            search.focus()
        elif search.value:
            search.value = ""
        else:
            self.app.switch_mode("today")

    # -- the command palette ------------------------------------------------------------

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(t("families.key.add"), t("families.cmd.add"), self.action_add)
        if self.highlighted() is not None:
            yield SystemCommand(t("families.key.edit"), t("families.cmd.edit"), self.action_edit)
            yield SystemCommand(
                t("families.key.archive"), t("families.cmd.archive"), self.action_archive
            )
            yield SystemCommand(
                t("families.key.forget"), t("families.cmd.forget"), self.action_forget
            )
        yield SystemCommand(t("families.key.filter"), t("families.cmd.filter"), self.action_filter)
        yield SystemCommand(t("families.key.sort"), t("families.cmd.sort"), self.action_sort)
        yield SystemCommand(
            t("families.key.archived"), t("families.cmd.archived"), self.action_toggle_archived
        )


def _day(at) -> date | None:
    return at.date() if at is not None else None
