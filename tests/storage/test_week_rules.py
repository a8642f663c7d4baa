"""Issue 9: the week a plan is for, and the summary file's name."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from classbook import CET

from storage import ContactBook, Family, Moment, planning_week
from storage.rules.summary import summary_file_name


@pytest.mark.parametrize(
    ("day", "week"),
    [
        (date(2026, 11, 23), "2026-W48"),  # Monday
        (date(2026, 11, 27), "2026-W48"),  # Friday
        (date(2026, 11, 28), "2026-W49"),  # Saturday: the coming week
        (date(2026, 11, 29), "2026-W49"),  # Sunday
        (date(2026, 12, 27), "2026-W53"),  # Sunday before the ISO year's last week
        (date(2027, 1, 3), "2027-W01"),  # Sunday into a new ISO year
    ],
)
def test_a_plan_made_at_the_weekend_is_for_the_coming_week(day: date, week: str) -> None:
    assert planning_week(day) == week


def test_planning_on_sunday_evening_is_kept_for_monday(tmp_path) -> None:
    path = tmp_path / "schoolyard.json"
    sunday = datetime(2026, 11, 29, 21, 30, tzinfo=CET)
    book = ContactBook(path, clock=lambda: sunday)
    family = book.add_family(Family.new("de Vries", []))
    book.set_planned(family.id, True)
    assert book.planned("2026-W49") == {family.id}
    assert book.planned("2026-W48") == set()
    assert [s.planned for s in book.statuses()] == [True]  # shown as planned on Sunday too

    monday = ContactBook(path, clock=lambda: sunday + timedelta(hours=11))
    assert monday.planned() == {family.id}
    assert [s.planned for s in monday.statuses()] == [True]


def test_the_summary_file_name_says_what_it_covers(tmp_path) -> None:
    sunday = datetime(2026, 11, 29, 20, 0, tzinfo=CET)
    book = ContactBook(tmp_path / "schoolyard.json", clock=lambda: sunday)
    assert summary_file_name(book) == "schoolyard-summary-2026-11-29.json"
    family = book.add_family(Family.new("de Vries", []))
    book.log(family.id, Moment.PICKUP, at=datetime(2026, 9, 1, 15, 5, tzinfo=CET))
    assert summary_file_name(book) == "schoolyard-summary-2026-09-01-to-2026-11-29.json"
