"""The timeline looks into the archived years (`a`, read-only, marked) and shows the
colleagues' contacts with her name; edit and delete are refused there in one line."""

from __future__ import annotations

from datetime import datetime

from classbook import CET
from test_followups_colleagues_in_app import with_colleague
from textual.widgets import OptionList
from tui_support import notes, settle

from storage import ContactBook, Moment, Tone
from tui.screens.contact_form import ContactForm
from tui.screens.timeline import TimelineScreen


def oyen(book: ContactBook) -> int:
    return next(f.id for f in book.families() if f.name == "Øyen")


def with_archive(book: ContactBook) -> None:
    book.log(
        oyen(book),
        Moment.PHONE,
        Tone.NEUTRAL,
        at=datetime(2026, 5, 12, 15, 0, tzinfo=CET),
        note="vorig jaar: over de verhuizing",
    )
    book.close_year()
    assert [a.school_year for a in book.archives()] == ["2025-2026"]


def prompts(screen: TimelineScreen) -> list[str]:
    options = screen.query_one("#timeline-list", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def open_oyen(app, pilot) -> TimelineScreen:
    await settle(app, pilot)
    await pilot.press(*"øyen", "ctrl+f")
    await settle(app, pilot)
    assert isinstance(app.screen, TimelineScreen)
    return app.screen


async def test_a_shows_the_archived_years_marked_and_hides_them_again(class_book, make_app):
    with_archive(class_book)
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_oyen(app, pilot)
        assert not any("archive 2025-2026" in p for p in prompts(screen))
        await pilot.press("a")
        await settle(app, pilot)
        archived = [p for p in prompts(screen) if "[archive 2025-2026]" in p]
        assert len(archived) == 1 and "vorig jaar: over de verhuizing" in archived[0]
        assert any("Archives shown too: 2025-2026" in n for n in notes(app))
        await pilot.press("a")
        await settle(app, pilot)
        assert not any("archive 2025-2026" in p for p in prompts(screen))


async def test_edit_and_delete_are_refused_on_an_archived_row(class_book, make_app):
    with_archive(class_book)
    archived_before = class_book.archived_contacts()
    app = make_app(class_book, language="nl")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_oyen(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        options = screen.query_one("#timeline-list", OptionList)
        options.highlighted = options.option_count - 1  # the oldest: the archived one
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        assert not isinstance(app.screen, ContactForm)
        await pilot.press("delete")
        await settle(app, pilot)
        assert app.screen is screen  # no question asked
        said = [n for n in notes(app) if "archief 2025-2026: alleen te lezen" in n]
        assert len(said) == 2
    assert class_book.archived_contacts() == archived_before


async def test_colleague_contacts_in_the_story_with_her_name(class_book, make_app, tmp_path):
    with_colleague(class_book, tmp_path)
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_oyen(app, pilot)
        first = prompts(screen)[0]
        assert "today 14:30" in first and "[by juf Anna]" in first
        await pilot.press("ctrl+o")
        await settle(app, pilot)
        assert not isinstance(app.screen, ContactForm)
        assert any("logged by juf Anna, in her file: read-only" in n for n in notes(app))
