"""The family list of the main screen: best match on top, Space marks for a batch.

Each row shows a mark (✓), a sign when there never was a first contact (○), the
family, its children with their groups and the days since the last positive contact.
Letters typed while the list has focus go back to the search box.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.render import measure
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from storage import Family, FamilyStatus

from ..text import t

MARK = "✓"
NO_FIRST_CONTACT = "○"


def days_label(status: FamilyStatus) -> Text:
    """`3 d`, or `nooit`/`never`; a family that needs a positive contact is marked `!`."""
    if status.days_since_positive is None:
        label = t("date.never")
    else:
        label = t("today.days", days=status.days_since_positive)
    if status.needs_positive_contact:
        return Text(f"! {label}", style="bold")
    return Text(f"  {label}")


def children_label(family: Family) -> str:
    return ", ".join(f"{child.name} ({child.group_label})" for child in family.children)


def cell_width(console: Console, cell: object) -> int:
    """A cell's width as DataTable measures it (`measure`), a Text's without asking Rich for
    its console's options: 1,200 cells before a school's first paint."""
    if isinstance(cell, Text):  # Text.__rich_measure__'s maximum
        lines = cell.plain.splitlines()
        return max(map(cell_len, lines)) if lines else 0
    return measure(console, cell, 1)


class FamilyTable(DataTable):
    """Families to pick from; the cursor row is the one `Enter` logs."""

    BINDINGS = [
        Binding("space", "toggle_mark", "today.key.mark"),
        Binding("enter", "select_cursor", "today.key.log"),
    ]

    class Marked(Message):
        """The set of marked families changed."""

    class LeftUp(Message):
        """Up was pressed on the first row, or a letter typed: back to the search."""

        def __init__(self, character: str | None = None) -> None:
            super().__init__()
            self.character = character

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self.marked: dict[int, Family] = {}
        self.rows_shown: list[Family] = []
        self._statuses: Sequence[FamilyStatus] = ()
        self._rows_waiting = False
        """`show` came before the table had a size: its rows are added at the resize."""

    def on_mount(self) -> None:
        self.add_column(" ", key="mark", width=1)
        self.add_column(t("today.col.family"), key="family")
        # Days before children: a long list of children must not push them off screen.
        self.add_column(t("today.col.days"), key="days")
        self.add_column(t("today.col.children"), key="children")

    def show(self, statuses: Sequence[FamilyStatus], *, keep_cursor: bool = False) -> None:
        """Show these families in this order; the cursor goes to the first (best match).

        With `keep_cursor` (a refresh, not a new search) it stays on the same family.
        """
        before = self.highlighted() if keep_cursor else None
        self._statuses = statuses
        self.rows_shown = [s.family for s in statuses]
        if not self.scrollable_content_region.width:
            # Not laid out yet (the screen's first reload): the rows are added at the
            # first resize, once, instead of now and again when the children's column
            # is fitted (twice 400 rows before a school's first paint).
            self._rows_waiting = True
            return
        rows = [self._cells(status) for status in statuses]
        # The first fill fits the children's column to the other columns as these rows
        # will size them; a later one to their sizes so far, as the table keeps them.
        self._fit_children(rows if self._rows_waiting else None)
        self._rows_waiting = False
        self.clear()
        for status, cells in zip(statuses, rows, strict=True):
            self.add_row(*cells, key=str(status.family.id))
        if statuses:
            ids = [f.id for f in self.rows_shown]
            row = ids.index(before.id) if before is not None and before.id in ids else 0
            self.move_cursor(row=row, animate=False)

    def _cells(self, status: FamilyStatus) -> tuple:
        family = status.family
        sign = NO_FIRST_CONTACT if family.first_contact is None else " "
        return (
            MARK if family.id in self.marked else " ",
            # Text, not str: DataTable reads a string as markup, and a name is no markup.
            Text(f"{sign} {family.name}"),
            days_label(status),
            # Cut with … so two families of one name stay told apart by their children.
            Text(children_label(family), no_wrap=True, overflow="ellipsis"),
        )

    def _fit_children(self, rows: Sequence[tuple] | None = None) -> bool:
        """Give the children the width the other columns leave; True if it changed.

        With `rows` (not added yet): the other columns as wide as those rows will make
        them, measured as DataTable measures a cell.
        """
        available = self.scrollable_content_region.width
        children = self.columns.get(ColumnKey("children"))
        if not available or children is None:
            return False
        others = 0
        for index, (key, column) in enumerate(self.columns.items()):
            if key == "children":
                continue
            width = column.get_render_width(self)
            if rows and column.auto_width:
                console = self.app.console
                content = max(cell_width(console, row[index]) for row in rows)
                width = max(width, content + 2 * self.cell_padding)
            others += width
        width = max(available - others - 2 * self.cell_padding, len(str(children.label)))
        if (children.auto_width, children.width) == (False, width):
            return False
        children.auto_width = False
        children.width = width
        return True

    def on_resize(self) -> None:
        if self._rows_waiting or self._fit_children():
            self.show(self._statuses, keep_cursor=True)

    def highlighted(self) -> Family | None:
        if not self.rows_shown or not 0 <= self.cursor_row < len(self.rows_shown):
            return None
        return self.rows_shown[self.cursor_row]

    def action_toggle_mark(self) -> None:
        family = self.highlighted()
        if family is None:
            return
        if family.id in self.marked:
            del self.marked[family.id]
        else:
            self.marked[family.id] = family
        self.update_cell(str(family.id), "mark", MARK if family.id in self.marked else " ")
        self.post_message(self.Marked())
        self.action_cursor_down()

    def clear_marks(self) -> None:
        for family_id in list(self.marked):
            if str(family_id) in self.rows:
                self.update_cell(str(family_id), "mark", " ")
        self.marked.clear()
        self.post_message(self.Marked())

    def action_cursor_up(self) -> None:
        if self.cursor_row <= 0:
            self.post_message(self.LeftUp())
            return
        super().action_cursor_up()

    def on_key(self, event: events.Key) -> None:
        if event.is_printable and event.character and event.character != " ":
            event.stop()
            event.prevent_default()
            self.post_message(self.LeftUp(event.character))
        elif event.key == "backspace":
            event.stop()
            self.post_message(self.LeftUp("\b"))
