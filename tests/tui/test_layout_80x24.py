"""Issue 9 item 8: every screen readable at 80×24, in Dutch and English."""

from __future__ import annotations

import pytest
from tui_support import screen_lines, settle

from storage import Child, Family
from tui import text

SIZE = (80, 24)


def add_two_ghebreabs(book) -> None:
    book.add_family(
        Family.new("Ghebreab", [Child("Selam", 3), Child("Yonas", 5), Child("Rahwa", 7)])
    )
    book.add_family(
        Family.new("Ghebreab", [Child("Dawit", 3), Child("Yonas", 5), Child("Rahwa", 7)])
    )


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_today_children_cut_with_an_ellipsis(class_book, make_app, language) -> None:
    add_two_ghebreabs(class_book)
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        lines = screen_lines(app)
        header = next(line for line in lines if text.t("today.col.family") in line)
        assert text.t("today.col.children") in header  # the header whole, not cut
        rows = [line.split("▊")[0] for line in lines if "Ghebreab" in line.split("▊")[0]]
        assert len(rows) == 2
        assert all(row.rstrip().endswith("…") for row in rows), rows
        assert rows[0] != rows[1]


def side_of(lines: list[str]) -> list[str]:
    return [line.split("▊")[-1].rstrip() for line in lines if "▊" in line]


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_greet_today_shows_channel_and_language(class_book, make_app, language) -> None:
    class_book.add_family(
        Family.new(
            "Ghebreab",
            [Child("Selam", 3)],
            channel="WhatsApp",
            language="Tigrinya",
            interpreter=True,
        )
    )
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        side = " ".join(" ".join(side_of(screen_lines(app))).split())  # wrapped is fine, cut is not
        assert "Ghebreab" in side
        assert f"WhatsApp · Tigrinya · {text.t('today.interpreter')}" in side, side


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(("key", "legend"), [("f3", "families.legend"), ("f4", "history.legend")])
async def test_legends_fit_on_one_line(class_book, make_app, language, key, legend) -> None:
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        await settle(app, pilot)
        whole = text.t(legend, not_reached="✗", follow_up="⚑")
        lines = [line.strip() for line in screen_lines(app)]
        assert whole in lines, (whole, lines[-4:])
