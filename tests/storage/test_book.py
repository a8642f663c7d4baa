"""ContactBook on a real file: families, logging, edits, undo, forget, time and two writers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import tinydb

from storage import (
    Child,
    ContactBook,
    Family,
    FutureTime,
    Initiator,
    Moment,
    Tone,
    UnknownContact,
    UnknownFamily,
)

CET = timezone(timedelta(hours=1), "CET")

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def raw(book: ContactBook) -> bytes:
    return book.path.read_bytes()


# -- families -------------------------------------------------------------------------------


def test_a_family_is_added_with_every_field(book: ContactBook) -> None:
    family = book.add_family(
        Family.new(
            "  van der   Berg ",
            [Child("Daan", 5), Child("Fleur", 2)],
            guardians=["Sanne van der Berg", "Joost de Wit"],
            language="Nederlands",
            interpreter=False,
            channel="app",
            first_contact=date(2026, 9, 1),
            tips="Vader werkt in ploegendienst; bellen na 18:00.",
        )
    )
    assert family.name == "van der Berg"
    assert book.family(family.id) == family
    fresh = ContactBook(book.path).family(family.id)
    assert fresh == family and fresh.groups == (2, 5) and fresh.child_names == "Daan, Fleur"


def test_a_family_needs_a_name(book: ContactBook) -> None:
    with pytest.raises(ValueError):
        book.add_family(Family.new("   "))
    assert not book.path.exists()


def test_a_family_is_updated(class_book: ContactBook) -> None:
    family = class_book.find_families("nguyen")[0]
    changed = replace(
        family,
        name=" Nguyễn  Văn ",
        children=(Child("Minh", 5), Child("Linh", 1)),
        interpreter=True,
        channel="WhatsApp",
    )
    stored = class_book.update_family(changed)
    assert stored.name == "Nguyễn Văn"
    assert ContactBook(class_book.path).family(family.id) == stored
    with pytest.raises(ValueError):
        class_book.update_family(replace(family, name=" "))
    with pytest.raises(UnknownFamily):
        class_book.update_family(replace(family, id=999))


def test_an_update_keeps_fields_a_newer_version_wrote(class_book: ContactBook) -> None:
    db = tinydb.TinyDB(class_book.path)
    db.table("families").update({"pronouns": "zij/haar"}, doc_ids=[1])
    db.close()
    class_book.update_family(replace(class_book.family(1), channel="telefoon"))
    doc = tinydb.TinyDB(class_book.path).table("families").get(doc_id=1)
    assert doc["pronouns"] == "zij/haar" and doc["channel"] == "telefoon"


def test_an_archived_family_is_kept_but_left_out(class_book: ContactBook) -> None:
    oyen = class_book.find_families("oyen")[0]
    archived = class_book.set_active(oyen.id, False)
    assert not archived.active
    assert oyen.id not in [f.id for f in class_book.families()]
    assert oyen.id in [f.id for f in class_book.families(include_archived=True)]
    assert oyen.id not in [s.family.id for s in class_book.statuses()]
    assert class_book.find_families("oyen") == [archived]
    assert class_book.search("oyen") == []
    assert class_book.contacts(family_id=oyen.id)  # its contacts stay
    assert class_book.set_active(oyen.id, True).active
    assert oyen.id in [f.id for f in class_book.families()]


def test_families_are_in_alphabetical_order_whatever_the_accents(class_book: ContactBook) -> None:
    names = [f.name for f in class_book.families()]
    assert names == ["de Jong", "de Jong", "Nguyễn", "Øyen", "Öztürk", "van der Berg", "Yılmaz"]


# -- logging --------------------------------------------------------------------------------


def test_one_contact_is_logged_and_read_back(book: ContactBook, now: datetime) -> None:
    family = book.add_family(Family.new("Øyen", [Child("Sigrid", 5)]))
    at = now - timedelta(minutes=3)
    contact = book.log(
        family.id,
        Moment.PICKUP,
        Tone.NEUTRAL,
        at=at,
        note="Gymtas vergeten",
        initiator=Initiator.PARENT,
        follow_up=True,
    )
    assert book.contact(contact.id) == contact
    assert contact.at == at and contact.day == date(2026, 11, 25)
    assert (contact.moment, contact.tone, contact.initiator) == (
        Moment.PICKUP,
        Tone.NEUTRAL,
        Initiator.PARENT,
    )
    assert contact.note == "Gymtas vergeten" and contact.follow_up and contact.reached
    assert ContactBook(book.path).contacts() == [contact]
    assert book.family(family.id).first_contact == date(2026, 11, 25)


def test_without_a_time_the_contact_is_now(book: ContactBook, now: datetime) -> None:
    family = book.add_family(Family.new("Yılmaz"))
    assert book.log(family.id, Moment.DROPOFF).at == now


@pytest.mark.parametrize("note", ["", "x" * 20_000, "Elif: “trots” 🎨\nop twee regels"])
def test_notes_empty_huge_and_odd_are_kept(book: ContactBook, note: str) -> None:
    family = book.add_family(Family.new("Nguyễn"))
    contact = book.log(family.id, Moment.MESSAGE, note=note)
    assert ContactBook(book.path).contact(contact.id).note == note


def test_a_batch_is_logged_in_one_write(class_book: ContactBook, now: datetime) -> None:
    ids = [f.id for f in class_book.search("de jong")] + [class_book.find_families("oyen")[0].id]
    before = len(class_book.contacts())
    made = class_book.log_batch(ids + ids[:1], Moment.PICKUP, Tone.POSITIVE, note="Na het ophalen")
    assert [c.family_id for c in made] == ids  # a family marked twice is logged once
    assert len({c.id for c in made}) == 3 and {c.at for c in made} == {now}
    assert len(class_book.contacts()) == before + 3
    assert class_book.last_action() == "log"
    undone = class_book.undo()
    assert undone is not None and len(undone.contacts) == 3
    assert len(class_book.contacts()) == before


def test_a_batch_with_an_unknown_family_writes_nothing(class_book: ContactBook) -> None:
    before = raw(class_book)
    with pytest.raises(UnknownFamily):
        class_book.log_batch([1, 2, 999], Moment.PICKUP)
    with pytest.raises(ValueError):
        class_book.log_batch([], Moment.PICKUP)
    assert raw(class_book) == before


def test_a_future_time_is_refused(class_book: ContactBook, now: datetime) -> None:
    before = raw(class_book)
    with pytest.raises(FutureTime):
        class_book.log(1, Moment.PICKUP, at=now + timedelta(minutes=1))
    with pytest.raises(FutureTime):
        class_book.log(1, Moment.PICKUP, at=datetime(2026, 11, 26, 8, 15, tzinfo=CET))
    contact = class_book.contacts()[0]
    with pytest.raises(FutureTime):
        class_book.update_contact(replace(contact, at=now + timedelta(days=1)))
    assert raw(class_book) == before
    assert class_book.log(1, Moment.PICKUP, at=now).at == now  # now itself is fine


def test_a_contact_at_midnight_is_on_its_own_day(book: ContactBook) -> None:
    family = book.add_family(Family.new("van der Berg"))
    midnight = book.log(family.id, Moment.MESSAGE, at=datetime(2026, 11, 24, 0, 0, tzinfo=CET))
    late = book.log(family.id, Moment.MESSAGE, at=datetime(2026, 11, 23, 23, 59, 59, tzinfo=CET))
    assert midnight.day == date(2026, 11, 24) and late.day == date(2026, 11, 23)
    assert book.contacts_on(date(2026, 11, 24)) == [midnight]
    assert book.contacts_on(date(2026, 11, 23)) == [late]
    assert book.contacts(start=date(2026, 11, 24), end=date(2026, 11, 24)) == [midnight]
    assert book.family(family.id).first_contact == date(2026, 11, 23)


@pytest.mark.parametrize(
    ("local", "day", "offset"),
    [
        # Spring forward on Sunday 29 March 2026 at 02:00 → 03:00.
        (datetime(2026, 3, 29, 0, 30), date(2026, 3, 29), "+01:00"),
        (datetime(2026, 3, 29, 23, 30), date(2026, 3, 29), "+02:00"),
        (datetime(2026, 3, 28, 23, 30), date(2026, 3, 28), "+01:00"),
        (datetime(2026, 3, 30, 0, 10), date(2026, 3, 30), "+02:00"),
        # Fall back on Sunday 25 October 2026 at 03:00 → 02:00.
        (datetime(2026, 10, 25, 0, 30), date(2026, 10, 25), "+02:00"),
        (datetime(2026, 10, 25, 23, 30), date(2026, 10, 25), "+01:00"),
        (datetime(2026, 10, 24, 23, 30), date(2026, 10, 24), "+02:00"),
        (datetime(2026, 10, 26, 0, 10), date(2026, 10, 26), "+01:00"),
    ],
)
def test_contacts_across_dst_changes_land_on_the_right_day(
    book: ContactBook, local: datetime, day: date, offset: str
) -> None:
    family = book.add_family(Family.new("Øyen"))
    contact = book.log(family.id, Moment.MESSAGE, at=local.replace(tzinfo=AMSTERDAM))
    assert contact.day == day
    stored = tinydb.TinyDB(book.path).table("contacts").get(doc_id=contact.id)["at"]
    assert stored == f"{local.isoformat()}{offset}"
    fresh = ContactBook(book.path, clock=book._clock)
    assert fresh.contacts_on(day) == [contact]
    assert fresh.contacts_on(day - timedelta(days=1)) == []
    assert fresh.contacts_on(day + timedelta(days=1)) == []


def test_the_newest_contact_comes_first_even_when_offsets_differ(book: ContactBook) -> None:
    family = book.add_family(Family.new("Yılmaz"))
    # 12:15 UTC is later than 13:10 in Amsterdam (12:10 UTC), though its text sorts first.
    earlier = book.log(family.id, Moment.PICKUP, at=datetime(2026, 11, 25, 13, 10, tzinfo=CET))
    later = book.log(
        family.id, Moment.MESSAGE, at=datetime.fromisoformat("2026-11-25T12:15:00+00:00")
    )
    assert book.contacts() == [later, earlier]
    assert book.statuses()[0].last_contact == later.at


# -- contacts by family, period, moment, tone ------------------------------------------------


def test_contacts_are_filtered(class_book: ContactBook) -> None:
    jong_a = class_book.find_families("lucas")[0]
    of_jong = class_book.contacts(family_id=jong_a.id)
    assert [c.moment for c in of_jong] == [Moment.PHONE, Moment.MEETING, Moment.PICKUP]
    assert all(a.at > b.at for a, b in zip(of_jong, of_jong[1:], strict=False))
    week = class_book.contacts(start=date(2026, 11, 23), end=date(2026, 11, 25))
    assert {c.day for c in week} == {date(2026, 11, 25), date(2026, 11, 23)}
    assert len(week) == 3
    assert [c.moment for c in class_book.contacts(moments=[Moment.EVENT])] == [Moment.EVENT]
    concerns = class_book.contacts(tones=[Tone.CONCERN])
    assert len(concerns) == 2 and {c.family_id for c in concerns} == {jong_a.id}
    informal = class_book.contacts(
        moments=[Moment.PICKUP, Moment.DROPOFF], tones=[Tone.POSITIVE], start=date(2026, 11, 1)
    )
    assert [c.note for c in informal] == ["Elif trots op tekening"]
    assert len(class_book.contacts(limit=2)) == 2
    assert class_book.contacts(family_id=999) == []


@pytest.mark.parametrize("page", [None, 50], ids=["every contact", "a page"])
def test_a_tone_filter_leaves_out_attempts(class_book: ContactBook, page: int | None) -> None:
    # An attempt reached nobody and has no tone; it is stored "=", which History's
    # "neutral" filter showed as if it were a neutral contact.
    nguyen = class_book.find_families("nguyen")[0]
    class_book.log(nguyen.id, Moment.PHONE, Tone.NEUTRAL, reached=False, note="geen gehoor")
    class_book.log(nguyen.id, Moment.PICKUP, Tone.NEUTRAL, note="even gedag gezegd")
    neutral = class_book.contacts(family_id=nguyen.id, tones=[Tone.NEUTRAL], limit=page)
    assert [c.note for c in neutral] == ["even gedag gezegd"]
    assert len(class_book.contacts(family_id=nguyen.id, limit=page)) == 2


def test_statuses_of_the_class(class_book: ContactBook) -> None:
    by_name = {(s.family.name, s.family.child_names): s for s in class_book.statuses()}
    nguyen = by_name[("Nguyễn", "Minh")]
    assert nguyen.last_contact is None and nguyen.days_since_positive is None
    assert nguyen.needs_positive_contact and nguyen.family.first_contact is None
    yilmaz = by_name[("Yılmaz", "Elif, Emre")]
    assert yilmaz.days_since_positive == 0 and not yilmaz.needs_positive_contact
    jong = by_name[("de Jong", "Lucas")]
    assert jong.days_since_positive == 30 and jong.concerns_since_positive == 2
    assert jong.needs_positive_contact and jong.contacts == 3
    berg = by_name[("van der Berg", "Daan")]
    assert berg.last_contact.hour == 8 and berg.last_positive.hour == 18
    assert berg.days_since_positive == 15 and berg.needs_positive_contact


# -- edit, delete, undo ---------------------------------------------------------------------


def test_edit_and_its_undo(class_book: ContactBook) -> None:
    contact = class_book.contacts()[0]
    edited = class_book.update_contact(
        replace(contact, tone=Tone.CONCERN, moment=Moment.PHONE, note="Toch zorgen")
    )
    assert class_book.contact(contact.id) == edited
    assert class_book.last_action() == "edit"
    undone = class_book.undo()
    assert undone is not None and undone.action == "edit" and undone.contacts == (contact,)
    assert class_book.contact(contact.id) == contact
    assert class_book.undo() is None and class_book.last_action() is None


def test_delete_and_its_undo(class_book: ContactBook) -> None:
    contact = class_book.contacts()[-1]
    before = len(class_book.contacts())
    assert class_book.delete_contact(contact.id) == contact
    with pytest.raises(UnknownContact):
        class_book.contact(contact.id)
    with pytest.raises(UnknownContact):
        class_book.delete_contact(contact.id)
    undone = class_book.undo()
    assert undone is not None and undone.action == "delete"
    assert class_book.contact(contact.id) == contact
    assert len(class_book.contacts()) == before


def test_undo_of_a_first_contact_unmeets_the_family(class_book: ContactBook, now) -> None:
    nguyen = class_book.find_families("nguyen")[0]
    contact = class_book.log(nguyen.id, Moment.PICKUP, Tone.POSITIVE)
    assert class_book.family(nguyen.id).first_contact == now.date()
    undone = class_book.undo()
    assert undone is not None and undone.contacts == (contact,)
    assert undone.families[0].first_contact is None
    assert class_book.family(nguyen.id).first_contact is None
    assert class_book.contacts(family_id=nguyen.id) == []


def test_an_attempt_is_no_first_contact(class_book: ContactBook, now: datetime) -> None:
    nguyen = class_book.find_families("nguyen")[0]
    attempt = class_book.log(nguyen.id, Moment.PHONE, Tone.NEUTRAL, reached=False)
    assert class_book.family(nguyen.id).first_contact is None
    status = next(s for s in class_book.statuses() if s.family.id == nguyen.id)
    assert status.last_contact is None and status.contacts == 0
    # Edited to "reached" after all: now it is the first contact, and undo takes that back.
    class_book.update_contact(replace(attempt, reached=True))
    assert class_book.family(nguyen.id).first_contact == now.date()
    class_book.undo()
    assert class_book.family(nguyen.id).first_contact is None
    assert not class_book.contact(attempt.id).reached


def test_a_contact_for_the_wrong_family_deleted_later_unmeets_it(
    class_book: ContactBook, now: datetime
) -> None:
    noor = class_book.find_families("noor")[0]
    assert noor.first_contact is None
    wrong = class_book.log(noor.id, Moment.PICKUP, at=now - timedelta(minutes=20))
    class_book.log(1, Moment.PICKUP, at=now - timedelta(minutes=10))  # undo no longer helps
    assert class_book.family(noor.id).first_contact == now.date()
    class_book.delete_contact(wrong.id)
    assert class_book.family(noor.id).first_contact is None
    class_book.undo()
    assert class_book.contact(wrong.id) == wrong
    assert class_book.family(noor.id).first_contact == now.date()


def test_deleting_the_first_contact_makes_the_next_one_first(class_book: ContactBook) -> None:
    lucas = class_book.find_families("lucas")[0]
    first = min(class_book.contacts(family_id=lucas.id), key=lambda c: c.at)
    assert class_book.family(lucas.id).first_contact == first.day
    class_book.delete_contact(first.id)
    assert class_book.family(lucas.id).first_contact == date(2026, 11, 17)
    # Deleting a later contact leaves the first contact alone.
    latest = class_book.contacts(family_id=lucas.id)[0]
    class_book.delete_contact(latest.id)
    assert class_book.family(lucas.id).first_contact == date(2026, 11, 17)


def test_an_edit_that_makes_the_first_contact_an_attempt_unmeets(class_book: ContactBook) -> None:
    oyen = class_book.find_families("oyen")[0]
    only = class_book.contacts(family_id=oyen.id)[0]
    class_book.update_contact(replace(only, reached=False))
    assert class_book.family(oyen.id).first_contact is None
    class_book.undo()
    assert class_book.family(oyen.id).first_contact == only.day
    moved = class_book.update_contact(replace(only, at=only.at + timedelta(days=1)))
    assert class_book.family(oyen.id).first_contact == moved.day == date(2026, 11, 24)


def test_a_first_contact_set_by_hand_stays_when_contacts_go(book: ContactBook, now) -> None:
    family = book.add_family(Family.new("Tesfay", first_contact=date(2026, 9, 3)))
    contact = book.log(family.id, Moment.PICKUP)
    book.delete_contact(contact.id)
    assert book.family(family.id).first_contact == date(2026, 9, 3)


def test_an_earlier_contact_becomes_the_first_contact(class_book: ContactBook) -> None:
    oyen = class_book.find_families("oyen")[0]
    assert oyen.first_contact == date(2026, 11, 23)
    class_book.log(oyen.id, Moment.EVENT, at=datetime(2026, 9, 10, 19, 0, tzinfo=CET))
    assert class_book.family(oyen.id).first_contact == date(2026, 9, 10)
    class_book.log(oyen.id, Moment.EVENT, at=datetime(2026, 10, 1, 19, 0, tzinfo=CET))
    assert class_book.family(oyen.id).first_contact == date(2026, 9, 10)


def test_undo_takes_back_the_last_entry_in_the_file_whoever_made_it(
    class_book: ContactBook, book_path: Path, clock
) -> None:
    other = ContactBook(book_path, clock=clock)
    mine = class_book.log(1, Moment.WALKIN)
    theirs = other.log(2, Moment.SCHOOLYARD)  # the CLI beside the TUI; its log is the last one
    assert class_book.undo().contacts == (theirs,)
    assert class_book.contact(mine.id) == mine


# -- forget ---------------------------------------------------------------------------------


def test_forget_leaves_no_trace_in_the_file(class_book: ContactBook, now) -> None:
    berg = class_book.find_families("van der berg")[0]
    class_book.update_family(
        replace(berg, tips="Oma Truus Hoogeveen haalt Daan op", guardians=("Sanne van der Berg",))
    )
    class_book.log(berg.id, Moment.WALKIN, note="Daan hielp Kwabena met lezen")
    class_book.set_planned(berg.id, True)
    class_book.log(1, Moment.PICKUP, note="Elif vrolijk")  # someone else's, kept

    family, gone = class_book.forget(berg.id)
    assert family.id == berg.id and gone == 3
    data = raw(class_book)
    for trace in ("van der Berg", "Daan", "Sanne", "Truus Hoogeveen", "Kwabena", "hielp"):
        assert trace.encode() not in data, trace
        assert trace.lower().encode() not in data.lower(), trace
    assert class_book.planned() == set()
    assert class_book.last_action() is None and class_book.undo() is None
    with pytest.raises(UnknownFamily):
        class_book.family(berg.id)
    assert class_book.contacts(family_id=berg.id) == []
    assert b"Elif vrolijk" in data and "Yılmaz".encode() in data


def test_a_forgotten_familys_id_is_never_given_again(class_book: ContactBook) -> None:
    last = max(f.id for f in class_book.families())
    class_book.forget(last)
    newcomer = class_book.add_family(Family.new("Haddad", [Child("Lana", 5)]))
    assert newcomer.id == last + 1
    class_book.forget(1)
    assert class_book.add_family(Family.new("Tesfay")).id == last + 2
    fresh = ContactBook(class_book.path)
    assert fresh.add_family(Family.new("Kovalenko")).id == last + 3
    assert fresh.settings().positive_window_school_days == 10


def test_forget_one_de_jong_keeps_the_other(class_book: ContactBook) -> None:
    lucas, noor = class_book.find_families("de jong")
    class_book.forget(lucas.id)
    assert class_book.find_families("de jong") == [noor]
    assert b"Lucas" not in raw(class_book) and b"Mark de Jong" not in raw(class_book)
    with pytest.raises(UnknownFamily):
        class_book.forget(lucas.id)


# -- two books on one file ------------------------------------------------------------------


def test_two_books_on_one_file_lose_nothing(book_path: Path, clock, now: datetime) -> None:
    tui = ContactBook(book_path, clock=clock)
    cli = ContactBook(book_path, clock=clock)
    tui.families()
    cli.families()  # both have read (and cached) the empty file
    a = tui.add_family(Family.new("Yılmaz", [Child("Elif", 5)]))
    b = cli.add_family(Family.new("Øyen", [Child("Sigrid", 5)]))
    assert a.id != b.id
    logged = []
    for minute in range(10):
        at = now - timedelta(minutes=30 - minute)
        writer = tui if minute % 2 else cli
        logged.append(writer.log(a.id if minute % 3 else b.id, Moment.PICKUP, at=at))
    logged += tui.log_batch([a.id, b.id], Moment.SCHOOLYARD)
    cli.add_family(Family.new("Nguyễn"))
    tui.set_window(7)
    cli.add_holiday(date(2026, 12, 19), date(2027, 1, 3), "Kerstvakantie")

    fresh = ContactBook(book_path, clock=clock)
    assert sorted(c.id for c in fresh.contacts()) == sorted(c.id for c in logged)
    assert len({c.id for c in logged}) == len(logged) == 12
    assert {f.name for f in fresh.families()} == {"Yılmaz", "Øyen", "Nguyễn"}
    assert tui.families() == cli.families() == fresh.families()
    assert cli.settings().positive_window_school_days == 7
    assert [h.name for h in tui.holidays()] == ["Kerstvakantie"]
    db = tinydb.TinyDB(book_path)
    assert len(db.table("contacts")) == 12 and len(db.table("families")) == 3
    db.close()


def test_a_book_sees_what_another_wrote(class_book: ContactBook, book_path: Path, clock) -> None:
    other = ContactBook(book_path, clock=clock)
    before = class_book.contacts()
    contact = other.log(1, Moment.MESSAGE, Tone.NEUTRAL)
    assert class_book.contacts() == [contact, *before]
    edited = other.update_contact(replace(contact, tone=Tone.CONCERN))  # same size on disk
    assert class_book.contact(contact.id) == edited


def test_a_naive_time_is_local_time(book: ContactBook) -> None:
    family = book.add_family(Family.new("Öztürk"))
    naive = datetime(2026, 11, 20, 15, 0)
    contact = book.log(family.id, Moment.PICKUP, at=naive)
    assert contact.at.tzinfo is not None
    assert contact.at == naive.astimezone()


def test_family_records_round_trip_through_docs() -> None:
    family = Family(
        id=3,
        name="Wiśniewska",
        children=(Child("Zofia", 5),),
        guardians=("Katarzyna Wiśniewska",),
        language="Pools",
        interpreter=True,
        channel="WhatsApp",
        first_contact=date(2026, 9, 2),
        active=False,
        tips="Korte zinnen",
    )
    assert Family.from_doc(3, family.to_doc()) == family
