"""The week's reflection note and the Settings window, typed here while another window
saves the same: never silently overwritten — the teacher is asked, each choice holds.

(Holidays need no such check: adding one inserts a new record and removing one removes
that record only; neither writes over a value someone else saved.)"""

from __future__ import annotations

from textual.widgets import Input, TextArea
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


async def open_window_field(app, pilot):
    await pilot.press("f6")
    await pilot.pause()
    await pilot.pause()
    field = app.screen.query_one("#window", Input)
    field.focus()
    await pilot.pause()
    return field


async def test_a_window_changed_elsewhere_while_typing_asks_and_each_choice_holds(
    class_book: ContactBook, make_app
) -> None:
    other = ContactBook(class_book.path, clock=class_book._clock)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        field = await open_window_field(app, pilot)
        field.value = "15"
        other.set_window(20)
        app.reload_screen()  # what the app's poll does when the file changes
        await pilot.pause()
        assert field.value == "15"  # her typing stays
        await pilot.press("enter")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen)
        assert "yours ‘15’, stored now ‘20’" in dialog.message
        assert class_book.settings().positive_window_school_days == 20
        await pilot.click("#conflict-theirs")
        await settle(app, pilot)
        assert field.value == "20"
        assert class_book.settings().positive_window_school_days == 20

        field.focus()
        field.value = "12"
        other.set_window(25)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.click("#conflict-mine")
        await settle(app, pilot)
        assert class_book.settings().positive_window_school_days == 12

        field.focus()  # saved by this screen: the next change is judged against it
        field.value = "14"
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, ConflictScreen)
        assert class_book.settings().positive_window_school_days == 14
