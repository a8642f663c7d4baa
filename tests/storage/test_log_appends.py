"""A log adds its contacts without TinyDB renumbering the whole contacts table
(storage/engine/textids.py): at eight school years that was ~80 ms a log."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.table import Table

from storage import Child, ContactBook, Family, Moment, Tone


class CountingId(int):
    made = 0

    def __new__(cls, value: object) -> CountingId:
        CountingId.made += 1
        return super().__new__(cls, value)


@pytest.fixture
def book(tmp_path: Path) -> ContactBook:
    book = ContactBook(tmp_path / "school.json")
    families = [
        book.add_family(Family.new(name, children=[Child(f"kind {name}", 4)])).id
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


class CountingTable(dict):
    """The contacts table as a change reads it, counting walks over every document."""

    walks = 0

    def items(self):  # type: ignore[override]
        CountingTable.walks += 1
        return super().items()

    def keys(self):  # type: ignore[override]
        CountingTable.walks += 1
        return super().keys()

    def values(self):  # type: ignore[override]
        CountingTable.walks += 1
        return super().values()


def test_a_log_adds_to_the_contacts_table_without_copying_it(
    book: ContactBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storage.engine.storage import DataStorage

    fresh, write = DataStorage.read_fresh, DataStorage.write
    walks_before_write: list[int] = []

    def counted(self: DataStorage) -> dict:
        tables = fresh(self)
        tables["contacts"] = CountingTable(tables["contacts"])
        return tables

    def written(self: DataStorage, data: dict) -> None:
        walks_before_write.append(CountingTable.walks)  # encoding the file walks it, once
        write(self, data)

    monkeypatch.setattr(DataStorage, "read_fresh", counted)
    monkeypatch.setattr(DataStorage, "write", written)
    CountingTable.walks = 0
    family = book.families()[0].id
    added = book.log_batch([family], Moment.WALKIN, Tone.NEUTRAL, note="Øyen: prima")
    assert walks_before_write == [0]  # 134k documents at eight school years: not copied
    assert [c.id for c in added] == [201]
    monkeypatch.undo()
    assert book.contact(201).note == "Øyen: prima" and len(book.contacts()) == 201
    with TinyDB(book.path) as plain:
        assert plain.table("contacts").get(doc_id=201)["moment"] == "walkin"


def test_an_appended_id_that_exists_is_refused_and_nothing_is_written(book: ContactBook) -> None:
    from storage.engine.textids import TextIdTable

    before = book.path.read_bytes()
    with pytest.raises(ValueError, match="already exists"), book._change():
        table = TextIdTable(book._engine, "contacts")
        table.insert_multiple([book._doc({"family": 1}, "201"), book._doc({"family": 1}, "5")])
    assert book.path.read_bytes() == before
    with pytest.raises(ValueError, match="already exists"), book._change():
        table = TextIdTable(book._engine, "contacts")
        table.insert_multiple([book._doc({"family": 1}, "201"), book._doc({"family": 1}, "201")])
    assert book.path.read_bytes() == before and len(book.contacts()) == 200
