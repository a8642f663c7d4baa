"""WHEN and DATE arguments: ISO, Dutch words and dates, times, and what is refused."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest
from classbook import CET, NOW  # NOW: Wednesday 25 November 2026, 15:10
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook, Family
from storage.rules.when import WhenError, parse_date, parse_time, parse_when


def test_an_explicit_offset_is_kept() -> None:
    at = parse_when("2026-11-24T15:10+02:00", NOW)
    assert at.utcoffset() == timedelta(hours=2)
    assert parse_when("2026-11-24T14:10Z", NOW) == datetime(2026, 11, 24, 15, 10, tzinfo=CET)


def test_results_are_aware() -> None:
    for text in ("gisteren", "2026-11-24 15:10", "15:00", "vandaag"):
        assert parse_when(text, NOW).tzinfo is not None


def test_a_system_local_clock_gets_the_offset_of_that_day() -> None:
    """Before a DST change the contact keeps its own offset, not today's."""
    now = datetime(2026, 11, 25, 15, 10).astimezone()
    summer = parse_when("2026-07-01 10:00", now)
    assert summer.replace(tzinfo=None) == datetime(2026, 7, 1, 10, 0)
    assert summer.utcoffset() == datetime(2026, 7, 1, 10, 0).astimezone().utcoffset()


def test_the_future_is_refused_with_its_own_sentence() -> None:
    for text in ("morgen", "today 23:59"):
        with pytest.raises(WhenError) as caught:
            parse_when(text, NOW)
        assert caught.value.key == "when.future"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", "when.empty"),
        ("   ", "when.empty"),
        ("someday", "when.bad_when"),
        ("gisteren 15", "when.bad_when"),
        ("2026-02-30", "when.no_such_day"),
        ("31-04-2026", "when.no_such_day"),
        ("25:00", "when.bad_time"),
        ("gisteren 24:00", "when.bad_time"),
        ("today 12:75", "when.bad_time"),
        ("11/24/2026", "when.no_such_day"),
    ],
)
def test_refused_with_a_text_key(text: str, key: str) -> None:
    with pytest.raises(WhenError) as caught:
        parse_when(text, NOW)
    assert caught.value.key == key


def test_dates() -> None:
    today = date(2026, 11, 25)
    assert parse_date("2026-12-21") == date(2026, 12, 21)
    assert parse_date("21-12-2026") == date(2026, 12, 21)
    assert parse_date("1.1.2027") == date(2027, 1, 1)
    assert parse_date("vandaag", today) == today
    assert parse_date("morgen", today) == date(2026, 11, 26)
    assert parse_date("zondag", today) == date(2026, 11, 22)
    with pytest.raises(WhenError) as caught:
        parse_date("gisteren")  # a word needs to know what today is
    assert caught.value.key == "when.bad_date"
    with pytest.raises(WhenError):
        parse_date("2026-11-24 15:10", today)


def test_times() -> None:
    assert parse_time("8.05").minute == 5
    with pytest.raises(WhenError):
        parse_time("8")


def test_every_key_has_a_text() -> None:
    from tui.text import TEXT

    for key in (
        "when.empty",
        "when.bad_when",
        "when.bad_date",
        "when.no_such_day",
        "when.bad_time",
        "when.future",
        "when.too_long_ago",
        "when.wrong_weekday",
    ):
        assert key in TEXT


# -- through the command line -----------------------------------------------------------------


@pytest.mark.parametrize(
    "when", ["1900-01-01", "0001-01-01", "01-01-0001 08:00", "0001-01-01T00:00+14:00", "1 jan 1900"]
)
def test_log_refuses_a_time_more_than_two_years_back(run, class_book, book_path, when) -> None:
    """Finding 12: `--at 1900-01-01` became the first contact; `0001-01-01` a traceback."""
    before = book_path.read_bytes()
    result = run("log", "nguyen", "pickup", "--at", when)
    assert result.code == 2
    assert result.err.strip() == (
        f"‘{when}’ is more than two years ago, probably a typo; the earliest date is 2024-11-25."
    )
    assert "Traceback" not in result.err
    assert book_path.read_bytes() == before
    nguyen = next(f for f in class_book.families() if f.name == "Nguyễn")
    assert nguyen.first_contact is None


@pytest.mark.parametrize("when", ["9999-12-31", "9999-12-31T23:59:59-14:00", "31 dec 9999"])
def test_log_refuses_year_9999_as_the_future(run, class_book, book_path, when) -> None:
    before = book_path.read_bytes()
    result = run("--lang", "nl", "log", "nguyen", "pickup", "--at", when)
    assert result.code == 2
    assert (
        result.err.strip()
        == f"‘{when}’ ligt in de toekomst; een contact kan alleen nu of eerder zijn."
    )
    assert book_path.read_bytes() == before


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--at", "ma 8.15"], datetime(2026, 11, 23, 8, 15, tzinfo=CET)),
        (["--at", "ma", "8.15"], datetime(2026, 11, 23, 8, 15, tzinfo=CET)),
        (["--at", "24 nov 15:10"], datetime(2026, 11, 24, 15, 10, tzinfo=CET)),
        (["--at", "3 maart 2026 15:10"], datetime(2026, 3, 3, 15, 10, tzinfo=CET)),
        (["--at", "vorige week dinsdag"], datetime(2026, 11, 17, 12, 0, tzinfo=CET)),
        (["--at", "24-11"], datetime(2026, 11, 24, 12, 0, tzinfo=CET)),
    ],
)
def test_log_takes_dutch_free_forms(run, class_book, argv, expected) -> None:
    result = run("log", "nguyen", "pickup", *argv)
    assert result.code == 0, result.err
    nguyen = next(f for f in class_book.families() if f.name == "Nguyễn")
    assert class_book.contacts(family_id=nguyen.id)[0].at == expected


def test_a_date_on_the_wrong_weekday_is_refused(run, class_book, book_path) -> None:
    before = book_path.read_bytes()
    result = run("--lang", "nl", "log", "nguyen", "pickup", "--at", "ma 24 nov")
    assert result.code == 2
    assert result.err.strip() == "‘ma 24 nov’: die dag valt op een andere weekdag."
    assert book_path.read_bytes() == before


DATEUTIL_LOADED = """
import sys
from tui.cli import main
code = main(sys.argv[1:])
print("LOADED", "dateutil.parser" in sys.modules, "dateutil.relativedelta" in sys.modules, code)
"""


@pytest.mark.parametrize(
    ("at", "loaded"),
    [
        ([], "False False"),
        (["--at", "gisteren"], "False False"),
        (["--at", "vandaag 00:00"], "False False"),
        (["--at", "eergisteren 08:15"], "False False"),
        (["--at", "24-11-2026 8.15"], "False False"),
        (["--at", "vorige week dinsdag 8.15"], "True True"),
    ],
)
def test_dateutil_parser_is_imported_only_for_free_forms(tmp_path, make_env, at, loaded) -> None:
    """A real process with the machine's clock: a refused time (exit 2) is fine here too."""
    from storage import Child

    data = tmp_path / "book.json"
    ContactBook(data).add_family(Family.new("Yılmaz", [Child("Elif", 5)]))
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            DATEUTIL_LOADED,
            "log",
            "yilmaz",
            "pickup",
            *at,
            "--data",
            str(data),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=make_env(TZ="Europe/Amsterdam"),
        timeout=60,
    )
    last_line = done.stdout.strip().splitlines()[-1]
    assert last_line.startswith(f"LOADED {loaded} "), done.stderr
    assert last_line.split()[-1] in {"0", "2"}
