"""Dates as a teacher types them: Dutch free forms, the two-year rule, DST and midnight.

Every test pins its clock: NOW (Wednesday 25 November 2026, 15:10 CET) or a zoneinfo
clock in Europe/Amsterdam around the DST changes of 29 March and 25 October 2026.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from classbook import CET, NOW
from hypothesis import example, given, settings
from hypothesis import strategies as st

from storage import ContactBook, Family, Moment, Tone
from storage.rules.when import TooLongAgo, WhenError, earliest_day, parse_date, parse_when

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=CET)


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=CET)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-24", at(2026, 11, 24, 12, 0)),
        ("2026-11-24 15:10", at(2026, 11, 24, 15, 10)),
        ("2026-11-24T15:10", at(2026, 11, 24, 15, 10)),
        ("2026-11-24t08:05:30", at(2026, 11, 24, 8, 5, 30)),
        ("today 15:10", NOW),
        ("Today 9:00", at(2026, 11, 25, 9, 0)),
        ("vandaag", NOW),
        ("now", NOW),
        ("yesterday", at(2026, 11, 24, 12, 0)),
        ("gisteren", at(2026, 11, 24, 12, 0)),
        ("  GISTEREN   08:20 ", at(2026, 11, 24, 8, 20)),
        ("eergisteren", at(2026, 11, 23, 12, 0)),
        ("eergisteren 08:15", at(2026, 11, 23, 8, 15)),
        ("eergisteren 8.15", at(2026, 11, 23, 8, 15)),
        ("15:02", at(2026, 11, 25, 15, 2)),
        ("24-11-2026", at(2026, 11, 24, 12, 0)),
        ("24/11/2026 14:30", at(2026, 11, 24, 14, 30)),
        ("maandag", at(2026, 11, 23, 12, 0)),
        ("wo 8:30", at(2026, 11, 25, 8, 30)),
        ("friday", at(2026, 11, 20, 12, 0)),
        ("ma 8.15", at(2026, 11, 23, 8, 15)),
        ("maandag 8:15", at(2026, 11, 23, 8, 15)),
        ("mon 8:15", at(2026, 11, 23, 8, 15)),
        ("Dinsdag", at(2026, 11, 24, 12, 0)),
        ("di om 8.15 uur", at(2026, 11, 24, 8, 15)),
        ("vr 15:10", at(2026, 11, 20, 15, 10)),
        ("24 nov", at(2026, 11, 24, 12, 0)),
        ("24 nov 15:10", at(2026, 11, 24, 15, 10)),
        ("24 november 8.15", at(2026, 11, 24, 8, 15)),
        ("24-11", at(2026, 11, 24, 12, 0)),
        ("24/11 14:30", at(2026, 11, 24, 14, 30)),
        ("24-11-26 9:00", at(2026, 11, 24, 9, 0)),
        ("3 maart 2026 15:10", at(2026, 3, 3, 15, 10)),
        ("3 mrt 2026", at(2026, 3, 3, 12, 0)),
        ("1 mei 8:30", at(2026, 5, 1, 8, 30)),
        ("12 okt", at(2026, 10, 12, 12, 0)),
        ("1 sept", at(2026, 9, 1, 12, 0)),
        ("march 3 2026 3:10 pm", at(2026, 3, 3, 15, 10)),
        ("28 nov", at(2025, 11, 28, 12, 0)),  # this year's is still ahead: last year's
        ("31-12", at(2025, 12, 31, 12, 0)),
        ("vorige week dinsdag", at(2026, 11, 17, 12, 0)),
        ("dinsdag vorige week 8.15", at(2026, 11, 17, 8, 15)),
        ("last week friday", at(2026, 11, 20, 12, 0)),
        ("vorige woensdag", at(2026, 11, 18, 12, 0)),
        ("afgelopen maandag 8:15", at(2026, 11, 23, 8, 15)),
        ("gisteren om 8.15 uur", at(2026, 11, 24, 8, 15)),
        ("om 8 uur", at(2026, 11, 25, 8, 0)),
        ("di 24 nov", at(2026, 11, 24, 12, 0)),
    ],
)
def test_iso_dutch_and_english_forms(text: str, expected: datetime) -> None:
    assert parse_when(text, NOW) == expected


def test_a_weekday_on_that_day_is_today() -> None:
    """Decided: `maandag` on a Monday is today (now); `vorige maandag` is a week back."""
    assert parse_when("maandag", MONDAY) == MONDAY
    assert parse_when("ma 8.15", MONDAY) == datetime(2026, 11, 23, 8, 15, tzinfo=CET)
    assert parse_when("vorige maandag", MONDAY).date() == date(2026, 11, 16)
    assert parse_when("vorige week maandag", MONDAY).date() == date(2026, 11, 16)
    assert parse_when("vorige week zondag", MONDAY).date() == date(2026, 11, 22)
    assert parse_when("zondag", MONDAY).date() == date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ma 24 nov", "when.wrong_weekday"),  # 24 November 2026 is a Tuesday
        ("ma 15:00", "when.future"),  # on Monday at 10:00, Monday 15:00 is still ahead
        ("24 nov 2027", "when.future"),
        ("31 feb", "when.no_such_day"),
        ("vorige week", "when.bad_when"),
        ("gisteren 15", "when.bad_when"),
        ("gisteren maandag", "when.bad_when"),
        ("banaan", "when.bad_when"),
        ("x" * 200, "when.bad_when"),
        ("99999999999999999999", "when.bad_when"),
    ],
)
def test_free_forms_refused(text: str, key: str) -> None:
    now = MONDAY.replace(hour=10) if text == "ma 15:00" else NOW
    with pytest.raises(WhenError) as caught:
        parse_when(text, now)
    assert caught.value.key == key


@pytest.mark.parametrize(
    "text",
    [
        "1900-01-01",
        "0001-01-01",
        "0001-01-01 00:00",
        "0001-01-01T00:00-14:00",
        "01-01-0001",
        "1 jan 1900",
        "2024-11-24",
        "24-11-2024 23:59",
    ],
)
def test_more_than_two_years_back_is_refused_as_a_typo(text: str) -> None:
    with pytest.raises(TooLongAgo) as caught:
        parse_when(text, NOW)
    assert caught.value.key == "when.too_long_ago"
    assert caught.value.values == {"text": text, "earliest": "2024-11-25"}


@pytest.mark.parametrize(
    "text", ["9999-12-31", "9999-12-31T23:59:59-14:00", "31-12-9999 23:59", "morgen", "23:59"]
)
def test_the_future_is_refused(text: str) -> None:
    with pytest.raises(WhenError) as caught:
        parse_when(text, NOW)
    assert caught.value.key == "when.future"


def test_the_earliest_day_is_the_same_date_two_years_back() -> None:
    assert parse_when("2024-11-25 00:00", NOW) == at(2024, 11, 25, 0, 0)
    assert earliest_day(NOW) == date(2024, 11, 25)
    assert earliest_day(date(2028, 2, 29)) == date(2026, 2, 28)


def test_dates_for_holidays_and_filters() -> None:
    today = NOW.date()
    assert parse_date("21-12", today) == date(2026, 12, 21)  # a holiday ahead: this year
    assert parse_date("28 nov", today) == date(2026, 11, 28)
    assert parse_date("28 nov", today, past=True) == date(2025, 11, 28)
    assert parse_date("24 dec 2026", today) == date(2026, 12, 24)
    assert parse_date("maandag", today) == date(2026, 11, 23)
    assert parse_date("vorige week vrijdag", today) == date(2026, 11, 20)
    assert parse_date("0001-01-01", today) == date(1, 1, 1)  # no contact: no two-year rule
    for text in ("24 nov 15:10", "banaan", "31 feb"):
        with pytest.raises(WhenError):
            parse_date(text, today)


# -- DST and midnight ---------------------------------------------------------------------


def test_spring_forward_in_amsterdam() -> None:
    now = datetime(2026, 3, 29, 12, 0, tzinfo=AMS)  # clocks went 02:00 → 03:00 today
    assert parse_when("gisteren 15:10", now).utcoffset() == timedelta(hours=1)
    assert parse_when("vandaag 01:30", now).utcoffset() == timedelta(hours=1)
    assert parse_when("vandaag 03:30", now).utcoffset() == timedelta(hours=2)
    gap = parse_when("29 mrt 2:30", now)  # a time that did not exist: kept, never raises
    assert gap.tzinfo is not None and gap <= now
    assert parse_when("za 8.15", now) == datetime(2026, 3, 28, 8, 15, tzinfo=AMS)


def test_fall_back_in_amsterdam() -> None:
    now = datetime(2026, 10, 25, 12, 0, tzinfo=AMS)  # clocks went 03:00 → 02:00 today
    assert parse_when("gisteren 15:10", now).utcoffset() == timedelta(hours=2)
    twice = parse_when("vandaag 2:30", now)  # happened twice: the first one
    assert twice.utcoffset() == timedelta(hours=2)
    assert parse_when("vandaag 3:30", now).utcoffset() == timedelta(hours=1)
    assert parse_when("vorige week zondag", now) == datetime(2026, 10, 18, 12, 0, tzinfo=AMS)


def test_at_midnight() -> None:
    now = datetime(2026, 11, 25, 0, 0, 30, tzinfo=AMS)
    assert parse_when("vandaag", now) == now
    assert parse_when("00:00", now) == datetime(2026, 11, 25, 0, 0, tzinfo=AMS)
    assert parse_when("gisteren 23:59", now) == datetime(2026, 11, 24, 23, 59, tzinfo=AMS)
    assert parse_when("wo", now) == now
    assert parse_when("di 23.59", now) == datetime(2026, 11, 24, 23, 59, tzinfo=AMS)
    for text in ("00:01", "23:59", "morgen"):
        with pytest.raises(WhenError):
            parse_when(text, now)
    assert parse_when("2024-11-25 00:00", now).date() == date(2024, 11, 25)
    with pytest.raises(TooLongAgo):
        parse_when("2024-11-24 23:59", now)


# -- never anything but WhenError -----------------------------------------------------------

WORDS = [
    "ma",
    "maandag",
    "di",
    "wo",
    "do",
    "vr",
    "za",
    "zo",
    "mon",
    "friday",
    "vorige",
    "week",
    "afgelopen",
    "last",
    "gisteren",
    "eergisteren",
    "vandaag",
    "morgen",
    "om",
    "uur",
    "u",
    "jan",
    "mrt",
    "maart",
    "mei",
    "okt",
    "sept",
    "nov",
    "december",
    "t",
    "z",
    "+02:00",
    "-",
    "/",
    ".",
    ":",
    ",",
    "0001",
    "9999",
    "1900",
    "24",
    "8.15",
    "15:10",
    "23:59",
    "00",
    "2026-11-24",
    "24-11-2026",
    "2024-11-25",
    "pm",
    "am",
    "h",
]
DUTCH_TEXT = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)
CLOCKS = st.sampled_from(
    [
        NOW,
        MONDAY,
        datetime(2026, 3, 29, 2, 59, tzinfo=UTC).astimezone(AMS),
        datetime(2026, 10, 25, 0, 59, tzinfo=UTC).astimezone(AMS),
        datetime(2026, 11, 25, 0, 0, tzinfo=AMS),
        datetime(2028, 2, 29, 23, 59, tzinfo=AMS),
    ]
)


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(st.text(max_size=40), DUTCH_TEXT), now=CLOCKS)
@example(text="0001-01-01", now=NOW)
@example(text="9999-12-31T23:59:59-14:00", now=NOW)
@example(text="99999999999999999999", now=NOW)
@example(text="1 jan 1", now=NOW)
def test_any_text_is_a_plausible_time_or_one_clear_error(text: str, now: datetime) -> None:
    try:
        result = parse_when(text, now)
    except WhenError as exc:
        from tui.text import TEXT

        assert exc.key in TEXT
        return
    assert result.tzinfo is not None and result.utcoffset() is not None
    assert result <= now
    assert result.date() >= earliest_day(now)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=40), DUTCH_TEXT), now=CLOCKS)
def test_any_text_is_a_day_or_one_clear_error(text: str, now: datetime) -> None:
    try:
        assert isinstance(parse_date(text, now.date()), date)
    except WhenError:
        pass


# -- the book's rule ----------------------------------------------------------------------------


def test_the_book_refuses_a_contact_more_than_two_years_back(class_book: ContactBook) -> None:
    family = class_book.families()[0]
    before = class_book.path.read_bytes()
    for when in (
        datetime(1900, 1, 1, 12, 0, tzinfo=CET),
        datetime(1, 1, 1, tzinfo=UTC),
        NOW - timedelta(days=731),
    ):
        with pytest.raises(TooLongAgo):
            class_book.log(family.id, Moment.PICKUP, Tone.POSITIVE, at=when)
    assert class_book.path.read_bytes() == before
    assert class_book.family(family.id).first_contact == family.first_contact
    kept = class_book.log(family.id, Moment.PICKUP, at=NOW - timedelta(days=700))
    assert kept.at == NOW - timedelta(days=700)


def test_an_edit_keeps_a_stored_old_time_but_cannot_move_one_back(book_path) -> None:
    then = NOW - timedelta(days=3 * 365)
    old_book = ContactBook(book_path, clock=lambda: then)
    family = old_book.add_family(Family.new("Yılmaz"))
    old = old_book.log(family.id, Moment.PICKUP, at=then)
    book = ContactBook(book_path, clock=lambda: NOW)
    edited = book.update_contact(replace(old, note="Elif was blij"))
    assert edited.note == "Elif was blij" and edited.at == then
    recent = book.log(family.id, Moment.PHONE)
    with pytest.raises(TooLongAgo):
        book.update_contact(replace(recent, at=then))
    assert book.contact(recent.id).at == NOW


# -- imported only when needed ---------------------------------------------------------------

LAZY = """
import sys
from datetime import datetime, timedelta, timezone
from storage.rules.when import parse_when, parse_date
now = datetime(2026, 11, 25, 15, 10, tzinfo=timezone(timedelta(hours=1)))
for text in ("gisteren", "vandaag 15:10", "2026-11-24 08:15", "24-11-2026 8.15", "15:02"):
    parse_when(text, now)
parse_date("24-11-2026", now.date())
print("before", "dateutil.parser" in sys.modules, "dateutil.relativedelta" in sys.modules)
parse_when("ma 8.15", now)
print("after", "dateutil.parser" in sys.modules, "dateutil.relativedelta" in sys.modules)
"""


def test_dateutil_parser_is_imported_only_for_a_free_form() -> None:
    done = subprocess.run([sys.executable, "-c", LAZY], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["before False False", "after True True"]
