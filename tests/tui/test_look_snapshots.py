"""Snapshots of issue 9 items 8 and 9: 80×24 in Dutch and English, and NO_COLOR where a
meaning was carried by colour alone (the mix's two series, a form's unticked box)."""

from __future__ import annotations

import pytest

from storage import Child, Family
from tui.screens.family_form import FamilyForm

SIZE = (80, 24)


async def settled(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def two_ghebreabs(book) -> None:
    book.add_family(
        Family.new("Ghebreab", [Child("Selam", 3), Child("Yonas", 5), Child("Rahwa", 7)])
    )
    book.add_family(
        Family.new(
            "Ghebreab",
            [Child("Dawit", 3), Child("Yonas", 5), Child("Rahwa", 7)],
            channel="WhatsApp",
            language="Tigrinya",
            interpreter=True,
        )
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_today_at_80x24(snap_compare, class_book, make_app, language: str) -> None:
    """Children cut with …, the header whole, channel and language readable."""
    two_ghebreabs(class_book)
    app = make_app(class_book, language=language)
    assert snap_compare(app, terminal_size=SIZE, run_before=settled)


def test_week_mix_without_colour(snap_compare, class_book, make_app, monkeypatch) -> None:
    """NO_COLOR: this week's bars solid, the average's shaded."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(class_book)
    assert app.no_color

    async def run_before(pilot) -> None:
        await pilot.press("f5")
        await settled(pilot)
        await pilot.press("m")  # the mix, on a narrow terminal
        await settled(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_family_form_without_colour(snap_compare, class_book, make_app, monkeypatch) -> None:
    """NO_COLOR: an unticked box is empty, a ticked one shows its X."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(class_book)
    assert app.no_color
    family = next(f for f in class_book.families() if not f.interpreter and f.active)

    async def run_before(pilot) -> None:
        await settled(pilot)
        pilot.app.push_screen(FamilyForm(family))
        await settled(pilot)

    assert snap_compare(app, terminal_size=(80, 30), run_before=run_before)
