"""`schoolyard year …` and `schoolyard backup …` from the shell (issues 9 and 10)."""

from __future__ import annotations

import builtins
import json
import sys
from pathlib import Path

import pytest
from classbook import NOW
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook, Moment
from storage.demo import write_demo


@pytest.fixture
def two_years(book_path: Path) -> Path:
    write_demo(book_path, families=10, weeks=30, seed=11, today=NOW)
    return book_path


def test_year_close_says_what_moved_and_where(run, two_years: Path, clock) -> None:
    old = sum(
        1
        for c in ContactBook(two_years, clock=clock).contacts()
        if c.at.year == 2026 and c.at.month < 8
    )
    result = run("year", "close")
    assert result.code == 0, result.err
    archive = two_years.with_name("schoolyard-2025-2026.json")
    assert result.out == (
        f"{old} contacts, 0 plans and 0 reflections of 2025-2026 are now in {archive}.\n"
    )
    again = run("year", "close")
    assert again.out.startswith("Nothing from before Sat 1 Aug 2026 to archive")
    listed = run("year", "list")
    assert listed.out.splitlines()[0] == f"2025-2026  {old} contacts  {archive}"
    assert "Retention: not set" in listed.out


def test_year_close_in_dutch(run, two_years: Path) -> None:
    result = run("--lang", "nl", "year", "close")
    assert result.code == 0, result.err
    assert "contacten, 0 plannen en 0 reflecties van 2025-2026 staan nu in" in result.out


def test_year_close_archives_families_outside_the_new_class(run, class_book: ContactBook) -> None:
    result = run("year", "close", "--archive-families", "5")
    assert result.code == 0, result.err
    assert "families with no child in group 5 archived" in result.out
    assert all(5 in f.groups for f in class_book.families())
    assert run("year", "close", "--archive-families", "vijf").code == 2


def test_retention_is_shown_and_set(run, class_book: ContactBook) -> None:
    assert "not set" in run("year", "retention").out
    assert run("year", "retention", "2").out == (
        "Retention: archives are kept for 2 school year(s).\n"
    )
    assert class_book.retention() == 2
    bad = run("year", "retention", "0")
    assert bad.code == 2 and "not a number of school years" in bad.err


def test_the_school_year_start_is_shown_and_set(run, class_book: ContactBook) -> None:
    assert run("year", "start").out == "The school year starts on 1 Aug.\n"
    assert run("year", "start", "08-15").out == "The school year starts on 15 Aug.\n"
    assert class_book.school_year_start() == (8, 15)
    assert run("year", "start", "15-08").code == 2


def archives(folder: Path, *years: int) -> list[Path]:
    made = []
    for year in years:
        path = folder / f"schoolyard-{year}-{year + 1}.json"
        path.write_text('{"families": {}}', encoding="utf-8")
        made.append(path)
    return made


def test_purge_names_and_asks_and_deletes_only_what_it_named(
    run, class_book: ContactBook, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, older, kept = archives(book_path.parent, 2023, 2022, 2025)
    class_book.set_retention(2)
    refused = run("year", "purge")  # no terminal, no --yes
    assert refused.code == 2 and "--yes" in refused.err
    assert old.exists() and older.exists()
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(builtins, "input", lambda prompt: "n")
    kept_answer = run("year", "purge")
    assert kept_answer.code == 1 and old.exists() and older.exists()
    assert f"2022-2023  {older}" in kept_answer.out and f"2023-2024  {old}" in kept_answer.out
    assert str(kept) not in kept_answer.out
    monkeypatch.setattr(builtins, "input", lambda prompt: "j")
    done = run("year", "purge")
    assert done.code == 0
    assert not old.exists() and not older.exists() and kept.exists()
    assert done.out.splitlines()[-2:] == [f"Deleted: {older}", f"Deleted: {old}"]


def test_purge_without_retention_deletes_nothing(run, class_book: ContactBook, book_path) -> None:
    (path,) = archives(book_path.parent, 2019)
    result = run("year", "purge", "--yes")
    assert result.code == 0 and "Retention: not set" in result.out and path.exists()


def test_backup_list_and_restore(run, two_years: Path, book_path: Path, clock) -> None:
    assert run("backup", "list").out.startswith("There are no backups yet")
    book = ContactBook(book_path, clock=clock)
    family = book.families()[0].id
    before = book_path.read_bytes()
    book.log(family, Moment.PHONE)
    day = NOW.date().isoformat()
    listed = run("backup", "list")
    assert listed.out.startswith(f"{day}  ")
    refused = run("backup", "restore", day)
    assert refused.code == 2 and book_path.read_bytes() != before
    done = run("backup", "restore", day, "--yes")
    assert done.code == 0, done.err
    assert book_path.read_bytes() == before
    assert "The file as it was is in" in done.out
    assert len(run("backup", "list").out.splitlines()) == 2
    unknown = run("backup", "restore", "2001-01-01", "--yes")
    assert unknown.code == 2 and "No backup ‘2001-01-01’" in unknown.err


def test_forget_names_every_file_it_changed(run, book_path: Path, clock) -> None:
    write_demo(book_path, families=6, weeks=30, seed=5, today=NOW)
    book = ContactBook(book_path, clock=clock)
    book.close_year()
    family = book.archived_contacts()[0].family_id
    name = book.family(family).name
    result = run("forget", str(family), "--yes")
    assert result.code == 0, result.err
    archive = book_path.with_name("schoolyard-2025-2026.json")
    backup = book_path.with_name("schoolyard-backups") / f"schoolyard-{NOW.date()}.json"
    line = next(x for x in result.out.splitlines() if x.startswith("Erased from these files:"))
    assert line == f"Erased from these files: {book_path}, {archive}, {backup}"
    for path in (book_path, archive, backup):
        tables = json.loads(path.read_bytes())  # still a whole file
        assert str(family) not in tables["families"]
        assert all(doc["family"] != family for doc in tables["contacts"].values())
    assert name


def test_a_damaged_archive_gives_one_line_and_changes_nothing(run, two_years: Path) -> None:
    archive = two_years.with_name("schoolyard-2025-2026.json")
    archive.write_text("{damaged", encoding="utf-8")
    before = two_years.read_bytes()
    result = run("year", "close")
    assert result.code == 1
    assert len(result.err.splitlines()) == 1 and str(archive) in result.err
    assert "Traceback" not in result.err
    assert two_years.read_bytes() == before and archive.read_text() == "{damaged"


def test_a_linked_backup_folder_is_named_and_nothing_is_restored(
    run, two_years: Path, book_path: Path, clock, tmp_path: Path
) -> None:
    book = ContactBook(book_path, clock=clock)
    book.log(book.families()[0].id, Moment.PHONE)
    folder = book_path.with_name("schoolyard-backups")
    moved = tmp_path / "elders"
    folder.rename(moved)
    folder.symlink_to(moved)
    before = book_path.read_bytes()
    result = run("--lang", "nl", "backup", "restore", NOW.date().isoformat(), "--yes")
    assert result.code == 1
    lines = result.err.splitlines()
    assert len(lines) == 2 and "koppeling of een bestand" in lines[1], result.err
    assert book_path.read_bytes() == before


def test_log_does_not_pay_for_archives_at_start_up() -> None:
    import subprocess

    code = (
        "import sys, tui.cli; tui.cli.build_parser('log'); "
        "print(sorted(m for m in sys.modules if m in "
        "('tui.cli_years', 'storage.actions.archived', 'secrets')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
