"""Follow-ups on Today and Week (ctrl+t ticks one off, ctrl+z puts it back), and the
colleagues' contacts shown with her name on Today and Week, read-only."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from classbook import CET, NOW
from textual.widgets import Input
from tui_support import notes, settle, shown

from storage import ContactBook, Family, Moment, Tone
from tui.screens.today import TodayScreen
from tui.screens.week import WeekScreen
from tui.widgets.contact_list import ContactList
from tui.widgets.followups import FollowUpList


def ids(book: ContactBook) -> dict[str, int]:
    return {f"{f.name} {f.child_names}": f.id for f in book.families()}


def with_followup(book: ContactBook) -> int:
    """Öztürk: a concern at 15:05 today that needs a follow-up (nothing later)."""
    contact = book.log(
        ids(book)["Öztürk Mila, Sara"],
        Moment.PHONE,
        Tone.CONCERN,
        at=datetime(2026, 11, 25, 15, 5, tzinfo=CET),
        note="terugbellen over de toets",
        follow_up=True,
    )
    return contact.id


def with_colleague(book: ContactBook, folder: Path) -> Path:
    """Juf Anna's file: Øyen greeted at pick-up today, and a family she alone has."""
    path = folder / "anna.json"
    other = ContactBook(path, clock=lambda: NOW)
    oyen = next(f for f in book.families() if f.name == "Øyen")
    theirs = other.add_family(Family.new(oyen.name, list(oyen.children)))
    other.log(
        theirs.id, Moment.PICKUP, Tone.POSITIVE, at=datetime(2026, 11, 25, 14, 30, tzinfo=CET)
    )
    other.set_colleague_name("juf Anna")
    book.set_colleague_files([str(path)])
    return path


async def test_today_lists_the_followup_and_ctrl_t_ticks_it_off_undoably(
    class_book, make_app
) -> None:
    contact_id = with_followup(class_book)
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        panel = app.screen.query_one("#followups", FollowUpList)
        assert "⚑ Öztürk · Wed 25 Nov — terugbellen over de toets" in shown(panel)
        assert panel.display
        await pilot.press(*"ozt")  # typing: nothing ticked
        await settle(app, pilot)
        assert [c.id for c in class_book.open_followups()] == [contact_id]
        await pilot.press("ctrl+t")
        await settle(app, pilot)
        assert class_book.open_followups() == []
        assert any("Ticked off: Öztürk" in n for n in notes(app))
        assert not app.screen.query_one("#followups-panel").display
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert [c.id for c in class_book.open_followups()] == [contact_id]
        assert app.screen.query_one("#followups-panel").display


async def test_week_lists_the_followup_and_ticks_it(class_book, make_app) -> None:
    with_followup(class_book)
    app = make_app(class_book, language="nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await settle(app, pilot)
        assert isinstance(app.screen, WeekScreen)
        text = shown(app.screen.query_one("#week-followups", FollowUpList))
        assert text.startswith("Opvolgen (1)")
        await pilot.press("ctrl+t")
        await settle(app, pilot)
        assert class_book.open_followups() == []
        assert not app.screen.query_one("#week-followups").display


async def test_colleague_contacts_on_today_and_week_with_her_name(
    class_book, make_app, tmp_path
) -> None:
    theirs = with_colleague(class_book, tmp_path)
    before = theirs.read_bytes()
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, TodayScreen)
        today = shown(app.screen.query_one("#contacts", ContactList))
        assert "14:30 + Øyen (juf Anna) · pick-up" in today
        await pilot.press("f5")
        await settle(app, pilot)
        week = shown(app.screen.query_one("#week-theirs", ContactList))
        assert "Wed 25 Nov 14:30 + Øyen (juf Anna) · pick-up" in week
    assert theirs.read_bytes() == before  # read, never written


@pytest.mark.parametrize("key", ["ctrl+t"])
async def test_tick_with_nothing_open_does_nothing(class_book, make_app, key) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(key)
        await settle(app, pilot)
        assert app.screen.query_one("#search", Input).value == ""
        assert not app.screen.query_one("#followups-panel").display
