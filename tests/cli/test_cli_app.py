"""`schoolyard`, `schoolyard --demo` and `schoolyard demo --out`: which file the app opens."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook
from tui import cli

pytest.importorskip("storage.demo")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """What run_app was asked to open, instead of opening it."""
    calls: list[dict] = []

    def fake_run_app(book: ContactBook, *, language: str, demo: bool = False) -> int:
        calls.append(
            {
                "path": book.path,
                "language": language,
                "demo": demo,
                "exists": book.path.exists(),
                "families": len(book.families()),
            }
        )
        return 0

    monkeypatch.setattr(cli, "run_app", fake_run_app)
    return calls


def test_schoolyard_opens_the_data_file(run, class_book: ContactBook, book_path, opened) -> None:
    assert run().code == 0
    assert opened == [
        {"path": book_path, "language": "en", "demo": False, "exists": True, "families": 7}
    ]


def test_schoolyard_opens_the_environment_file(run, tmp_path, monkeypatch, opened) -> None:
    path = tmp_path / "elsewhere" / "klas.json"
    monkeypatch.setenv("SCHOOLYARD_DATA", str(path))
    assert run("--lang", "nl", data=None).code == 0
    assert opened[0]["path"] == path
    assert opened[0]["language"] == "nl"
    assert not path.exists()  # opening creates nothing; the first write does


def test_the_locale_chooses_the_app_language(run, book, monkeypatch, opened) -> None:
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    run()
    assert opened[0]["language"] == "nl"


def test_a_damaged_file_is_named_before_the_app_opens(run, book_path: Path, opened) -> None:
    book_path.write_bytes(b'{"families": {"1": {"name": "Kaya"}}, "contacts": {"1": {"fam')
    before = book_path.read_bytes()
    result = run()
    assert result.code == 1
    assert str(book_path) in result.err
    assert opened == []
    assert book_path.read_bytes() == before


def test_demo_opens_a_temporary_class(run, class_book, book_path, monkeypatch, opened) -> None:
    monkeypatch.setenv("SCHOOLYARD_DATA", str(book_path))
    before = book_path.read_bytes()
    assert run("--demo", data=None).code == 0
    [call] = opened
    assert call["demo"] is True
    assert call["path"] != book_path
    assert call["families"] == 28
    assert not call["path"].exists()  # the temporary folder is gone
    assert not call["path"].parent.exists()
    assert book_path.read_bytes() == before


def test_demo_with_data_or_a_command_is_bad_input(run, opened) -> None:
    assert run("--demo").code == 2  # `run` adds --data
    assert run("--demo", "families", data=None).code == 2
    assert opened == []


def test_demo_file(run, tmp_path: Path) -> None:
    out = tmp_path / "demo.json"
    result = run("demo", "--out", str(out), "--families", "12", "--weeks", "3", "--seed", "7")
    assert result.code == 0, result.err
    assert "12 families" in result.out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    book = ContactBook(out)
    assert len(book.families(include_archived=True)) == 12
    assert book.contacts()
    assert all(c.at.weekday() < 5 for c in book.contacts())
    json.loads(out.read_text(encoding="utf-8"))


def test_demo_is_deterministic_for_a_seed(run, tmp_path: Path) -> None:
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    run("demo", "--out", str(one), "--seed", "42")
    run("demo", "--out", str(two), "--seed", "42")
    assert [f.name for f in ContactBook(one).families()] == [
        f.name for f in ContactBook(two).families()
    ]


def test_demo_never_overwrites_silently(run, class_book, book_path: Path) -> None:
    before = book_path.read_bytes()
    result = run("demo", "--out", str(book_path))
    assert result.code == 2
    assert "--force" in result.err
    assert book_path.read_bytes() == before
    assert run("demo", "--out", str(book_path.parent)).code == 2
    assert run("demo", "--out", str(book_path), "--force", "--families", "3").code == 0
    assert len(ContactBook(book_path).families(include_archived=True)) == 3


def test_help_exits_zero(run, capsys) -> None:
    assert run("--help", data=None).code == 0
    assert run("log", "--help", data=None).code == 0
    out = run("--lang", "nl", "--help", data=None).out
    assert "gegevensbestand" in out


def test_the_app_opens_with_colleagues_files(
    run, class_book: ContactBook, tmp_path, monkeypatch
) -> None:
    seen: list[list] = []
    monkeypatch.setattr(cli, "run_app", lambda book, **_: seen.append(book.colleague_paths()) or 0)
    other = tmp_path / "juf-b.json"
    assert run("--with", str(other)).code == 0
    assert seen == [[other]]
    assert not other.exists()
