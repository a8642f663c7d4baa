"""The app's summary dialog: errors as one translated line naming the file or its folder,
the export written 0600 through the one export path and remembered for `forget`."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from lockdown import full_disk, read_only
from textual.widgets import Checkbox, Static
from tui_support import entered, open_summary_dialog

from storage import ContactBook
from tui.screens.save_summary import SaveSummaryScreen
from tui.screens.week import WeekScreen


async def save_to(app, pilot, dialog: SaveSummaryScreen, path: Path) -> str:
    await entered(app, pilot, dialog, {"#summary-path": str(path)})
    if app.screen is not dialog:  # saved and closed
        return ""
    return str(dialog.query_one("#summary-message", Static).render())


async def test_a_full_disk_is_said_naming_the_summary_file(
    class_book: ContactBook, make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "week48.json"
    full_disk(monkeypatch, only="week48")
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_summary_dialog(app, pilot)
        message = await save_to(app, pilot, dialog, target)
        assert app.screen is dialog  # stays open to try another place
    assert message.startswith(f"{target} was not saved: the disk holding {tmp_path} is full")
    assert ".tmp" not in message and "Errno" not in message
    assert not target.exists()


async def test_a_read_only_folder_is_said_in_dutch(
    class_book: ContactBook, make_app, tmp_path: Path
) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    app = make_app(class_book, language="nl")
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_summary_dialog(app, pilot)
        with read_only(folder):
            message = await save_to(app, pilot, dialog, folder / "week48.json")
    assert f"mag niet schrijven in de map {folder}" in message
    assert ".tmp" not in message


async def test_the_dialog_writes_through_the_export_path(
    class_book: ContactBook, make_app, tmp_path: Path
) -> None:
    stale = tmp_path / ".week48.json.0123456789ab.tmp"
    stale.write_text('{"name": "Yılmaz"}')
    target = tmp_path / "week48.json"
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_summary_dialog(app, pilot)
        dialog.query_one("#summary-pseudonymize", Checkbox).value = False
        await pilot.pause()
        await save_to(app, pilot, dialog, target)
        assert isinstance(app.screen, WeekScreen)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not stale.exists()
    (record,) = class_book.exports()
    assert (record.path, record.pseudonymized) == (target, False)
    assert len(record.family_ids) == 7
