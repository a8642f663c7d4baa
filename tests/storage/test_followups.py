"""Issue 9 follow-ups: open until a later reached contact clears them, or ticked off."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from classbook import NOW

from storage import ContactBook, Family, Moment, Tone


def at(days_ago: float, hour: int = 15) -> datetime:
    return (NOW - timedelta(days=days_ago)).replace(hour=hour, minute=5)


def test_a_follow_up_stays_open_until_a_later_reached_contact(book: ContactBook) -> None:
    yilmaz = book.add_family(Family.new("Yılmaz", []))
    oyen = book.add_family(Family.new("Øyen", []))
    first = book.log(yilmaz.id, Moment.PHONE, Tone.CONCERN, at=at(5), follow_up=True)
    other = book.log(oyen.id, Moment.PICKUP, Tone.NEUTRAL, at=at(3), follow_up=True)
    assert [c.id for c in book.open_followups()] == [first.id, other.id]  # oldest first

    book.log(yilmaz.id, Moment.PHONE, at=at(2), reached=False)  # nobody answered
    assert [c.id for c in book.open_followups()] == [first.id, other.id]
    book.log(oyen.id, Moment.PICKUP, at=at(6))  # earlier than the flag: clears nothing
    assert [c.id for c in book.open_followups()] == [first.id, other.id]

    book.log(yilmaz.id, Moment.PICKUP, Tone.NEUTRAL, at=at(1))
    assert [c.id for c in book.open_followups()] == [other.id]


def test_a_later_follow_up_replaces_the_older_one(book: ContactBook) -> None:
    family = book.add_family(Family.new("de Vries", []))
    book.log(family.id, Moment.PHONE, at=at(4), follow_up=True)
    newer = book.log(family.id, Moment.MEETING, at=at(1), follow_up=True)
    assert [c.id for c in book.open_followups()] == [newer.id]


def test_tick_a_follow_up_off_stored_and_undoable(book: ContactBook) -> None:
    family = book.add_family(Family.new("Nguyễn", []))
    flagged = book.log(family.id, Moment.MESSAGE, at=at(2), follow_up=True)
    ticked = book.tick_followup(flagged.id)
    assert ticked.follow_up_done and ticked.follow_up
    assert book.open_followups() == []
    stored = json.loads(book.path.read_text(encoding="utf-8"))["contacts"][str(flagged.id)]
    assert stored["follow_up_done"] is True
    assert ContactBook(book.path, clock=lambda: NOW).open_followups() == []  # read back
    book.undo()
    assert [c.id for c in book.open_followups()] == [flagged.id]


def test_archived_families_have_no_open_follow_ups(book: ContactBook) -> None:
    family = book.add_family(Family.new("van der Berg", []))
    book.log(family.id, Moment.PHONE, at=at(2), follow_up=True)
    book.set_active(family.id, False)
    assert book.open_followups() == []


def test_across_the_dst_change_the_later_contact_is_the_later_moment(book: ContactBook) -> None:
    """25 Oct 2026, 02:30 happens twice; a contact at 02:10+01:00 is after 02:50+02:00."""
    family = book.add_family(Family.new("Øyen", []))
    summer = datetime.fromisoformat("2026-10-25T02:50:00+02:00")
    winter = datetime.fromisoformat("2026-10-25T02:10:00+01:00")
    book.log(family.id, Moment.PHONE, at=summer, follow_up=True)
    book.log(family.id, Moment.PHONE, at=winter)
    assert book.open_followups() == []
