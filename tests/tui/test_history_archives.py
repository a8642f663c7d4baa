"""History looks into the archived years with `a`: rows marked with their school year,
read-only (edit and delete refused in one line); `a` again hides them."""

from __future__ import annotations

from test_timeline_archives_colleagues import with_archive
from textual.widgets import DataTable
from tui_support import notes, settle

from tui.screens.contact_form import ContactForm
from tui.screens.history import HistoryScreen


def notes_column(screen: HistoryScreen) -> list[str]:
    table = screen.query_one("#history-table", DataTable)
    return [str(table.get_row_at(i)[-1]) for i in range(table.row_count)]


async def test_a_shows_archived_rows_marked_and_read_only(class_book, make_app):
    with_archive(class_book)
    archived = class_book.archived_contacts()
    count = len(class_book.contacts())
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f4")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        assert len(notes_column(screen)) == count
        await pilot.press("a")
        await settle(app, pilot)
        shown = notes_column(screen)
        assert len(shown) == count + 1
        assert shown[-1].startswith("[2025-2026] vorig jaar")
        table = screen.query_one("#history-table", DataTable)
        table.move_cursor(row=table.row_count - 1)
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        assert not isinstance(app.screen, ContactForm)
        await pilot.press("delete")
        await settle(app, pilot)
        assert app.screen is screen
        assert len([n for n in notes(app) if "archive 2025-2026: read-only" in n]) == 2
        await pilot.press("a")
        await settle(app, pilot)
        assert len(notes_column(screen)) == count
    assert class_book.archived_contacts() == archived
