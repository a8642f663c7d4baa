"""The first F3/F4/F5/F6 and the first dialog parse no style again, the start fills the
family list once, Today and Week find the open follow-ups once, and footer keys are
styled once: counted, never timed."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.css.stylesheet import Stylesheet
from tui_support import settle, started

from storage import ContactBook
from tui.widgets.family_picker import FamilyTable

SIZE = (100, 30)


@pytest.fixture
def big_book(make_demo_book) -> ContactBook:
    return make_demo_book(families=60, weeks=20, seed=3)


async def test_first_open_of_every_screen_parses_no_style_again(
    big_book: ContactBook, make_app, counting
) -> None:
    """Textual parsed every style of the app again, twice or three times, at a mode's
    first screen (~100 ms each at 400 families): the screens' styles are read in the
    first pause, and a new screen is styled as it mounts."""
    async with started(make_app, big_book, SIZE) as (app, pilot):
        parsed = counting(Stylesheet, "reparse")
        for key in ("f4", "f2", "f5", "f2", "f3", "f2", "f6", "f2", "f1"):
            await pilot.press(key)
            await settle(app, pilot)
        assert parsed[0] == 0
        assert type(app.screen).__name__ == "HelpScreen"


async def test_a_new_theme_still_restyles_a_screen_shown_again(
    big_book: ContactBook, make_app
) -> None:
    async with started(make_app, big_book, SIZE) as (app, pilot):
        await pilot.press("f4")
        await settle(app, pilot)
        history = app.screen
        before = history.styles.background
        await pilot.press("f2")
        await settle(app, pilot)
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await settle(app, pilot)
        await pilot.press("f4")
        await settle(app, pilot)
        assert app.screen is history
        expected = Color.parse(app.get_css_variables()["background"])
        assert history.styles.background == expected != before


async def test_the_start_fills_the_family_list_once(
    big_book: ContactBook, make_app, counting
) -> None:
    """Filled before the table had a size, then again at its first resize to fit the
    children's column: twice 400 rows before a school's first paint."""
    added = counting(FamilyTable, "add_row")
    async with started(make_app, big_book, SIZE) as (app, pilot):
        table = app.screen.query_one(FamilyTable)
        assert table.row_count == len(big_book.families()) > 0
        assert added[0] == table.row_count
        assert table.highlighted() == table.rows_shown[0]


async def test_open_followups_found_once_for_today_and_week(
    big_book: ContactBook, make_app, counting
) -> None:
    from storage.actions import followups

    found = counting(followups, "open_followup_docs")
    async with started(make_app, big_book, SIZE) as (app, pilot):
        await pilot.press("f5")
        await settle(app, pilot)
        assert found[0] == 1  # per version of the file, not per screen


async def test_footer_keys_are_styled_once_as_they_mount(
    big_book: ContactBook, make_app, monkeypatch
) -> None:
    async with started(make_app, big_book, SIZE) as (app, pilot):
        restyled: list[object] = []
        real = app.update_styles

        def update_styles(node, animate: bool = True) -> None:
            restyled.append(node)
            real(node, animate=animate)

        monkeypatch.setattr(app, "update_styles", update_styles)
        await pilot.press("f3")  # History and Week are built in the first pause: Families
        await settle(app, pilot)
        keys = app.screen.query("FooterKey")
        assert len(keys) > 5
        footer_keys = [node for node in restyled if type(node).__name__ == "FooterKey"]
        # Only the palette's key, compact as it mounts (once per build of the footer).
        assert all(key.has_class("-command-palette") for key in footer_keys)
        palette = [key for key in keys if key.has_class("-command-palette")]
        assert all(key.has_class("-compact") for key in palette)
        assert not any(key.has_class("-compact") for key in keys if key not in palette)
