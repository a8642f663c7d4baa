"""Issue 9 item 8: at 80 columns History's note column is a few characters wide, so the
highlighted contact's note is shown whole, wrapped, under the table; ctrl+f opens the
family's story from History too."""

from __future__ import annotations

from contextlib import asynccontextmanager
from datetime import timedelta

import pytest
from classbook import NOW
from tui_support import opened, screen_lines, settle

from storage import Moment, Tone
from tui import text
from tui.screens.history import HistoryScreen
from tui.screens.timeline import TimelineScreen

SIZE = (80, 24)
LONG_NOTE = (
    "Ayşe vertelde bij het ophalen dat Elif slecht slaapt sinds de verhuizing; "
    "volgende week bellen we samen met de tolk over de overblijf en de gymles."
)


def family_named(book, name: str):
    return next(f for f in book.families() if f.name == name)


def log_long_note(book) -> None:
    yilmaz = family_named(book, "Yılmaz")
    book.log(yilmaz.id, Moment.PHONE, Tone.CONCERN, at=NOW - timedelta(minutes=5), note=LONG_NOTE)


@asynccontextmanager
async def history_at_80(book, make_app, language: str = "en"):
    """The app on `book` with Yılmaz's long note logged, History open (F4) at 80×24."""
    log_long_note(book)
    app = make_app(book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        await opened(app, pilot, HistoryScreen, key="f4")
        await settle(app, pilot)
        yield app, pilot


def words_on_screen(app) -> str:
    """The screen's words in one line, so a wrapped note reads as one text."""
    return " ".join(" ".join(screen_lines(app)).split())


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_the_highlighted_note_is_whole_at_80_columns(class_book, make_app, language):
    async with history_at_80(class_book, make_app, language) as (app, pilot):
        assert LONG_NOTE in words_on_screen(app)
        await pilot.press("down")  # the detail follows the cursor
        await settle(app, pilot)
        assert LONG_NOTE not in words_on_screen(app)
        assert "Yılmaz: Elif trots op tekening" in words_on_screen(app)
        await pilot.press("down")  # van der Berg's drop-off has no note: said so
        await settle(app, pilot)
        assert f"van der Berg: {text.t('history.note.none')}" in words_on_screen(app)


async def test_a_note_is_shown_as_text_not_markup(class_book, make_app):
    yilmaz = family_named(class_book, "Yılmaz")
    note = "[bold]niet vet[/bold] en [link=https://x.nl]geen link[/link]"
    class_book.log(yilmaz.id, Moment.PICKUP, Tone.POSITIVE, at=NOW, note=note)
    async with history_at_80(class_book, make_app) as (app, _):
        assert note in words_on_screen(app)


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_ctrl_f_opens_the_highlighted_contacts_family(class_book, make_app, language):
    async with history_at_80(class_book, make_app, language) as (app, pilot):
        footer = screen_lines(app)[-1]
        assert f"^f {text.t('timeline.key.open')}" in footer
        assert footer.index(text.t("history.key.delete")) < footer.index("f1")
        await pilot.press("ctrl+f")
        await settle(app, pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.story.family.name == "Yılmaz"
        assert LONG_NOTE in words_on_screen(app)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, HistoryScreen)
