"""`schoolyard forget FAMILY`: confirmation, and no trace of the family left in the raw file."""

from __future__ import annotations

import builtins
import sys
from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook, Family

TRACES = ["Yılmaz", "Elif", "Emre", "Ayşe", "trots op tekening"]


def assert_no_trace(folder: Path) -> None:
    # Backups and archives too: every file Schoolyard keeps beside the data file.
    for path in (p for p in folder.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        for trace in TRACES:
            assert trace.encode("utf-8") not in raw, (path.name, trace)
            escaped = trace.encode("ascii", "backslashreplace").replace(b"\\x", b"\\u00")
            assert escaped not in raw, (path.name, trace)


def test_forget_with_yes(run, class_book: ContactBook, book_path: Path) -> None:
    yilmaz = class_book.find_families("yilmaz")[0]
    contacts = len(class_book.contacts(family_id=yilmaz.id))
    assert contacts == 1
    result = run("forget", "yilmaz", "--yes")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "Erased: Yılmaz (Elif, Emre) and 1 contacts."
    assert class_book.find_families("yilmaz") == []
    assert class_book.contacts(family_id=yilmaz.id) == []
    assert len(class_book.families()) == 6
    assert "Yılmaz".encode() not in book_path.read_bytes()
    assert_no_trace(book_path.parent)


def test_forget_right_after_a_log_leaves_no_undo_trace(
    run, class_book: ContactBook, book_path: Path
) -> None:
    assert run("log", "elif", "pickup", "--note", "trots op tekening").code == 0
    assert run("forget", "elif", "--yes").code == 0
    assert_no_trace(book_path.parent)


def test_without_a_terminal_it_needs_yes(run, class_book: ContactBook, book_path: Path) -> None:
    before = book_path.read_bytes()
    result = run("forget", "yilmaz")
    assert result.code == 2
    assert "--yes" in result.err
    assert book_path.read_bytes() == before


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch):
    """stdin is a terminal; `answers` are what the teacher types at the prompt."""
    answers: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(builtins, "input", lambda prompt="": answers.pop(0))
    return answers


def test_at_a_terminal_the_name_confirms(run, class_book: ContactBook, terminal) -> None:
    terminal.append("yilmaz")  # typed on a plain keyboard
    result = run("forget", "elif")
    assert result.code == 0
    assert "1 contacts" in result.err + result.out
    assert class_book.find_families("yilmaz") == []


def test_at_a_terminal_another_answer_keeps_it(
    run, class_book: ContactBook, book_path: Path, terminal
) -> None:
    before = book_path.read_bytes()
    terminal.append("y")
    result = run("forget", "yilmaz")
    assert result.code == 1
    assert "Not erased" in result.err
    assert book_path.read_bytes() == before


def test_ambiguous_forget_erases_nothing(run, class_book: ContactBook, book_path: Path) -> None:
    before = book_path.read_bytes()
    result = run("forget", "de", "jong", "--yes")
    assert result.code == 2
    assert "Lucas" in result.err and "Noor" in result.err
    assert book_path.read_bytes() == before


def test_forget_by_id_in_dutch(run, class_book: ContactBook) -> None:
    noor = class_book.find_families("noor")[0]
    result = run("--lang", "nl", "forget", str(noor.id), "--yes")
    assert result.out.splitlines()[0] == "Gewist: de Jong (Noor) en 0 contacten."
    assert [f.child_names for f in class_book.families() if f.name == "de Jong"] == ["Lucas"]


# -- finding 9: forget says where summaries with the name went, and sweeps their temps ---------


def test_forget_says_that_summaries_still_hold_the_name_and_where(
    run, class_book: ContactBook, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    named = folder / "week47.json"
    moved = folder / "week46.json"
    coded = folder / "week48-pseudo.json"
    assert run("export", "--out", str(moved)).code == 0
    assert run("export", "--out", str(named)).code == 0
    assert run("export", "--out", str(coded), "--pseudonymize").code == 0
    moved.unlink()
    killed = folder / ".week47.json.0123456789ab.tmp"  # what a killed export left
    killed.write_text('{"name": "Yılmaz"}')

    result = run("forget", "yilmaz", "--yes")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Erased: Yılmaz (Elif, Emre) and 1 contacts."
    assert "Summaries exported before still hold Yılmaz" in lines[1]
    assert lines[2] == "Written with the name in them to:"
    assert lines[3] == f"  {named} (Wed 25 Nov 2026)"
    assert lines[4] == f"  {moved} (Wed 25 Nov 2026, no longer there)"
    assert lines[5] == "1 pseudonymized summary holds the family only as a code."
    assert not killed.exists()  # swept: the exports' folder is known


def test_forget_names_only_the_summaries_that_held_the_family(
    run, class_book: ContactBook, tmp_path: Path
) -> None:
    before = tmp_path / "before.json"
    assert run("export", "--out", str(before)).code == 0
    class_book.add_family(Family.new("Wiśniewska", []))
    after = tmp_path / "after.json"
    assert run("export", "--out", str(after)).code == 0

    out = run("forget", "wisniewska", "--yes").out
    assert str(after) in out and str(before) not in out
    out = run("--lang", "nl", "forget", "oyen", "--yes").out
    assert "Samenvattingen die eerder zijn geëxporteerd, bevatten Øyen nog" in out
    assert str(before) in out and str(after) in out


def test_without_known_summaries_forget_still_warns(run, class_book: ContactBook) -> None:
    assert run("export").code == 0  # to the screen: where it went is not known
    lines = run("forget", "yilmaz", "--yes").out.splitlines()
    assert len(lines) == 3
    assert "Summaries exported before still hold Yılmaz" in lines[1]
    assert lines[2].startswith("Erased from these files: ")


def test_an_export_named_after_the_family_leaves_no_trace_after_forget(
    run, class_book: ContactBook, book_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "elsewhere" / "gesprek-yilmaz.json"
    out.parent.mkdir()
    assert run("export", "--out", str(out)).code == 0
    assert b"gesprek-yilmaz" in book_path.read_bytes()
    result = run("forget", "yilmaz", "--yes")
    assert str(out) in result.out
    assert b"yilmaz" not in book_path.read_bytes().lower()
    out.unlink()
    out.parent.rmdir()
    assert_no_trace(book_path.parent)
