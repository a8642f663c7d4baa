"""The data file itself: 0600, plain-TinyDB readable, damage never overwritten, no temp files."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest
import tinydb

from storage import Child, ContactBook, DataFileError, Family, Moment, Tone


def leftovers(folder: Path) -> list[str]:
    """Files beside the data file other than the file itself, its lock and its backups."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if not p.name.startswith("schoolyard.json") and p.name != "schoolyard-backups"
    )


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_new_file_is_readable_by_its_owner_only(book: ContactBook, book_path: Path) -> None:
    book.add_family(Family.new("Yılmaz", [Child("Elif", 5)]))
    assert stat.S_IMODE(book_path.stat().st_mode) == 0o600


def test_a_new_folder_is_made_for_the_file(tmp_path: Path, clock) -> None:
    path = tmp_path / "deeper" / "still" / "schoolyard.json"
    ContactBook(path, clock=clock).add_family(Family.new("Øyen"))
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_chosen_mode_is_kept(book: ContactBook, book_path: Path) -> None:
    book.add_family(Family.new("Øyen"))
    book_path.chmod(0o640)
    book.add_family(Family.new("Nguyễn"))
    assert stat.S_IMODE(book_path.stat().st_mode) == 0o640


def test_plain_tinydb_reads_the_file(class_book: ContactBook, book_path: Path) -> None:
    db = tinydb.TinyDB(book_path)
    try:
        assert {"families", "contacts"} <= db.tables()
        names = sorted(doc["name"] for doc in db.table("families").all())
        assert "Yılmaz" in names and "Nguyễn" in names and names.count("de Jong") == 2
        assert len(db.table("contacts")) == len(class_book.contacts())
        contact = db.table("contacts").get(doc_id=1)
        assert contact["at"].startswith("2026-11-25T15:02:00+01:00")
    finally:
        db.close()


def test_names_are_stored_as_utf8(class_book: ContactBook, book_path: Path) -> None:
    raw = book_path.read_bytes()
    for name in ("Yılmaz", "Øyen", "Nguyễn", "Öztürk", "Ayşe Yılmaz"):
        assert name.encode("utf-8") in raw
    assert b"\\u" not in raw


def with_data(change: Callable[[dict], None]) -> Callable[[bytes], bytes]:
    def damage(good: bytes) -> bytes:
        data = orjson.loads(good)
        change(data)
        return orjson.dumps(data)

    return damage


DAMAGE = {
    "truncated JSON": lambda good: good[: len(good) // 2],
    "cut off at the end": lambda good: good[:-1],
    "not JSON": lambda good: b"Naam;Groep\nYilmaz;5\n",
    "binary": lambda good: b"\x00\x01\x02\xff" * 10,
    "a list": lambda good: b"[1, 2, 3]",
    "a table is a list": lambda good: b'{"families": [], "contacts": {}}',
    "a record is text": lambda good: b'{"families": {"1": "Y\xc4\xb1lmaz"}}',
    "a contact with a bad date": with_data(
        lambda d: d["contacts"]["1"].update(at="2026-13-45T99:00:00+01:00")
    ),
    "a contact without a date": with_data(lambda d: d["contacts"]["1"].pop("at")),
    "a contact with an unknown moment": with_data(
        lambda d: d["contacts"]["1"].update(moment="teleport")
    ),
    "a contact with a text family": with_data(lambda d: d["contacts"]["1"].update(family="1")),
    "a family without a name": with_data(lambda d: d["families"]["1"].pop("name")),
    "a first contact that is no date": with_data(
        lambda d: d["families"]["1"].update(first_contact="gisteren")
    ),
    "a group that is no number": with_data(
        lambda d: d["families"]["1"]["children"][0].update(group="vijf")
    ),
    "children as text": with_data(lambda d: d["families"]["1"].update(children="Elif")),
    "guardians as a number": with_data(lambda d: d["families"]["1"].update(guardians=5)),
    "an unknown tone": with_data(lambda d: d["contacts"]["1"].update(tone="great")),
    "an unknown initiator": with_data(lambda d: d["contacts"]["1"].update(initiator="oma")),
    "a holiday without an end": with_data(
        lambda d: d.update(holidays={"1": {"from": "2026-12-19", "name": "Kerst"}})
    ),
    "a holiday that is no date": with_data(
        lambda d: d.update(holidays={"1": {"from": "morgen", "to": "2027-01-03"}})
    ),
    "a window that is no number": with_data(
        lambda d: d.update(settings={"1": {"positive_window_school_days": "tien"}})
    ),
}


DATAFILE_KEYS = {"datafile.not_json", "datafile.not_schoolyard", "datafile.damaged"}


def test_every_data_file_error_has_a_dutch_and_english_text() -> None:
    from tui.text import TEXT

    for key in (*DATAFILE_KEYS, "datafile.unreadable", "datafile.busy"):
        dutch, english = TEXT[key]
        assert dutch and english


def write_attempts(book: ContactBook) -> dict[str, Callable[[], object]]:
    return {
        "add family": lambda: book.add_family(Family.new("van der Berg", [Child("Daan", 5)])),
        "log": lambda: book.log(1, Moment.PICKUP),
        "log batch": lambda: book.log_batch([1, 2], Moment.PICKUP),
        "update family": lambda: book.update_family(book.family(1)),
        "archive": lambda: book.set_active(1, False),
        "forget": lambda: book.forget(1),
        "delete": lambda: book.delete_contact(1),
        "undo": lambda: book.undo(),
        "window": lambda: book.set_window(5),
        "holiday": lambda: book.add_holiday(date(2026, 12, 19), date(2027, 1, 3), "Kerst"),
        "plan": lambda: book.set_planned(1, True),
        "reflection": lambda: book.set_reflection("2026-W48", "Meer op het plein staan."),
    }


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_file_is_named_and_never_written(
    class_book: ContactBook, book_path: Path, clock, damage: Callable[[bytes], bytes]
) -> None:
    damaged = damage(book_path.read_bytes())
    book_path.write_bytes(damaged)
    fresh = ContactBook(book_path, clock=clock)

    for read in (fresh.families, fresh.contacts, fresh.statuses, fresh.holidays, fresh.settings):
        with pytest.raises(DataFileError) as read_error:
            read()
        assert str(book_path) in str(read_error.value)
        assert read_error.value.path == book_path
        assert read_error.value.key in DATAFILE_KEYS

    for name, attempt in write_attempts(fresh).items():
        with pytest.raises(DataFileError) as error:
            attempt()
        assert str(book_path) in str(error.value), name
        assert book_path.read_bytes() == damaged, name
    assert temp_files(book_path.parent) == []


@pytest.mark.parametrize("empty", [b"", b"\n", b"   \n\t"], ids=["empty", "newline", "blanks"])
def test_an_empty_file_is_an_empty_book(book_path: Path, clock, empty: bytes) -> None:
    book_path.write_bytes(empty)
    book = ContactBook(book_path, clock=clock)
    assert book.families() == [] and book.contacts() == [] and book.statuses() == []
    family = book.add_family(Family.new("Øyen", [Child("Sigrid", 5)]))
    assert [f.name for f in ContactBook(book_path).families()] == ["Øyen"]
    assert family.id == 1


def test_a_missing_file_is_an_empty_book_and_is_not_created_by_reading(
    book: ContactBook, book_path: Path
) -> None:
    assert book.families() == [] and book.statuses() == [] and book.holidays() == []
    assert not book_path.exists()


def test_no_temp_files_are_left_after_writes(class_book: ContactBook, book_path: Path) -> None:
    class_book.set_window(8)
    class_book.undo()
    assert leftovers(book_path.parent) == []
    assert temp_files(book_path.parent) == []


def test_a_failed_replace_leaves_the_file_and_no_temp_file(
    class_book: ContactBook, book_path: Path, monkeypatch: pytest.MonkeyPatch, now
) -> None:
    class_book.set_window(8)
    before = book_path.read_bytes()
    contacts_before = class_book.contacts()

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(DataFileError):
        class_book.log(1, Moment.PICKUP, at=now - timedelta(minutes=5))
    with pytest.raises(DataFileError):
        class_book.set_window(3)
    # What failed is not shown as if it were stored.
    assert class_book.settings().positive_window_school_days == 8
    with pytest.raises(DataFileError):
        class_book.add_holiday(date(2026, 12, 19), date(2027, 1, 3))
    assert book_path.read_bytes() == before
    assert temp_files(book_path.parent) == []
    # What failed is not shown as if it were stored.
    assert class_book.contacts() == contacts_before
    assert class_book.settings().positive_window_school_days == 8
    assert class_book.holidays() == []

    monkeypatch.undo()
    class_book.set_window(3)
    assert ContactBook(book_path).settings().positive_window_school_days == 3


def test_a_temp_file_left_by_a_killed_writer_is_removed_at_the_next_write(
    class_book: ContactBook, book_path: Path
) -> None:
    stale = book_path.parent / f".{book_path.name}.deadbeef0000.tmp"
    stale.write_bytes(b'{"families": {"1": {"name": "Yilmaz"')
    class_book.set_window(9)
    assert not stale.exists()


def test_a_write_is_one_replace_of_the_whole_file(
    class_book: ContactBook, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replaced: list[str] = []
    real_replace = os.replace

    def counting(src, dst):
        replaced.append(str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", counting)
    ids = [f.id for f in class_book.families()]
    made = class_book.log_batch(ids, Moment.PICKUP, Tone.POSITIVE, note="Na het ophalen")
    assert replaced == [str(book_path)]
    assert len(made) == len(ids)
