"""A log adds its contacts without TinyDB renumbering the whole contacts table
(storage/engine/textids.py): at eight school years that was ~80 ms a log."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.table import Table

from storage import Child, ContactBook, Moment, Tone


class CountingId(int):
    made = 0

    def __new__(cls, value: object) -> CountingId:
        CountingId.made += 1
        return super().__new__(cls, value)


@pytest.fixture
def book(tmp_path: Path) -> ContactBook:
    book = ContactBook(tmp_path / "school.json")
    families = [
        book.add_family(name, children=[Child(f"kind {name}", 4)]).id
        for name in ("Yılmaz", "Øyen", "Nguyễn", "van der Berg")
    ]
    start = book.now() - timedelta(days=60)
    for day in range(50):
        book.log_batch(families, Moment.PICKUP, Tone.POSITIVE, at=start + timedelta(days=day))
    return book


def test_a_log_does_not_convert_every_contact_id(
    book: ContactBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(book.contacts()) == 200
    monkeypatch.setattr(Table, "document_id_class", CountingId)
    CountingId.made = 0
    family = book.families()[0].id
    contact = book.log(family, Moment.SCHOOLYARD, note="Fijn gesprek")
    assert CountingId.made < 20  # the families and undo tables only, not 200 contacts
    assert contact.id == 201 and book.contact(201).note == "Fijn gesprek"


def test_the_appended_contacts_read_back_everywhere(book: ContactBook) -> None:
    families = [f.id for f in book.families()]
    added = book.log_batch(families[:3], Moment.PHONE, Tone.CONCERN)
    assert [c.id for c in added] == [201, 202, 203]
    with TinyDB(book.path) as plain:  # plain TinyDB sees int ids, as before
        table = plain.table("contacts")
        assert len(table) == 203 and table.get(doc_id=203)["moment"] == "phone"
    undone = book.undo()
    assert sorted(c.id for c in undone.contacts) == [201, 202, 203]
    assert len(book.contacts()) == 200
    assert book.log(families[0], Moment.EVENT).id == 201
