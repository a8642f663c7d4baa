"""A big table of a file we stamped stays raw JSON until a document of it is read
(storage/engine/rawtable.py): a log on a school's file neither decodes nor re-encodes
its contacts, and writes byte for byte what a whole decode and encode would."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import orjson
import pytest

from storage import Child, ContactBook, Family, Moment, Tone
from storage.engine import check, codec, stamp
from storage.engine.codec import SMALL_DOCUMENTS
from storage.engine.lock import lock_path_for
from storage.engine.rawtable import LAZY_DOCUMENTS, RawTable

NAMES = ("Yılmaz", "Øyen", "Nguyễn", "van der Berg", "de Jong", "de Jong")


@pytest.fixture(scope="module")
def school_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A file with more contacts than LAZY_DOCUMENTS, written and stamped by the book."""
    path = tmp_path_factory.mktemp("school") / "school.json"
    book = ContactBook(path)
    families = [
        book.add_family(
            Family.new(f"{NAMES[i % len(NAMES)]} {i}", children=[Child(f"kind {i}", 1 + i % 8)])
        ).id
        for i in range(60)
    ]
    start = book.now() - timedelta(days=300)
    for day in range(SMALL_DOCUMENTS // len(families) + 2):  # more than json alone encodes
        book.log_batch(families, Moment.PICKUP, Tone.POSITIVE, at=start + timedelta(days=day))
    return path.read_bytes()


@pytest.fixture
def school(school_bytes: bytes, tmp_path: Path) -> Path:
    path = tmp_path / "school.json"
    path.write_bytes(school_bytes)
    ContactBook(path).families()  # checked once and stamped, as any first read does
    ContactBook(path).log(1, Moment.WALKIN)  # written by us: the stamp gives the spans
    return path


def decoded_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    sizes: list[int] = []
    real = codec.loads
    monkeypatch.setattr(codec, "loads", lambda raw: sizes.append(len(raw)) or real(raw))
    return sizes


def test_a_log_on_a_big_file_decodes_no_contact(
    school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts_json = len(orjson.dumps(orjson.loads(school.read_bytes())["contacts"]))
    sizes = decoded_sizes(monkeypatch)
    book = ContactBook(school)
    contact = book.log(2, Moment.PHONE, Tone.CONCERN, note="Øyen belde terug")
    assert sizes and max(sizes) < contacts_json / 10  # families, settings, undo: small
    monkeypatch.undo()
    assert book.contact(contact.id).note == "Øyen belde terug"


def test_what_a_raw_log_writes_is_what_a_whole_encode_writes(school: Path) -> None:
    book = ContactBook(school)
    count = len(book.contacts())
    added = book.log_batch([3, 4, 5], Moment.EVENT, Tone.NEUTRAL, note="Kerst\n😀")
    raw = school.read_bytes()
    data = orjson.loads(raw)
    assert raw == orjson.dumps(data) == codec.dumps(data)
    check.decode(raw)  # the full check passes
    assert list(data["contacts"])[-3:] == [str(c.id) for c in added]
    assert [c.id for c in added] == [count + 1, count + 2, count + 3]
    fresh = ContactBook(school)
    assert len(fresh.contacts()) == count + 3
    assert fresh.contacts(family_id=4)[0].note == "Kerst\n😀"
    assert fresh.statuses()  # every contact read through TinyDB's tables


def test_undo_delete_and_log_again_on_raw_tables(school: Path) -> None:
    book = ContactBook(school)
    count = len(book.contacts())
    logged = book.log(6, Moment.SCHOOLYARD)
    assert ContactBook(school).undo().contacts[0].id == logged.id
    again = ContactBook(school).log(6, Moment.MEETING)
    assert again.id == count + 1  # the undone id is free again
    ContactBook(school).delete_contact(5)
    hole = ContactBook(school).log(1, Moment.OTHER)
    assert hole.id == count + 2 and len(ContactBook(school).contacts()) == count + 1
    data = orjson.loads(school.read_bytes())
    assert "5" not in data["contacts"] and school.read_bytes() == orjson.dumps(data)


def test_spans_that_do_not_fit_the_bytes_are_not_used(
    school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = school.read_bytes()
    lock = Path(lock_path_for(school))
    good = stamp.stamped_spans(school, raw)
    assert good and any(span[3] >= LAZY_DOCUMENTS for span in good)
    shifted = [[name, start + 1, end + 1, count, top] for name, start, end, count, top in good]
    stamp.write_stamp(school, raw, shifted)
    sizes = decoded_sizes(monkeypatch)
    assert len(ContactBook(school).contacts()) == len(orjson.loads(raw)["contacts"])
    assert sizes == [len(raw)]  # one whole decode
    lock.write_bytes(stamp.stamp_of(raw) + b"spans [not json\n")
    assert len(ContactBook(school).families()) == 60
    stamp.write_stamp(school, b"other bytes", good)  # spans of another version of the file
    left = lock.read_bytes().split(b"\n")[1]
    lock.write_bytes(stamp.stamp_of(raw) + left + b"\n")
    assert stamp.stamped_spans(school, raw) == []


def test_a_raw_table_answers_new_ids_without_decoding() -> None:
    table = RawTable(b'{"1":{"a":1},"7":{"a":7},"007":{"a":0}}', 3, 7)
    assert len(table) == 3 and "8" not in table and "12" not in table
    table["8"] = {"a": 8}
    assert not table.decoded and len(table) == 4 and table["8"] == {"a": 8}
    for key in ("08", "²", "x"):  # not canonical ids: only the bytes can tell
        fresh = RawTable(b'{"1":{}}', 1, 1)
        assert key not in fresh and fresh.decoded
    assert "7" in table and table.decoded and table["007"] == {"a": 0}
    assert list(table) == ["1", "7", "007", "8"]


def test_a_raw_table_is_encoded_as_its_decoded_dict() -> None:
    raw = orjson.dumps({str(i): {"family": i % 5, "note": "Nguyễn"} for i in range(1, 30)})
    for dumps in (orjson.dumps, codec._json_dumps):
        table = RawTable(raw, 29, 29)
        table.update({"30": {"family": 1}, "31": {"note": "ok"}})
        body, count, top = table.encoded(dumps)
        assert not table.decoded and (count, top) == (31, 31)
        assert b"".join(body) == dumps(dict(table.items()))
        empty = RawTable(b"{}", 0, 0)
        empty["1"] = {"a": "é"}
        assert b"".join(empty.encoded(dumps)[0]) == dumps({"1": {"a": "é"}})
    with pytest.raises(TypeError):
        orjson.dumps(RawTable(raw, 29, 29))  # never written as an empty dict by mistake


def test_a_log_on_a_big_file_never_imports_orjson(school: Path) -> None:
    code = (
        "import sys; from tui.cli import main\n"
        "code = main(['log', '3', 'schoolplein', '+', '--data', sys.argv[1]])\n"
        "print(code, 'orjson' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code, str(school)], capture_output=True, text=True, cwd=root
    )
    assert done.stdout.splitlines()[-1] == "0 False", done.stderr
    raw = school.read_bytes()
    assert raw == orjson.dumps(orjson.loads(raw)) and len(orjson.loads(raw)["contacts"]) > 3000
