"""The JSON summary: real output validated against the schema, notes, pseudonyms, periods."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from classbook import NOW, make_class

import storage
from storage import Child, ContactBook, Family, Moment, Tone
from storage.rules.summary import SCHEMA_ID, SCHEMA_PATH, PeriodError, Pseudonyms, build_summary
from storage.rules.summary import _code as code_of
from storage.rules.summary import _unique as unique_codes
from tui import text

TODAY = NOW.date()
NOTES = ("Elif trots op tekening", "Lucas moe", "Korte zinnen; oudste zus vertaalt.")
REFLECTION = "Deze week vooral ophalen; Nguyễn nog niet gesproken."
FAMILY_NAMES = ("Yılmaz", "Øyen", "Nguyễn", "van der Berg", "de Jong", "Öztürk")
CHILD_NAMES = ("Elif", "Emre", "Sigrid", "Minh", "Daan", "Lucas", "Noor", "Mila", "Sara")
GUARDIANS = ("Ayşe Yılmaz", "Ingrid Øyen", "Sanne van der Berg", "Mark de Jong", "Fatima de Jong")


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.fixture
def full_book(class_book: ContactBook) -> ContactBook:
    """The class, plus an unanswered call, a reflection and an archived family."""
    nguyen = entry_id(class_book, "Nguyễn")
    class_book.log(nguyen, Moment.PHONE, Tone.NEUTRAL, reached=False, note="geen gehoor")
    class_book.set_reflection("2026-W48", REFLECTION)
    class_book.set_reflection("2026-W30", "Zomer: ver buiten de periode.")
    gone = class_book.add_family(Family.new("Wiśniewska", []))
    class_book.log(gone.id, Moment.EVENT, Tone.POSITIVE, at=NOW - timedelta(days=6))
    class_book.set_active(gone.id, False)
    class_book.add_family(Family.new("Kowalczyk", []))  # archived without contacts: not listed
    class_book.set_active(class_book.find_families("Kowalczyk")[0].id, False)
    return class_book


def entry_id(book: ContactBook, name: str) -> int:
    return next(f.id for f in book.families(include_archived=True) if f.name == name)


def entries(summary: dict, name: str) -> list[dict]:
    return [f for f in summary["families"] if f["name"] == name]


def dumped(summary: dict) -> str:
    return json.dumps(summary, ensure_ascii=False)


# -- shape ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"include_notes": True},
        {"pseudonymize": True},
        {"pseudonymize": True, "include_notes": True},
    ],
)
def test_real_output_matches_the_schema(full_book: ContactBook, validator, options) -> None:
    summary = build_summary(full_book, **options)

    validator.validate(json.loads(json.dumps(summary)))
    assert summary["schema"] == SCHEMA_ID
    if options.get("pseudonymize"):
        assert summary["generated_at"] == "2026-11-25"  # the day only: no time, no offset
    else:
        assert summary["generated_at"] == "2026-11-25T15:10:00+01:00"


def test_an_empty_book_matches_the_schema(book: ContactBook, validator) -> None:
    summary = build_summary(book)

    validator.validate(summary)
    assert summary["period"] == {"from": "2026-11-25", "to": "2026-11-25"}
    assert summary["families"] == []


def test_the_schema_is_strict(class_book: ContactBook, validator) -> None:
    summary = build_summary(class_book)
    summary["families"][0]["guardians"] = ["Mark de Jong"]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(summary)

    summary = build_summary(class_book)
    summary["families"][0]["notes"] = []
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(summary)

    summary = build_summary(class_book, pseudonymize=True)
    summary["families"][0]["name"] = "de Jong"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(summary)


def test_the_schema_ships_inside_the_package() -> None:
    assert SCHEMA_PATH.parent == Path(storage.__file__).parent / "rules"
    assert json.loads(SCHEMA_PATH.read_text())["$schema"].endswith("2020-12/schema")


# -- counts and statuses --------------------------------------------------------------------


def test_counts_and_statuses_of_the_class(full_book: ContactBook) -> None:
    summary = build_summary(full_book)

    assert summary["period"] == {"from": "2026-10-26", "to": "2026-11-25"}
    assert summary["settings"] == {"positive_window_school_days": 10}
    totals = summary["totals"]
    assert (totals["families"], totals["contacts"], totals["attempts"]) == (8, 9, 1)
    assert totals["by_tone"] == {"positive": 6, "neutral": 1, "concern": 2}
    assert totals["by_moment"]["pickup"] == 2
    assert sum(totals["by_moment"].values()) == totals["contacts"]

    statuses = {s.family.id: s for s in full_book.statuses()}
    for entry in summary["families"]:
        if entry["active"]:
            status = statuses[entry["id"]]
            assert entry["needs_positive_contact"] == status.needs_positive_contact
            assert entry["days_since_positive"] == status.days_since_positive
    needing = sum(s.needs_positive_contact for s in statuses.values())
    assert totals["families_needing_positive_contact"] == needing


def test_days_since_positive(full_book: ContactBook) -> None:
    summary = build_summary(full_book)

    (nguyen,) = entries(summary, "Nguyễn")
    assert nguyen["days_since_positive"] is None
    assert nguyen["last_positive"] is None and nguyen["last_contact"] is None
    assert nguyen["needs_positive_contact"] is True
    (yilmaz,) = entries(summary, "Yılmaz")
    assert (yilmaz["days_since_positive"], yilmaz["needs_positive_contact"]) == (0, False)
    jongs = {tuple(c["name"] for c in e["children"]): e for e in entries(summary, "de Jong")}
    assert jongs[("Lucas",)]["days_since_positive"] == 30
    assert jongs[("Lucas",)]["last_contact"] == "2026-11-22T12:00:00+01:00"
    assert jongs[("Noor",)]["days_since_positive"] is None


def test_attempts_are_no_contacts(full_book: ContactBook) -> None:
    (nguyen,) = entries(build_summary(full_book), "Nguyễn")

    assert (nguyen["contacts"], nguyen["attempts"]) == (0, 1)
    assert sum(nguyen["by_tone"].values()) == 0
    assert nguyen["first_contact"] is None


def test_archived_families_with_contacts_in_the_period_are_listed(full_book: ContactBook) -> None:
    summary = build_summary(full_book)

    (gone,) = entries(summary, "Wiśniewska")
    assert gone["active"] is False
    assert (gone["contacts"], gone["needs_positive_contact"], gone["days_since_positive"]) == (
        1,
        False,
        6,
    )
    assert entries(summary, "Kowalczyk") == []
    assert summary["totals"]["families_without_first_contact"] == 2  # Nguyễn, Noor's de Jong


def test_families_are_sorted_by_name(class_book: ContactBook) -> None:
    names = [e["name"] for e in build_summary(class_book)["families"]]

    assert names == ["de Jong", "de Jong", "Nguyễn", "Øyen", "Öztürk", "van der Berg", "Yılmaz"]


# -- the period -----------------------------------------------------------------------------


def test_a_period_limits_the_counts_not_the_statuses(class_book: ContactBook) -> None:
    summary = build_summary(class_book, start=TODAY, end=TODAY)

    assert summary["period"] == {"from": "2026-11-25", "to": "2026-11-25"}
    assert summary["totals"]["contacts"] == 2
    assert summary["totals"]["by_moment"]["pickup"] == 1
    assert summary["totals"]["by_moment"]["dropoff"] == 1
    jongs = entries(summary, "de Jong")
    lucas = next(e for e in jongs if e["children"][0]["name"] == "Lucas")
    assert lucas["contacts"] == 0
    assert lucas["last_positive"] == "2026-10-26T15:10:00+01:00"
    assert summary["totals"]["families"] == 7


def test_period_edges_are_inclusive(class_book: ContactBook) -> None:
    lucas_concern = date(2026, 11, 22)

    only = build_summary(class_book, start=lucas_concern, end=lucas_concern)
    assert only["totals"]["contacts"] == 1
    assert only["totals"]["by_tone"]["concern"] == 1
    before = build_summary(class_book, end=date(2026, 11, 21))
    assert before["period"] == {"from": "2026-10-26", "to": "2026-11-21"}
    assert before["totals"]["contacts"] == 4


def test_only_a_start_runs_to_today(class_book: ContactBook) -> None:
    summary = build_summary(class_book, start=date(2026, 11, 20))

    assert summary["period"] == {"from": "2026-11-20", "to": "2026-11-25"}
    assert summary["totals"]["contacts"] == 4


def test_a_period_that_ends_before_it_starts(class_book: ContactBook) -> None:
    with pytest.raises(PeriodError) as caught:
        build_summary(class_book, start=date(2026, 11, 25), end=date(2026, 11, 1))

    err = caught.value
    assert isinstance(err, ValueError)
    assert text.t(err.key, **err.values) == str(err)


# -- notes ----------------------------------------------------------------------------------


def test_notes_are_left_out_by_default(full_book: ContactBook) -> None:
    raw = dumped(build_summary(full_book))

    for note in (*NOTES, REFLECTION, "geen gehoor"):
        assert note not in raw
    assert '"notes"' not in raw and '"reflections"' not in raw and '"tips"' not in raw


def test_notes_tips_and_reflections_with_include_notes(full_book: ContactBook) -> None:
    summary = build_summary(full_book, include_notes=True)
    raw = dumped(summary)

    for note in (*NOTES, REFLECTION, "geen gehoor"):
        assert note in raw
    assert "Zomer" not in raw  # a reflection of a week outside the period
    assert summary["reflections"] == [{"week": "2026-W48", "text": REFLECTION}]
    (nguyen,) = entries(summary, "Nguyễn")
    assert nguyen["notes"] == [
        {
            "at": "2026-11-25T15:10:00+01:00",
            "moment": "phone",
            "tone": "neutral",
            "reached": False,
            "text": "geen gehoor",
        }
    ]


def test_huge_and_empty_notes(class_book: ContactBook, validator) -> None:
    huge = "Lang verhaal. " * 2000
    oyen = entry_id(class_book, "Øyen")
    class_book.log(oyen, Moment.PHONE, Tone.NEUTRAL, note=huge)
    class_book.log(oyen, Moment.PICKUP, Tone.POSITIVE, note="   ")

    summary = build_summary(class_book, include_notes=True)
    validator.validate(summary)
    (entry,) = entries(summary, "Øyen")
    assert [n["text"] for n in entry["notes"]] == [huge]


def test_guardians_are_never_in_the_summary(full_book: ContactBook) -> None:
    for options in ({}, {"include_notes": True}):
        raw = dumped(build_summary(full_book, **options))
        for guardian in GUARDIANS:
            assert guardian not in raw


# -- pseudonyms -----------------------------------------------------------------------------


def assert_no_real_names(summary: dict) -> None:
    raw = dumped(summary)
    for name in (*FAMILY_NAMES, *CHILD_NAMES, *GUARDIANS, "Wiśniewska", *NOTES, REFLECTION):
        assert name not in raw, name


def test_pseudonymize_leaves_no_real_name(full_book: ContactBook) -> None:
    summary = build_summary(full_book, pseudonymize=True, include_notes=True)

    assert_no_real_names(summary)
    assert summary["pseudonymized"] is True and summary["notes_included"] is False
    assert "reflections" not in summary
    for entry in summary["families"]:
        assert entry["name"] == f"Gezin {entry['id']}"
        assert all(child["name"].startswith("Kind ") for child in entry["children"])
    names = [e["name"] for e in summary["families"]]
    assert len(set(names)) == len(names) == 8  # both de Jong families keep their own code
    children = [c["name"] for e in summary["families"] for c in e["children"]]
    assert len(set(children)) == len(children)


def test_pseudonyms_keep_the_counts(full_book: ContactBook) -> None:
    plain = build_summary(full_book)
    masked = build_summary(full_book, pseudonymize=True)

    assert masked["totals"] == plain["totals"]
    key = ("contacts", "attempts", "days_since_positive", "needs_positive_contact")
    assert sorted(tuple(e[k] for k in key) for e in masked["families"]) == sorted(
        tuple(e[k] for k in key) for e in plain["families"]
    )


def pseudonyms(summary: dict) -> list[tuple[str, tuple[str, ...]]]:
    return [(e["name"], tuple(c["name"] for c in e["children"])) for e in summary["families"]]


def test_pseudonyms_are_stable_for_the_data_file(full_book: ContactBook, clock) -> None:
    first = pseudonyms(build_summary(full_book, pseudonymize=True))

    assert pseudonyms(build_summary(full_book, pseudonymize=True)) == first
    other_book = ContactBook(full_book.path, clock=clock)
    assert pseudonyms(build_summary(other_book, pseudonymize=True)) == first
    # A shorter period lists other families but changes nobody's pseudonym.
    short = build_summary(full_book, pseudonymize=True, start=TODAY)
    assert set(pseudonyms(short)) <= set(first)


def test_a_child_keeps_its_pseudonym_when_it_moves_up_a_group(class_book: ContactBook) -> None:
    def noor_family_entry() -> tuple[str, list[str]]:
        summary = build_summary(class_book, pseudonymize=True)
        entry = next(e for e in summary["families"] if e["id"] == noor_code)
        return entry["name"], [c["name"] for c in entry["children"]]

    noor = class_book.family(entry_id_by_child(class_book, "Noor"))
    noor_code = Pseudonyms(class_book.pseudonym_key(), [noor]).family_code(noor)
    before = noor_family_entry()

    class_book.update_family(replace(noor, children=(Child("Noor", 5),)))
    assert noor_family_entry() == before


def entry_id_by_child(book: ContactBook, child: str) -> int:
    return next(f.id for f in book.families() if any(c.name == child for c in f.children))


def test_another_data_file_gets_other_pseudonyms(tmp_path: Path, clock) -> None:
    one = ContactBook(tmp_path / "a" / "schoolyard.json", clock=clock)
    two = ContactBook(tmp_path / "b" / "schoolyard.json", clock=clock)
    make_class(one)
    make_class(two)

    names_one = {name for name, _ in pseudonyms(build_summary(one, pseudonymize=True))}
    names_two = {name for name, _ in pseudonyms(build_summary(two, pseudonymize=True))}
    assert names_one != names_two


def test_a_copied_file_keeps_its_pseudonyms(full_book: ContactBook, tmp_path: Path, clock) -> None:
    first = pseudonyms(build_summary(full_book, pseudonymize=True))
    copy = tmp_path / "kopie" / "schoolyard.json"
    copy.parent.mkdir()
    shutil.copy(full_book.path, copy)

    assert pseudonyms(build_summary(ContactBook(copy, clock=clock), pseudonymize=True)) == first


def test_clashing_codes_are_lengthened_and_others_stay() -> None:
    base = 12345
    clash_a = base.to_bytes(32, "big")
    clash_b = (base + 31**4 * 7).to_bytes(32, "big")  # same last four base-31 digits
    other = (999_999).to_bytes(32, "big")
    assert code_of(clash_a, 4) == code_of(clash_b, 4)

    codes = unique_codes([clash_a, clash_b, other])
    assert codes[other] == code_of(other, 4)
    assert len(codes[clash_a]) == len(codes[clash_b]) == 5
    assert codes[clash_a] != codes[clash_b]


def test_a_large_school_gets_unique_readable_codes(tmp_path: Path) -> None:
    families = [Family(id=i, name=f"Gezin {i}") for i in range(1, 3001)]
    names = Pseudonyms("a-secret", families)
    codes = {names.family(f) for f in families}
    assert len(codes) == 3000
    assert all(
        set(c.removeprefix("Gezin ")) <= set("23456789ABCDEFGHJKMNPQRSTUVWXYZ") for c in codes
    )


def test_the_pseudonym_key_is_written_once(class_book: ContactBook) -> None:
    build_summary(class_book, pseudonymize=True)
    raw = class_book.path.read_bytes()
    build_summary(class_book, pseudonymize=True)

    assert class_book.path.read_bytes() == raw
    assert isinstance(datetime.fromisoformat(build_summary(class_book)["generated_at"]), datetime)
