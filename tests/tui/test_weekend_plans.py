"""A plan made on Saturday or Sunday is for the coming week, and every place says so
(issue 9 item 3): the Week screen's line and detail, and `schoolyard neglected`."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from classbook import CET
from textual.widgets import Static
from tui_support import notes, open_week, settle

from storage import ContactBook, Family
from storage.actions.calendar import plans_ahead
from tui import cli, cli_commands

SUNDAY = datetime(2026, 11, 29, 20, 30, tzinfo=CET)
WEDNESDAY = datetime(2026, 11, 25, 15, 10, tzinfo=CET)


@pytest.mark.parametrize(
    ("day", "ahead"),
    [
        (date(2026, 11, 28), True),  # Saturday
        (date(2026, 11, 29), True),  # Sunday
        (date(2026, 11, 30), False),  # Monday
        (date(2026, 11, 27), False),  # Friday
    ],
)
def test_a_plan_is_ahead_only_at_the_weekend(day: date, ahead: bool) -> None:
    assert plans_ahead(day) is ahead


def book_at(path, moment: datetime) -> ContactBook:
    book = ContactBook(path, clock=lambda: moment)
    if not book.families():
        book.add_family(Family.new("de Vries"))
    return book


@pytest.mark.parametrize(
    ("moment", "said"),
    [
        (SUNDAY, "de Vries planned for the coming week."),
        (WEDNESDAY, "de Vries planned for this week."),
    ],
)
async def test_the_week_screen_says_which_week_a_plan_is_for(
    tmp_path, make_app, moment, said
) -> None:
    book = book_at(tmp_path / "schoolyard.json", moment)
    app = make_app(book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(app, pilot)
        await pilot.press("ctrl+b")
        await settle(app, pilot)
        assert said in notes(app)
        detail = str(screen.query_one("#week-detail", Static).render())
        mark = "coming week" if moment is SUNDAY else "this week"
        assert f"Planned for the {mark}." in detail or f"Planned for {mark}." in detail


@pytest.mark.parametrize(
    ("moment", "said"),
    [(SUNDAY, "planned for the coming week"), (WEDNESDAY, "planned this week")],
)
def test_neglected_says_which_week_a_plan_is_for(
    tmp_path, monkeypatch, capsys, moment, said
) -> None:
    path = tmp_path / "schoolyard.json"
    book = book_at(path, moment)
    book.set_planned(book.families()[0].id, True)
    monkeypatch.setattr(cli_commands, "open_book", lambda p: ContactBook(p, clock=lambda: moment))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert cli.main(["--data", str(path), "--lang", "en", "neglected"]) == 0
    out = capsys.readouterr().out
    assert said in out
    if moment is SUNDAY:
        assert "planned this week" not in out
