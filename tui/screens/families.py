"""The families screen: every family at a glance; add, edit, archive, forget.

`s` sorts by the next column and `o` turns the order round; a click on a header sorts
by that column (a second click turns it round). Each column's first order puts the
families that need attention on top: never met or contacted, longest without a
positive contact, fewest contacts this month. Archived families are hidden until `v`,
then shown dimmed at the bottom. Writes run in worker threads; a failed add or edit
reopens the form with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Static

from storage import DataFileError, Family, FamilyStatus, UnknownFamily

from ..keys import translate_bindings
from ..text import t
from ..widgets.family_picker import NO_FIRST_CONTACT, children_label, days_label
from ..widgets.footer import Footer
from .confirm import ConfirmScreen
from .family_form import FamilyForm
from .family_rows import (
    SORT_COLUMNS,
    archived_status,
    column_label,
    column_widths,
    contacts_phrase,
    day_label,
    shorten,
    sort_key,
)


class FamiliesScreen(Screen):
    """A sortable table of all families, with the form, archive and forget."""

    BINDINGS = [
        Binding("a", "add", "families.key.add"),
        Binding("e", "edit", "families.key.edit"),
        Binding("r", "archive", "families.key.archive"),
        Binding("f", "forget", "families.key.forget"),
        Binding("slash", "filter", "families.key.filter"),
        Binding("s", "sort", "families.key.sort"),
        Binding("o", "reverse", "families.key.reverse", show=False),
        Binding("v", "toggle_archived", "families.key.archived"),
        Binding("escape", "back", "families.key.back", show=False),
    ]

    DEFAULT_CSS = """
    FamiliesScreen #families-filter { display: none; margin: 0 1; }
    FamiliesScreen #families-filter.-shown { display: block; }
    FamiliesScreen #families-table { height: 1fr; }
    FamiliesScreen #families-status {
        height: auto; max-height: 3; padding: 0 1; color: $text-muted;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.sort_column = "family"
        self.reverse_order = False
        self.show_archived = False
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
        self.query_one("#families-table", DataTable).focus()

    # -- reading the book ---------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the book: after a write here, an undo, or a change by another process."""
        book = self.app.book
        try:
            today = book.today()
            statuses = {s.family.id: s for s in book.statuses(today)}
            everyone = book.families(include_archived=True)
            month = book.contacts(start=today.replace(day=1), end=today)
            archived_contacts = {
                f.id: book.contacts(family_id=f.id) for f in everyone if not f.active
            }
        except (DataFileError, OSError) as exc:
            self.notify(t("app.write_failed", reason=str(exc)), severity="error", markup=False)
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

    def _show(self, keep_cursor: bool = False) -> None:
        """Fill the table: filter, sort (archived last).

        After a re-read the cursor stays on its family; after a new order or filter it
        goes to the top, which is what the teacher sorted or searched for.
        """
        table = self.query_one("#families-table", DataTable)
        current = self.highlighted()
        query = self.query_one("#families-filter", Input).value.strip()
        rows = self._rows
        if query:
            wanted = {
                f.id for f in self.app.book.search(query, include_archived=self.show_archived)
            }
            rows = [row for row in rows if row[0].family.id in wanted]
        if not self.show_archived:
            rows = [row for row in rows if row[0].family.active]

        def ordered(part: Iterable[tuple[FamilyStatus, int]]) -> list:
            key: Callable = lambda row: sort_key(self.sort_column, *row)  # noqa: E731
            return sorted(part, key=key, reverse=self.reverse_order)

        rows = ordered(r for r in rows if r[0].family.active) + ordered(
            r for r in rows if not r[0].family.active
        )
        today = self.app.book.today()
        widths = column_widths(self.size.width, self.sort_column)
        table.clear(columns=True)
        for column in (" ", *SORT_COLUMNS):
            label = column_label(column, self.size.width) if column != " " else " "
            if column == self.sort_column:
                label = f"{label} {'▼' if self.reverse_order else '▲'}"
            table.add_column(label, key=column, width=widths.get(column))
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
        if keep_cursor and current is not None and str(current.id) in table.rows:
            table.move_cursor(row=table.get_row_index(str(current.id)), animate=False)
        else:
            table.move_cursor(row=0, animate=False)
            table.scroll_home(animate=False)
        self._show_status(query)
        self._name_archive_key()
        self.refresh_bindings()

    def _show_status(self, query: str) -> None:
        count = len(self._shown)
        parts = [t("families.count.one") if count == 1 else t("families.count", count=count)]
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

    def _name_archive_key(self) -> None:
        """`r` says what it will do to the highlighted family: archive or bring back."""
        family = self.highlighted()
        key = "families.key.unarchive" if family and not family.active else "families.key.archive"
        table = self._bindings.key_to_bindings
        table["r"] = [replace(b, description=t(key)) for b in table.get("r", [])]

    @on(DataTable.RowHighlighted, "#families-table")
    def _moved(self) -> None:
        self._name_archive_key()
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
            self.sort_column, self.reverse_order = column, False
        self._show()

    # -- keys ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "archive", "forget"):
            return self.highlighted() is not None
        if action == "toggle_archived":
            return bool(self._archived_count) or self.show_archived
        return True

    def action_sort(self) -> None:
        index = SORT_COLUMNS.index(self.sort_column)
        self.sort_column = SORT_COLUMNS[(index + 1) % len(SORT_COLUMNS)]
        self.reverse_order = False
        self._show()

    def action_reverse(self) -> None:
        self.reverse_order = not self.reverse_order
        self._show()

    def action_toggle_archived(self) -> None:
        self.show_archived = not self.show_archived
        self._show()

    def action_filter(self) -> None:
        search = self.query_one("#families-filter", Input)
        search.add_class("-shown")
        search.focus()

    @on(Input.Changed, "#families-filter")
    def _filter_changed(self) -> None:
        self._show()

    @on(Input.Submitted, "#families-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#families-table", DataTable).focus()

    def action_back(self) -> None:
        """Leave the filter, then clear it, then go back to the today screen."""
        search = self.query_one("#families-filter", Input)
        table = self.query_one("#families-table", DataTable)
        if search.has_focus and search.value:
            search.value = ""
        elif search.has_focus or search.value:
            search.value = ""
            search.remove_class("-shown")
            table.focus()
        else:
            self.app.switch_mode("today")

    # -- add and edit -------------------------------------------------------------------

    def action_add(self) -> None:
        self.app.push_screen(FamilyForm(None), self._store)

    def action_edit(self) -> None:
        family = self.highlighted()
        if family is not None:
            self.app.push_screen(FamilyForm(family), self._store)

    def _store(self, family: Family | None) -> None:
        if family is not None:
            self._save(family)

    @work(thread=True, exclusive=True, group="families-write")
    def _save(self, family: Family) -> None:
        book = self.app.book
        try:
            if family.id == 0:
                saved = book.add_family(
                    family.name,
                    family.children,
                    guardians=family.guardians,
                    language=family.language,
                    interpreter=family.interpreter,
                    channel=family.channel,
                    first_contact=family.first_contact,
                    tips=family.tips,
                )
                message = t("families.added", name=saved.name)
            else:
                saved = book.update_family(family)
                message = t("families.saved", name=saved.name)
        except UnknownFamily:
            self.app.call_from_thread(self._failed, t("families.gone"), None)
            return
        except (DataFileError, OSError, ValueError) as exc:
            self.app.call_from_thread(self._failed, t("app.write_failed", reason=exc), family)
            return
        self.app.call_from_thread(self._written, message, saved.id)

    def _failed(self, message: str, draft: Family | None) -> None:
        self.notify(message, severity="error", timeout=10, markup=False)
        if draft is not None:
            # Keep what was typed: the form opens again with it, ready to retry.
            self.app.push_screen(FamilyForm(draft), self._store)
        self.app.reload_screen()

    def _written(self, message: str, family_id: int | None = None) -> None:
        self.notify(message, markup=False)
        self.app.reload_screen()
        table = self.query_one("#families-table", DataTable)
        if family_id is not None and str(family_id) in table.rows:
            table.move_cursor(row=table.get_row_index(str(family_id)), animate=False)

    # -- archive and forget -------------------------------------------------------------

    def action_archive(self) -> None:
        family = self.highlighted()
        if family is not None:
            self._set_active(family, not family.active)

    @work(thread=True, exclusive=True, group="families-write")
    def _set_active(self, family: Family, active: bool) -> None:
        try:
            self.app.book.set_active(family.id, active)
        except UnknownFamily:
            self.app.call_from_thread(self._failed, t("families.gone"), None)
            return
        except (DataFileError, OSError) as exc:
            self.app.call_from_thread(self._failed, t("app.write_failed", reason=exc), None)
            return
        key = "families.unarchived" if active else "families.archived_done"
        self.app.call_from_thread(self._written, t(key, name=family.name), family.id)

    def action_forget(self) -> None:
        family = self.highlighted()
        if family is None:
            return
        try:
            count = len(self.app.book.contacts(family_id=family.id))
        except (DataFileError, OSError) as exc:
            self.notify(t("app.write_failed", reason=exc), severity="error", markup=False)
            return
        names = f" ({family.child_names})" if family.children else ""
        message = t(
            "families.forget.confirm",
            name=family.name,
            children=names,
            contacts=contacts_phrase(count),
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self._forget(family)

        self.app.push_screen(ConfirmScreen(message, t("families.forget.yes")), answered)

    @work(thread=True, exclusive=True, group="families-write")
    def _forget(self, family: Family) -> None:
        try:
            _, count = self.app.book.forget(family.id)
        except UnknownFamily:
            self.app.call_from_thread(self._failed, t("families.gone"), None)
            return
        except (DataFileError, OSError) as exc:
            self.app.call_from_thread(self._failed, t("app.write_failed", reason=exc), None)
            return
        message = t("families.forgotten", name=family.name, contacts=contacts_phrase(count))
        self.app.call_from_thread(self._written, message)

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
