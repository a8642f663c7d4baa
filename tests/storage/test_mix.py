"""This week's mix against the four weeks before, with a pinned clock (Wed 25 Nov 2026)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from storage import Contact, Moment, Tone
from storage.rules.mix import mix_of, period_of, week_bounds, week_mix

CET = timezone(timedelta(hours=1), "CET")


def contact(
    at: datetime, moment: Moment = Moment.PICKUP, tone: Tone = Tone.POSITIVE, reached: bool = True
) -> Contact:
    return Contact(id=0, family_id=1, at=at, moment=moment, tone=tone, reached=reached)


def cet(y: int, m: int, d: int, hh: int = 15, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=CET)


def test_week_bounds_are_iso_monday_to_sunday(today: date) -> None:
    assert week_bounds(today) == (date(2026, 11, 23), date(2026, 11, 29))
    assert week_bounds(date(2026, 11, 23)) == (date(2026, 11, 23), date(2026, 11, 29))
    assert week_bounds(date(2026, 11, 29)) == (date(2026, 11, 23), date(2026, 11, 29))
    # ISO week 53 of 2026 runs into 2027.
    assert week_bounds(date(2027, 1, 1)) == (date(2026, 12, 28), date(2027, 1, 3))


def test_this_week_and_four_weeks_before_split_at_monday_midnight(today: date) -> None:
    contacts = [
        contact(cet(2026, 11, 23, 0, 1)),  # Monday just after midnight: this week
        contact(cet(2026, 11, 22, 23, 55)),  # Sunday evening: the week before
        contact(cet(2026, 10, 26, 8, 30)),  # Monday four weeks back: counts
        contact(cet(2026, 10, 25, 21, 0)),  # Sunday before that: too early
    ]
    mix = week_mix(contacts, today)
    assert mix.this_week.contacts == 1
    assert mix.before.contacts == 2
    assert mix.before.weeks == 4
    assert (mix.before.start, mix.before.end) == (date(2026, 10, 26), date(2026, 11, 22))
    assert period_of(today) == (date(2026, 10, 26), date(2026, 11, 29))


def test_a_sunday_evening_contact_belongs_to_that_sunday_s_week() -> None:
    sunday_evening = contact(cet(2026, 11, 29, 21, 30), Moment.MESSAGE)
    # Seen on the Sunday itself, it is this week's ...
    assert week_mix([sunday_evening], date(2026, 11, 29)).this_week.contacts == 1
    # ... and on the Monday after, it is last week's.
    monday_mix = week_mix([sunday_evening], date(2026, 11, 30))
    assert monday_mix.this_week.contacts == 0
    assert monday_mix.before.by_moment[Moment.MESSAGE] == 1


def test_attempts_that_reached_nobody_do_not_count(today: date) -> None:
    contacts = [
        contact(cet(2026, 11, 24), Moment.PHONE, Tone.POSITIVE, reached=False),
        contact(cet(2026, 11, 24), Moment.MESSAGE, Tone.NEUTRAL, reached=False),
        contact(cet(2026, 11, 25), Moment.PICKUP, Tone.CONCERN),
    ]
    week = week_mix(contacts, today).this_week
    assert week.contacts == 1
    assert week.by_moment[Moment.PHONE] == 0
    assert week.by_tone == {Tone.POSITIVE: 0, Tone.NEUTRAL: 0, Tone.CONCERN: 1}
    assert week.positive_share == 0.0


def test_shares_of_informal_moments_and_positive_contacts(today: date) -> None:
    contacts = [
        contact(cet(2026, 11, 23), Moment.PICKUP, Tone.POSITIVE),
        contact(cet(2026, 11, 23), Moment.SCHOOLYARD, Tone.POSITIVE),
        contact(cet(2026, 11, 24), Moment.EVENT, Tone.NEUTRAL),
        contact(cet(2026, 11, 24), Moment.PHONE, Tone.CONCERN),
        contact(cet(2026, 11, 25), Moment.MEETING, Tone.CONCERN),
    ]
    week = week_mix(contacts, today).this_week
    assert week.informal == 3
    assert week.informal_share == pytest.approx(0.6)
    assert week.positive == 2
    assert week.positive_share == pytest.approx(0.4)
    assert sum(week.by_moment.values()) == 5


def test_an_empty_week_has_no_shares_rather_than_zero(today: date) -> None:
    mix = week_mix([], today)
    assert mix.this_week.contacts == 0
    assert mix.this_week.informal_share is None
    assert mix.this_week.positive_share is None
    assert set(mix.this_week.by_moment) == set(Moment)


def test_weekly_average_of_the_weeks_before(today: date) -> None:
    contacts = [contact(cet(2026, 11, 2 + i)) for i in range(5)] + [
        contact(cet(2026, 11, 16), Moment.DROPOFF)
    ]
    before = week_mix(contacts, today).before
    assert before.by_moment[Moment.PICKUP] == 5
    assert before.per_week(before.by_moment[Moment.PICKUP]) == pytest.approx(1.25)
    assert before.per_week(before.contacts) == pytest.approx(1.5)


def test_contacts_with_another_offset_count_by_their_own_local_day() -> None:
    # Stored with the summer-time offset the day it was logged: its local day is what counts.
    cest = timezone(timedelta(hours=2))
    late = Contact(0, 1, datetime(2026, 10, 25, 23, 30, tzinfo=cest), Moment.PHONE)
    assert mix_of([late], date(2026, 10, 19), date(2026, 10, 25)).contacts == 1


def test_week_mix_from_the_class_book(class_book, today: date) -> None:
    contacts = class_book.contacts(start=period_of(today)[0])
    mix = week_mix(contacts, today)
    # Yılmaz pick-up and van der Berg drop-off today, Øyen schoolyard on Monday.
    assert mix.this_week.contacts == 3
    assert mix.this_week.by_tone[Tone.CONCERN] == 0
    assert mix.this_week.informal == 3
    # de Jong's phone call on Sunday evening is last week's, as are the meeting (8 d), the
    # event (15 d), the walk-in (20 d) and the pick-up on Monday 26 Oct (30 d), the first day.
    assert mix.before.contacts == 5
    assert mix.before.by_tone[Tone.CONCERN] == 2
