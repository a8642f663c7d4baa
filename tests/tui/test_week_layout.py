"""Issue 9 items 2 and 9 on Week: the reflection note in view, ctrl+r never types, units."""

from __future__ import annotations

import pytest
from textual.widgets import TextArea
from tui_support import settle

from tui.screens.week import WeekScreen

WEEK = "2026-W48"


def in_view(screen: WeekScreen, widget) -> bool:
    """The whole widget lies inside the screen and inside its scrolling parent."""
    region = widget.region
    parent = widget.parent
    return (
        region.height > 0
        and screen.region.contains_region(region)
        and parent.region.contains_region(region)
    )


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_reflection_note_is_in_view_when_opened(class_book, make_app, size) -> None:
    app = make_app(class_book)
    async with app.run_test(size=size) as pilot:
        await pilot.press("f5")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, WeekScreen)
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        note = screen.query_one("#week-note", TextArea)
        assert note.has_focus
        assert in_view(screen, note), (note.region, note.parent.region)


async def test_the_reflect_key_again_does_not_type_into_the_note(class_book, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await settle(app, pilot)
        await pilot.press("ctrl+r")
        await pilot.press("k", "o", "r", "t")
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        note = app.screen.query_one("#week-note", TextArea)
        assert note.text == "kort"
        assert note.has_focus
