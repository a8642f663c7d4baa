"""`schoolyard holiday add FROM TO [NAME]`, `holiday list`, `holiday remove ID`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook


def test_add_and_list(run, book: ContactBook) -> None:
    result = run("holiday", "add", "2026-12-21", "2027-01-01", "Kerstvakantie")
    assert result.code == 0, result.err
    assert result.out.strip() == "Added: Mon 21 Dec 2026 – Fri 1 Jan 2027  Kerstvakantie"
    assert run("holiday", "add", "21-10-2026", "21-10-2026", "studie", "dag").code == 0
    [autumn, christmas] = book.holidays()
    assert (christmas.start, christmas.end, christmas.name) == (
        date(2026, 12, 21),
        date(2027, 1, 1),
        "Kerstvakantie",
    )
    assert (autumn.start, autumn.end, autumn.name) == (date(2026, 10, 21),) * 2 + ("studie dag",)
    listing = run("holiday", "list").out.splitlines()
    assert "Wed 21 Oct 2026  studie dag" in listing[0]
    assert "Kerstvakantie" in listing[1]
    assert run("holiday").out.splitlines() == listing


def test_list_in_dutch(run, book: ContactBook) -> None:
    run("holiday", "add", "2026-12-21", "2027-01-01", "Kerstvakantie")
    out = run("--lang", "nl", "holiday", "list").out
    assert "ma 21 dec 2026 – vr 1 jan 2027  Kerstvakantie" in out


def test_words_for_days(run, book: ContactBook) -> None:
    assert run("holiday", "add", "vandaag", "morgen").code == 0
    [holiday] = book.holidays()
    assert (holiday.start, holiday.end, holiday.name) == (
        date(2026, 11, 25),
        date(2026, 11, 26),
        "",
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["2027-01-01", "2026-12-21"],  # backwards
        ["2026-13-01", "2026-12-21"],
        ["kerst", "2026-12-21"],
        ["2026-12-21", "2026-13-01"],  # a mistyped TO is no name
    ],
)
def test_bad_holidays(run, book: ContactBook, book_path: Path, argv) -> None:
    result = run("holiday", "add", *argv)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert not book_path.exists()


def test_remove(run, book: ContactBook) -> None:
    run("holiday", "add", "2026-12-21", "2027-01-01", "Kerstvakantie")
    [holiday] = book.holidays()
    assert run("holiday", "remove", "99").code == 2
    result = run("holiday", "remove", str(holiday.id))
    assert result.code == 0 and "Kerstvakantie" in result.out
    assert book.holidays() == []


def test_no_holidays_yet(run, book: ContactBook) -> None:
    book.set_window(10)  # a data file without holidays
    result = run("holiday", "list")
    assert (result.code, result.out) == (0, "")
    assert "holiday add" in result.err
