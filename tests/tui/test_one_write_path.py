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
from tui_support import (
    entered,
    notes,
    on_a_full_disk,
    open_settings,
    open_summary_dialog,
    opened,
)

import tui
from storage import ContactBook, DataFileError
from tui.error_lines import app_error_line
from tui.screens.families import FamiliesScreen
from tui.screens.family_form import FamilyForm
from tui.screens.welcome import WelcomeScreen

SIZE = (100, 30)
TUI = Path(tui.__file__).parent
HELPER = TUI / "writing.py"
NAME = "Gezin [de Jong]"


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

    monkeypatch.setattr("tui.screens.save_summary.write_export", no_room)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_summary_dialog(app, pilot)
        await entered(app, pilot, dialog, {"#summary-path": str(target)})
        assert app.screen is dialog  # what was chosen stays, to try another place
        assert dialog.query_one("#summary-path", Input).value == str(target)
        [line] = [n.message for n in app._notifications if n.severity == "error"]
    assert f"{target} was not saved" in line and "\\[" not in line


async def test_a_holiday_named_with_brackets_is_said_as_typed(
    class_book: ContactBook, make_app
) -> None:
    typed = {"#holiday-from": "9-11-2026", "#holiday-to": "2026-11-20", "#holiday-name": NAME}
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await entered(app, pilot, await open_settings(app, pilot), typed)
    assert [h.name for h in class_book.holidays()] == [NAME]
    assert any(f"Added: {NAME} " in note for note in notes(app)), notes(app)


async def test_a_failed_holiday_keeps_what_was_typed(
    class_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = {"#holiday-from": "9-11-2026", "#holiday-to": "20-11-2026", "#holiday-name": NAME}
    app = make_app(class_book)
    with on_a_full_disk(monkeypatch, class_book, "add_holiday"):
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_settings(app, pilot)
            await entered(app, pilot, screen, typed)
            assert {f: screen.query_one(f, Input).value for f in typed} == typed
            assert any("disk is full" in n for n in notes(app)), notes(app)
    assert class_book.holidays() == []


async def test_a_failed_family_on_the_welcome_screen_opens_the_form_again(
    book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(book)
    with on_a_full_disk(monkeypatch, book, "add_family"):
        async with app.run_test(size=SIZE) as pilot:
            await opened(app, pilot, WelcomeScreen)
            form = await opened(app, pilot, FamilyForm, key="ctrl+n")
            typed = {"#name": NAME, "#children": "Lucas 5"}
            await entered(app, pilot, form, typed, focus="#name")
            again = app.screen
            assert isinstance(again, FamilyForm) and again is not form
            assert {f: again.query_one(f, Input).value for f in typed} == typed
            assert again.is_new
    assert book.families(include_archived=True) == []


async def test_a_failed_family_edit_opens_the_form_again_with_what_was_typed(
    class_book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(class_book)
    with on_a_full_disk(monkeypatch, class_book, "change_family"):
        async with app.run_test(size=SIZE) as pilot:
            await opened(app, pilot, FamiliesScreen, key="f3")
            form = await opened(app, pilot, FamilyForm, key="ctrl+o")
            await entered(app, pilot, form, {"#channel": "telefoon [avond]"}, focus="#name")
            again = app.screen
            assert isinstance(again, FamilyForm) and not again.is_new
            assert again.query_one("#channel", Input).value == "telefoon [avond]"
            assert any("disk is full" in n for n in notes(app)), notes(app)


def test_a_draft_family_is_added_whole(book: ContactBook) -> None:
    from storage import Child, Family

    draft = Family.new("Øyen", [Child("Sigrid", 5)], channel="app", first_contact=date(2026, 9, 1))
    assert draft.id is None
    added = book.add_family(draft)
    assert added.id is not None and book.family(added.id) == added
    assert (added.channel, added.first_contact) == ("app", date(2026, 9, 1))
