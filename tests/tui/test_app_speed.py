"""What keeps the app fast on a big class, checked by counting work, never by a clock.

Each test counts what a key or a screen used to do too often: records made, the
statuses computed, the footer rebuilt, the terminal asked for its size, and checks the
garbage collector's pause is taken when the keys stop.
"""

from __future__ import annotations

import gc
import os

import pytest
from textual.widgets import Footer as TextualFooter
from tinydb.table import Table
from tui_support import settle, started

from storage import Contact, ContactBook, Family, Moment
from storage.rules import insights
from tui import app as app_module
from tui.screens.history import PAGE, SHOWN, HistoryScreen

SIZE = (100, 30)


async def f4(app, pilot) -> HistoryScreen:
    """History, opened with F4 as a teacher does, its rows read."""
    await pilot.press("f4")
    await settle(app, pilot)
    assert isinstance(app.screen, HistoryScreen)
    return app.screen


@pytest.fixture
def idle_timers_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hours, so the app's own idle timers never run while the test does: it calls them."""
    monkeypatch.setattr(app_module, "IDLE_COLLECT_SECONDS", 3600.0)
    monkeypatch.setattr(app_module, "LONG_IDLE_SECONDS", 7200.0)


@pytest.fixture
def big_book(make_demo_book) -> ContactBook:
    """60 families over 20 weeks: more contacts than History shows at once."""
    book = make_demo_book(families=60, weeks=20, seed=3)
    assert len(book.contacts()) > 2 * SHOWN
    return book


async def test_history_filter_makes_records_only_of_the_rows_shown(
    big_book: ContactBook, make_app, counting
) -> None:
    app = make_app(big_book)
    async with app.run_test(size=SIZE) as pilot:
        await f4(app, pilot)
        await pilot.press("slash")
        made = counting(Contact, "from_doc")
        await pilot.press("e")  # matches many families: their contacts exceed a page
        await settle(app, pilot)
        matched = big_book.search("e", include_archived=True)
        assert len(matched) > 4
        assert len(big_book.contacts(family_ids=[f.id for f in matched])) > SHOWN + 1
        assert made[0] <= SHOWN + 1 + len(big_book.contacts(family_ids=[f.id for f in matched]))
        made[0] = 0
        await pilot.press("l")
        await settle(app, pilot)
        assert made[0] <= SHOWN + 1


async def test_start_and_week_compute_the_statuses_once(
    big_book: ContactBook, make_app, counting
) -> None:
    computed = counting(insights, "family_statuses")
    made = counting(Family, "from_doc")
    families = len(big_book.families(include_archived=True))  # what the CLI checks first
    async with started(make_app, big_book, SIZE) as (app, pilot):
        assert made[0] == families  # the families read once, not once per question
        assert computed[0] == 1
        await pilot.press("f5")
        await settle(app, pilot)
        assert computed[0] == 1  # the week asks the same question as the main screen


async def test_tables_never_ask_the_terminal_for_its_size(
    big_book: ContactBook, make_app, monkeypatch, counting
) -> None:
    """Rich asked the terminal at each cell a DataTable measured: 3,000 a History page."""
    for name in ("COLUMNS", "LINES"):  # Rich reads these instead, where they are set
        monkeypatch.delenv(name, raising=False)
    asked = counting(os, "get_terminal_size")
    async with started(make_app, big_book, SIZE) as (app, pilot):
        await f4(app, pilot)
        assert app.screen.query_one("#history-table").row_count == PAGE
        assert asked[0] == 0
        await pilot.resize_terminal(120, 35)
        await settle(app, pilot)
        assert tuple(app.console.size) == (120, 35)


async def test_footer_built_again_only_when_its_keys_change(
    big_book: ContactBook, make_app, counting
) -> None:
    built = counting(TextualFooter, "compose")
    async with started(make_app, big_book, SIZE) as (app, pilot):
        built[0] = 0
        await f4(app, pilot)
        assert built[0] <= 3  # was 9: each focus move and each re-read rebuilt it
        before = built[0]
        await pilot.press("slash", *"de")
        await settle(app, pilot)
        assert built[0] == before + 1  # focus went to the filter: its keys are other keys
        footer = app.screen.query_one(TextualFooter)
        # Del is the filter's key now (it deletes a letter), not the screen's.
        assert "delete" not in [key.key for key in footer.query("FooterKey")]
        await pilot.press("enter")  # back to the table: Del deletes a contact again
        await settle(app, pilot)
        assert "delete" in [key.key for key in footer.query("FooterKey")]


async def test_garbage_collected_and_frozen_when_the_keys_stop(
    big_book: ContactBook, make_app, idle_timers_off
) -> None:
    full = [0]

    def count_full(phase: str, info: dict) -> None:
        full[0] += phase == "stop" and info["generation"] == 2

    gc.unfreeze()
    app = make_app(big_book)
    gc.callbacks.append(count_full)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            await pilot.press("f4", "slash", "e")
            await settle(app, pilot)
            assert gc.get_freeze_count() > 0  # what the loads built is left out
            full[0] = 0
            app._collect_if_idle()
            assert full[0] == 0  # typing just now: no collection of everything
            app._busy_at -= 3601  # as if the last key was an hour ago
            app._collect_if_idle()
            assert full[0] == 1
            app._collect_if_idle()
            assert full[0] == 1  # nothing new since: nothing done
            app._busy_at -= 3600  # a long pause: the frozen ones collected as well
            app._collect_if_idle()
            assert full[0] == 2
            assert app._frozen_since_full == 0
            assert gc.get_freeze_count() > 0
    finally:
        gc.callbacks.remove(count_full)
    assert gc.get_freeze_count() == 0  # the app hands the collector back as it was


async def test_history_keeps_its_table_when_a_letter_keeps_the_same_rows(
    big_book: ContactBook, make_app, counting
) -> None:
    app = make_app(big_book)
    async with app.run_test(size=SIZE) as pilot:
        table = (await f4(app, pilot)).query_one("#history-table")
        name = big_book.families()[0].name.lower()
        await pilot.press("slash", *name[:-1])
        await settle(app, pilot)
        rows = list(table.rows)
        filled = counting(table, "add_row")
        await pilot.press(name[-1])  # the last letter of a name already unique
        await settle(app, pilot)
        assert list(table.rows) == rows
        assert filled[0] == 0


@pytest.mark.parametrize("paused", [True, False], ids=["after-a-pause", "right-after-paint"])
async def test_the_first_f4_neither_sorts_nor_scans_the_book(
    big_book: ContactBook, make_app, counting, idle_timers_off, paused: bool
) -> None:
    """Sorted in the first pause, or indexed right after the first paint: never at F4."""
    async with started(make_app, big_book, SIZE) as (app, pilot):
        if paused:
            app._busy_at -= 3601
            app._collect_if_idle()
        sorted_ = counting(insights, "sortable_times")
        await f4(app, pilot)
        assert app.screen.query_one("#history-table").row_count == PAGE
        assert sorted_[0] == 0


async def test_history_fills_the_table_a_page_at_a_time(big_book: ContactBook, make_app) -> None:
    """A key builds a page of rows, not 500; the cursor near the end brings the next."""
    app = make_app(big_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await f4(app, pilot)
        table = screen.query_one("#history-table")
        assert table.row_count == PAGE
        newest = big_book.contacts(limit=SHOWN)
        assert screen.highlighted() == newest[0]
        table.move_cursor(row=PAGE - 30)
        await settle(app, pilot)
        assert table.row_count == 2 * PAGE
        table.move_cursor(row=PAGE - 1)
        await pilot.press("down")
        await settle(app, pilot)
        assert screen.highlighted() == newest[PAGE]
        await pilot.press("ctrl+end")  # the oldest shown at once, not the end of a page
        await settle(app, pilot)
        assert table.row_count == SHOWN  # never more than SHOWN
        assert screen.highlighted() == newest[SHOWN - 1]
        # A re-read keeps the cursor on its contact, however deep in the list it was.
        app.reload_screen()
        await settle(app, pilot)
        assert screen.highlighted() == newest[SHOWN - 1]


async def test_week_cursor_and_mix_read_without_scanning_the_book(
    big_book: ContactBook, make_app, counting
) -> None:
    async with started(make_app, big_book, SIZE) as (app, pilot):
        scans = counting(Table, "search")
        await pilot.press("f5")
        await settle(app, pilot)
        await pilot.press("down", "down", "down")
        await settle(app, pilot)
        assert scans[0] == 0  # each key asked a family's contacts with a full scan


async def test_a_pause_after_a_change_indexes_the_book_again(
    big_book: ContactBook, make_app, counting, idle_timers_off
) -> None:
    """After a log, the Week cursor's keys read the index made in the pause, no scan."""
    app = make_app(big_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f5")
        await settle(app, pilot)
        big_book.log(big_book.families()[0].id, Moment.PICKUP)  # another process, say
        app.reload_screen()
        await settle(app, pilot)
        app._busy_at -= 3601  # the teacher stopped typing for a moment
        app._collect_if_idle()
        scans = counting(Table, "search")
        await pilot.press("down", "down")
        await settle(app, pilot)
        assert scans[0] == 0
