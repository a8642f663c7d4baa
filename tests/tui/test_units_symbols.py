"""Issue 9 item 9: units and symbols agree, and nothing means something by colour alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox

from tui import text
from tui.screens import history_rows, week_rows
from tui.screens.family_form import FamilyForm
from tui.widgets import contact_list, family_picker, followups
from tui.widgets.bars import BarRow, chart

TUI = Path(__file__).resolve().parents[2] / "tui"


def test_one_not_reached_symbol_everywhere() -> None:
    assert contact_list.NOT_REACHED == history_rows.NOT_REACHED
    others = {"⊘", "⦸", "🚫"} - {history_rows.NOT_REACHED}
    found = [
        path.name
        for path in TUI.rglob("*.py")
        if any(symbol in path.read_text(encoding="utf-8") for symbol in others)
    ]
    assert found == []


def test_one_follow_up_symbol_everywhere() -> None:
    """The follow-ups panel drew ↻ while History, the timeline and the legends say ⚑."""
    assert followups.FOLLOW_UP == history_rows.FOLLOW_UP == "⚑"
    found = [path.name for path in TUI.rglob("*.py") if "↻" in path.read_text(encoding="utf-8")]
    assert found == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_week_and_today_count_days_alike(class_book, language) -> None:
    text.set_language(language)
    statuses = [s for s in class_book.needing_positive_contact() if s.days_since_positive]
    assert statuses
    today = class_book.today()
    for status in statuses:
        on_week = week_rows.row_cells(status, today, set())[2]
        on_today = family_picker.days_label(status).plain.strip(" !")
        assert on_week == on_today == text.t("today.days", days=status.days_since_positive)
    # the column says which days it counts (the window is in school days)
    assert text.t("week.col.days") in {"kalenderdagen", "calendar days"}


def test_the_two_series_of_the_mix_differ_without_colour() -> None:
    drawn = chart("t", None, [BarRow("x", 3, 3, "3", "3,0")], bar_width=6).plain
    row = drawn.splitlines()[1]
    now, before = row.split("3", 1)[0][2:].strip(), row.split("3", 1)[1].split("3,0")[0].strip()
    assert now and before and now != before, row


async def test_an_unticked_checkbox_is_empty_not_a_dim_x(class_book, make_app) -> None:
    """Under NO_COLOR an unticked box drew the same X as a ticked one."""
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        family = next(f for f in class_book.families() if not f.interpreter)
        app.push_screen(FamilyForm(family))
        await pilot.pause()
        box = app.screen.query_one("#interpreter", Checkbox)
        assert "X" not in box.render().plain
        box.value = True
        await pilot.pause()
        assert "X" in box.render().plain
