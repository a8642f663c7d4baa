"""`schoolyard log FAMILY MOMENT [TONE]`: hard names, tones, WHEN, nothing written on bad input."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook, Initiator, Moment, Tone


def last(book: ContactBook):
    return book.contacts(limit=1)[0]


@pytest.mark.parametrize(
    ("query", "family"),
    [
        ("yilmaz", "Yılmaz"),
        ("YILMAZ", "Yılmaz"),
        ("Yılmaz", "Yılmaz"),
        ("oyen", "Øyen"),
        ("nguyen", "Nguyễn"),
        ("ozturk", "Öztürk"),
        ("elif", "Yılmaz"),  # a child's name
        ("sara", "Öztürk"),
        ("sigrid", "Øyen"),
        ("van der berg", "van der Berg"),
        ("berg", "van der Berg"),
    ],
)
def test_family_found_by_folded_name(run, class_book: ContactBook, query, family) -> None:
    before = len(class_book.contacts())
    result = run("log", query, "pickup")
    assert result.code == 0, result.err
    contact = last(class_book)
    assert class_book.family(contact.family_id).name == family
    assert len(class_book.contacts()) == before + 1
    assert family in result.out


def test_unquoted_multi_word_family(run, class_book: ContactBook) -> None:
    result = run("log", "van", "der", "berg", "ophalen", "-")
    assert result.code == 0, result.err
    contact = last(class_book)
    assert class_book.family(contact.family_id).name == "van der Berg"
    assert (contact.moment, contact.tone) == (Moment.PICKUP, Tone.CONCERN)


def test_family_by_id(run, class_book: ContactBook) -> None:
    jong_b = [f for f in class_book.families() if f.child_names == "Noor"][0]
    assert run("log", str(jong_b.id), "5").code == 0
    contact = last(class_book)
    assert (contact.family_id, contact.moment) == (jong_b.id, Moment.PHONE)


def test_two_families_named_de_jong(run, class_book: ContactBook, book_path: Path) -> None:
    before = book_path.read_bytes()
    result = run("log", "de jong", "pickup")
    assert result.code == 2
    assert result.out == ""
    assert "de jong" in result.err.splitlines()[0]
    assert "Lucas" in result.err and "Noor" in result.err
    ids = {f.id for f in class_book.families() if f.name == "de Jong"}
    for family_id in ids:
        assert any(line.strip().startswith(str(family_id)) for line in result.err.splitlines())
    assert book_path.read_bytes() == before


def test_unknown_family(run, class_book: ContactBook, book_path: Path) -> None:
    before = book_path.read_bytes()
    result = run("log", "Kaya", "pickup")
    assert result.code == 2
    assert "Kaya" in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert book_path.read_bytes() == before


@pytest.mark.parametrize(
    ("tone", "expected"),
    [
        ([], Tone.POSITIVE),
        (["+"], Tone.POSITIVE),
        (["="], Tone.NEUTRAL),
        (["-"], Tone.CONCERN),
        (["positive"], Tone.POSITIVE),
        (["neutraal"], Tone.NEUTRAL),
        (["concern"], Tone.CONCERN),
        (["zorg"], Tone.CONCERN),
    ],
)
def test_tones(run, class_book: ContactBook, tone, expected) -> None:
    assert run("log", "oyen", "pickup", *tone).code == 0
    assert last(class_book).tone is expected


def test_a_minus_before_options_is_still_the_tone(run, class_book: ContactBook) -> None:
    result = run("log", "oyen", "pickup", "-", "--note", "moe, valt bijna om")
    assert result.code == 0, result.err
    contact = last(class_book)
    assert (contact.tone, contact.note) == (Tone.CONCERN, "moe, valt bijna om")


@pytest.mark.parametrize(
    ("word", "moment"),
    [
        ("pickup", Moment.PICKUP),
        ("ophalen", Moment.PICKUP),
        ("brengen", Moment.DROPOFF),
        ("walk-in", Moment.WALKIN),
        ("schoolplein", Moment.SCHOOLYARD),
        ("huisbezoek", Moment.HOMEVISIT),
        ("0", Moment.OTHER),
        ("9", Moment.EVENT),
    ],
)
def test_moments(run, class_book: ContactBook, word, moment) -> None:
    assert run("log", "nguyen", word).code == 0
    assert last(class_book).moment is moment


def test_unknown_moment(run, class_book: ContactBook, book_path: Path) -> None:
    before = book_path.read_bytes()
    result = run("log", "oyen", "dancing")
    assert result.code == 2
    assert "dancing" in result.err and "pickup" in result.err
    assert book_path.read_bytes() == before


def test_a_family_without_a_moment(run, class_book: ContactBook, book_path: Path) -> None:
    before = book_path.read_bytes()
    assert run("log", "oyen").code == 2
    assert run("log").code == 2
    assert book_path.read_bytes() == before


def test_at_gisteren(run, class_book: ContactBook, now: datetime) -> None:
    assert run("log", "nguyen", "phone", "--at", "gisteren").code == 0
    contact = class_book.contacts(family_id=_id(class_book, "Nguyễn"))[0]
    assert contact.at == (now - timedelta(days=1)).replace(hour=12, minute=0)


@pytest.mark.parametrize("argv", [["--at", "eergisteren 08:15"], ["--at", "eergisteren", "08:15"]])
def test_at_eergisteren_with_a_time(run, class_book: ContactBook, now: datetime, argv) -> None:
    result = run("log", "nguyen", "brengen", *argv)
    assert result.code == 0, result.err
    contact = class_book.contacts(family_id=_id(class_book, "Nguyễn"))[0]
    assert contact.at == (now - timedelta(days=2)).replace(hour=8, minute=15)
    assert "Mon 23 Nov 08:15" in result.out


def test_at_iso(run, class_book: ContactBook) -> None:
    assert run("log", "nguyen", "pickup", "--at", "2026-11-24T15:05").code == 0
    contact = class_book.contacts(family_id=_id(class_book, "Nguyễn"))[0]
    assert contact.at.isoformat() == "2026-11-24T15:05:00+01:00"


@pytest.mark.parametrize("when", ["morgen", "today 23:00", "2027-01-04 08:30"])
def test_future_at_is_refused(run, class_book: ContactBook, book_path: Path, when) -> None:
    before = book_path.read_bytes()
    result = run("log", "oyen", "pickup", "--at", when)
    assert result.code == 2
    assert "future" in result.err
    assert book_path.read_bytes() == before


@pytest.mark.parametrize("when", ["someday", "gisteren 25:00", "2026-02-30"])
def test_unreadable_at(run, class_book: ContactBook, book_path: Path, when) -> None:
    before = book_path.read_bytes()
    result = run("log", "oyen", "pickup", "--at", when)
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert book_path.read_bytes() == before


def test_the_record_fields(run, class_book: ContactBook) -> None:
    result = run(
        "log", "sara", "phone", "=", "--not-reached", "--parent", "--follow-up", "--note", "  "
    )
    assert result.code == 0, result.err
    contact = last(class_book)
    assert contact.reached is False
    assert contact.initiator is Initiator.PARENT
    assert contact.follow_up is True
    assert contact.note == ""
    assert "not reached" in result.out


def test_a_huge_note_is_kept_whole(run, class_book: ContactBook) -> None:
    note = "Elif vertelde over haar oma in İzmir. " * 500
    assert run("log", "elif", "walkin", "--note", note).code == 0
    assert last(class_book).note == note.strip()


def test_first_contact_is_said(run, class_book: ContactBook) -> None:
    result = run("log", "nguyen", "pickup")
    assert "first contact" in result.out
    result = run("log", "nguyen", "pickup")
    assert "first contact" not in result.out


def test_dutch_output(run, class_book: ContactBook) -> None:
    result = run("--lang", "nl", "log", "oyen", "ophalen", "--at", "eergisteren 08:15")
    assert result.code == 0
    assert result.out.strip() == "Bewaard: Øyen · ophalen · + positief · ma 23 nov 08:15"
    result = run("log", "oyen", "ophalen", "--lang", "nl", "--at", "morgen")
    assert result.code == 2
    assert "toekomst" in result.err


def test_english_output(run, class_book: ContactBook) -> None:
    result = run("--lang", "en", "log", "oyen", "pickup", "-", "--at", "15:00")
    assert result.out.strip() == "Saved: Øyen · pick-up · - concern · today 15:00"


def test_a_log_on_a_data_file_that_is_not_there_names_it(run, tmp_path: Path) -> None:
    # Not "no family matches": the file is missing, and the teacher hears which one
    # (exit 1, as the other commands that need what is in the file; see
    # test_cli_missing_data.py). Nothing is made.
    path = tmp_path / "new" / "schoolyard.json"
    result = run("log", "oyen", "pickup", data=path)
    assert result.code == 1
    assert str(path) in result.err and "import" in result.err
    assert not path.exists() and not path.parent.exists()


def _id(book: ContactBook, name: str) -> int:
    return next(f.id for f in book.families() if f.name == name)


def test_decomposed_input_from_a_mac_terminal(run, class_book: ContactBook) -> None:
    """macOS may hand over `Öztürk` as O + combining diaeresis (NFD)."""
    import unicodedata

    result = run("log", unicodedata.normalize("NFD", "Öztürk"), "pickup")
    assert result.code == 0, result.err
    assert class_book.family(last(class_book).family_id).name == "Öztürk"


def test_at_with_an_equals_sign(run, class_book: ContactBook, now: datetime) -> None:
    assert run("log", "minh", "pickup", "--at=gisteren", "15:05").code == 0
    contact = class_book.contacts(family_id=_id(class_book, "Nguyễn"))[0]
    assert contact.at == (now - timedelta(days=1)).replace(hour=15, minute=5)


def test_an_archived_namesake_does_not_make_it_ambiguous(run, class_book: ContactBook) -> None:
    lucas = class_book.find_families("lucas")[0]
    class_book.set_active(lucas.id, False)
    assert run("log", "de jong", "pickup").code == 0
    assert class_book.family(last(class_book).family_id).child_names == "Noor"
    assert run("log", str(lucas.id), "pickup").code == 0  # still reachable by id
    assert last(class_book).family_id == lucas.id


def test_forget_stays_strict_with_an_archived_namesake(
    run, class_book: ContactBook, book_path: Path
) -> None:
    class_book.set_active(class_book.find_families("lucas")[0].id, False)
    before = book_path.read_bytes()
    assert run("forget", "de jong", "--yes").code == 2
    assert book_path.read_bytes() == before


def test_an_attempt_without_a_tone_is_neutral(run, class_book: ContactBook) -> None:
    """Issue 9 item 4: `--not-reached` alone logs `=`; reached stays +. An attempt has no
    tone (the app skips the step): `=` is accepted, `-` refused (test_cli_attempt_tone.py)."""
    assert run("log", "sara", "phone", "--not-reached").code == 0
    assert (last(class_book).reached, last(class_book).tone) == (False, Tone.NEUTRAL)
    assert run("log", "sara", "phone", "=", "--not-reached").code == 0
    assert last(class_book).tone is Tone.NEUTRAL
    assert run("log", "sara", "phone").code == 0
    assert (last(class_book).reached, last(class_book).tone) == (True, Tone.POSITIVE)
