"""What the start does before its first frame: the family list and whom to greet, no
collection of garbage; the follow-ups and today's contacts come right after. Counted and
ordered, never timed (tests/benchmarks/bench_app.py times the first paint)."""

from __future__ import annotations

import gc
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text
from textual.css.stylesheet import Stylesheet
from textual.render import measure
from textual.widgets import Label
from tui_support import settle

from storage import ContactBook, Moment, Tone
from tui.screens import week
from tui.screens.today import TodayScreen
from tui.widgets.contact_list import ContactList, GreetList
from tui.widgets.family_picker import FamilyTable, cell_width
from tui.widgets.followups import FollowUpList

SIZE = (100, 30)


@pytest.fixture
def big_book(make_demo_book) -> ContactBook:
    book = make_demo_book(families=60, weeks=20, seed=3)
    assert book.open_followups() and book.contacts_on(book.today())
    return book


def frames_and_reads(app, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What happens in order: "frame" for each frame the terminal would get, "followups"
    and "contacts" for each read of the open follow-ups and of today's contacts ("week
    followups" for the Week's)."""
    events: list[str] = []
    display = app._display

    def displayed(screen, renderable) -> None:
        if renderable is not None and not app._batch_count:  # what Textual writes out
            events.append("frame")
        display(screen, renderable)

    monkeypatch.setattr(app, "_display", displayed)
    open_followups = type(app.book).open_followups
    week_reading = [False]
    show_week_extras = week.show_week_extras

    def week_extras(screen) -> None:
        week_reading[0] = True
        try:
            show_week_extras(screen)
        finally:
            week_reading[0] = False

    # Week is built in the first pause (tui/ahead.py): its read is not Today's.
    monkeypatch.setattr(week, "show_week_extras", week_extras)

    def open_ones(book):
        events.append("week followups" if week_reading[0] else "followups")
        return open_followups(book)

    monkeypatch.setattr(type(app.book), "open_followups", open_ones)
    contacts_on = type(app.book).contacts_on

    def contacts_today(book, *args, **kwargs):
        events.append("contacts")
        return contacts_on(book, *args, **kwargs)

    monkeypatch.setattr(type(app.book), "contacts_on", contacts_today)
    return events


async def test_the_first_frame_shows_the_families_and_reads_no_follow_ups(
    big_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding the open follow-ups walks every contact of the year (~35 ms at 400
    families): the first frame waited for it, though it only needs the families."""
    app = make_app(big_book)
    events = frames_and_reads(app, monkeypatch)
    first_frame: dict[str, object] = {}
    display = app._display

    def remember_first(screen, renderable) -> None:
        if not first_frame and renderable is not None and not app._batch_count:
            table = screen.query_one(FamilyTable)
            first_frame["rows"] = table.row_count
            first_frame["greet"] = str(screen.query_one(GreetList).render())
            first_frame["followups shown"] = screen.query_one("#followups-panel").display
        display(screen, renderable)

    monkeypatch.setattr(app, "_display", remember_first)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert events.index("frame") < events.index("followups")
        assert events.index("frame") < events.index("contacts")
        assert events.count("followups") == 1
        assert first_frame["rows"] == len(big_book.families()) > 0
        assert first_frame["greet"].strip()
        # Nothing shown of the follow-ups before they are known: no wrong count.
        assert first_frame["followups shown"] is False
        # Then filled as they always were.
        screen = app.screen
        assert isinstance(screen, TodayScreen)
        open_ones = big_book.open_followups()
        title = screen.query_one("#followups-title", Label)
        assert title.display and screen.query_one("#followups-panel").display
        assert str(title.render()) == f"Follow up ({len(open_ones)})"
        assert str(screen.query_one(FollowUpList).render()).strip()
        shown = str(screen.query_one(ContactList).render())
        family = big_book.family(big_book.contacts_on(big_book.today())[0].family_id)
        assert family.name in shown


async def test_a_reload_still_reads_everything_before_showing_it(
    big_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch, now: datetime
) -> None:
    """Only the start leaves the panels for later: after a change by another process the
    screen is read whole before the next frame, as before, so no frame mixes old and new."""
    app = make_app(big_book)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        events = frames_and_reads(app, monkeypatch)
        family = big_book.families()[-1]
        ContactBook(big_book.path, clock=lambda: now).log(
            family.id, Moment.PICKUP, Tone.POSITIVE, note="Zwaaide", follow_up=True
        )
        app.reload_screen()
        assert sorted(events) == ["contacts", "followups"]  # and no frame before them
        screen = app.screen
        assert "Zwaaide" in str(screen.query_one(FollowUpList).render())
        assert family.name in str(screen.query_one(ContactList).render())
        await settle(app, pilot)
        assert events.count("followups") == 1


async def test_no_garbage_collection_before_the_first_frame(
    big_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python's own schedule ran ~180 collections (a full one among them) while the
    book's statuses and Today's table were made: 40-45 ms of the first paint at 400
    families. They are paused from the first screen's build to the first frame."""
    collecting: list[bool] = []
    reload = TodayScreen.reload

    def reading(screen, **kwargs) -> None:
        collecting.append(gc.isenabled())
        reload(screen, **kwargs)

    monkeypatch.setattr(TodayScreen, "reload", reading)
    assert gc.isenabled()
    app = make_app(big_book)
    events = frames_and_reads(app, monkeypatch)
    display = app._display

    def frame_with_collector(screen, renderable) -> None:
        if renderable is not None and not app._batch_count and "frame" not in events:
            collecting.append(gc.isenabled())
        display(screen, renderable)

    monkeypatch.setattr(app, "_display", frame_with_collector)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert collecting == [False, False]  # the screen's read, the first frame
        assert gc.isenabled()  # right after it
    assert gc.isenabled()


FIRST_FRAME_MODULES = """
import asyncio, sys
from pathlib import Path

from storage import ContactBook
from storage.demo import write_demo
from tui.app import SchoolyardApp

FLOW = "tui.screens.log_contact"
path = Path(sys.argv[1])
write_demo(path, families=12, weeks=2, seed=1)
app = SchoolyardApp(ContactBook(path), language="en")
seen = []
display = app._display


def displayed(screen, renderable):
    if renderable is not None and not app._batch_count and not seen:
        seen.append(FLOW in sys.modules)
    display(screen, renderable)


app._display = displayed


async def main():
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        seen.append(FLOW in sys.modules)


asyncio.run(main())
print(seen)
"""


def test_the_log_flow_is_imported_after_the_first_frame(tmp_path) -> None:
    """Today's first frame shows nothing of the log flow (its moment and tone bars, its
    form): its module is imported in the first pause, before a teacher's first Enter."""
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_MODULES, str(tmp_path / "school.json")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[False, True]"


async def test_the_start_parses_the_styles_once_before_the_first_frame(
    big_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch, counting
) -> None:
    """Textual parsed every style again for the first screen (its .tcss is new), then
    once more to refresh a theme that had not changed: the second one is left out."""
    parsed = counting(Stylesheet, "reparse")
    app = make_app(big_book)
    at_first_frame: list[int] = []
    display = app._display

    def displayed(screen, renderable) -> None:
        if renderable is not None and not app._batch_count and not at_first_frame:
            at_first_frame.append(parsed[0])
        display(screen, renderable)

    monkeypatch.setattr(app, "_display", displayed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert at_first_frame == [1]


@pytest.mark.parametrize(
    "cell",
    [
        " ",
        "✓",
        Text("○ Nguyễn"),
        Text("  Yılmaz-Øyen van der Berg"),
        Text("! never", style="bold"),
        Text("中文 名字"),
        Text("two\nlines"),
        Text(""),
    ],
)
def test_a_cell_is_as_wide_as_datatable_measures_it(cell) -> None:
    console = Console(width=100)
    assert cell_width(console, cell) == measure(console, cell, 1)


async def test_the_first_fill_sizes_its_columns_without_rich_measuring_each_cell(
    big_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch, counting
) -> None:
    from tui.widgets import family_picker

    measured = counting(family_picker, "measure")
    app = make_app(big_book)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one(FamilyTable).row_count > 0
        assert measured[0] == 0
