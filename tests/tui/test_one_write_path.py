"""One way for a screen to write (tui/writing.py): off the UI thread, the line translated
and plain, what was typed kept, the screens re-read; and a failed read has its own line."""

from __future__ import annotations

import ast
import errno
import os
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input
from tui_support import notes, settle

import tui
from storage import ContactBook, DataFileError
from tui.error_lines import app_error_line
from tui.screens.families import FamiliesScreen
from tui.screens.family_form import FamilyForm
from tui.screens.save_summary import SaveSummaryScreen
from tui.screens.settings import SettingsScreen
from tui.screens.welcome import WelcomeScreen

SIZE = (100, 30)
TUI = Path(tui.__file__).parent
HELPER = TUI / "writing.py"
NAME = "Gezin [de Jong]"


def full_disk(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def worker_uses(path: Path) -> list[str]:
    """Where a module starts a worker or calls back from one: `@work`, `run_worker(`…"""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                if getattr(target, "id", getattr(target, "attr", "")) == "work":
                    found.append(f"{path.name}:{node.lineno} @work {node.name}")
        elif isinstance(node, ast.Attribute) and node.attr in ("run_worker", "call_from_thread"):
            found.append(f"{path.name}:{node.lineno} {node.attr}")
    return found


def test_every_write_of_the_app_goes_through_the_one_helper() -> None:
    """Families, History, the timeline, Week, Welcome, Settings, the log flow, the
    summary dialog and undo: none starts its own worker; tui/writing.py does."""
    modules = [p for p in TUI.rglob("*.py") if p != HELPER]
    assert [use for path in modules for use in worker_uses(path)] == []
    assert worker_uses(HELPER)  # the test can see a worker when there is one


def test_every_screen_reaches_the_book_typed() -> None:
    untyped = [
        f"{path.relative_to(TUI)}:{number}"
        for path in TUI.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "app.book." in line or "app.book\n" in line + "\n"
    ]
    assert untyped == []


def test_a_failed_read_does_not_say_not_saved(tmp_path: Path) -> None:
    data = tmp_path / "schoolyard.json"
    lost = DataFileError(data, "lock lost", "datafile.lock_lost")
    assert "not saved" in app_error_line(lost, data)
    read = app_error_line(lost, data, reading=True)
    assert "not saved" not in read and str(data) in read
    odd = app_error_line(RuntimeError("?"), data, reading=True)
    assert "could not keep this entry" not in odd
    assert odd.startswith(f"Schoolyard could not read {data} just now.")


async def test_a_failed_summary_keeps_its_brackets_and_the_dialog(
    class_book: ContactBook, make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / NAME
    folder.mkdir()
    target = folder / "week48.json"

    def no_room(book, path, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr("tui.screens.save_summary.write_summary", no_room)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SaveSummaryScreen)
        dialog.query_one("#summary-path", Input).value = str(target)
        dialog.query_one("#summary-path", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is dialog  # what was chosen stays, to try another place
        assert dialog.query_one("#summary-path", Input).value == str(target)
        [line] = [n.message for n in app._notifications if n.severity == "error"]
    assert f"{target} was not saved" in line and "\\[" not in line


async def test_a_holiday_named_with_brackets_is_said_as_typed(
    class_book: ContactBook, make_app
) -> None:
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f6")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        screen.query_one("#holiday-from", Input).value = "9-11-2026"
        screen.query_one("#holiday-to", Input).value = "2026-11-20"
        screen.query_one("#holiday-name", Input).value = NAME
        screen.query_one("#holiday-name", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
    assert [h.name for h in class_book.holidays()] == [NAME]
    assert any(f"Added: {NAME} " in note for note in notes(app)), notes(app)


async def test_a_failed_holiday_keeps_what_was_typed(
    class_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(class_book, "add_holiday", full_disk)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f6")
        await pilot.pause()
        screen = app.screen
        typed = {"#holiday-from": "9-11-2026", "#holiday-to": "20-11-2026", "#holiday-name": NAME}
        for field, value in typed.items():
            screen.query_one(field, Input).value = value
        screen.query_one("#holiday-name", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert {f: screen.query_one(f, Input).value for f in typed} == typed
        assert any("disk is full" in n for n in notes(app)), notes(app)
    assert class_book.holidays() == []


async def test_a_failed_family_on_the_welcome_screen_opens_the_form_again(
    book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(book, "add_family", full_disk)
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("ctrl+n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FamilyForm)
        form.query_one("#name", Input).value = NAME
        form.query_one("#children", Input).value = "Lucas 5"
        form.query_one("#name", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        again = app.screen
        assert isinstance(again, FamilyForm) and again is not form
        assert again.query_one("#name", Input).value == NAME
        assert again.query_one("#children", Input).value == "Lucas 5"
        assert again.is_new
    assert book.families(include_archived=True) == []


async def test_a_failed_family_edit_opens_the_form_again_with_what_was_typed(
    class_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(class_book, "change_family", full_disk)
    before = class_book.path.read_bytes()
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, FamiliesScreen)
        await pilot.press("ctrl+o")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FamilyForm)
        form.query_one("#channel", Input).value = "telefoon [avond]"
        form.query_one("#name", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        again = app.screen
        assert isinstance(again, FamilyForm) and not again.is_new
        assert again.query_one("#channel", Input).value == "telefoon [avond]"
        assert any("disk is full" in n for n in notes(app)), notes(app)
    assert class_book.path.read_bytes() == before


def test_a_draft_family_is_added_whole(book: ContactBook) -> None:
    from storage import Child, Family

    draft = Family.new("Øyen", [Child("Sigrid", 5)], channel="app", first_contact=date(2026, 9, 1))
    assert draft.id is None
    added = book.add_family(draft)
    assert added.id is not None and book.family(added.id) == added
    assert (added.channel, added.first_contact) == ("app", date(2026, 9, 1))
