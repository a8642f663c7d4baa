"""Forget in the app says, like `schoolyard forget`, that summaries written before still
hold the name — and which files, when the data file remembers them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Static
from tui_support import notes, on_family, settle

from storage import ContactBook
from tui import cli, cli_commands
from tui.screens.forget import ForgetScreen

SIZE = (100, 40)


@pytest.fixture
def export(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """`export(book, path, "--pseudonymize")`: a summary written by `schoolyard export
    --out`, which registers it in the data file as the Week screen's save dialog does."""

    def write(book: ContactBook, path: Path, *options: str) -> Path:
        monkeypatch.setattr(cli_commands, "open_book", lambda p: ContactBook(p, clock=book.now))
        assert cli.main(["export", "--out", str(path), "--data", str(book.path), *options]) == 0
        return path

    return write


async def test_forget_names_the_summaries_that_still_hold_the_family(
    class_book: ContactBook, make_app, tmp_path: Path, export
) -> None:
    named = export(class_book, tmp_path / "week48.json")
    export(class_book, tmp_path / "week48-codes.json", "--pseudonymize")
    gone = export(class_book, tmp_path / "week47.json")
    gone.unlink()  # moved away by the teacher: still said, as no longer there
    stale = tmp_path / ".week48.json.0123456789ab.tmp"  # left by a killed export
    stale.write_text('{"families": ["Yılmaz"]}', encoding="utf-8")
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await on_family(app, pilot, "Yılmaz")
        await pilot.press("delete")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ForgetScreen)
        asked = str(dialog.query_one("#forget-message", Static).content)
        assert "Summaries exported before still hold Yılmaz" in asked
        assert f"{named} (Wed 25 Nov 2026)" in asked
        assert f"{gone} (Wed 25 Nov 2026, no longer there)" in asked
        assert "1 pseudonymized summary holds the family only as a code." in asked
        await pilot.press(*"yilmaz", "enter")
        await settle(app, pilot)
        said = next(n for n in notes(app) if n.startswith("Family Yılmaz and"))
    assert "Summaries exported before still hold Yılmaz" in said
    assert str(named) in said and "1 pseudonymized" in said
    assert not stale.exists()  # swept, as the CLI's forget sweeps
    assert named.exists()  # the teacher's own file: named, never deleted behind her back
