"""Text coming in is stored clean: every write method of the book, and a class list."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from storage import Child, ContactBook, Family, Moment, Tone, iso_week
from storage.classlists.classlist import read_classlist
from storage.rules.safetext import FORBIDDEN

OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"
DIRTY = f"{OSC52}\x1b[2J\x9b2J\u202e\u2066\x00"


def stored_text(path: Path) -> list[str]:
    """Every string in the data file, keys and values."""
    found: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                found.append(key)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(path.read_text(encoding="utf-8")))
    return found


def assert_clean_file(path: Path) -> None:
    dirty = [s for s in stored_text(path) if any(c not in "\n\t" for c in FORBIDDEN.findall(s))]
    assert dirty == []
    assert "ZWNobyBwd25lZA" not in path.read_text(encoding="utf-8")


def test_every_write_method_stores_clean_text(book: ContactBook, now):
    family = book.add_family(
        Family.new(
            f"Bakker{DIRTY}",
            [Child(f"Sem{DIRTY}", 5)],
            guardians=[f"Anna{DIRTY}"],
            language=f"Turks{DIRTY}",
            channel=f"mail{DIRTY}",
            tips=f"korte zinnen{DIRTY}\nniet bellen",
        )
    )
    assert family.name == "Bakker"
    assert family.children == (Child("Sem", 5),)
    assert family.guardians == ("Anna",)
    assert (family.language, family.channel) == ("Turks", "mail")
    assert family.tips == "korte zinnen\nniet bellen"
    assert book.family(family.id) == family

    other = book.add_family(Family.new("Yılmaz", [Child("Elif", 5)]))
    edited = book.update_family(
        replace(other, name=f"Yılmaz{DIRTY}", children=(Child(f"Elif{DIRTY}", 5),))
    )
    assert (edited.name, edited.children) == ("Yılmaz", (Child("Elif", 5),))
    assert book.family(other.id).name == "Yılmaz"

    contact = book.log(family.id, Moment.PICKUP, note=f"fijn{DIRTY}\r\ngesprek", at=now)
    assert contact.note == "fijn\ngesprek"
    batch = book.log_batch([family.id, other.id], Moment.EVENT, note=f"feest{DIRTY}", at=now)
    assert [c.note for c in batch] == ["feest", "feest"]
    changed = book.update_contact(replace(contact, note=f"anders{DIRTY}", tone=Tone.NEUTRAL))
    assert changed.note == "anders"
    assert book.contact(contact.id).note == "anders"

    holiday = book.add_holiday(now.date(), now.date() + timedelta(days=2), f"Kerst{DIRTY}")
    assert holiday.name == "Kerst"
    assert book.holidays()[0].name == "Kerst"
    week = iso_week(now.date())
    book.set_reflection(week, f"Wat ging goed?{DIRTY}\nveel")
    assert book.reflection(week) == "Wat ging goed?\nveel"
    assert_clean_file(book.path)


def test_a_name_of_nothing_but_escapes_is_no_name(book: ContactBook):
    with pytest.raises(ValueError):
        book.add_family(Family.new("\x1b[2J\u202e"))


def test_class_list_with_escapes_imports_clean_text(book: ContactBook, tmp_path: Path):
    csv = tmp_path / "klas.csv"
    csv.write_text(
        "\ufeffgezin;kind;groep;ouders;taal;kanaal\n"
        f'"Bakker{OSC52}";Sem\x1b[2J;5;Anna\u202e;Pools\x9b2J;mail\u2066\x7f\n'
        "Yılmaz;Elif;5;Ayşe;Turks;WhatsApp\n",
        encoding="utf-8",
    )
    rows = read_classlist(csv)
    assert [(r.family, r.child, r.guardians, r.language, r.channel) for r in rows] == [
        ("Bakker", "Sem", ("Anna",), "Pools", "mail"),
        ("Yılmaz", "Elif", ("Ayşe",), "Turks", "WhatsApp"),
    ]
    book.import_families(rows)
    assert [f.name for f in book.families()] == ["Bakker", "Yılmaz"]
    assert_clean_file(book.path)
