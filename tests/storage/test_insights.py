"""Who needs a positive contact, with a pinned clock: weekends, holidays, edges, order."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from storage import Child, ContactBook, Family, Holiday, Moment, Tone
from storage.rules.insights import is_school_day, school_days_between, window_start

CET = timezone(timedelta(hours=1), "CET")

HERFST = Holiday(1, date(2026, 10, 17), date(2026, 10, 25), "Herfstvakantie")


def at(day: date, hour: int = 15, minute: int = 5) -> datetime:
    return datetime.combine(day, time(hour, minute), CET)


def book_on(path: Path, now: datetime) -> ContactBook:
    return ContactBook(path, clock=lambda: now)


def status_of(book: ContactBook, family_id: int):
    return next(s for s in book.statuses() if s.family.id == family_id)


# -- school days ----------------------------------------------------------------------------


def test_school_days_skip_weekends_and_holidays() -> None:
    assert is_school_day(date(2026, 11, 25), [])
    assert not is_school_day(date(2026, 11, 28), [])  # Saturday
    assert not is_school_day(date(2026, 11, 29), [])  # Sunday
    assert not is_school_day(date(2026, 10, 19), [HERFST])
    assert not is_school_day(date(2026, 10, 17), [HERFST])
    assert is_school_day(date(2026, 10, 26), [HERFST])
    assert school_days_between(date(2026, 11, 20), date(2026, 11, 25), []) == 3
    assert school_days_between(date(2026, 10, 16), date(2026, 10, 26), [HERFST]) == 1


def test_the_window_stretches_over_a_weekend() -> None:
    monday = date(2026, 11, 23)
    assert window_start(monday, 1, []) == monday
    assert window_start(monday, 2, []) == date(2026, 11, 20)  # the Friday before
    assert window_start(monday, 10, []) == date(2026, 11, 10)
    # On a Saturday the window ends with Friday.
    assert window_start(date(2026, 11, 28), 1, []) == date(2026, 11, 27)


def test_the_window_stretches_over_a_holiday() -> None:
    first_day_back = date(2026, 10, 26)
    assert window_start(first_day_back, 10, []) == date(2026, 10, 13)
    assert window_start(first_day_back, 10, [HERFST]) == date(2026, 10, 6)
    assert window_start(first_day_back, 2, [HERFST]) == date(2026, 10, 16)


# -- the rule -------------------------------------------------------------------------------


def test_after_a_holiday_the_class_is_not_all_red(book_path: Path) -> None:
    before = book_on(book_path, at(date(2026, 10, 16), 16, 0))
    ids = []
    for index, name in enumerate(["Yılmaz", "Øyen", "Nguyễn", "van der Berg", "de Jong"]):
        family = before.add_family(Family.new(name, [Child("Kind", 5)]))
        before.log(family.id, Moment.PICKUP, at=at(date(2026, 10, 8 + index)))
        ids.append(family.id)

    back = book_on(book_path, at(date(2026, 10, 26), 8, 45))
    assert all(s.needs_positive_contact for s in back.statuses())  # no holiday set: all red
    back.add_holiday(HERFST.start, HERFST.end, HERFST.name)
    assert not any(s.needs_positive_contact for s in back.statuses())
    days = {s.family.name: s.days_since_positive for s in back.statuses()}
    assert days == {"Yılmaz": 18, "Øyen": 17, "Nguyễn": 16, "van der Berg": 15, "de Jong": 14}


def test_a_positive_contact_on_the_first_day_of_the_window_counts(
    book: ContactBook, today: date
) -> None:
    start = window_start(today, 10, [])
    assert start == date(2026, 11, 12)
    edge = book.add_family(Family.new("Øyen"))
    early_morning = book.add_family(Family.new("Yılmaz"))
    day_before = book.add_family(Family.new("Nguyễn"))
    late_evening = book.add_family(Family.new("de Jong"))
    book.log(edge.id, Moment.DROPOFF, at=at(start, 8, 15))
    book.log(early_morning.id, Moment.MESSAGE, at=datetime.combine(start, time(0, 0), CET))
    book.log(day_before.id, Moment.PICKUP, at=at(start - timedelta(days=1), 15, 0))
    book.log(
        late_evening.id,
        Moment.EVENT,
        at=datetime.combine(start, time(0), CET) - timedelta(seconds=1),
    )
    needs = {s.family.name: s.needs_positive_contact for s in book.statuses()}
    assert needs == {"Øyen": False, "Yılmaz": False, "Nguyễn": True, "de Jong": True}


def test_attempts_do_not_count(book: ContactBook, now: datetime) -> None:
    family = book.add_family(Family.new("Nguyễn", [Child("Minh", 5)]))
    book.log(family.id, Moment.PHONE, Tone.POSITIVE, reached=False, at=now - timedelta(hours=2))
    book.log(family.id, Moment.MESSAGE, Tone.CONCERN, reached=False, at=now - timedelta(hours=1))
    status = status_of(book, family.id)
    assert status.needs_positive_contact and status.last_contact is None
    assert status.last_positive is None and status.contacts == 0
    assert status.concerns_since_positive == 0
    assert book.family(family.id).first_contact is None
    assert len(book.contacts(family_id=family.id)) == 2  # kept and shown


def test_concerns_are_counted_since_the_last_positive(book: ContactBook, today: date) -> None:
    family = book.add_family(Family.new("de Jong", [Child("Lucas", 5)]))
    book.log(family.id, Moment.PHONE, Tone.CONCERN, at=at(today - timedelta(days=30)))
    book.log(family.id, Moment.PICKUP, Tone.POSITIVE, at=at(today - timedelta(days=20)))
    book.log(family.id, Moment.PHONE, Tone.CONCERN, at=at(today - timedelta(days=8)))
    book.log(family.id, Moment.WALKIN, Tone.NEUTRAL, at=at(today - timedelta(days=6)))
    book.log(family.id, Moment.MEETING, Tone.CONCERN, at=at(today - timedelta(days=2)))
    book.log(family.id, Moment.PHONE, Tone.CONCERN, reached=False, at=at(today, 12, 0))
    status = status_of(book, family.id)
    assert status.concerns_since_positive == 2
    assert status.days_since_positive == 20 and status.needs_positive_contact
    assert status.contacts == 5
    assert status.last_contact == at(today - timedelta(days=2))


def test_only_concerns_ever(book: ContactBook, today: date) -> None:
    family = book.add_family(Family.new("Kovalenko"))
    for days in (9, 4, 1):
        book.log(family.id, Moment.PHONE, Tone.CONCERN, at=at(today - timedelta(days=days)))
    status = status_of(book, family.id)
    assert status.concerns_since_positive == 3 and status.last_positive is None
    assert status.days_since_positive is None and status.needs_positive_contact


def test_days_since_positive_are_calendar_days(book: ContactBook, today: date) -> None:
    family = book.add_family(Family.new("Öztürk"))
    book.log(family.id, Moment.PICKUP, at=at(date(2026, 11, 20), 15, 0))  # Friday
    status = status_of(book, family.id)
    assert status.days_since_positive == 5  # Wed − Fri: five days, three school days
    assert not status.needs_positive_contact


def test_archived_families_are_left_out(class_book: ContactBook) -> None:
    nguyen = class_book.find_families("nguyen")[0]
    class_book.set_active(nguyen.id, False)
    assert nguyen.id not in [s.family.id for s in class_book.statuses()]
    assert nguyen.id not in [s.family.id for s in class_book.needing_positive_contact()]


def test_never_met_first_then_longest_without_a_positive_contact(
    book: ContactBook, today: date
) -> None:
    recent = book.add_family(Family.new("Recent"))
    long_ago = book.add_family(Family.new("Lang geleden"))
    while_ago = book.add_family(Family.new("Even geleden"))
    met_never_positive = book.add_family(Family.new("Wel ontmoet", first_contact=date(2026, 9, 1)))
    never_met = book.add_family(Family.new("Nooit ontmoet"))
    attempted = book.add_family(Family.new("Geprobeerd"))
    concern_only = book.add_family(Family.new("Alleen zorgen"))
    book.log(recent.id, Moment.PICKUP, at=at(today - timedelta(days=1)))
    book.log(long_ago.id, Moment.PICKUP, at=at(today - timedelta(days=40)))
    book.log(while_ago.id, Moment.PICKUP, at=at(today - timedelta(days=20)))
    book.log(attempted.id, Moment.PHONE, reached=False, at=at(today - timedelta(days=3)))
    book.log(concern_only.id, Moment.PHONE, Tone.CONCERN, at=at(today - timedelta(days=3)))
    order = [s.family.name for s in book.needing_positive_contact()]
    assert order[:2] == ["Geprobeerd", "Nooit ontmoet"]
    assert set(order[2:4]) == {"Alleen zorgen", "Wel ontmoet"}
    assert order[4:] == ["Lang geleden", "Even geleden"]
    assert recent.id not in [s.family.id for s in book.needing_positive_contact()]
    assert met_never_positive.id in [s.family.id for s in book.needing_positive_contact()]
    assert never_met.id in [s.family.id for s in book.needing_positive_contact()]


def test_the_window_is_a_setting(class_book: ContactBook) -> None:
    needing = {s.family.name for s in class_book.needing_positive_contact()}
    assert class_book.settings().positive_window_school_days == 10
    class_book.set_window(2)
    fewer_days = {s.family.name for s in class_book.needing_positive_contact()}
    assert needing < fewer_days and "Øyen" in fewer_days - needing
    class_book.set_window(40)
    assert "Øyen" not in {s.family.name for s in class_book.needing_positive_contact()}
    with pytest.raises(ValueError):
        class_book.set_window(0)


def test_planned_families_are_marked(class_book: ContactBook) -> None:
    nguyen = class_book.find_families("nguyen")[0]
    class_book.set_planned(nguyen.id, True)
    assert status_of(class_book, nguyen.id).planned
    assert class_book.planned() == {nguyen.id}
    class_book.set_planned(nguyen.id, False)
    assert not status_of(class_book, nguyen.id).planned


def test_a_holiday_today_counts_back_from_before_it(book_path: Path) -> None:
    during = book_on(book_path, at(date(2026, 10, 21), 11, 0))
    during.add_holiday(HERFST.start, HERFST.end, HERFST.name)
    family = during.add_family(Family.new("Tesfay"))
    during.log(family.id, Moment.PICKUP, at=at(date(2026, 10, 5)))
    assert window_start(date(2026, 10, 21), 10, during.holidays()) == date(2026, 10, 5)
    assert not status_of(during, family.id).needs_positive_contact
