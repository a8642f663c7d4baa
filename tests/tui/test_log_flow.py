"""The log flow on the main screen: search → moment → tone → note → saved, and back out."""

from __future__ import annotations

import pytest
from textual.widgets import Input
from tui_support import notes, settle, shown, todays

from storage import DataFileError, Initiator, Moment, Tone
from tui.screens.log_contact import LogChoice, LogContactScreen
from tui.screens.today import TodayScreen
from tui.widgets.contact_list import ContactList
from tui.widgets.family_picker import FamilyTable
from tui.widgets.moment_bar import MomentBar, ToneBar

SIZE = (100, 30)


async def test_kaya_like_cold_start_is_the_letters_plus_four_keys(class_book, make_app):
    """From a cold start: `oyen` Enter 1 + Enter stores a positive pick-up with Øyen."""
    app = make_app(class_book)
    before = len(todays(class_book))
    keys = [*"oyen", "enter", "1", "+", "enter"]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*keys)
        await settle(app, pilot)
        contacts = todays(class_book)
        assert len(contacts) == before + 1
        newest = contacts[0]
        assert class_book.family(newest.family_id).name == "Øyen"
        assert (newest.moment, newest.tone, newest.reached) == (Moment.PICKUP, Tone.POSITIVE, True)
        assert newest.note == ""
        assert newest.at == class_book.now()
        # Letters of the name plus four keys.
        assert len(keys) - len("oyen") == 4
        # The screen: confirmation, the contact on top of today's list, search cleared.
        assert isinstance(app.screen, TodayScreen)
        assert any("Øyen" in message and "pick-up" in message for message in notes(app))
        first_line = shown(app.screen.query_one(ContactList)).splitlines()[0]
        assert first_line.startswith("15:10 + Øyen · pick-up")
        search = app.screen.query_one("#search", Input)
        assert search.value == "" and search.has_focus


async def test_log_by_child_name_finds_the_family(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"elif")
        table = app.screen.query_one(FamilyTable)
        assert table.highlighted().name == "Yılmaz"
        await pilot.press("enter", "3", "=", "enter")
        await settle(app, pilot)
    newest = todays(class_book)[0]
    assert class_book.family(newest.family_id).name == "Yılmaz"
    assert (newest.moment, newest.tone) == (Moment.WALKIN, Tone.NEUTRAL)


@pytest.mark.parametrize(
    "steps",
    [
        ["enter"],  # at the moment bar
        ["enter", "4"],  # at the tone bar
        ["enter", "4", "+"],  # at the note
        ["enter", "4", "+", *"half a note"],  # with a half-typed note
    ],
)
async def test_escape_at_each_step_stores_nothing(class_book, make_app, steps):
    app = make_app(class_book)
    before = class_book.contacts()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"oyen", *steps)
        assert isinstance(app.screen, LogContactScreen)
        # Each Escape steps back one step; the last one leaves the flow.
        depth = {1: 1, 2: 2}.get(len(steps), 3)
        for _ in range(depth):
            await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, TodayScreen)
        search = app.screen.query_one("#search", Input)
        assert search.has_focus and search.value == "oyen"
    assert class_book.contacts() == before


async def test_escape_steps_back_one_step_at_a_time(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"oyen", "enter", "2", "-", *"moe")
        flow = app.screen
        assert flow.step == "note"
        await pilot.press("escape")
        assert flow.step == "tone" and app.focused is flow.query_one(ToneBar)
        await pilot.press("escape")
        assert flow.step == "moment" and app.focused is flow.query_one(MomentBar)
        # The earlier choices stay visible and a new one replaces them.
        assert flow.query_one(MomentBar).chosen is Moment.DROPOFF
        await pilot.press("4", "+", "enter")
        await settle(app, pilot)
    newest = todays(class_book)[0]
    assert (newest.moment, newest.tone, newest.note) == (Moment.SCHOOLYARD, Tone.POSITIVE, "moe")


async def test_a_concern_with_a_note(class_book, make_app):
    app = make_app(class_book)
    note = "Vader vertelt: Lucas slaapt slecht, opa is ziek. Volgende week even bellen."
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"lucas", "enter", "5", "-", *note, "enter")
        await settle(app, pilot)
        newest = todays(class_book)[0]
        assert newest.tone is Tone.CONCERN and newest.moment is Moment.PHONE
        assert newest.note == note
        assert class_book.family(newest.family_id).child_names == "Lucas"
        line = shown(app.screen.query_one(ContactList)).splitlines()[0]
        assert line.startswith("15:10 - de Jong (Lucas) · phone — Vader vertelt")


async def test_a_huge_note_is_kept_whole(class_book, make_app):
    app = make_app(class_book)
    note = "Lang verhaal over de verhuizing en de nieuwe baan. " * 12
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"minh", "enter", "6", "=")
        app.screen.query_one("#note", Input).value = note
        await pilot.press("enter")
        await settle(app, pilot)
    assert todays(class_book)[0].note == note.strip()


async def test_not_reached_attempt_is_kept_but_meets_nobody(class_book, make_app):
    app = make_app(class_book)
    nguyen = class_book.find_families("nguyen")[0]
    assert nguyen.first_contact is None
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"nguyen", "enter", "5", "n", "=", "enter")
        await settle(app, pilot)
        newest = todays(class_book)[0]
        assert newest.family_id == nguyen.id and newest.reached is False
        assert class_book.family(nguyen.id).first_contact is None
        line = shown(app.screen.query_one(ContactList)).splitlines()[0]
        assert "Nguyễn" in line and "not reached" in line
        assert any("not reached" in message for message in notes(app))
        # Still among the first to greet (never met, like Noor de Jong): an attempt is no contact.
        greet = app.screen.to_greet(class_book.statuses())
        assert nguyen.id in [s.family.id for s in greet[:2]]


async def test_parent_started_it_and_follow_up(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"daan", "enter", "o", "7", "f", "+")
        flags = shown(app.screen.query_one("#flags"))
        assert "☒ o parent started it" in flags and "☒ f follow up" in flags
        assert "☐ n not reached" in flags
        await pilot.press("enter")
        await settle(app, pilot)
    newest = todays(class_book)[0]
    assert newest.initiator is Initiator.PARENT and newest.follow_up is True
    assert newest.moment is Moment.MEETING


async def test_a_failed_write_is_shown_and_the_entry_kept(class_book, make_app, monkeypatch):
    app = make_app(class_book)
    before = class_book.contacts()
    real_log_batch = class_book.log_batch

    def broken(*args, **kwargs):
        folder = {"folder": class_book.path.parent}
        raise DataFileError(class_book.path, "the disk is full", "datafile.disk_full", folder)

    monkeypatch.setattr(class_book, "log_batch", broken)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"oyen", "enter", "1", "+", *"mooi gesprek", "enter")
        await settle(app, pilot)
        said = f"{class_book.path} was not saved: the disk holding {class_book.path.parent} is full"
        assert any(
            m.startswith(said) and m.endswith("Your entry is still here.") for m in notes(app)
        )
        assert class_book.contacts() == before
        # The flow is open again with everything that was typed.
        flow = app.screen
        assert isinstance(flow, LogContactScreen)
        assert flow.choice() == LogChoice(Moment.PICKUP, Tone.POSITIVE, "mooi gesprek")
        assert flow.query_one("#note", Input).value == "mooi gesprek"
        # The disk has room again: Enter saves it.
        monkeypatch.setattr(class_book, "log_batch", real_log_batch)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, TodayScreen)
    newest = todays(class_book)[0]
    assert newest.note == "mooi gesprek" and class_book.family(newest.family_id).name == "Øyen"


async def test_undo_takes_back_the_last_entry_and_says_so(class_book, make_app):
    app = make_app(class_book)
    before = class_book.contacts()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"sigrid", "enter", "4", "+", "enter")
        await settle(app, pilot)
        assert len(class_book.contacts()) == len(before) + 1
        assert "Øyen" in shown(app.screen.query_one(ContactList)).splitlines()[0]
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert class_book.contacts() == before
        assert any(m == "Undone: contact with Øyen." for m in notes(app))
        # Today's list no longer shows it.
        assert "Øyen" not in shown(app.screen.query_one(ContactList))


async def test_batch_of_three_in_one_write(class_book, make_app, monkeypatch):
    app = make_app(class_book)
    calls = []
    real_log_batch = class_book.log_batch

    def counting(family_ids, *args, **kwargs):
        calls.append(list(family_ids))
        return real_log_batch(calls[-1], *args, **kwargs)

    monkeypatch.setattr(class_book, "log_batch", counting)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(FamilyTable)
        expected = [f.id for f in table.rows_shown[:3]]
        await pilot.press("down", "space", "space", "space")
        assert table.has_focus
        assert [table.get_cell(str(i), "mark") for i in expected] == ["✓", "✓", "✓"]
        assert "3 marked" in shown(app.screen.query_one("#today-status"))
        await pilot.press("enter")
        assert "3 families" in str(app.screen.query_one("#log-title").content)
        await pilot.press("9", "+", *"kerstmarkt", "enter")
        await settle(app, pilot)
        assert calls == [expected]
        made = todays(class_book)[:3]
        assert sorted(c.family_id for c in made) == sorted(expected)
        assert {(c.moment, c.tone, c.note, c.at) for c in made} == {
            (Moment.EVENT, Tone.POSITIVE, "kerstmarkt", class_book.now())
        }
        assert not table.marked
        assert table.get_cell(str(expected[0]), "mark") == " "
        assert app.screen.query_one("#search", Input).has_focus


async def test_marks_survive_searching_between_them(class_book, make_app):
    """Mark Yılmaz, type `oyen` (straight from the list), mark Øyen: one batch of two."""
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"elif", "down", "space", *"oyen")
        search = app.screen.query_one("#search", Input)
        assert search.has_focus and search.value == "oyen"
        await pilot.press("down", "space", "enter", "1", "+", "enter")
        await settle(app, pilot)
    names = sorted(class_book.family(c.family_id).name for c in todays(class_book)[:2])
    assert names == ["Yılmaz", "Øyen"]
    assert todays(class_book)[0].at == todays(class_book)[1].at


async def test_escape_in_the_search_clears_query_then_marks(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "space", "escape")
        search = app.screen.query_one("#search", Input)
        table = app.screen.query_one(FamilyTable)
        assert search.has_focus and len(table.marked) == 1
        await pilot.press(*"van der b")
        assert table.highlighted().name == "van der Berg"
        await pilot.press("escape")
        assert search.value == "" and len(table.marked) == 1
        await pilot.press("escape")
        assert not table.marked
    assert len(class_book.contacts()) == 8


async def test_the_mouse_works_too(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"oyen", "enter")
        await pilot.click("#chip-homevisit")
        await pilot.click("#chip-concern")
        assert app.screen.step == "note"
        await pilot.press("enter")
        await settle(app, pilot)
    newest = todays(class_book)[0]
    assert (newest.moment, newest.tone) == (Moment.HOMEVISIT, Tone.CONCERN)
