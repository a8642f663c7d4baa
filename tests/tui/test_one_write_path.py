"""One way for a screen to write (tui/writing.py): off the UI thread, the line translated
and plain, what was typed kept, the screens re-read; and a failed read has its own line."""

from __future__ import annotations

import ast
import errno
import os
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, Static
from tui_support import (
    entered,
    errors,
    notes,
    on_a_full_disk,
    open_contact_form,
    open_new_family_form,
    open_settings,
    open_summary_dialog,
    opened,
)

import tui
from storage import ContactBook, DataFileError
from tui.error_lines import app_error_line
from tui.screens.contact_form import ContactForm
from tui.screens.families import FamiliesScreen
from tui.screens.family_form import FamilyForm
from tui.screens.settings import SettingsScreen
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

    monkeypatch.setattr("tui.screens.save_summary.write_summary", no_room)
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


async def family_form_on_welcome(app, pilot) -> FamilyForm:
    """ctrl+n on the Welcome screen of an empty book: the form for a first family."""
    await opened(app, pilot, WelcomeScreen)
    return await opened(app, pilot, FamilyForm, key="ctrl+n")


async def first_family_form(app, pilot) -> FamilyForm:
    """ctrl+o on the first family of the Families screen (F3)."""
    await opened(app, pilot, FamiliesScreen, key="f3")
    return await opened(app, pilot, FamilyForm, key="ctrl+o")


# What is typed where, and the write that fails: the same family, contact or holiday
# must come back as typed, with the line said, and the file left as it was.
FAILED_SAVES = [
    pytest.param(
        "class_book",
        "add_family",
        open_new_family_form,
        {"#name": "Kaya", "#children": "Yusuf 4"},
        id="new family",
    ),
    pytest.param(
        "class_book",
        "change_family",
        first_family_form,
        {"#channel": "telefoon [avond]"},
        id="family edit",
    ),
    pytest.param(
        "book",
        "add_family",
        family_form_on_welcome,
        {"#name": NAME, "#children": "Lucas 5"},
        id="first family on welcome",
    ),
    pytest.param(
        "class_book",
        "change_contact",
        open_contact_form,
        {"#note": "Nieuwe notitie"},
        id="contact edit",
    ),
    pytest.param(
        "class_book",
        "add_holiday",
        open_settings,
        {"#holiday-from": "9-11-2026", "#holiday-to": "20-11-2026", "#holiday-name": NAME},
        id="holiday",
    ),
]


@pytest.mark.parametrize(("book_fixture", "method", "open_screen", "typed"), FAILED_SAVES)
async def test_a_failed_save_is_said_and_what_was_typed_comes_back(
    request: pytest.FixtureRequest,
    make_app,
    monkeypatch: pytest.MonkeyPatch,
    book_fixture: str,
    method: str,
    open_screen,
    typed: dict[str, str],
) -> None:
    book: ContactBook = request.getfixturevalue(book_fixture)
    before = (len(book.families(include_archived=True)), book.holidays())
    app = make_app(book)
    with on_a_full_disk(monkeypatch, book, method) as line:
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(app, pilot)
            await entered(app, pilot, screen, typed, focus=next(iter(typed)))
            assert errors(app)[0].startswith(line), errors(app)
            back = app.screen
            # A form comes back as a new one, ready to retry; Settings keeps its fields.
            assert type(back) is type(screen)
            assert (back is screen) == isinstance(screen, SettingsScreen)
            assert {f: back.query_one(f, Input).value for f in typed} == typed
            assert getattr(back, "is_new", None) == getattr(screen, "is_new", None)
            if isinstance(back, ContactForm):
                assert line in str(back.query_one("#contact-error", Static).content)
    assert (len(book.families(include_archived=True)), book.holidays()) == before


def test_a_draft_family_is_added_whole(book: ContactBook) -> None:
    from storage import Child, Family

    draft = Family.new("Øyen", [Child("Sigrid", 5)], channel="app", first_contact=date(2026, 9, 1))
    assert draft.id is None
    added = book.add_family(draft)
    assert added.id is not None and book.family(added.id) == added
    assert (added.channel, added.first_contact) == ("app", date(2026, 9, 1))
