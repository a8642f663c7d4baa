"""Weeks and the window setting, without the records: what the book's calendar and the
quick `schoolyard neglected` (tui/cli_neglected.py) both read."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

DEFAULT_WINDOW = 10
"""School days a family may go without a positive contact, unless the settings say."""


def iso_week(day: date) -> str:
    """`2026-W48`: the key for plans and reflections."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def planning_week(day: date) -> str:
    """The week a plan made on `day` is for: this week on a school day, the coming week
    on Saturday and Sunday (Sunday evening is when teachers plan: 29 Nov 2026 → 2026-W49)."""
    if day.weekday() >= 5:
        day = day + timedelta(days=7 - day.weekday())
    return iso_week(day)


def plans_ahead(day: date) -> bool:
    """Whether a plan made on `day` is for the coming week (Saturday and Sunday): what the
    screens and the CLI say of a plan then ("for the coming week", not "this week")."""
    return planning_week(day) != iso_week(day)


def window_of(settings_doc: dict[str, Any]) -> int:
    """The stored window (`Settings.positive_window_school_days`) of the settings document."""
    return int(settings_doc.get("positive_window_school_days", DEFAULT_WINDOW))
