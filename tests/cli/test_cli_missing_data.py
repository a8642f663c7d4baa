"""Finding 10: a command that reads, pointed at a data file that is not there, fails loudly.

A reminder job pointed at a wrong path used to print nothing and exit 0. Now every
command that only reads, or needs a family in the file (`forget`, `log`: it said "no
family matches" there), exits 1 with one line naming the file and what to do; `import`,
`holiday add` and the app's welcome still start a new data file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook

READING = [
    ["families"],
    ["neglected"],
    ["neglected", "--json"],
    ["export"],
    ["export", "--pseudonymize"],
    ["holiday", "list"],
    ["holiday", "remove", "1"],
    ["forget", "yilmaz", "--yes"],
    ["log", "yilmaz", "pickup"],
    ["log", "yilmaz", "pickup", "+", "--note", "fijn gesprek"],
    ["log", "yilmaz", "pickup", "--at", "gisteren 15:10"],
]


@pytest.fixture
def missing(tmp_path: Path) -> Path:
    return tmp_path / "wrong" / "path.json"


def assert_names_the_missing_file(result, missing: Path) -> str:
    assert result.code == 1, result
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert str(missing) in lines[0]
    return lines[0]


@pytest.mark.parametrize("argv", READING, ids=" ".join)
def test_a_reading_command_on_a_missing_file_exits_1_naming_it(
    run, missing: Path, argv: list[str]
) -> None:
    line = assert_names_the_missing_file(run(*argv, data=missing), missing)
    assert "--data" in line and "SCHOOLYARD_DATA" in line and "import" in line
    assert not missing.exists() and not missing.parent.exists()


@pytest.mark.parametrize("argv", READING, ids=" ".join)
def test_a_link_to_a_missing_file_is_said_as_a_link(
    run, tmp_path: Path, missing: Path, argv: list[str]
) -> None:
    # Not "there is no data file": the teacher's link (a synced folder, a USB stick)
    # points at a file that is not there, and that is what she must fix.
    link = tmp_path / "schoolyard.json"
    link.symlink_to(missing)
    result = run(*argv, data=link)
    assert result.code == 1, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and str(missing) in lines[0] and "link" in lines[0], result.err
    assert link.is_symlink() and not missing.exists() and not missing.parent.exists()


def test_an_export_to_a_file_on_a_missing_data_file(run, missing: Path, tmp_path: Path) -> None:
    out = tmp_path / "week48.json"
    assert_names_the_missing_file(run("export", "--out", str(out), data=missing), missing)
    assert not out.exists()


def test_in_dutch(run, missing: Path) -> None:
    line = assert_names_the_missing_file(run("--lang", "nl", "neglected", data=missing), missing)
    assert line.startswith("Er is geen gegevensbestand")


def test_a_cron_job_with_a_wrong_path_hears_it(process, missing: Path, make_env) -> None:
    done = process("--data", str(missing), "neglected")
    assert_names_the_missing_file(done, missing)
    done = process("neglected", env=make_env(SCHOOLYARD_DATA=str(missing)))
    assert_names_the_missing_file(done, missing)


def test_writing_commands_still_start_a_data_file(run, tmp_path: Path, fixture_path, clock) -> None:
    fresh = tmp_path / "new" / "schoolyard.json"
    result = run("holiday", "add", "2026-12-21", "2027-01-01", "Kerstvakantie", data=fresh)
    assert result.code == 0, result.err
    assert fresh.exists()

    imported = tmp_path / "imported" / "schoolyard.json"
    result = run("import", str(fixture_path("gezinnen.csv")), data=imported)
    assert result.code == 0, result.err
    family = ContactBook(imported, clock=clock).families()[0]
    assert run("log", str(family.id), "pickup", data=imported).code == 0
    assert json.loads(run("neglected", "--json", data=imported).out) is not None


def test_the_app_still_opens_on_a_missing_file(run, missing: Path, monkeypatch) -> None:
    """No command: the app's welcome screen starts the data file (not opened here)."""
    from tui import cli

    opened = []
    monkeypatch.setattr(cli, "run_app", lambda book, **kw: opened.append(book.path) or 0)
    assert run(data=missing).code == 0
    assert opened == [missing]
