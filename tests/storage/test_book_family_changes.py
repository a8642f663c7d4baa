"""Family changes merge field by field, refuse silent overwrites, and can be undone."""

from __future__ import annotations

from datetime import date

import pytest

from storage import Child, ContactBook, FamilyConflict, Moment


def test_a_change_keeps_what_was_saved_elsewhere_meanwhile(class_book: ContactBook) -> None:
    nguyen = class_book.find_families("nguyen")[0]  # the form opens on this
    # Meanwhile an import adds a child and a log sets the first contact.
    other = ContactBook(class_book.path, clock=class_book._clock)
    other.change_family(nguyen.id, {"children": (*nguyen.children, Child("Lan", 2))})
    other.log(nguyen.id, Moment.PICKUP)
    saved = class_book.change_family(nguyen.id, {"language": "Vietnamees, Nederlands"}, base=nguyen)
    stored = class_book.family(nguyen.id)
    assert stored == saved
    assert stored.language == "Vietnamees, Nederlands"
    assert Child("Lan", 2) in stored.children
    assert stored.first_contact == class_book.today()


def test_a_field_changed_on_both_sides_is_a_conflict_naming_it(class_book: ContactBook) -> None:
    berg = class_book.find_families("berg")[0]
    class_book.change_family(berg.id, {"channel": "telefoon"})
    before = class_book.path.read_bytes()
    with pytest.raises(FamilyConflict) as conflict:
        class_book.change_family(berg.id, {"channel": "WhatsApp", "tips": "x"}, base=berg)
    assert conflict.value.fields == ("channel",)
    assert conflict.value.current.channel == "telefoon"
    assert class_book.path.read_bytes() == before  # nothing written
    # The same new value on both sides is no conflict; keep mine overrides.
    class_book.change_family(berg.id, {"channel": "telefoon"}, base=berg)
    kept = class_book.change_family(berg.id, {"channel": "WhatsApp"}, base=berg, force=True)
    assert kept.channel == class_book.family(berg.id).channel == "WhatsApp"


def test_no_change_writes_nothing(class_book: ContactBook) -> None:
    oyen = class_book.find_families("oyen")[0]
    version = class_book.version()
    class_book.change_family(oyen.id, {"name": oyen.name, "tips": oyen.tips}, base=oyen)
    assert class_book.version() == version


def test_undo_takes_back_an_archive_and_says_so(class_book: ContactBook) -> None:
    ozturk = class_book.find_families("ozturk")[0]
    class_book.set_active(ozturk.id, False)
    undone = class_book.undo()
    assert undone is not None and undone.action == "archive"
    assert [f.name for f in undone.families] == ["Öztürk"]
    assert class_book.family(ozturk.id).active
    class_book.set_active(ozturk.id, False)
    class_book.set_active(ozturk.id, True)
    assert class_book.undo().action == "unarchive"
    assert not class_book.family(ozturk.id).active
    assert class_book.undo() is None


def test_undo_takes_back_a_family_edit_only(class_book: ContactBook) -> None:
    yilmaz = class_book.find_families("yilmaz")[0]
    class_book.change_family(
        yilmaz.id, {"name": "Yilmaz-Kaya", "first_contact": date(2026, 9, 1)}, base=yilmaz
    )
    undone = class_book.undo()
    assert undone.action == "family_edit"
    assert class_book.family(yilmaz.id) == yilmaz
    assert undone.families == (yilmaz,)
