"""Settings: closing the school year (asks first, names what moves), retention, colleagues."""

from __future__ import annotations

import json
from datetime import datetime

from classbook import CET
from textual.widgets import Button, DataTable, Input, Static
from tui_support import asked, notes, settle, shown

from storage import ContactBook, Family, Moment, Tone
from tui.screens.settings import SettingsScreen

LAST_YEAR = datetime(2026, 5, 12, 15, 0, tzinfo=CET)


def with_last_year(book: ContactBook) -> int:
    family = book.families()[0]
    book.log(family.id, Moment.PHONE, Tone.POSITIVE, at=LAST_YEAR, note="vorig jaar")
    return family.id


async def open_settings(app, pilot) -> SettingsScreen:
    await pilot.press("f6")
    await settle(app, pilot)
    assert isinstance(app.screen, SettingsScreen)
    return app.screen


async def test_closing_the_year_asks_first_naming_what_moves(class_book, make_app) -> None:
    with_last_year(class_book)
    before = len(class_book.contacts())
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_settings(app, pilot)
        await asked(app, pilot, "ctrl+y")
        assert "2025-2026: 1 contacts" in app.screen.message
        assert "schoolyard-2025-2026.json" in app.screen.message
        await pilot.press("n")  # no: nothing moves
        await settle(app, pilot)
        assert len(class_book.contacts()) == before
        assert not class_book.archives()
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert len(class_book.contacts()) == before - 1
        assert [a.school_year for a in class_book.archives()] == ["2025-2026"]
        assert any("Closed: 1 contacts" in n for n in notes(app))
        info = shown(app.screen.query_one("#year-info", Static))
        assert "Archives: 2025-2026" in info


async def test_nothing_to_close_says_so_and_asks_nothing(class_book, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_settings(app, pilot)
        screen.query_one("#year-close", Button).press()
        await settle(app, pilot)
        assert isinstance(app.screen, SettingsScreen)
        assert any("nothing from before" in n for n in notes(app))


async def test_retention_is_saved_by_enter_only(class_book, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_settings(app, pilot)
        field = screen.query_one("#retention", Input)
        field.focus()
        await pilot.press("3")
        await settle(app, pilot)
        assert class_book.retention() is None  # typing never writes
        await pilot.press("enter")
        await settle(app, pilot)
        assert class_book.retention() == 3
        field.value = ""
        await pilot.press("9", "9", "enter")
        await settle(app, pilot)
        assert class_book.retention() == 3
        assert any("1 to 50" in n for n in notes(app))


async def test_colleague_files_and_name(class_book, make_app, tmp_path) -> None:
    theirs = tmp_path / "anna.json"
    other = ContactBook(theirs)
    other.add_family(Family.new("Öztürk"))
    other.set_colleague_name("juf Anna")
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_settings(app, pilot)
        screen.query_one("#colleague-name", Input).focus()
        await pilot.press(*"Kees", "enter")
        await settle(app, pilot)
        assert class_book.colleague_name() == "Kees"
        await pilot.press("ctrl+o")
        field = screen.query_one("#colleague-file", Input)
        assert field.has_focus
        field.value = str(theirs)
        await pilot.press("enter")
        await settle(app, pilot)
        assert class_book.colleague_files() == [str(theirs)]
        table = screen.query_one("#colleague-files", DataTable)
        assert [table.get_row(k)[1] for k in table.rows] == ["juf Anna"]
        table.focus()
        await pilot.press("delete")
        await settle(app, pilot)
        assert class_book.colleague_files() == []
        assert json.loads(theirs.read_text())  # her file read, never written
