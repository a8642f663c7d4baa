"""An unexpected error: one line naming a crash report, never a traceback with data.

Textual's own exit path prints `Traceback(show_locals=True)`: every frame's locals, so a
class list being imported appeared on screen whole. The app writes a report with the
exception's type and code frames only (0600) and exits with one translated line.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.worker import WorkerFailed
from tui_support import settle

from storage import ContactBook
from tui import cli_commands
from tui.cli import main
from tui.crash import ENV_VAR, describe
from tui.screens.today import TodayScreen

SECRET = "Yılmaz-Elif-groep-5"


@pytest.fixture
def reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "crash"
    monkeypatch.setenv(ENV_VAR, str(folder))
    return folder


def only_report(folder: Path) -> str:
    (report,) = folder.iterdir()
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    body = report.read_text()
    assert SECRET not in body and "Elif" not in body
    return body


def explode(*args, **kwargs):
    class_list = [SECRET] * 3  # noqa: F841 - a local Textual would have printed
    raise ValueError(f"bad row {SECRET}")


@pytest.mark.parametrize(
    ("owner", "name", "key", "raised"),
    [(TodayScreen, "_filter", "k", ValueError), (ContactBook, "undo", "ctrl+z", WorkerFailed)],
    ids=["in-a-handler", "in-a-worker"],
)
async def test_an_error_shows_one_line_and_no_data(
    class_book: ContactBook, make_app, reports: Path, monkeypatch, capfd, owner, name, key, raised
) -> None:
    monkeypatch.setattr(owner, name, explode)
    app = make_app(class_book)
    with pytest.raises(raised):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press(key)
            await settle(app, pilot)
    out, err = capfd.readouterr()
    assert SECRET not in out + err
    assert "class_list" not in out + err  # no locals at all
    body = only_report(reports)
    assert "ValueError" in body and "explode" in body
    assert "crash report" in app.crash_line and str(reports) in app.crash_line
    assert app.return_code == 1


def test_the_report_holds_types_and_frames_only() -> None:
    try:
        try:
            explode()
        except ValueError as exc:
            raise KeyError(SECRET) from exc
    except KeyError as exc:
        body = describe(exc)
    assert SECRET not in body
    assert "ValueError" in body and "KeyError" in body and "which led to:" in body
    assert "test_crash.py" in body and "explode" in body
    assert str(Path.home()) not in body


def test_cli_unexpected_error_is_one_line_and_exit_1(
    class_book: ContactBook, reports: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setattr(cli_commands, "list_families", explode)
    code = main(["families", "--data", str(class_book.path), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err and SECRET not in err
    assert str(reports) in err
    only_report(reports)


async def test_a_data_file_damaged_while_the_app_is_open_is_one_line_no_crash(
    class_book: ContactBook, make_app, reports: Path
) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        class_book.path.write_text('{"families": {"1": ', encoding="utf-8")  # cut off
        await pilot.press(*"yilmaz")
        await settle(app, pilot)
        for key in ("f3", "f4", "f5", "f6", "f2"):
            await pilot.press(key, *"sara")
            await settle(app, pilot)
        assert app.is_running
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert errors == [
            f"Schoolyard cannot use {class_book.path}: it is no longer valid JSON."
            " The file was left as it is."
        ]
    assert not reports.exists()  # nothing unexpected happened
    assert class_book.path.read_text(encoding="utf-8") == '{"families": {"1": '
