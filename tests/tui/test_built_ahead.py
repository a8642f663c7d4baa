"""History and Week are built in the app's first pause, so the first F4 or F5 only shows
them (tui/ahead.py): counted and compared, never timed (bench_app.py times the opens)."""

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest
from textual.widgets import DataTable, Input
from tui_support import settle, started

from storage import ContactBook, Moment, Tone
from tui import ahead
from tui import app as app_module
from tui.screens.history import HistoryScreen
from tui.screens.history_archives import row_key
from tui.screens.today import TodayScreen
from tui.screens.week import WeekScreen

SIZE = (120, 35)


@pytest.fixture
def big_book(make_demo_book) -> ContactBook:
    return make_demo_book(families=60, weeks=20, seed=3)


@pytest.fixture(autouse=True)
def pauses_by_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hours, so the app's own idle timer never runs here: each test makes its pause."""
    monkeypatch.setattr(app_module, "IDLE_COLLECT_SECONDS", 3600.0)
    monkeypatch.setattr(app_module, "LONG_IDLE_SECONDS", 7200.0)


async def pause(app, pilot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first pause in the keys, as the app's idle timer finds it a second after them."""
    monkeypatch.setattr(app_module, "IDLE_COLLECT_SECONDS", 0.0)
    app._collect_if_idle()
    monkeypatch.setattr(app_module, "IDLE_COLLECT_SECONDS", 3600.0)
    await settle(app, pilot)


async def test_nothing_is_built_before_the_first_pause(
    big_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A letter typed on Today 0.2 s after the first paint waited for History's building
    when it followed the paint at once: ~195 ms instead of ~95 in a terminal."""
    async with started(make_app, big_book, SIZE) as (app, pilot):
        await pilot.press(*"jan")
        await settle(app, pilot)
        assert ahead.unbuilt(app) == ["history", "week"]
        await pause(app, pilot, monkeypatch)
        assert ahead.unbuilt(app) == []
        assert app.screen.query_one("#search", Input).value == "jan"


async def test_the_first_f4_and_f5_show_screens_built_in_the_first_pause(
    big_book: ContactBook, make_app, counting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first F4 or F5 composed, mounted and filled its screen on the key: at 400
    families ~110 ms of CPU more than the second time."""
    history_built = counting(HistoryScreen, "compose")
    week_built = counting(WeekScreen, "compose")
    async with started(make_app, big_book, SIZE) as (app, pilot):
        await pause(app, pilot, monkeypatch)
        assert isinstance(app.screen, TodayScreen)
        assert (history_built[0], week_built[0]) == (1, 1)
        [history] = app.get_screen_stack("history")
        [week] = app.get_screen_stack("week")
        # Filled from the book already, not only composed.
        assert history.query_one("#history-table", DataTable).row_count > 0
        assert week.query_one("#week-families", DataTable).row_count > 0
        read = counting(ContactBook, "contacts")
        await pilot.press("f4")
        await settle(app, pilot)
        assert app.screen is history
        await pilot.press("f5")
        await settle(app, pilot)
        assert app.screen is week
        assert (history_built[0], week_built[0]) == (1, 1)
        assert read[0] == 0  # shown as they were built: the file did not change


async def test_a_screen_built_ahead_shows_a_change_made_after_it_was_built(
    big_book: ContactBook, make_app, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with started(make_app, big_book, SIZE) as (app, pilot):
        await pause(app, pilot, monkeypatch)
        [history] = app.get_screen_stack("history")
        [week] = app.get_screen_stack("week")
        needing = week.highlighted_status()
        assert needing is not None
        family = needing.family
        contact = big_book.log(
            family.id, Moment.SCHOOLYARD, Tone.POSITIVE, note="Built ahead", at=now
        )
        app.reload_screen()  # as a write from a screen or the file poll does
        await settle(app, pilot)
        await pilot.press("f4")
        await settle(app, pilot)
        assert app.screen is history
        table = history.query_one("#history-table", DataTable)
        assert row_key(contact) in table.rows
        await pilot.press("f5")
        await settle(app, pilot)
        assert app.screen is week
        assert str(family.id) not in {key.value for key in week.query_one(DataTable).rows}


async def test_week_built_wide_shows_narrow_after_the_terminal_shrank(
    big_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with started(make_app, big_book, SIZE) as (app, pilot):
        await pause(app, pilot, monkeypatch)
        [week] = app.get_screen_stack("week")
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        await pilot.press("f5")
        await settle(app, pilot)
        assert app.screen is week
        assert week.has_class("-narrow") and not week.has_class("-wide")
        assert week.query_one("#week-right").region.width == 0  # one side at a time


async def test_a_key_during_the_building_leaves_the_rest_for_the_next_pause(
    big_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A quick first F4 was followed by the Week's building before History was drawn:
    350 ms instead of 240 in a terminal."""
    app = make_app(big_book)
    init_mode = app._init_mode

    def built(mode: str):
        mounted = init_mode(mode)
        app.keys_pressed += 1  # a key arrives while this screen is built
        return mounted

    monkeypatch.setattr(app, "_init_mode", built)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pause(app, pilot, monkeypatch)
        assert ahead.unbuilt(app) == ["week"]
        await pause(app, pilot, monkeypatch)
        assert ahead.unbuilt(app) == []


@pytest.mark.parametrize("mode", ["history", "week"])
@pytest.mark.parametrize("how", ["quit", "shutdown"])
async def test_ending_while_a_screen_is_built_ahead_ends_cleanly(
    big_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch, mode: str, how: str
) -> None:
    """The app's end (ctrl+q, or Textual shutting it down) pruned the screen's widgets
    between its compose and its mount: its on_mount found no table, and the teacher saw
    a crash line instead of a quiet exit (seen in the suite as NoMatches)."""
    app = make_app(big_book)
    init_mode = app._init_mode
    building = asyncio.Event()

    def built_then_end(built: str):
        mounted = init_mode(built)
        if built == mode:
            building.set()
            if how == "quit":
                app.exit()
        return mounted

    monkeypatch.setattr(app, "_init_mode", built_then_end)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        monkeypatch.setattr(app_module, "IDLE_COLLECT_SECONDS", 0.0)
        app._collect_if_idle()  # the first pause
        await building.wait()  # then the test's end shuts the app down
    assert app.return_code in (None, 0)


async def test_quitting_at_once_builds_nothing_and_ends_cleanly(
    big_book: ContactBook, make_app
) -> None:
    app = make_app(big_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
