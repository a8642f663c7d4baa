"""The contacts index (storage/actions/contact_index.py): the app's reads walk only
the families or days they show, and answer exactly what a full scan answers.

Made once per version of the file by the app (`prepare_reads`) or a page of History;
a one-shot reader (a CLI command) never pays for it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from tinydb.table import Table

from storage import ContactBook, Family, Moment, Tone
from storage.rules.mix import period_of, week_mix

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


@pytest.fixture
def demo_book(make_demo_book) -> ContactBook:
    return make_demo_book(families=40, weeks=12, seed=5)


def fresh(book: ContactBook) -> ContactBook:
    """The same file without any index: every question a full scan."""
    return ContactBook(book.path, clock=book.now)


def test_the_app_reads_a_family_and_a_period_without_a_scan(
    demo_book: ContactBook, counting
) -> None:
    demo_book.prepare_reads()
    family = demo_book.families()[3]
    scans = counting(Table, "search")
    mine = demo_book.contacts(family_id=family.id)
    month = demo_book.contacts(start=demo_book.today() - timedelta(days=30))
    assert scans[0] == 0  # the Week cursor and the Families screen ask these per key
    assert mine == fresh(demo_book).contacts(family_id=family.id)
    assert month == fresh(demo_book).contacts(start=demo_book.today() - timedelta(days=30))
    assert mine and all(c.family_id == family.id for c in mine)


def test_a_cli_question_never_sorts_the_whole_book(demo_book: ContactBook, counting) -> None:
    made = counting(ContactBook, "_make_contact_index")
    demo_book.contacts(family_id=demo_book.families()[0].id)
    demo_book.contacts_on(demo_book.today())
    assert made[0] == 0


def test_a_change_makes_a_new_index(demo_book: ContactBook) -> None:
    demo_book.prepare_reads()
    family = demo_book.families()[0]
    before = demo_book.contacts(family_id=family.id)
    logged = demo_book.log(family.id, Moment.PICKUP, Tone.CONCERN, note="Nguyễn")
    after = demo_book.contacts(family_id=family.id)
    assert after[0] == logged and after[1:] == before


def test_index_answers_as_a_scan_across_offsets_midnight_and_filters(book: ContactBook) -> None:
    """DST changes, a laptop in UTC and contacts at midnight: the same answers and order."""
    a = book.add_family(Family.new("Yılmaz"))
    b = book.add_family(Family.new("van der Berg"))
    c = book.add_family(Family.new("Øyen"))
    times = [
        datetime(2026, 10, 24, 23, 59, tzinfo=CEST),
        datetime(2026, 10, 25, 0, 0, tzinfo=CEST),
        datetime(2026, 10, 25, 2, 30, tzinfo=CEST),
        datetime(2026, 10, 25, 2, 10, tzinfo=CET),  # after the clocks went back: later
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
        datetime(2026, 10, 26, 0, 0, tzinfo=CET),
        datetime(2026, 11, 2, 8, 15, tzinfo=CET),
    ]
    for i, at in enumerate(times):
        book.log(
            (a, b, c)[i % 3].id,
            list(Moment)[i % len(Moment)],
            list(Tone)[i % len(Tone)],
            at=at,
            reached=i != 4,
        )
    questions = [
        {},
        {"family_id": a.id},
        {"family_ids": [a.id, c.id]},
        {"family_ids": []},
        {"start": date(2026, 10, 25)},
        {"end": date(2026, 10, 25)},
        {"start": date(2026, 10, 25), "end": date(2026, 10, 25)},
        {"start": date(2026, 10, 25), "family_ids": [b.id]},
        {"tones": [Tone.CONCERN]},
        {"moments": [Moment.PICKUP], "start": date(2026, 1, 1)},
        {"start": date(2030, 1, 1)},
    ]
    book.prepare_reads()
    for question in questions:
        expected = fresh(book).contacts(**question)
        assert book.contacts(**question) == expected, question
        for limit in (0, 1, 3):
            assert book.contacts(**question, limit=limit) == expected[:limit], question


def test_week_mix_counts_as_the_records_do(demo_book: ContactBook) -> None:
    today = demo_book.today()
    for day in (today, today - timedelta(days=3), today - timedelta(days=40)):
        start, end = period_of(day)
        expected = week_mix(fresh(demo_book).contacts(start=start, end=end), day)
        assert demo_book.week_mix(day) == expected
    assert demo_book.week_mix(today).this_week.contacts > 0


def test_week_mix_after_a_change_counts_without_sorting(demo_book: ContactBook, counting) -> None:
    """The week re-reads after each log: one pass beats sorting the whole book first."""
    demo_book.prepare_reads()
    demo_book.log(demo_book.families()[0].id, Moment.PICKUP)
    made = counting(ContactBook, "_make_contact_index")
    mix = demo_book.week_mix()
    assert made[0] == 0
    start, end = period_of(demo_book.today())
    assert mix == week_mix(fresh(demo_book).contacts(start=start, end=end), demo_book.today())
