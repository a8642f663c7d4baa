"""Colleagues' files (`--with`): matching, their positive contacts, and never a write to them."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest
from classbook import NOW

from storage import Child, ColleagueFileError, ContactBook, Family, Moment, Tone
from storage.classlists.classlist import read_classlist
from storage.rules.colleagues import BY_NAME, BY_STUDENT_ID, match_families


def duo(tmp_path: Path, clock) -> tuple[ContactBook, ContactBook]:
    """Teacher A and teacher B of one group, each with her own file of the same class."""
    a = ContactBook(tmp_path / "a.json", clock=clock)
    b = ContactBook(tmp_path / "b" / "b.json", clock=clock)
    for book in (a, b):
        book.add_family(Family.new("Yılmaz", [Child("Elif", 5)]))
        book.add_family(Family.new("van der Berg", [Child("Daan", 5)]))
    b.set_colleague_name("juf Marieke")
    return a, b


def yilmaz_of(book: ContactBook) -> Family:
    (family,) = book.find_families("Yılmaz")
    return family


def status(book: ContactBook, name: str, *, school: bool = False):
    statuses = book.school_statuses() if school else book.statuses()
    return next(s for s in statuses if s.family.name == name)


def test_a_colleagues_positive_contact_takes_the_family_off_the_list(tmp_path, clock) -> None:
    a, b = duo(tmp_path, clock)
    yilmaz_b = yilmaz_of(b)
    b.log(yilmaz_b.id, Moment.PICKUP, Tone.POSITIVE, at=NOW - timedelta(days=1))
    assert "Yılmaz" in {s.family.name for s in a.needing_positive_contact()}

    a.add_colleagues([b.path])

    assert "Yılmaz" not in {s.family.name for s in a.needing_positive_contact()}
    assert "van der Berg" in {s.family.name for s in a.needing_positive_contact()}
    yilmaz = status(a, "Yılmaz")
    assert yilmaz.positive_by == "juf Marieke"
    assert yilmaz.last_positive == NOW - timedelta(days=1)
    assert yilmaz.contacts == 0  # her contacts are hers: only the status counts them


def test_our_own_later_positive_is_not_hers(tmp_path, clock) -> None:
    a, b = duo(tmp_path, clock)
    b.log(yilmaz_of(b).id, Moment.PICKUP, at=NOW - timedelta(days=3))
    a.log(yilmaz_of(a).id, Moment.DROPOFF, at=NOW - timedelta(days=1))
    a.add_colleagues([b.path])
    yilmaz = status(a, "Yılmaz")
    assert yilmaz.positive_by == ""
    assert yilmaz.contacts == 1


def test_a_colleagues_concern_does_not_count_for_us(tmp_path, clock) -> None:
    a, b = duo(tmp_path, clock)
    b.log(yilmaz_of(b).id, Moment.PHONE, Tone.CONCERN, at=NOW - timedelta(days=1))
    a.add_colleagues([b.path])
    assert status(a, "Yılmaz").needs_positive_contact


def test_the_setting_keeps_colleagues_files_and_the_name(tmp_path, clock) -> None:
    a, b = duo(tmp_path, clock)
    b.log(yilmaz_of(b).id, Moment.PICKUP, at=NOW - timedelta(days=1))
    a.set_colleague_files([b.path])
    assert a.colleague_files() == [str(b.path)]
    again = ContactBook(a.path, clock=clock)
    assert status(again, "Yılmaz").positive_by == "juf Marieke"
    assert b.colleague_name() == "juf Marieke"


def test_colleague_files_are_never_written_nor_locked(tmp_path, clock) -> None:
    a, b = duo(tmp_path, clock)
    b.log(yilmaz_of(b).id, Moment.PICKUP, at=NOW - timedelta(days=1))
    # Her lock file travelled along (a synced folder) without a stamp of these bytes.
    b_lock = b.path.with_name(b.path.name + ".lock")
    b_lock.write_bytes(b"")
    os.chmod(b.path, 0o400)
    before = {
        str(p): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in b.path.parent.rglob("*")
        if p.is_file()
    }

    a.add_colleagues([b.path])
    a.needing_positive_contact()
    a.school_statuses()
    a.log(a.find_families("van der Berg")[0].id, Moment.WALKIN)  # our own write beside it

    after = {
        str(p): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in b.path.parent.rglob("*")
        if p.is_file()
    }
    assert after == before


def test_no_lock_file_is_made_beside_a_colleagues_file(tmp_path, clock) -> None:
    a, b = duo(tmp_path, clock)
    b.path.with_name(b.path.name + ".lock").unlink()
    listed = sorted(str(p) for p in b.path.parent.rglob("*"))
    a.add_colleagues([b.path])
    a.statuses()
    assert sorted(str(p) for p in b.path.parent.rglob("*")) == listed


@pytest.mark.parametrize("problem", ["missing", "damaged", "newer", "not_schoolyard"])
def test_a_colleague_file_that_cannot_be_used_is_named_and_left_out(
    tmp_path, clock, problem
) -> None:
    a, b = duo(tmp_path, clock)
    b.log(yilmaz_of(b).id, Moment.PICKUP, at=NOW - timedelta(days=1))
    if problem == "missing":
        b.path.unlink()
    elif problem == "damaged":
        b.path.write_bytes(b.path.read_bytes()[:-20])
    elif problem == "newer":
        data = json.loads(b.path.read_bytes())
        data["settings"]["1"]["schema"] = 99
        b.path.write_text(json.dumps(data))
    else:
        b.path.write_text('{"families": {"1": {"name": 5}}}')
    good = ContactBook(tmp_path / "c.json", clock=clock)
    good.add_family(Family.new("Yılmaz", [Child("Elif", 5)]))
    good.set_colleague_name("meester Jan")
    good.log(yilmaz_of(good).id, Moment.EVENT, at=NOW - timedelta(days=2))
    a.add_colleagues([b.path, good.path])

    (error,) = a.colleague_problems()
    assert isinstance(error, ColleagueFileError)
    assert error.path == b.path
    assert error.key == {"not_schoolyard": "colleague.damaged"}.get(problem, f"colleague.{problem}")
    yilmaz = status(a, "Yılmaz")
    assert yilmaz.positive_by == "meester Jan"
    assert not b.path.exists() or problem != "missing"


def test_a_missing_colleague_file_is_not_created(tmp_path, clock) -> None:
    a, _ = duo(tmp_path, clock)
    ghost = tmp_path / "elsewhere" / "ghost.json"
    a.add_colleagues([ghost])
    a.statuses()
    a.school_statuses()
    assert not ghost.parent.exists()


# -- matching -------------------------------------------------------------------------------


def fam(fid: int, name: str, *children: tuple[str, str]) -> Family:
    return Family(fid, name, tuple(Child(c, 5, student_id=number) for c, number in children))


def test_matching_by_student_number_beats_names() -> None:
    ours = [fam(1, "Yılmaz", ("Elif", "1001")), fam(2, "Bakker", ("Sem", "1002"))]
    # Another spelling and a new family name after a divorce: the number decides.
    theirs = [fam(7, "Yilmaz-Demir", ("Elif", "1001")), fam(8, "Bakker", ("Sem", "2002"))]
    matches = match_families(ours, theirs)
    assert matches.ours == {7: 1}
    assert matches.by == {7: BY_STUDENT_ID}
    assert matches.uncertain == ()


def test_matching_by_folded_name_and_a_child_in_common() -> None:
    ours = [
        fam(1, "Yılmaz", ("Elif", ""), ("Emre", "")),
        fam(2, "van der Berg", ("Daan", "")),
        fam(3, "Øyen", ("Ingrid", "")),
    ]
    theirs = [
        fam(11, "Yilmaz", ("Emre", "")),  # the sibling in another group
        fam(12, "Van der berg", ("daan", "")),
        fam(13, "Oyen", ("Sven", "")),  # another child: not the same family
    ]
    matches = match_families(ours, theirs)
    assert matches.ours == {11: 1, 12: 2}
    assert set(matches.by.values()) == {BY_NAME}


def test_two_families_with_one_surname_are_told_apart_by_their_children() -> None:
    ours = [fam(1, "de Jong", ("Sanne", "")), fam(2, "de Jong", ("Lucas", ""))]
    theirs = [fam(5, "De Jong", ("Lucas", "")), fam(6, "de Jong", ("Sanne", ""))]
    assert match_families(ours, theirs).ours == {5: 2, 6: 1}


def test_an_uncertain_match_is_reported_not_guessed() -> None:
    # Two de Jong families here each with a Sanne (cousins): which one is hers?
    ours = [fam(1, "de Jong", ("Sanne", "")), fam(2, "de Jong", ("Sanne", ""), ("Tim", ""))]
    theirs = [fam(5, "de Jong", ("Sanne", ""))]
    matches = match_families(ours, theirs)
    assert matches.ours == {}
    (unsure,) = matches.uncertain
    assert unsure.theirs.id == 5
    assert {f.id for f in unsure.candidates} == {1, 2}


def test_school_view_one_line_per_family_across_files(tmp_path, clock) -> None:
    a, b = duo(tmp_path, clock)
    b.add_family(Family.new("Nguyễn", [Child("Minh", 7)]))
    b.log(yilmaz_of(b).id, Moment.PICKUP, at=NOW - timedelta(days=1))
    a.add_colleagues([b.path])
    names = sorted((s.family.name for s in a.school_statuses()), key=str.casefold)
    assert names == ["Nguyễn", "van der Berg", "Yılmaz"]
    assert not status(a, "Yılmaz", school=True).needs_positive_contact
    assert status(a, "Nguyễn", school=True).needs_positive_contact
    assert [s.family.name for s in a.statuses()] == ["van der Berg", "Yılmaz"]


# -- the class list's student number ---------------------------------------------------


def test_the_class_list_reads_a_student_number_and_the_import_keeps_it(tmp_path, clock) -> None:
    csv = tmp_path / "groep5.csv"
    csv.write_bytes(
        "\ufeffleerlingnummer;roepnaam;tussenvoegsel;achternaam;groep\n"
        "1001;Elif;;Yılmaz;5\n1002;Daan;van der;Berg;5\n".encode()
    )
    rows = read_classlist(csv)
    assert [r.student_id for r in rows] == ["1001", "1002"]
    book = ContactBook(tmp_path / "a.json", clock=clock)
    book.add_family(Family.new("Yılmaz", [Child("Elif", 4)]))
    book.import_families(rows)
    yilmaz = next(f for f in book.families() if f.name == "Yılmaz")
    assert yilmaz.children == (Child("Elif", 5, student_id="1001"),)
    stored = json.loads(book.path.read_bytes())
    assert {"name": "Elif", "group": 5, "student_id": "1001"} in [
        c for f in stored["families"].values() for c in f["children"]
    ]


def test_the_closest_family_of_one_name_is_certain_a_tie_is_not() -> None:
    ours = [
        fam(1, "Kovalenko", ("Anastasiia", ""), ("Zlata", "")),
        fam(2, "Kovalenko", ("Anastasiia", ""), ("Sofiia", ""), ("Daryna", "")),
        fam(3, "El Amrani", ("Yasmina", "")),
        fam(4, "El Amrani", ("Yasmina", "")),
    ]
    theirs = [
        fam(7, "Kovalenko", ("Anastasiia", ""), ("Zlata", "")),  # both children: family 1
        fam(8, "Kovalenko", ("Sofiia", ""), ("Daryna", "")),
        fam(9, "El Amrani", ("Yasmina", "")),  # two alike here: not guessed
    ]
    matches = match_families(ours, theirs)
    assert matches.ours == {7: 1, 8: 2}
    assert [u.theirs.id for u in matches.uncertain] == [9]


def test_a_guardian_in_common_settles_one_child_in_common() -> None:
    ours = [
        Family(1, "de Jong", (Child("Sanne", 5),), guardians=("Mark de Jong",)),
        Family(2, "de Jong", (Child("Sanne", 3),), guardians=("Fatima de Jong",)),
    ]
    theirs = [Family(5, "De Jong", (Child("Sanne", 3),), guardians=("fatima de jong",))]
    assert match_families(ours, theirs).ours == {5: 2}
