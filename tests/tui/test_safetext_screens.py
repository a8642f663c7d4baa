"""The app on a data file full of terminal attacks: no screen, form or toast renders one raw."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from poisoned import odd_characters, write_poisoned_file
from rich.text import Text
from textual.content import Content
from tui_support import settle

from storage import ContactBook
from tui import render_guard
from tui.app import SchoolyardApp


def screen_text(svg: str) -> str:
    """The characters of an SVG screenshot, without the SVG around them."""
    return html.unescape("".join(re.findall(r"<text[^>]*>(.*?)</text>", svg))).replace("\xa0", " ")


@pytest.fixture
def poisoned_book(tmp_path: Path, clock) -> ContactBook:
    return ContactBook(write_poisoned_file(tmp_path / "book.json"), clock=clock)


def test_the_guard_is_in_textual_and_rich():
    """Fails when a Textual or Rich upgrade stops reading the tables the guard extends."""
    render_guard.install()
    assert Content("Bakker\x1b]52;c;eA==\x07\x1b[2J").plain == "Bakker␛]52;c;eA==␛[2J"
    assert Content.from_markup("a\x9b2J\u202eb").plain == "a\\x9b2J\\u202eb"
    assert Text("Sem\u2066\x00").plain == "Sem\\u2066␀"
    assert Text("twee\nregels\tmet tab").plain == "twee\nregels\tmet tab"
    assert Content("Yılmaz Øyen Nguyễn محمد").plain == "Yılmaz Øyen Nguyễn محمد"


# A screen's key, then each action that opens a form or a question on it (Escape closes it).
SCREENS_AND_THEIR_FORMS = [
    ("f3", "families", [("edit", "family form"), ("forget", "forget asked")]),
    ("f4", "history", [("edit", "contact form")]),
    ("f5", "week", [("reflect", "reflection")]),
]


async def test_no_screen_renders_stored_text_raw(poisoned_book: ContactBook):
    app = SchoolyardApp(poisoned_book, language="en")
    shots: dict[str, str] = {}
    async with app.run_test(size=(120, 40), notifications=True) as pilot:

        async def look(step: str) -> None:
            await settle(app, pilot)
            svg = app.export_screenshot()
            assert odd_characters(svg) == [], step
            shots[step] = screen_text(svg)

        async def act(action: str) -> None:
            await app.run_action(action, app.screen)
            await settle(app, pilot)

        await look("today")
        await pilot.press("b", "a", "k")
        await look("today, typed")
        await pilot.press("enter")
        await look("log flow")
        await pilot.press("escape", "escape", "escape")
        for family in poisoned_book.families():
            app.notify(family.name)
        await look("notification")

        for key, screen, actions in SCREENS_AND_THEIR_FORMS:
            await pilot.press(key)
            await look(screen)
            for action, opened in actions:
                await act(action)
                await look(opened)
                await pilot.press("escape")

        await pilot.press("f6")
        await look("settings")
        await pilot.press("f1")
        await look("help")
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await look("palette")
        await pilot.press("escape")

        # Last: archiving takes Bakker off the other screens.
        await pilot.press("f3")
        await act("archive")
        await look("archived")
        await pilot.press("ctrl+z")
        await look("undone")

    # Shown, not hidden: the teacher sees that something odd is in the name.
    for step in ("today", "families", "history", "week", "family form", "notification"):
        assert "Bakker␛]52;c;" in shots[step], (step, shots[step])
    assert "Kerst␛]52;c;" in shots["settings"]
    # A name with [brackets] is a name, not markup: shown as it is, and the app goes on.
    assert "de Vries [/b]" in shots["today"] and "[@click=app.quit]Jip[/]" in shots["today"]
    assert "de Vries [/b]" in shots["notification"]
    assert "\\u202e" in shots["families"]
