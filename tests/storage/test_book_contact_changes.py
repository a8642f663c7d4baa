"""Contact changes merge field by field, refuse silent overwrites, and can be undone."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from classbook import NOW

from storage import ContactBook, ContactConflict, FutureTime, Moment, Tone, UnknownContact
from storage.rules.when import TooLongAgo


def the_contact(book: ContactBook, family: str):
    """The newest contact of the family found by `family`."""
    found = book.find_families(family)[0]
    return book.contacts(family_id=found.id)[0]


def test_a_change_keeps_what_was_saved_elsewhere_meanwhile(class_book: ContactBook) -> None:
    shown = the_contact(class_book, "yilmaz")  # the form opens on this
    other = ContactBook(class_book.path, clock=class_book._clock)
    other.change_contact(shown.id, {"note": "Elif trots op tekening, ook op de gym"})
    saved = class_book.change_contact(shown.id, {"tone": Tone.NEUTRAL}, base=shown)
    stored = class_book.contact(shown.id)
    assert stored == saved
    assert stored.tone is Tone.NEUTRAL
    assert stored.note == "Elif trots op tekening, ook op de gym"  # not set back by the form


def test_a_field_changed_on_both_sides_is_a_conflict_naming_it(class_book: ContactBook) -> None:
    shown = the_contact(class_book, "yilmaz")
    class_book.change_contact(shown.id, {"note": "van de shell"})
    before = class_book.path.read_bytes()
    with pytest.raises(ContactConflict) as conflict:
        class_book.change_contact(
            shown.id, {"note": "uit het formulier", "follow_up": True}, base=shown
        )
    assert conflict.value.fields == ("note",)
    assert conflict.value.current.note == "van de shell"
    assert class_book.path.read_bytes() == before  # nothing written
    # The same new value on both sides is no conflict; force saves mine over theirs.
    class_book.change_contact(shown.id, {"note": "van de shell"}, base=shown)
    kept = class_book.change_contact(
        shown.id, {"note": "uit het formulier"}, base=shown, force=True
    )
    assert kept.note == class_book.contact(shown.id).note == "uit het formulier"


def test_no_change_writes_nothing(class_book: ContactBook) -> None:
    shown = the_contact(class_book, "oyen")
    version = class_book.version()
    class_book.change_contact(shown.id, {"note": shown.note, "at": shown.at}, base=shown)
    assert class_book.version() == version


def test_the_time_rules_and_the_cleaning_still_hold(class_book: ContactBook) -> None:
    shown = the_contact(class_book, "oyen")
    with pytest.raises(FutureTime):
        class_book.change_contact(shown.id, {"at": NOW + timedelta(hours=1)}, base=shown)
    with pytest.raises(TooLongAgo):
        class_book.change_contact(shown.id, {"at": datetime(1900, 1, 1, tzinfo=NOW.tzinfo)})
    with pytest.raises(ValueError, match="family"):
        class_book.change_contact(shown.id, {"family_id": 1})
    with pytest.raises(UnknownContact):
        class_book.change_contact(9999, {"note": "x"})
    saved = class_book.change_contact(
        shown.id, {"note": "Bakker\x1b]52;c;aGFsbG8=\x07 \u202egroet"}
    )
    assert "\x1b" not in saved.note and "\u202e" not in saved.note
    assert class_book.contact(shown.id).note == saved.note


def test_an_empty_note_and_defaults_are_really_cleared(class_book: ContactBook) -> None:
    """Stored contacts leave fields at their default out: a merge must not keep the old one."""
    shown = the_contact(class_book, "yilmaz")
    class_book.change_contact(shown.id, {"follow_up": True, "reached": False}, base=shown)
    cleared = class_book.change_contact(shown.id, {"note": "", "follow_up": False, "reached": True})
    assert class_book.contact(shown.id) == cleared
    assert (cleared.note, cleared.follow_up, cleared.reached) == ("", False, True)


def test_undo_takes_back_a_contact_edit_and_its_first_contact(class_book: ContactBook) -> None:
    nguyen = class_book.find_families("nguyen")[0]
    attempt = class_book.log(nguyen.id, Moment.PHONE, reached=False, at=NOW - timedelta(days=1))
    assert class_book.family(nguyen.id).first_contact is None
    class_book.change_contact(attempt.id, {"reached": True, "note": "toch bereikt"}, base=attempt)
    assert class_book.family(nguyen.id).first_contact == (NOW - timedelta(days=1)).date()
    undone = class_book.undo()
    assert undone is not None and undone.action == "edit"
    assert class_book.contact(attempt.id) == attempt
    assert class_book.family(nguyen.id).first_contact is None
