"""Issue 9 item 11: the CLI and the app agree — holidays, exports over a file, the tone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook


def test_holiday_add_takes_one_day_without_to_or_name(run, book: ContactBook) -> None:
    assert run("holiday", "add", "2026-11-30").code == 0
    result = run("holiday", "add", "2026-12-04", "Studiedag", "Øyen-team")
    assert result.code == 0, result.err
    [monday, friday] = book.holidays()
    assert (monday.start, monday.end, monday.name) == (date(2026, 11, 30),) * 2 + ("",)
    assert (friday.start, friday.end, friday.name) == (date(2026, 12, 4),) * 2 + (
        "Studiedag Øyen-team",
    )


def test_a_duplicate_holiday_is_refused_in_one_line(run, book: ContactBook) -> None:
    assert run("holiday", "add", "2026-12-21", "2027-01-01", "Kerstvakantie").code == 0
    before = book.path.read_bytes()
    result = run("holiday", "add", "21-12-2026", "1-1-2027", "Kerst")
    assert result.code == 2
    assert result.err.strip() == (
        "That holiday is there already (Kerstvakantie, 2026-12-21 – 2027-01-01); nothing was added."
    )
    assert book.path.read_bytes() == before
    dutch = run("--lang", "nl", "holiday", "add", "2026-12-21", "2027-01-01")
    assert dutch.code == 2 and "staat er al" in dutch.err


def test_the_book_refuses_what_both_refuse(book: ContactBook) -> None:
    from storage import Refused

    book.add_holiday(date(2026, 12, 21), date(2027, 1, 1), "Kerst")
    with pytest.raises(Refused) as duplicate:
        book.add_holiday(date(2026, 12, 21), date(2027, 1, 1))
    assert duplicate.value.key == "holiday.duplicate"
    with pytest.raises(Refused) as backwards:
        book.add_holiday(date(2027, 1, 1), date(2026, 12, 21))
    assert backwards.value.key == "holiday.backwards"
    assert len(book.holidays()) == 1


def test_export_over_an_existing_file_needs_force(
    run, class_book: ContactBook, tmp_path: Path
) -> None:
    out = tmp_path / "summary.json"
    out.write_text("the teacher's own file")
    result = run("export", "--out", str(out))
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert "--force" in result.err
    assert out.read_text() == "the teacher's own file"
    assert run("export", "--out", str(out), "--force").code == 0
    assert out.read_text() != "the teacher's own file"


@pytest.mark.parametrize("tone", ["+++", "positiv", "++"])
def test_a_bad_tone_is_named_as_a_tone(run, class_book: ContactBook, tone: str) -> None:
    before = len(class_book.contacts())
    result = run("log", "yilmaz", "pickup", tone)
    assert result.code == 2
    assert result.err.strip().startswith(f"Unknown tone ‘{tone}’.")
    assert "Unknown moment" not in result.err
    assert len(class_book.contacts()) == before


def test_a_family_name_of_two_words_still_logs(run, class_book: ContactBook) -> None:
    result = run("log", "van", "der", "berg", "pickup")
    assert result.code == 0, result.err
