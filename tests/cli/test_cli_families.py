"""`schoolyard families` and `schoolyard neglected`: one line a family, in Dutch and English."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook


def test_families_one_a_line(run, class_book: ContactBook) -> None:
    result = run("families")
    assert result.code == 0
    lines = result.out.splitlines()
    assert len(lines) == 7
    by_name = {line.split()[1]: line for line in lines if len(line.split()) > 1}
    assert "Elif (group 5), Emre (group 2)" in by_name["Yılmaz"]
    assert "[no first contact yet]" in by_name["Nguyễn"]
    assert "[no first contact yet]" not in by_name["Øyen"]
    for family in class_book.families():
        assert any(line.split()[0] == str(family.id) for line in lines)


def test_families_marks_archived(run, class_book: ContactBook) -> None:
    oyen = class_book.find_families("oyen")[0]
    class_book.set_active(oyen.id, False)
    line = next(line for line in run("families").out.splitlines() if "Øyen" in line)
    assert "[archived]" in line


def test_families_in_dutch(run, class_book: ContactBook) -> None:
    out = run("--lang", "nl", "families").out
    assert "Elif (groep 5), Emre (groep 2)" in out
    assert "[nog geen kennismaking]" in out


def test_a_dutch_locale_speaks_dutch(run, class_book: ContactBook, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert "[nog geen kennismaking]" in run("families").out
    assert "[no first contact yet]" in run("families", "--lang", "en").out


def test_families_of_an_empty_book(run, book: ContactBook) -> None:
    book.set_window(10)  # a data file without families
    result = run("families")
    assert (result.code, result.out) == (0, "")
    assert "import" in result.err


def test_neglected_plain(run, class_book: ContactBook) -> None:
    result = run("neglected")
    assert result.code == 0
    lines = result.out.splitlines()
    names = [line.split()[1] for line in lines]
    # Never met first (Nguyễn, and the de Jong of Noor), then longest without a positive.
    assert set(names[:2]) == {"Nguyễn", "de"}
    assert "Noor" in "".join(lines[:2])
    assert names[2:] == ["de", "Öztürk", "van"]
    assert "Lucas" in lines[2] and "30 days since a positive contact" in lines[2]
    assert "2× concern since" in lines[2]
    nguyen = next(line for line in lines if "Nguyễn" in line)
    assert "never a positive contact" in nguyen
    assert "telefoon" in nguyen and "Vietnamees" in nguyen
    ozturk = next(line for line in lines if "Öztürk" in line)
    assert "WhatsApp" in ozturk and "Turks" in ozturk and "20 days" in ozturk


def test_neglected_in_dutch(run, class_book: ContactBook) -> None:
    out = run("neglected", "--lang", "nl").out
    assert "nog nooit positief contact" in out
    assert "30 dagen sinds positief contact" in out


def test_neglected_json_is_the_same_rule(run, class_book: ContactBook) -> None:
    result = run("neglected", "--json")
    assert result.code == 0
    items = json.loads(result.out)
    expected = class_book.needing_positive_contact()
    assert [item["id"] for item in items] == [s.family.id for s in expected]
    nguyen = next(item for item in items if item["name"] == "Nguyễn")
    assert nguyen["days_since_positive"] is None
    assert nguyen["first_contact"] is None
    assert nguyen["children"] == [{"name": "Minh", "group": 5}]
    assert nguyen["channel"] == "telefoon"
    jong = next(item for item in items if item["days_since_positive"] == 30)
    assert jong["concerns_since_positive"] == 2
    assert jong["last_positive"].startswith("2026-10-26T15:10")


def test_neglected_days_overrides_the_window_for_this_call(
    run, class_book: ContactBook, book_path: Path
) -> None:
    before = book_path.read_bytes()
    long = json.loads(run("neglected", "--json", "--days", "25").out)
    assert {item["name"] for item in long} == {"Nguyễn", "de Jong"}
    short = json.loads(run("neglected", "--json", "--days", "1").out)
    assert "Øyen" in {item["name"] for item in short}
    assert book_path.read_bytes() == before
    assert class_book.settings().positive_window_school_days == 10


def test_neglected_days_must_be_a_count(run, class_book: ContactBook) -> None:
    for bad in ("0", "-3", "ten"):
        result = run("neglected", "--days", bad)
        assert result.code == 2
        assert "Traceback" not in result.err


def test_a_holiday_stretches_the_window(run, class_book: ContactBook) -> None:
    before = {item["name"] for item in json.loads(run("neglected", "--json").out)}
    assert {"Öztürk", "van der Berg"} <= before
    assert run("holiday", "add", "2026-11-16", "2026-11-20", "studieweek").code == 0
    after = {item["name"] for item in json.loads(run("neglected", "--json").out)}
    assert after == before - {"Öztürk", "van der Berg"}


def test_nobody_neglected_prints_nothing(run, book: ContactBook) -> None:
    """Empty output: cron sends no e-mail when nobody waits for a positive word."""
    book.set_window(10)  # a data file without families
    assert run("neglected").out == ""
    assert json.loads(run("neglected", "--json").out) == []


def test_archived_families_are_not_neglected(run, class_book: ContactBook) -> None:
    nguyen = class_book.find_families("nguyen")[0]
    class_book.set_active(nguyen.id, False)
    assert "Nguyễn" not in run("neglected").out
    assert class_book.today() == date(2026, 11, 25)
