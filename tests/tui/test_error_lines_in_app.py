"""Every storage error the app shows is one translated line naming the data file.

In the Dutch app, with a read-only data file (0400: refused by its mode bits, also as
root) and with a full disk (fsync fails with ENOSPC), each write the app makes says so
in Dutch, names the data file — never a temp or lock file — and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lockdown import full_disk
from textual.widgets import Checkbox, Input
from tui_support import errors, on_family, open_family_form, press_each, settle

from storage import ContactBook, Moment
from tui.screens.contact_form import ContactForm
from tui.screens.save_summary import SaveSummaryScreen

SIZE = (100, 30)

ENGLISH = ("not saved", "Could not", "No space", "Permission denied", "read-only", "disk is")


async def log_on_today(app, pilot, book: ContactBook) -> None:
    await pilot.press(*"oyen", "enter", "1", "+", "enter")


async def edit_in_history(app, pilot, book: ContactBook) -> None:
    await press_each(pilot, "f4", "ctrl+o")
    form = app.screen
    assert isinstance(form, ContactForm)
    form.query_one("#follow-up", Checkbox).value = True
    await pilot.press("enter")


async def delete_in_history(app, pilot, book: ContactBook) -> None:
    await press_each(pilot, "f4", "delete", "j")


async def edit_a_family(app, pilot, book: ContactBook) -> None:
    form = await open_family_form(app, pilot, "Øyen")
    form.query_one("#channel", Input).value = "WhatsApp"
    await pilot.press("enter")


async def archive_a_family(app, pilot, book: ContactBook) -> None:
    await on_family(app, pilot, "Øyen")
    await pilot.press("ctrl+r")


async def undo(app, pilot, book: ContactBook) -> None:
    await pilot.press("ctrl+z")  # the log made before the file was locked


async def plan_on_week(app, pilot, book: ContactBook) -> None:
    await press_each(pilot, "f5", "ctrl+b")


async def window_in_settings(app, pilot, book: ContactBook) -> None:
    await press_each(pilot, "f6")
    await pilot.pause()
    window = app.screen.query_one("#window", Input)
    window.focus()
    window.value = "15"
    await pilot.press("enter")


async def save_a_summary(app, pilot, book: ContactBook) -> None:
    await press_each(pilot, "f5", "ctrl+s")
    dialog = app.screen
    assert isinstance(dialog, SaveSummaryScreen)
    path = dialog.query_one("#summary-path", Input)
    path.value = str(book.path.parent / "week48.json")
    path.focus()
    await pilot.press("enter")


WRITES = {
    "log": log_on_today,
    "history edit": edit_in_history,
    "history delete": delete_in_history,
    "family edit": edit_a_family,
    "archive": archive_a_family,
    "undo": undo,
    "plan": plan_on_week,
    "settings window": window_in_settings,
    "save summary": save_a_summary,
}

EXPECTED = {
    # The data file named, why in Dutch, and what to do.
    "read-only": "{file} is niet bewaard: het bestand is alleen-lezen",
    "full disk": "{file} is niet bewaard: de schijf met {folder} is vol",
}


@pytest.mark.parametrize("failure", sorted(EXPECTED))
@pytest.mark.parametrize("write", list(WRITES))
async def test_a_failed_write_is_said_in_dutch_naming_the_data_file(
    class_book: ContactBook,
    make_app,
    monkeypatch: pytest.MonkeyPatch,
    write: str,
    failure: str,
) -> None:
    path: Path = class_book.path
    if write == "undo":
        oyen = class_book.find_families("oyen")[0]
        class_book.log(oyen.id, Moment.PHONE)
    before = path.read_bytes()
    if failure == "read-only":
        path.chmod(0o400)
    else:
        full_disk(monkeypatch)
    app = make_app(class_book, language="nl")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await WRITES[write](app, pilot, class_book)
            await settle(app, pilot)
            said = errors(app)
    finally:
        path.chmod(0o600)
        monkeypatch.undo()
    expected = EXPECTED[failure].format(file=path, folder=path.parent)
    assert any(line.startswith(expected) for line in said), said
    for line in said:
        assert ".tmp" not in line and ".lock" not in line, line
        assert not any(word in line for word in ENGLISH), line
    assert path.read_bytes() == before
    assert not [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
