"""A plain `schoolyard log` in the console script goes through tui/cli_quick.py: it
imports no records, dataclasses, argparse or book actions, and says, writes and exits
exactly as the full command (tui/cli_commands.py `log_contact`) does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from classbook import NOW, make_class
from cli_support import *  # noqa: F403 (the CLI fixtures: said_and_written)
from cli_support import FIXTURED_PROPERTY, FULL_PATH, loaded_at_exit
from hypothesis import given, settings
from hypothesis import strategies as st

from storage import Child, ContactBook, Family
from storage.actions.logdocs import QuickLog
from tui import cli, cli_commands, cli_quick


@pytest.fixture(scope="module")
def class_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("quick") / "klas.json"
    book = ContactBook(path, clock=lambda: NOW)
    make_class(book)
    archived = book.add_family(Family.new("Yılmaz", [Child("Aylin", 8)]))  # a namesake, archived
    book.set_active(archived.id, False)
    return path


def _console(argv: list[str]) -> str:
    """Run `schoolyard ARGV` as the console script does; its exit code, then the
    modules that matter, as seen just before `os._exit`."""
    return loaded_at_exit(argv, FULL_PATH)


def test_a_plain_log_imports_neither_dataclasses_nor_the_records(
    class_file: Path, tmp_path: Path
) -> None:
    data = tmp_path / "klas.json"
    shutil.copy(class_file, data)
    before = len(ContactBook(data).contacts())
    argv = ["log", "oyen", "ophalen", "+", "--note", "fijn", "--data", str(data)]
    # The first read of a copied file checks it against the schema (msgspec imports
    # dataclasses then); from then on the file carries this program's stamp.
    assert _console(argv).split()[0] == "0"
    assert _console(argv) == "0"
    assert len(ContactBook(data).contacts()) == before + 2


def test_what_is_not_plain_still_goes_the_full_way(class_file: Path, tmp_path: Path) -> None:
    data = tmp_path / "klas.json"
    shutil.copy(class_file, data)
    line = _console(["log", "nobody", "pickup", "--data", str(data)])
    assert line.split()[0] == "2" and "storage.records" in line  # the full command said it


FORMS = st.lists(
    st.sampled_from(
        [
            "1", "2", "9", "Yılmaz", "yilmaz", "van", "der", "Berg", "berg", "de Jong",
            "oyen", "nguyen", "pickup", "ophalen", "3", "0", "walkin", "+", "-", "=", "zorg",
            "+++", "--note", "Øyen zei: \x1b[31mrood", "--parent", "--not-reached",
            "--follow-up", "--at", "gisteren", "",
        ]
    ),
    max_size=6,
)  # fmt: skip


@settings(FIXTURED_PROPERTY, max_examples=80)
@given(argv=FORMS)
def test_the_quick_log_says_and_writes_what_the_full_command_does(
    argv: list[str], class_file: Path, said_and_written, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    monkeypatch.setattr(cli_quick, "open_quick", lambda p: QuickLog(p, clock=lambda: NOW))
    seen = []
    for quick in (True, False):
        monkeypatch.setattr(cli, "CONSOLE", quick)
        seen.append(said_and_written(cli.run, ["log", *argv], class_file))
    assert seen[0] == seen[1]


def test_the_everyday_forms_are_quick(
    class_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(cli, "CONSOLE", True)
    monkeypatch.setattr(cli_quick, "open_quick", lambda p: QuickLog(p, clock=lambda: NOW))
    monkeypatch.setattr(cli_commands, "log_contact", lambda args: pytest.fail("went full way"))
    data = tmp_path / "klas.json"
    shutil.copy(class_file, data)
    before = len(ContactBook(data).contacts())
    for argv in (
        ["yilmaz", "pickup"],  # the active Yılmaz, beside an archived namesake
        ["van", "der", "Berg", "ophalen", "-", "--note", "zorgen"],
        ["3", "walkin", "=", "--parent", "--follow-up"],
        ["Øyen", "phone", "--not-reached"],
    ):
        assert cli.run(["log", *argv, "--data", str(data)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and lines[0].startswith("Saved: Yılmaz · pick-up · + positive")
    assert len(ContactBook(data).contacts()) == before + 4
