"""A colleague's positive contact counts on Today and the Week without screen changes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from classbook import NOW
from tui_support import notes, settle, shown

from storage import Child, ContactBook, Family, Moment
from tui.screens.week import WeekScreen
from tui.widgets.contact_list import GreetList


@pytest.fixture
def colleague(tmp_path: Path, clock) -> ContactBook:
    """Juf B's file of the same group: she greeted the Nguyễn family yesterday."""
    b = ContactBook(tmp_path / "juf-b.json", clock=clock)
    nguyen = b.add_family(Family.new("Nguyen", [Child("Minh", 5)]))
    b.log(nguyen.id, Moment.SCHOOLYARD, at=NOW - timedelta(days=1))
    b.set_colleague_name("juf B")
    return b


@pytest.mark.parametrize("kept", [False, True], ids=["with", "setting"])
async def test_today_and_week_count_her_positive_contact(
    class_book, colleague, make_app, kept
) -> None:
    before = colleague.path.read_bytes(), colleague.path.stat().st_mtime_ns
    if kept:
        class_book.set_colleague_files([colleague.path])
    else:
        class_book.add_colleagues([colleague.path])
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert "Nguyễn" not in shown(app.screen.query_one(GreetList))
        await pilot.press("f5")
        await settle(app, pilot)
        assert isinstance(app.screen, WeekScreen)
        nguyen = next(f for f in class_book.families() if f.name == "Nguyễn")
        assert nguyen.id not in app.screen._statuses
    assert (colleague.path.read_bytes(), colleague.path.stat().st_mtime_ns) == before


async def test_without_her_file_the_family_is_on_the_list(class_book, colleague, make_app):
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert "Nguyễn" in shown(app.screen.query_one(GreetList))


async def test_her_new_file_refreshes_the_open_app(class_book, colleague, make_app) -> None:
    class_book.add_colleagues([colleague.path])
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert "Lucas" in shown(app.screen.query_one(GreetList))
        # Her sync service brings a new file: she greeted Lucas de Jong's parents.
        jong = colleague.add_family(Family.new("de Jong", [Child("Lucas", 5)]))
        colleague.log(jong.id, Moment.PICKUP, at=NOW - timedelta(hours=1))
        app._poll_file()
        await settle(app, pilot)
        greet = shown(app.screen.query_one(GreetList))
        assert "Lucas" not in greet and "Noor" in greet


async def test_a_missing_colleague_file_is_said_once_in_the_app(class_book, tmp_path, make_app):
    class_book.add_colleagues([tmp_path / "juf-c.json"])
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        (line,) = notes(app)
        assert "juf-c.json" in line and "left out" in line
        assert "Nguyễn" in shown(app.screen.query_one(GreetList))
