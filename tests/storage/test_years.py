"""Year close, the archives it writes, reading them back, and retention (issue 10)."""

from __future__ import annotations

import json
import os
import stat
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from classbook import CET, NOW
from tinydb import TinyDB

from storage import Child, ContactBook, DataFileError, Family, Moment
from storage.actions import years
from storage.demo import write_demo
from storage.rules.summary import summarize


def demo_two_years(path: Path) -> ContactBook:
    """A demo class of 30 weeks up to 25 Nov 2026: from May 2026, so two school years."""
    write_demo(path, families=12, weeks=30, seed=7, today=NOW)
    return ContactBook(path, clock=lambda: NOW)


def raw_contacts(path: Path) -> Counter:
    """Every contact of a file as its content (ids differ between files)."""
    tables = json.loads(path.read_bytes())
    return Counter(json.dumps(doc, sort_keys=True) for doc in tables.get("contacts", {}).values())


def test_a_demo_of_two_school_years_closes_into_its_archive(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    book = demo_two_years(path)
    before = raw_contacts(path)
    old = sum(1 for c in book.contacts() if c.day < date(2026, 8, 1))
    assert old and old < sum(before.values())

    closed = book.close_year()

    archive = tmp_path / "schoolyard-2025-2026.json"
    assert closed.files == (archive,)
    assert closed.contacts == {"2025-2026": old}
    assert raw_contacts(path) + raw_contacts(archive) == before  # none lost, none twice
    assert all(c.day >= date(2026, 8, 1) for c in book.contacts())
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for file in (path, archive):  # both plain TinyDB files
        db = TinyDB(file)
        assert len(db.table("families")) >= 1
        db.close()
    assert len(TinyDB(archive).table("contacts")) == old
    # Families stay in the working file; the archive holds copies of those it names.
    assert len(book.families()) == 12
    assert [a.school_year for a in book.archives()] == ["2025-2026"]


def test_archived_contacts_are_read_only_records_marked_archived(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    book = demo_two_years(path)
    old = [c for c in book.contacts() if c.day < date(2026, 8, 1)]
    book.close_year()
    archived = book.archived_contacts()
    assert len(archived) == len(old)
    assert all(c.archived and c.school_year == "2025-2026" for c in archived)
    assert [c.at for c in archived] == sorted((c.at for c in archived), reverse=True)
    family = old[0].family_id
    mine = book.archived_contacts(family_ids=[family])
    assert {c.family_id for c in mine} == {family}
    assert len(mine) == sum(1 for c in old if c.family_id == family)
    june = book.archived_contacts(start=date(2026, 6, 1), end=date(2026, 6, 30))
    assert june and all(c.at.month == 6 for c in june)
    assert book.archived_contacts(years=[2024]) == []


def test_a_second_close_adds_to_the_archive_and_never_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    book = demo_two_years(path)
    book.close_year()
    archive = tmp_path / "schoolyard-2025-2026.json"
    first = raw_contacts(archive)
    assert book.close_year().files == ()  # nothing left to move
    assert raw_contacts(archive) == first
    family = book.families()[0].id
    book.log(family, Moment.PHONE, at=datetime(2026, 7, 10, 10, 0, tzinfo=CET), note="late")
    closed = book.close_year()
    assert closed.contacts == {"2025-2026": 1}
    added = raw_contacts(archive) - first
    assert sum(added.values()) == 1 and '"note": "late"' in next(iter(added))
    assert first - raw_contacts(archive) == Counter()
    assert len(book.archived_contacts()) == sum(first.values()) + 1


def test_the_school_year_start_is_a_setting(book: ContactBook) -> None:
    family = book.add_family(Family.new("Øyen", [Child("Ingrid", 4)])).id
    book.log(family, Moment.PICKUP, at=datetime(2026, 8, 20, 15, 0, tzinfo=CET))
    assert book.school_year_start() == (8, 1)
    book.set_school_year_start(9, 1)
    assert book.school_year_began() == date(2026, 9, 1)
    assert book.close_year().contacts == {"2025-2026": 1}
    assert book.contacts() == []


def test_plans_and_reflections_of_last_year_move_too(book: ContactBook) -> None:
    family = book.add_family(Family.new("van der Berg", [Child("Daan", 3)])).id
    book.set_planned(family, True, "2026-W25")
    book.set_planned(family, True, "2026-W48")
    book.set_reflection("2026-W26", "Juni: veel ouders gesproken.")
    book.set_reflection("2026-W47", "November.")
    closed = book.close_year()
    assert closed.plans == {"2025-2026": 1} and closed.reflections == {"2025-2026": 1}
    assert book.reflections() == {"2026-W47": "November."}
    assert book.planned("2026-W25") == set() and book.planned("2026-W48") == {family}
    tables = json.loads((book.path.parent / "schoolyard-2025-2026.json").read_bytes())
    assert [d["text"] for d in tables["reflections"].values()] == ["Juni: veel ouders gesproken."]


def test_families_with_no_child_left_in_the_new_class_are_archived(book: ContactBook) -> None:
    stays = book.add_family(Family.new("Yılmaz", [Child("Elif", 5), Child("Emre", 2)])).id
    leaves = book.add_family(Family.new("Nguyễn", [Child("Lan", 4)])).id
    closed = book.close_year(archive_families_outside=[5])
    assert closed.families_archived == (leaves,)
    assert [f.id for f in book.families()] == [stays]
    assert book.family(leaves).active is False


def test_a_kill_between_archive_and_data_file_is_settled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped right after the archive is written: readers see every contact once; the
    next close removes the uncommitted records from the archive and moves them again."""
    path = tmp_path / "schoolyard.json"
    book = demo_two_years(path)
    everything = raw_contacts(path)
    total = len(book.contacts())

    class Killed(Exception):
        pass

    def crash(step: str) -> None:
        if step == "archives-written":
            raise Killed

    monkeypatch.setattr(years, "_crash_point", crash)
    with pytest.raises(Killed):
        book.close_year()
    archive = tmp_path / "schoolyard-2025-2026.json"
    assert raw_contacts(archive)  # written, but not committed
    assert raw_contacts(path) == everything  # the data file as it was
    fresh = ContactBook(path, clock=lambda: NOW)
    assert len(fresh.contacts()) + len(fresh.archived_contacts()) == total
    assert fresh.archived_contacts() == []

    monkeypatch.undo()
    fresh.close_year()
    assert raw_contacts(path) + raw_contacts(archive) == everything
    assert len(fresh.contacts()) + len(fresh.archived_contacts()) == total


def test_a_damaged_archive_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    book = demo_two_years(path)
    archive = tmp_path / "schoolyard-2025-2026.json"
    archive.write_text('{"contacts": {"1": ', encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DataFileError) as caught:
        book.close_year()
    assert caught.value.path == archive
    assert archive.read_text(encoding="utf-8") == '{"contacts": {"1": '
    assert path.read_bytes() == before


def test_a_read_only_archive_is_refused_and_nothing_moves(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    book = demo_two_years(path)
    book.close_year()
    archive = tmp_path / "schoolyard-2025-2026.json"
    family = book.families()[0].id
    book.log(family, Moment.PHONE, at=datetime(2026, 7, 10, 10, 0, tzinfo=CET))
    os.chmod(archive, 0o400)
    archived, data = archive.read_bytes(), path.read_bytes()
    with pytest.raises(DataFileError) as caught:
        book.close_year()
    assert caught.value.key == "datafile.read_only"
    assert archive.read_bytes() == archived and path.read_bytes() == data


def test_export_spanning_an_archived_year_includes_it(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    book = demo_two_years(path)
    start, end = date(2026, 6, 1), date(2026, 11, 25)
    before = summarize(book, start=start, end=end).document.totals.contacts
    book.close_year()
    assert summarize(book, start=start, end=end).document.totals.contacts == before
    this_year = summarize(book, start=date(2026, 9, 1), end=end).document.totals.contacts
    assert this_year < before


def test_forget_erases_the_family_from_every_archive(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    book = demo_two_years(path)
    book.close_year()
    family = book.archived_contacts()[0].family_id
    name = book.family(family).name
    done = book.forget_everywhere(family)
    archive = tmp_path / "schoolyard-2025-2026.json"
    assert archive in done.files and path in done.files
    assert book.archived_contacts(family_ids=[family]) == []
    assert name.encode() not in archive.read_bytes()


# -- retention ------------------------------------------------------------------------------


def make_archive(folder: Path, first_year: int) -> Path:
    path = folder / f"schoolyard-{first_year}-{first_year + 1}.json"
    path.write_text('{"families": {}, "contacts": {}}', encoding="utf-8")
    os.chmod(path, 0o600)
    return path


def test_nothing_is_past_retention_until_it_is_set(book: ContactBook, tmp_path: Path) -> None:
    book.add_family(Family.new("Şahin", [Child("Ali", 6)]))
    for year in (2022, 2023, 2024, 2025):
        make_archive(tmp_path, year)
    assert book.retention() is None
    assert book.archives_past_retention() == []


def test_purge_deletes_only_what_it_named(book: ContactBook, tmp_path: Path) -> None:
    book.add_family(Family.new("Şahin", [Child("Ali", 6)]))
    paths = {year: make_archive(tmp_path, year) for year in (2022, 2023, 2024, 2025)}
    book.set_retention(2)  # today is in 2026-2027: keep 2024-2025 and 2025-2026
    past = book.archives_past_retention()
    assert [a.first_year for a in past] == [2022, 2023]
    assert book.purge_archives(past[:1]) == [paths[2022]]
    assert not paths[2022].exists()
    assert all(paths[y].exists() for y in (2023, 2024, 2025))
    kept = [a for a in book.archives() if a.first_year == 2025]
    with pytest.raises(ValueError):
        book.purge_archives(kept)
    assert paths[2025].exists()


def test_retention_is_one_to_fifty_years(book: ContactBook) -> None:
    with pytest.raises(ValueError):
        book.set_retention(0)
    book.set_retention(7)
    assert book.retention() == 7


def test_archives_past_retention_moves_with_the_school_year(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    make_archive(tmp_path, 2025)
    day = [NOW]
    book = ContactBook(path, clock=lambda: day[0])
    book.set_retention(1)
    assert book.archives_past_retention() == []  # 2025-2026 is last year's
    day[0] = NOW + timedelta(days=300)  # September 2027: 2025-2026 is two years back
    assert [a.first_year for a in book.archives_past_retention()] == [2025]


def test_an_archive_that_is_a_link_is_written_through_it(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    book = demo_two_years(path)
    elsewhere = tmp_path / "synced" / "klas-2025-2026.json"
    elsewhere.parent.mkdir()
    link = tmp_path / "schoolyard-2025-2026.json"
    link.symlink_to(elsewhere)
    before = path.read_bytes()
    with pytest.raises(DataFileError) as caught:  # a link to nothing: named, nothing moved
        book.close_year()
    assert caught.value.key == "datafile.link_dangling" and caught.value.path == link
    assert path.read_bytes() == before and not elsewhere.exists()
    elsewhere.write_text("{}", encoding="utf-8")
    os.chmod(elsewhere, 0o600)
    book.close_year()
    assert link.is_symlink()
    assert len(TinyDB(elsewhere).table("contacts")) == len(book.archived_contacts()) > 0


def test_an_export_with_notes_keeps_the_archived_reflections(book: ContactBook) -> None:
    family = book.add_family(Family.new("van der Berg", [Child("Daan", 3)])).id
    book.log(family, Moment.PICKUP, at=datetime(2026, 6, 24, 15, 0, tzinfo=CET))
    book.set_reflection("2026-W26", "Juni: veel ouders gesproken.")
    book.close_year()
    built = summarize(book, start=date(2026, 6, 1), end=date(2026, 11, 25), include_notes=True)
    assert [r.week for r in built.document.reflections] == ["2026-W26"]
    assert built.document.totals.contacts == 1


def test_the_archive_and_its_settings_are_declared_in_the_shipped_schema(tmp_path: Path) -> None:
    """Both files of a close validate against storage/data.schema.json, and a retention of
    0 years or a close entry without its id is refused by name."""
    import jsonschema

    path = tmp_path / "schoolyard.json"
    book = demo_two_years(path)
    book.set_retention(2)
    book.close_year()
    shipped = Path(years.__file__).resolve().parents[1] / "data.schema.json"
    validator = jsonschema.Draft202012Validator(json.loads(shipped.read_text(encoding="utf-8")))
    archive = tmp_path / "schoolyard-2025-2026.json"
    for file in (path, archive):
        data = json.loads(file.read_bytes())
        validator.validate(data)
    data = json.loads(path.read_bytes())
    data["settings"]["1"]["keep_archive_years"] = 0
    assert not validator.is_valid(data)
    data = json.loads(archive.read_bytes())
    assert data["closes"]
    next(iter(data["closes"].values())).pop("close")
    assert not validator.is_valid(data)
