"""History screen: filters, edit, delete with confirmation, undo, the cap on big books."""

from __future__ import annotations

from datetime import timedelta

from classbook import unanswered_call
from textual.widgets import DataTable, Input, Select, Static
from tui_support import open_contact_form, open_history, opened, settle

from storage import ContactBook, Moment, Tone
from tui.screens.confirm import ConfirmScreen
from tui.screens.contact_form import ContactForm
from tui.screens.history import PAGE, SHOWN, HistoryScreen, period_start

SIZE = (100, 30)


def column(screen: HistoryScreen, index: int) -> list[str]:
    table = screen.query_one("#history-table", DataTable)
    return [str(table.get_row_at(i)[index]).strip() for i in range(table.row_count)]


def status(screen: HistoryScreen) -> str:
    return str(screen.query_one("#history-status", Static).content)


def family_id(book: ContactBook, name: str, child: str | None = None) -> int:
    return next(
        f.id
        for f in book.families()
        if f.name == name and (child is None or child in f.child_names)
    )


async def test_newest_first_with_tone_as_symbol_and_word(class_book: ContactBook, make_app):
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        assert column(screen, 0)[:2] == ["vandaag 15:02", "vandaag 08:20"]
        assert column(screen, 1)[0] == "Yılmaz"
        assert column(screen, 3)[0] == "+ positief"
        assert "- zorg" in column(screen, 3)
        # Two families named de Jong: the children tell them apart.
        assert "de Jong (Lucas)" in column(screen, 1)
        assert status(screen).startswith("8 contacten")


async def test_filter_by_family_shows_both_de_jong_families(class_book: ContactBook, make_app):
    noor = family_id(class_book, "de Jong", "Noor")
    class_book.log(noor, Moment.SCHOOLYARD, Tone.POSITIVE, at=class_book.now() - timedelta(days=1))
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("slash", *"de jong")
        await pilot.pause()
        families = column(screen, 1)
        assert set(families) == {"de Jong (Lucas)", "de Jong (Noor)"}
        assert len(families) == 4
        assert "2 families match" in status(screen)
        await pilot.press("enter")  # back to the table, filter kept
        assert screen.focused is screen.query_one("#history-table")
        await pilot.press("escape")  # clears every filter
        await pilot.pause()
        assert len(column(screen, 1)) == 9
        assert screen.query_one("#history-family", Input).value == ""


async def test_filter_by_tone_and_moment(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        await pilot.press("t")  # opens the tone list: all, +, =, -
        await pilot.pause()
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        assert screen.query_one("#history-tone", Select).value == "concern"
        assert column(screen, 3) == ["- concern", "- concern"]
        assert set(column(screen, 1)) == {"de Jong (Lucas)"}

        screen.query_one("#history-moment", Select).value = Moment.MEETING.value
        await pilot.pause()
        assert column(screen, 2) == ["meeting"]


async def test_period_this_week(class_book: ContactBook, make_app, today) -> None:
    assert period_start("week", today).isoformat() == "2026-11-23"
    assert period_start("school_year", today).isoformat() == "2026-08-01"
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        screen.query_one("#history-period", Select).value = "week"
        await pilot.pause()
        # Monday 23 November onwards; de Jong's call on Sunday the 22nd is last week.
        assert column(screen, 1) == ["Yılmaz", "van der Berg", "Øyen"]


async def test_edit_a_contacts_tone(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        contact = screen.highlighted()
        assert contact is not None and contact.tone is Tone.POSITIVE
        form = await opened(app, pilot, ContactForm, key="ctrl+o")
        form.query_one("#tone", Select).value = Tone.CONCERN.value
        form.query_one("#note", Input).value = "Elif huilde bij het ophalen"
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is screen
        stored = class_book.contact(contact.id)
        assert stored.tone is Tone.CONCERN
        assert stored.note == "Elif huilde bij het ophalen"
        assert stored.at == contact.at  # the time was not touched
        assert column(screen, 3)[0] == "- concern"
        assert column(screen, 5)[0].startswith("Elif huilde")


async def test_a_future_time_is_refused_and_nothing_stored(class_book: ContactBook, make_app):
    before = class_book.path.read_bytes()
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        form = await open_contact_form(app, pilot)
        when = form.query_one("#when", Input)
        assert when.value == "25-11-2026 15:02"
        when.value = "morgen 9:00"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.screen is form  # still open, with the reason
        error = str(form.query_one("#contact-error", Static).content)
        assert "toekomst" in error
        assert form.focused is when
        await pilot.press("escape")
        await settle(app, pilot)
    assert class_book.path.read_bytes() == before


async def test_delete_with_confirmation_and_undo(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        contact = screen.highlighted()
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        message = str(app.screen.query_one("#confirm-message", Static).content)
        assert "Yılmaz" in message and "today 15:02" in message
        await pilot.press("escape")  # cancel leaves it
        await settle(app, pilot)
        assert class_book.contact(contact.id) == contact

        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert [c.id for c in class_book.contacts()].count(contact.id) == 0
        assert column(screen, 0)[0] == "today 08:20"

        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert class_book.contact(contact.id) == contact
        assert column(screen, 0)[0] == "today 15:02"


async def test_not_reached_follow_up_and_a_huge_note(class_book: ContactBook, make_app):
    nguyen = family_id(class_book, "Nguyễn")
    unanswered_call(class_book, nguyen, timedelta(minutes=5), "Geen gehoor. " * 500, follow_up=True)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        assert column(screen, 2)[0] == "✗ phone"
        note = column(screen, 5)[0]
        assert note.startswith("⚑ Geen gehoor.") and note.endswith("…") and len(note) < 40
        assert "✗ not reached" in status(screen)


async def test_a_big_book_shows_the_newest_few_hundred(class_book: ContactBook, make_app):
    ids = [f.id for f in class_book.families()]
    start = class_book.now() - timedelta(days=200)
    for step in range(SHOWN // len(ids) + 1):
        class_book.log_batch(ids, Moment.PICKUP, Tone.POSITIVE, at=start + timedelta(hours=step))
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        assert screen.query_one("#history-table", DataTable).row_count == PAGE  # more near the end
        assert status(screen).startswith(f"The newest {SHOWN} of more contacts")
        assert column(screen, 0)[0] == "today 15:02"


async def test_enter_confirms_and_the_palette_offers_edit_and_delete(
    class_book: ContactBook, make_app
) -> None:
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        titles = [command.title for command in app.get_system_commands(screen)]
        for title in ("Wijzigen", "Verwijderen", "Gezin", "Moment", "Toon", "Periode"):
            assert title in titles
        contact = screen.highlighted()
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        assert contact.id not in {c.id for c in class_book.contacts()}
        assert status(screen).startswith("7 contacten")


async def test_period_from_to(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        first = screen.query_one("#history-from", Input)
        assert not first.display
        screen.query_one("#history-period", Select).value = "range"
        await pilot.pause()
        assert first.display and screen.focused is first
        await pilot.press(*"17-11-2026", "tab", *"23-11-2026", "enter")
        await pilot.pause()
        assert column(screen, 0) == ["ma 23 nov 08:25", "zo 22 nov 12:00", "di 17 nov 16:00"]
        first.value = "31-02-2026"
        await pilot.pause()
        assert "die dag bestaat niet" in status(screen)
        await pilot.press("escape")  # clears every filter and hides the days again
        await pilot.pause()
        assert not first.display and len(column(screen, 0)) == 8
