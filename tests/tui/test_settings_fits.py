"""Issue 9 item 8: Settings' holiday placeholders fit at 80×24; English shows an English date."""

from __future__ import annotations

import pytest
from textual.widgets import Input
from tui_support import settle


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_holiday_placeholders_fit_at_80x24(class_book, make_app, language) -> None:
    app = make_app(class_book, language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f6")
        await settle(app, pilot)
        for name in ("holiday-from", "holiday-to", "holiday-name"):
            field = app.screen.query_one(f"#{name}", Input)
            assert field.content_region.width >= len(field.placeholder), (name, field.placeholder)
        start = app.screen.query_one("#holiday-from", Input).placeholder
        assert ("19-10-2026" in start) == (language == "nl"), start
