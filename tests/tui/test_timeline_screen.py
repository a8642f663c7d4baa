"""One family's story in one key (ctrl+f) from Today, Families and Week; log, edit, delete there."""

from __future__ import annotations

import html
import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
from classbook import make_class
from poisoned import odd_characters, write_poisoned_file
from textual.widgets import DataTable, Input, OptionList, Static
from tui_support import asked, notes, settle

from storage import ContactBook, Moment, Tone
from tui.screens.contact_form import ContactForm
from tui.screens.families import FamiliesScreen
from tui.screens.help import SECTIONS, section_lines
from tui.screens.log_contact import LogContactScreen
from tui.screens.timeline import TimelineScreen
from tui.screens.today import TodayScreen
from tui.screens.week import WeekScreen
from tui.widgets.footer import key_description

SIZE = (80, 24)


def screen_text(app) -> str:
    """What the terminal shows, as text (from the public SVG screenshot)."""
    svg = app.export_screenshot()
    return html.unescape("".join(re.findall(r"<text[^>]*>(.*?)</text>", svg))).replace("\xa0", " ")


def about(screen: TimelineScreen) -> str:
    return str(screen.query_one("#timeline-family", Static).content)


def entries(screen: TimelineScreen) -> list[int]:
    assert screen.story is not None
    return [entry.contact.id for entry in screen.story.entries]


def family_id(book: ContactBook, name: str, child: str | None = None) -> int:
    return next(
        f.id
        for f in book.families()
        if f.name == name and (child is None or child in f.child_names)
    )


async def there_and_back(app, pilot, wanted: int) -> None:
    """ctrl+f opens the timeline of family `wanted`; Escape comes back."""
    await pilot.press("ctrl+f")
    await settle(app, pilot)
    assert isinstance(app.screen, TimelineScreen)
    assert app.screen.family_id == wanted
    await pilot.press("escape")
    await settle(app, pilot)


async def open_from_today(app, pilot, typed: str) -> TimelineScreen:
    await pilot.press(*typed, "ctrl+f")
    await settle(app, pilot)
    assert isinstance(app.screen, TimelineScreen)
    return app.screen


# -- opening and going back --------------------------------------------------------------


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_today_opens_the_top_match_and_escape_comes_back(
    class_book: ContactBook, make_app, language: str
) -> None:
    lucas = family_id(class_book, "de Jong", "Lucas")
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        today = app.screen
        screen = await open_from_today(app, pilot, "lucas")
        assert screen.family_id == lucas
        assert "de Jong (Lucas)" in screen.sub_title
        # Newest first, the attempt-free story of Lucas's family only.
        stored = [c.id for c in class_book.contacts(family_id=lucas)]
        assert entries(screen) == stored and len(stored) == 3
        text = screen_text(app)
        assert ("Lucas moe" in text) and (("zorg" if language == "nl" else "concern") in text)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is today
        assert today.query_one("#search", Input).value == "lucas"
        assert today.query_one("#search", Input).has_focus


async def test_families_opens_the_highlighted_family_and_the_cursor_stays(
    class_book: ContactBook, make_app
) -> None:
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "down", "down", "down")
        await settle(app, pilot)
        families = app.screen
        assert isinstance(families, FamiliesScreen)
        table = families.query_one("#families-table", DataTable)
        row, family = table.cursor_row, families.highlighted()
        assert row == 2 and family is not None
        await there_and_back(app, pilot, family.id)
        assert app.screen is families
        assert table.cursor_row == row and table.has_focus


async def test_week_opens_the_highlighted_family_and_the_cursor_stays(
    class_book: ContactBook, make_app
) -> None:
    app = make_app(class_book, language="nl")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f5")
        await settle(app, pilot)
        week = app.screen
        assert isinstance(week, WeekScreen)
        await pilot.press("down")
        table = week.query_one("#week-families", DataTable)
        row, family = table.cursor_row, week.highlighted_family()
        assert row == 1 and family is not None
        await there_and_back(app, pilot, family)
        assert app.screen is week
        assert table.cursor_row == row


async def test_no_family_to_open_says_so(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press(*"zzzz", "ctrl+f")
        await settle(app, pilot)
        assert isinstance(app.screen, TodayScreen)
        assert "Pick a family first." in notes(app)


async def test_the_key_is_in_the_footers_and_in_help(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book, language="nl")
    async with app.run_test(size=(120, 30)) as pilot:
        for key in ("f2", "f3", "f5"):
            await pilot.press(key)
            await settle(app, pilot)
            shown = {
                b.key: key_description(app.screen, b)
                for _, b, _, _ in app.screen.active_bindings.values()
            }
            assert shown.get("ctrl+f") == "Verhaal", key
        await pilot.press("f1")
        await settle(app, pilot)
        for section in ("today", "families", "week"):
            assert ("ctrl+f", "Verhaal") in section_lines(section, dict(SECTIONS)[section])
        assert app.screen.query("#help-timeline")
        assert ("Del", "Verwijderen") in section_lines("timeline", dict(SECTIONS)["timeline"])


# -- log, edit and delete from the story ---------------------------------------------------


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_log_from_the_story(class_book: ContactBook, make_app, language: str) -> None:
    nguyen = family_id(class_book, "Nguyễn")
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_from_today(app, pilot, "minh")
        assert entries(screen) == []
        await pilot.press("ctrl+l")
        await settle(app, pilot)
        assert isinstance(app.screen, LogContactScreen)
        await pilot.press("5", "+", *"belde even", "enter")
        await settle(app, pilot)
        assert app.screen is screen
        [made] = class_book.contacts(family_id=nguyen)
        assert (made.moment, made.tone, made.note) == (Moment.PHONE, Tone.POSITIVE, "belde even")
        assert entries(screen) == [made.id]
        assert screen.query_one("#timeline-list", OptionList).highlighted == 0
        assert "belde even" in screen_text(app)


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_edit_from_the_story(class_book: ContactBook, make_app, language: str) -> None:
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_from_today(app, pilot, "lucas")
        await pilot.press("down")  # the second contact: the meeting
        await settle(app, pilot)
        contact = screen.highlighted()
        assert contact is not None and contact.moment is Moment.MEETING
        await pilot.press("enter")
        await settle(app, pilot)
        form = app.screen
        assert isinstance(form, ContactForm)
        form.query_one("#note", Input).value = "Afspraak met intern begeleider"
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is screen
        assert class_book.contact(contact.id).note == "Afspraak met intern begeleider"
        # The cursor stayed on the edited contact, now showing its note.
        assert screen.highlighted() == class_book.contact(contact.id)
        assert "Afspraak met intern begeleider" in screen_text(app)


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_delete_from_the_story_asks_first(
    class_book: ContactBook, make_app, language: str
) -> None:
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_from_today(app, pilot, "lucas")
        first = screen.highlighted()
        assert first is not None
        await asked(app, pilot, "delete")
        await pilot.press("escape")  # no: nothing happens
        await settle(app, pilot)
        assert class_book.contact(first.id) == first
        await pilot.press("delete")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert app.screen is screen
        assert first.id not in [c.id for c in class_book.contacts()]
        assert len(entries(screen)) == 2
        await pilot.press("ctrl+z")  # the app's undo brings it back, here too
        await settle(app, pilot)
        assert entries(screen)[0] == first.id


async def test_typing_on_the_story_never_writes(class_book: ContactBook, make_app) -> None:
    before = class_book.path.read_bytes()
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_from_today(app, pilot, "lucas")
        for word in ("sofia", "dave", "plan", "wax", "12", "+-=", "nof"):
            await pilot.press(*word, "space", "backspace")
            await settle(app, pilot)
        assert app.screen is screen
    assert class_book.path.read_bytes() == before


# -- what the story shows ----------------------------------------------------------------


@pytest.mark.parametrize(("language", "kind"), [("nl", "spannend"), ("en", "daunting")])
async def test_a_family_without_contacts_gets_the_first_contact_wording(
    class_book: ContactBook, make_app, language: str, kind: str
) -> None:
    nguyen = family_id(class_book, "Nguyễn")
    class_book.set_planned(nguyen, True)
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_from_today(app, pilot, "nguyen")
        text = about(screen)
        assert kind in text
        assert "Korte zinnen; oudste zus vertaalt." in text
        assert ("deze week" if language == "nl" else "this week") in text
        assert screen.query_one("#timeline-empty").display
        assert not screen.query_one("#timeline-list").display
        assert "ctrl+l" in screen_text(app)
        # Nothing to edit or delete: those keys are not offered.
        assert screen.check_action("edit", ()) is False
        assert screen.check_action("delete", ()) is False


async def test_a_long_note_is_shown_whole_at_80_columns(class_book: ContactBook, make_app):
    oyen = family_id(class_book, "Øyen")
    note = "Sigrid vertelde over het schoolreisje naar de kinderboerderij. " * 3 + "EINDE"
    class_book.log(oyen, Moment.WALKIN, Tone.POSITIVE, at=class_book.now(), note=note)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await open_from_today(app, pilot, "oyen")
        text = screen_text(app)
        assert "EINDE" in text and "…" not in text
        assert text.count("kinderboerderij") == 3


async def test_stored_escapes_and_markup_are_shown_not_obeyed(book_path: Path, clock, make_app):
    book = ContactBook(book_path, clock=clock)
    ids = make_class(book)
    data = json.loads(book_path.read_text(encoding="utf-8"))
    data["contacts"]["900"] = {
        "family": ids["oyen"],
        "at": "2026-11-25T09:00:00+01:00",
        "moment": "message",
        "tone": "neutral",
        "note": "rood\x1b[31m [markup] [b]vet[/b] [@click=app.quit]klik[/]",
    }
    book_path.write_text(json.dumps(data), encoding="utf-8")
    app = make_app(ContactBook(book_path, clock=clock))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_from_today(app, pilot, "oyen")
        svg = app.export_screenshot()
        assert odd_characters(svg) == []
        text = screen_text(app)
        assert "rood␛[31m [markup] [b]vet[/b] [@click=app.quit]klik[/]" in text
        assert app.screen is screen and app.is_running


async def test_a_poisoned_file_shows_its_story_neutralised(tmp_path: Path, clock, make_app):
    book = ContactBook(write_poisoned_file(tmp_path / "book.json"), clock=clock)
    app = make_app(book)
    async with app.run_test(size=(120, 40)) as pilot:
        for family in book.families():
            await app.push_screen(TimelineScreen(family.id))
            await settle(app, pilot)
            assert odd_characters(app.export_screenshot()) == [], family.id
            await pilot.press("escape")
            await settle(app, pilot)


async def test_three_hundred_contacts_scroll(class_book: ContactBook, make_app) -> None:
    oyen = family_id(class_book, "Øyen")
    start = class_book.now() - timedelta(days=300)
    for day in range(299):
        class_book.log(oyen, Moment.PICKUP, Tone.POSITIVE, at=start + timedelta(days=day))
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_from_today(app, pilot, "oyen")
        options = screen.query_one("#timeline-list", OptionList)
        assert options.option_count == 300
        assert options.scroll_y == 0
        await pilot.press("end")
        await settle(app, pilot)
        assert options.highlighted == 299
        assert options.scroll_y > 0
        oldest = screen.highlighted()
        assert oldest is not None and oldest.at == start
        await pilot.press("pageup", "home")
        await settle(app, pilot)
        assert options.highlighted == 0 and options.scroll_y == 0


async def test_a_family_forgotten_elsewhere_says_so(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        today = app.screen
        screen = await open_from_today(app, pilot, "lucas")
        class_book.forget(screen.family_id)  # as `schoolyard forget` beside the app
        app.reload_screen()
        await settle(app, pilot)
        assert "This family is no longer in the data file." in notes(app)
        assert "This family is no longer in the data file." in about(screen)
        assert screen.highlighted() is None and screen.check_action("log", ()) is False
        await pilot.press("enter", "ctrl+l", "delete", "escape")
        await settle(app, pilot)
        assert app.screen is today
