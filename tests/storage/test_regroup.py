"""Issue 9 item 6: one surname, two families — reported at import, merged or split at will."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from classbook import CET

from storage import Child, ContactBook, Family, Moment, Refused
from storage.classlists.classlist import read_classlist


def import_csv(book: ContactBook, tmp_path: Path, text: str):
    path = tmp_path / "klas.csv"
    path.write_text(text, encoding="utf-8")
    return book.import_families(read_classlist(path))


def test_a_list_without_guardians_says_which_families_it_made_by_surname(
    book: ContactBook, tmp_path: Path
) -> None:
    result = import_csv(
        book, tmp_path, "gezin;kind;groep\nde Vries;Sanne;4\nde Vries;Lucas;6\nØyen;Sigrid;5\n"
    )
    [vries] = [f for f in book.families() if f.name == "de Vries"]
    assert result.merged_by_name == (vries.id,)  # not silently: the import names it
    assert result.possible_siblings == ()


def test_a_new_namesake_without_guardians_is_named_as_a_possible_sibling(
    book: ContactBook, tmp_path: Path
) -> None:
    sanne = book.add_family(Family.new("de Vries", [Child("Sanne", 4)]))
    result = import_csv(book, tmp_path, "gezin;kind;groep\nde Vries;Lucas;6\n")
    [lucas] = [f for f in book.families() if f.child_names == "Lucas"]
    assert result.possible_siblings == ((sanne.id, lucas.id),)
    again = import_csv(book, tmp_path, "gezin;kind;groep\nde Vries;Lucas;6\n")
    assert again.possible_siblings == ()  # reported once, when the family is new


def test_split_then_merge_back_each_one_write(book: ContactBook, tmp_path: Path) -> None:
    import_csv(book, tmp_path, "gezin;kind;groep\nde Vries;Sanne;4\nde Vries;Lucas;6\n")
    [vries] = book.families()
    book.log(vries.id, Moment.PICKUP, at=datetime(2026, 11, 20, 15, 5, tzinfo=CET))
    writes = []
    real = book._engine.change

    def counted():
        writes.append(1)
        return real()

    book._engine.change = counted  # type: ignore[method-assign]
    kept, new = book.split_family(vries.id, ["lucas"])
    assert len(writes) == 1
    assert [c.name for c in kept.children] == ["Sanne"]
    assert [c.name for c in new.children] == ["Lucas"] and new.name == "de Vries"
    assert len(book.contacts(family_id=kept.id)) == 1  # contacts stay where they were
    book.set_planned(new.id, True, "2026-W49")
    merged = book.merge_families(kept.id, new.id)
    assert len(writes) == 3
    assert [c.name for c in merged.children] == ["Sanne", "Lucas"]
    assert [f.id for f in book.families()] == [kept.id]
    assert book.planned("2026-W49") == {kept.id}
    stored = json.loads(book.path.read_text(encoding="utf-8"))
    assert list(stored["families"]) == [str(kept.id)]


def test_merge_moves_contacts_and_keeps_the_first_meeting(book: ContactBook) -> None:
    a = book.add_family(Family.new("Yılmaz", [Child("Elif", 5)], guardians=["Ayşe Yılmaz"]))
    b = book.add_family(
        Family.new("Yilmaz", [Child("Emre", 2)], language="Turks", first_contact=date(2026, 9, 2))
    )
    book.log(b.id, Moment.PHONE, at=datetime(2026, 11, 2, 10, 0, tzinfo=CET))
    merged = book.merge_families(a.id, b.id)
    assert merged.language == "Turks" and merged.guardians == ("Ayşe Yılmaz",)
    assert merged.first_contact == date(2026, 9, 2)
    assert [c.family_id for c in book.contacts()] == [a.id]
    with pytest.raises(Refused):
        book.merge_families(a.id, a.id)


def test_split_refuses_what_cannot_be(book: ContactBook) -> None:
    family = book.add_family(Family.new("de Vries", [Child("Sanne", 4), Child("Lucas", 6)]))
    before = book.path.read_bytes()
    for children in (["Noor"], ["Sanne", "Lucas"], []):
        with pytest.raises(Refused):
            book.split_family(family.id, children)
    assert book.path.read_bytes() == before


def test_similar_families_warns_before_a_family_is_typed_in_twice(book: ContactBook) -> None:
    jong_a = book.add_family(Family.new("de Jong", [Child("Lucas", 5)]))
    jong_b = book.add_family(Family.new("de Jong", [Child("Noor", 4)]))
    book.add_family(Family.new("Jongen", [Child("Bram", 3)]))
    assert [f.id for f in book.similar_families("De  Jong", [Child("Noor", 4)])] == [
        jong_b.id,
        jong_a.id,
    ]
    assert [f.id for f in book.similar_families("ÖYEN")] == []
    oyen = book.add_family(Family.new("Øyen", []))
    assert [f.id for f in book.similar_families("oyen")] == [oyen.id]
