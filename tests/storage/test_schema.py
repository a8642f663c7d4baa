"""The declared schema: every wrong shape a hand edit can make is refused, named, never written."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import orjson
import pytest

from storage import Child, ContactBook, DataFileError, Family, Moment, Tone
from storage.engine import check, schema, stamp
from storage.engine.lock import lock_path_for

Doc = dict[str, Any]


def first(data: Doc, table: str) -> Doc:
    return next(iter(data[table].values()))


def edit(table: str, field: str, value: object) -> Callable[[Doc], None]:
    def change(data: Doc) -> None:
        first(data, table)[field] = value

    return change


def drop(table: str, field: str) -> Callable[[Doc], None]:
    def change(data: Doc) -> None:
        del first(data, table)[field]

    return change


def undo_entry(entry: Doc) -> Callable[[Doc], None]:
    def change(data: Doc) -> None:
        data["undo"] = {"1": entry}

    return change


# name: (change to a valid file, the record named, the field named)
WRONG: dict[str, tuple[Callable[[Doc], None], str, str]] = {
    "note: 42": (edit("contacts", "note", 42), "contacts 1", "note"),
    "language: 5": (edit("families", "language", 5), "families 1", "language"),
    "reflection without week": (drop("reflections", "week"), "reflections 1", "week"),
    "undo edit without before": (
        undo_entry({"action": "edit", "id": 1}),
        "undo 1",
        "before",
    ),
    "undo with an unknown action": (undo_entry({"action": "drop"}), "undo 1", "action"),
    "undo log with ids as text": (undo_entry({"action": "log", "ids": "1,2"}), "undo 1", "ids"),
    'guardians: "Anna"': (edit("families", "guardians", "Anna"), "families 1", "guardians"),
    'reached: "false"': (edit("contacts", "reached", "false"), "contacts 1", "reached"),
    'active: "no"': (edit("families", "active", "no"), "families 1", "active"),
    "contact of a family that does not exist": (
        edit("contacts", "family", 999),
        "contacts 1",
        "family",
    ),
    "plan of a family that does not exist": (edit("plans", "family", 999), "plans 1", "family"),
    "a type: group as text": (
        lambda d: first(d, "families")["children"][0].update(group="vijf"),
        "families 1",
        "children[0].group",
    ),
    "an allowed value: an unknown moment": (
        edit("contacts", "moment", "dance"),
        "contacts 1",
        "moment",
    ),
    "an unknown tone": (edit("contacts", "tone", "happy"), "contacts 1", "tone"),
    "a time that is no time": (edit("contacts", "at", "2026-13-45T10:00"), "contacts 1", "at"),
    "a time without its UTC offset": (
        edit("contacts", "at", "2026-11-20T10:00:00"),
        "contacts 1",
        "at",
    ),
    "a time in another notation": (
        edit("contacts", "at", "20261120T100000+01:00"),
        "contacts 1",
        "at",
    ),
    "a first contact that is no date": (
        edit("families", "first_contact", "2026-02-30"),
        "families 1",
        "first_contact",
    ),
    "a holiday that ends before it begins": (
        lambda d: first(d, "holidays").update({"from": "2026-12-20", "to": "2026-12-01"}),
        "holidays 1",
        "to",
    ),
    "an id that is no number": (
        lambda d: d["contacts"].update({"x1": first(d, "contacts")}),
        "contacts x1",
        "",
    ),
    "a window out of range": (
        lambda d: d.setdefault("settings", {}).update({"1": {"positive_window_school_days": 0}}),
        "settings 1",
        "positive_window_school_days",
    ),
}


@pytest.fixture
def full_book(class_book: ContactBook) -> ContactBook:
    """The class with a plan, a reflection and a holiday, so every table has a record."""
    class_book.set_planned(1, True, "2026-W48")
    class_book.set_reflection("2026-W48", "Meer op het plein staan.")
    class_book.add_holiday(date(2026, 12, 19), date(2027, 1, 3), "Kerstvakantie")
    return class_book


def write_attempts(book: ContactBook) -> list[Callable[[], object]]:
    return [
        lambda: book.add_family(Family.new("van der Berg", [Child("Daan", 5)])),
        lambda: book.log(1, Moment.PICKUP),
        lambda: book.set_active(1, False),
        lambda: book.undo(),
        lambda: book.set_reflection("2026-W49", "Vaker bellen."),
    ]


@pytest.mark.parametrize("case", WRONG.values(), ids=WRONG.keys())
def test_a_wrong_shape_is_refused_named_and_never_written(
    full_book: ContactBook, book_path: Path, clock, case: tuple
) -> None:
    change, record, field = case
    data = orjson.loads(book_path.read_bytes())
    change(data)
    book_path.write_bytes(json.dumps(data, ensure_ascii=False).encode())
    before = book_path.read_bytes()
    fresh = ContactBook(book_path, clock=clock)

    for read in (fresh.families, fresh.contacts, fresh.statuses, fresh.last_action):
        with pytest.raises(DataFileError) as error:
            read()
        assert error.value.key == "datafile.damaged"
        assert error.value.values["record"] == record
        assert error.value.values["field"] == field
        assert record in str(error.value)
    for attempt in write_attempts(fresh):
        with pytest.raises(DataFileError):
            attempt()
    assert book_path.read_bytes() == before


def with_a_second(raw: bytes, table: str) -> bytes:
    """The same id twice in `table`: what a merge of two copies by hand can make."""
    data = orjson.loads(raw)
    key, doc = next(iter(data[table].items()))
    inner = json.dumps(data[table], ensure_ascii=False)[1:-1]
    twice = f'{{"{key}": {json.dumps(doc, ensure_ascii=False)}, {inner}}}'
    del data[table]
    rest = json.dumps(data, ensure_ascii=False)[1:-1]
    return f'{{"{table}": {twice}, {rest}}}'.encode()


@pytest.mark.parametrize("table", ["families", "contacts", "plans"])
def test_two_records_with_the_same_id_are_refused(
    full_book: ContactBook, book_path: Path, clock, table: str
) -> None:
    book_path.write_bytes(with_a_second(book_path.read_bytes(), table))
    before = book_path.read_bytes()
    fresh = ContactBook(book_path, clock=clock)
    with pytest.raises(DataFileError) as error:
        fresh.families()
    assert error.value.values["record"] == f"{table} 1"
    assert error.value.values["problem"] == "twice"
    with pytest.raises(DataFileError):
        fresh.log(2, Moment.PICKUP)
    assert book_path.read_bytes() == before


def test_a_field_twice_in_a_record_is_refused(full_book: ContactBook, book_path: Path) -> None:
    raw = book_path.read_bytes().replace(b'"moment":', b'"moment":"phone","moment":', 1)
    book_path.write_bytes(raw)
    with pytest.raises(DataFileError) as error:
        ContactBook(book_path).contacts()
    assert error.value.values["field"] == "moment"


def test_a_file_from_a_newer_version_is_refused_and_never_written(
    full_book: ContactBook, book_path: Path, clock
) -> None:
    data = orjson.loads(book_path.read_bytes())
    data.setdefault("settings", {}).setdefault("1", {})["schema"] = schema.SCHEMA_VERSION + 1
    first(data, "contacts")["tone"] = "hopeful"  # a value the newer version added
    book_path.write_bytes(orjson.dumps(data))
    before = book_path.read_bytes()
    fresh = ContactBook(book_path, clock=clock)
    with pytest.raises(DataFileError) as error:
        fresh.families()
    assert error.value.key == "datafile.newer"
    assert error.value.values["version"] == schema.SCHEMA_VERSION + 1
    with pytest.raises(DataFileError):
        fresh.log(1, Moment.PICKUP)
    assert book_path.read_bytes() == before


def test_the_newer_line_is_in_dutch_and_english() -> None:
    from tui import text

    try:
        for language in ("nl", "en"):
            text.set_language(language)
            assert "2" in text.t("datafile.newer", version=2)
    finally:
        text.set_language("en")


def test_the_refusal_reaches_the_cli_as_one_line(
    full_book: ContactBook, book_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli import main

    data = orjson.loads(book_path.read_bytes())
    first(data, "contacts")["note"] = 42
    book_path.write_bytes(orjson.dumps(data))
    assert main(["neglected", "--data", str(book_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "contacts 1, note" in err[0]


# -- the stamp ---------------------------------------------------------------------------


def count_full_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = check.decode
    monkeypatch.setattr(check, "decode", lambda raw: calls.append(1) or real(raw))
    return calls


def test_our_own_stamped_bytes_skip_the_full_check(
    full_book: ContactBook, book_path: Path, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = count_full_checks(monkeypatch)
    assert len(ContactBook(book_path, clock=clock).families()) == 7
    assert calls == []
    assert stamp.is_stamped(book_path, book_path.read_bytes())


@pytest.mark.parametrize("how", ["hand edit", "no stamp", "another stamp"])
def test_bytes_we_did_not_stamp_get_the_full_check(
    full_book: ContactBook, book_path: Path, clock, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    if how == "hand edit":  # still valid: the check passes, but it ran
        book_path.write_bytes(book_path.read_bytes().replace(b"Korte zinnen", b"Korte zin"))
    elif how == "no stamp":
        Path(lock_path_for(book_path)).write_bytes(b"")
    else:
        Path(lock_path_for(book_path)).write_bytes(stamp.stamp_of(b"{}"))
    calls = count_full_checks(monkeypatch)
    assert len(ContactBook(book_path, clock=clock).families()) == 7
    assert calls == [1]


def test_the_stamp_is_written_in_place_in_the_lock_file(
    full_book: ContactBook, book_path: Path
) -> None:
    lock = Path(lock_path_for(book_path))
    inode = lock.stat().st_ino
    full_book.log(1, Moment.PICKUP)
    assert lock.stat().st_ino == inode
    assert lock.read_bytes() == stamp.stamp_of(book_path.read_bytes())


def test_a_hand_damaged_file_with_a_valid_looking_stamp_of_other_bytes_is_checked(
    full_book: ContactBook, book_path: Path
) -> None:
    data = orjson.loads(book_path.read_bytes())
    first(data, "contacts")["reached"] = "false"
    book_path.write_bytes(orjson.dumps(data))  # the lock file still holds the old stamp
    with pytest.raises(DataFileError):
        ContactBook(book_path).contacts()


def test_every_file_the_book_writes_passes_the_full_check(full_book: ContactBook) -> None:
    full_book.log_batch([1, 2], Moment.EVENT, Tone.NEUTRAL, note="Kerstmarkt", reached=False)
    contact = full_book.contacts()[0]
    full_book.delete_contact(contact.id)
    full_book.forget(3)
    check.decode(full_book.path.read_bytes())


def test_unknown_fields_are_kept_through_a_full_check(
    full_book: ContactBook, book_path: Path
) -> None:
    data = orjson.loads(book_path.read_bytes())
    first(data, "contacts")["mood"] = "zonnig"
    book_path.write_bytes(orjson.dumps(data))
    book = ContactBook(book_path)
    book.set_window(12)
    assert first(orjson.loads(book_path.read_bytes()), "contacts")["mood"] == "zonnig"


def test_a_file_only_read_is_checked_once_then_stamped(
    full_book: ContactBook, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book_path.write_bytes(book_path.read_bytes().replace(b"Korte zinnen", b"Korte zin"))
    calls = count_full_checks(monkeypatch)
    ContactBook(book_path).families()
    ContactBook(book_path).families()
    assert calls == [1]
    assert stamp.is_stamped(book_path, book_path.read_bytes())


def test_a_reader_makes_no_lock_file_to_stamp(tmp_path: Path) -> None:
    path = tmp_path / "colleague.json"
    path.write_bytes(b'{"families": {"1": {"name": "Kaya"}}}')
    assert [f.name for f in ContactBook(path).families()] == ["Kaya"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["colleague.json"]
