"""Helpers the TUI tests share (a plain module: a second conftest.py would clash)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TypeVar

from textual import events
from textual.widgets import DataTable, Input

from tui.screens.confirm import ConfirmScreen
from tui.screens.contact_form import ContactForm
from tui.screens.families import FamiliesScreen
from tui.screens.family_form import FamilyForm
from tui.screens.history import HistoryScreen
from tui.screens.save_summary import SaveSummaryScreen
from tui.screens.settings import SettingsScreen
from tui.screens.week import WeekScreen

S = TypeVar("S")


async def settle(app, pilot) -> None:
    """Let thread workers finish and the screen catch up before asserting."""
    await app.workers.wait_for_complete()
    await pilot.pause()


def pressing(*keys: str, mode: str = ""):
    """A `snap_compare` run_before: to `mode` (if given), the keys, then workers done."""

    async def run_before(pilot) -> None:
        if mode:
            await pilot.app.switch_mode(mode)
        await pilot.press(*keys)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run_before


async def asked(app, pilot, *keys: str) -> ConfirmScreen:
    """The question the keys bring up, once what they started is done."""
    await pilot.press(*keys)
    await settle(app, pilot)
    assert isinstance(app.screen, ConfirmScreen), app.screen
    return app.screen


async def press_each(pilot, *keys: str) -> None:
    """Press the keys one at a time, letting the app catch up after each."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def type_into(pilot, field: Input, typed: str) -> None:
    """Type into a field the way a teacher does: focus it, clear it, type the letters."""
    field.focus()
    field.value = ""
    await pilot.press(*typed)


async def fill(pilot, form, field: str, typed: str) -> None:
    """`type_into` the form's field `#field`."""
    await type_into(pilot, form.query_one(f"#{field}", Input), typed)


async def entered(app, pilot, screen, values: dict[str, str], *, focus: str = "") -> None:
    """Each field (`{"#holiday-name": "Studiedag"}`) set as if pasted, the cursor in `focus`
    (else the last field), Enter, and the write done."""
    for field, value in values.items():
        screen.query_one(field, Input).value = value
    screen.query_one(focus or field, Input).focus()
    await pilot.press("enter")
    await settle(app, pilot)


def shown(widget) -> str:
    """The text a Static or Label shows, without its styles."""
    content = widget.content
    return getattr(content, "plain", str(content))


def todays(book) -> list:
    """Today's contacts in the book, the newest first."""
    return book.contacts_on(book.today())


def notes(app) -> list[str]:
    """The notifications shown so far."""
    return [n.message for n in app._notifications]


def errors(app) -> list[str]:
    """The error notifications shown so far."""
    return [n.message for n in app._notifications if n.severity == "error"]


def disk_full(monkeypatch, book, method: str) -> str:
    """Make `book.method` fail as a full disk does; returns the line the teacher must see."""

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(book, method, full)
    return f"The disk is full: {book.path} was not saved."


@contextmanager
def on_a_full_disk(monkeypatch, book, method: str) -> Iterator[str]:
    """`book.method` fails as a full disk does (`disk_full`), and the file is as it was
    when the block ends; yields the line the teacher must see."""
    line = disk_full(monkeypatch, book, method)
    before = book.path.read_bytes() if book.path.exists() else None
    yield line
    assert (book.path.read_bytes() if book.path.exists() else None) == before


async def opened(app, pilot, kind: type[S], *, key: str = "", mode: str = "") -> S:
    """The screen a key (`key="f5"`) or a mode (`mode="history"`) shows, checked to be `kind`;
    with neither, the screen the app starts on."""
    if mode:
        await app.switch_mode(mode)
    elif key:
        await pilot.press(key)
    await pilot.pause()
    assert isinstance(app.screen, kind), app.screen
    return app.screen


async def open_families(app, pilot) -> FamiliesScreen:
    return await opened(app, pilot, FamiliesScreen, mode="families")


async def open_history(app, pilot) -> HistoryScreen:
    return await opened(app, pilot, HistoryScreen, mode="history")


async def open_week(app, pilot) -> WeekScreen:
    """F5, as a teacher opens it."""
    return await opened(app, pilot, WeekScreen, key="f5")


async def open_summary_dialog(app, pilot) -> SaveSummaryScreen:
    """The summary dialog, opened from the Week screen with ctrl+s."""
    await open_week(app, pilot)
    return await opened(app, pilot, SaveSummaryScreen, key="ctrl+s")


async def open_settings(app, pilot) -> SettingsScreen:
    """F6, as a teacher opens it."""
    return await opened(app, pilot, SettingsScreen, key="f6")


async def put_cursor_on(screen: FamiliesScreen, pilot, name: str) -> None:
    """The Families table's cursor on the row of family `name` (as the row shows it)."""
    table = screen.query_one("#families-table", DataTable)
    names = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
    table.focus()
    table.move_cursor(row=names.index(name), animate=False)
    await pilot.pause()


async def on_family(app, pilot, name: str) -> FamiliesScreen:
    """The Families screen with the cursor on the row of family `name`."""
    screen = await open_families(app, pilot)
    await put_cursor_on(screen, pilot, name)
    return screen


async def open_family_form(app, pilot, name: str) -> FamilyForm:
    """The form of family `name`, opened from the Families screen with ctrl+o."""
    await on_family(app, pilot, name)
    return await opened(app, pilot, FamilyForm, key="ctrl+o")


async def open_new_family_form(app, pilot) -> FamilyForm:
    """The empty form for a new family, opened from the Families screen with ctrl+n."""
    await open_families(app, pilot)
    return await opened(app, pilot, FamilyForm, key="ctrl+n")


async def open_contact_form(app, pilot) -> ContactForm:
    """The form of the newest contact, opened from History with ctrl+o."""
    await open_history(app, pilot)
    return await opened(app, pilot, ContactForm, key="ctrl+o")


# The key names a terminal driver gives these characters (what Textual's bindings use).
KEY_NAMES = {"+": "plus", "-": "minus", "=": "equals_sign", " ": "space", ",": "comma"}
CHARACTERS = {"enter": "\r", "tab": "\t", "space": " ", "escape": "\x1b"}


def key_event(key: str) -> events.Key:
    """`a` → Key('a', 'a'); `+` → Key('plus', '+'); `enter` → Key('enter', '\\r')."""
    if len(key) == 1:
        return events.Key(KEY_NAMES.get(key, key), key)
    return events.Key(key, CHARACTERS.get(key))


NAMED_KEYS = {*CHARACTERS, "shift+tab"}


def keys_of(*parts: str) -> list[str]:
    """`keys_of("okaf", "enter", "5nf-")` → ['o', 'k', 'a', 'f', 'enter', '5', 'n', 'f', '-']:
    a named key whole, any other text letter by letter."""
    keys: list[str] = []
    for part in parts:
        keys += [part] if part in NAMED_KEYS else list(part)
    return keys


async def burst(app, pilot, *keys: str) -> None:
    """Post every key to the app before it handles the first (as a fast terminal's driver
    does), then let it catch up."""
    for key in keys:
        app.post_message(key_event(key))
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def slowly(app, pilot, *keys: str) -> None:
    """One key every 50 ms, as a teacher types when not in a hurry."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause(0.05)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def pressed(app, pilot, *keys: str) -> None:
    """All keys in one `pilot.press` call."""
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause()


SPEEDS = {"burst": burst, "press": pressed, "slow": slowly}


def screen_lines(app) -> list[str]:
    """The screen as plain text, one string a line (what the terminal shows)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


@asynccontextmanager
async def started(make_app, book, size: tuple[int, int] = (100, 30), **options):
    """The app on `book`, run and settled (first paint, the first reads done): (app, pilot)."""
    app = make_app(book, **options)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        yield app, pilot
