"""The week's reflection note, typed here while another window saves the same week's note:
never silently overwritten — the teacher is asked, and each choice holds."""

from __future__ import annotations

from textual.widgets import TextArea
from tui_support import notes, settle

from storage import ContactBook, ReflectionConflict
from tui.screens.conflict import ConflictScreen
from tui.screens.week import WeekScreen

WEEK = "2026-W48"
SIZE = (100, 30)


async def type_note(app, pilot, text: str) -> WeekScreen:
    await pilot.press("f5")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, WeekScreen)
    await pilot.press("ctrl+r")
    for key in text:
        await pilot.press(key if key != " " else "space")
    return screen


def test_the_book_refuses_a_note_changed_since_it_was_read(class_book: ContactBook) -> None:
    class_book.set_reflection(WEEK, "van het andere venster")
    try:
        class_book.set_reflection(WEEK, "mijn tekst", base="")
    except ReflectionConflict as conflict:
        assert conflict.current == "van het andere venster"
    else:
        raise AssertionError("a note changed elsewhere was overwritten")
    assert class_book.reflection(WEEK) == "van het andere venster"
    class_book.set_reflection(WEEK, "mijn tekst", base="van het andere venster")
    assert class_book.reflection(WEEK) == "mijn tekst"


async def test_keep_what_is_stored_and_save_mine_over_it(class_book: ContactBook, make_app) -> None:
    other = ContactBook(class_book.path, clock=class_book._clock)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await type_note(app, pilot, "mijn gedachte")
        other.set_reflection(WEEK, "uit het andere venster")
        screen.save_note()
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen)
        assert "yours ‘mijn gedachte’, stored now ‘uit het andere venster’" in dialog.message
        assert class_book.reflection(WEEK) == "uit het andere venster"
        await pilot.click("#conflict-theirs")
        await settle(app, pilot)
        assert screen.query_one("#week-note", TextArea).text == "uit het andere venster"
        assert class_book.reflection(WEEK) == "uit het andere venster"
        assert "The stored reflection was kept; your text was dropped." in notes(app)

        await pilot.press("ctrl+r", "end", *"!!")
        other.set_reflection(WEEK, "weer anders")
        screen.save_note()
        await settle(app, pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.click("#conflict-mine")
        await settle(app, pilot)
        assert class_book.reflection(WEEK) == "uit het andere venster!!"


async def test_quitting_while_it_differs_keeps_both(class_book: ContactBook, make_app) -> None:
    other = ContactBook(class_book.path, clock=class_book._clock)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await type_note(app, pilot, "mijn gedachte")
        other.set_reflection(WEEK, "uit het andere venster")
    assert class_book.reflection(WEEK) == "uit het andere venster\n\nmijn gedachte"
