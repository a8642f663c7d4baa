"""The daily backups: made before a day's first write, 14 kept, restored under the lock,
and `forget` erasing a family from them (issue 9)."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from classbook import NOW

from storage import Child, ContactBook, DataFileError, Family, Moment
from storage.actions.backups import UnknownBackup
from storage.engine import siblings


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def folder_of(path: Path) -> Path:
    return path.with_name("schoolyard-backups")


def test_the_first_write_of_a_day_keeps_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    clock = Clock(NOW)
    book = ContactBook(path, clock=clock)
    family = book.add_family(
        Family.new("Yılmaz", [Child("Elif", 5)])
    ).id  # a new file: nothing to keep
    assert book.backups() == []
    before = path.read_bytes()
    book.log(family, Moment.PICKUP)
    backups = book.backups()
    assert [b.day for b in backups] == [NOW.date()]
    assert backups[0].path.read_bytes() == before
    assert stat.S_IMODE(backups[0].path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder_of(path).stat().st_mode) == 0o700
    book.log(family, Moment.DROPOFF)  # the same day: no second copy
    assert len(book.backups()) == 1 and backups[0].path.read_bytes() == before
    clock.at = NOW + timedelta(days=1)
    tuesday = path.read_bytes()
    book.log(family, Moment.PHONE)
    assert [b.path.read_bytes() for b in book.backups()] == [before, tuesday]


def test_the_newest_fourteen_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    clock = Clock(NOW)
    book = ContactBook(path, clock=clock)
    family = book.add_family(Family.new("Øyen", [Child("Ingrid", 4)])).id
    for day in range(20):
        clock.at = NOW + timedelta(days=day)
        book.log(family, Moment.PICKUP)
    days = [b.day for b in book.backups()]
    assert len(days) == 14
    assert days == [(NOW + timedelta(days=d)).date() for d in range(6, 20)]
    assert not [p for p in folder_of(path).iterdir() if p.name.endswith(".lock")]


def test_a_backup_that_cannot_be_made_never_stops_a_write(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    book = ContactBook(path, clock=lambda: NOW)
    family = book.add_family(Family.new("Şahin", [Child("Ali", 6)])).id
    folder_of(path).write_text("not a folder", encoding="utf-8")
    book.log(family, Moment.PICKUP)
    assert len(book.contacts()) == 1
    assert folder_of(path).read_text(encoding="utf-8") == "not a folder"


def test_restore_puts_a_backup_back_and_keeps_the_current_file(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    clock = Clock(NOW)
    book = ContactBook(path, clock=clock)
    family = book.add_family(Family.new("van der Berg", [Child("Daan", 3)])).id
    book.log(family, Moment.PICKUP)
    clock.at = NOW + timedelta(days=1)
    book.log(family, Moment.PHONE)
    current = path.read_bytes()
    backup = book.find_backup((NOW + timedelta(days=1)).date().isoformat())
    kept = book.restore_backup(backup)
    assert path.read_bytes() == backup.path.read_bytes()
    assert kept.read_bytes() == current
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [c.moment for c in book.contacts()] == [Moment.PICKUP]
    assert book.find_backup(kept.stem.removeprefix("schoolyard-")).path == kept
    with pytest.raises(UnknownBackup):
        book.find_backup("2020-01-01")


def test_a_damaged_backup_is_not_restored(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    book = ContactBook(path, clock=lambda: NOW)
    family = book.add_family(Family.new("Nguyễn", [Child("Lan", 4)])).id
    book.log(family, Moment.PICKUP)
    backup = book.backups()[0]
    backup.path.write_text('{"contacts": ', encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DataFileError):
        book.restore_backup(backup)
    assert path.read_bytes() == before


def test_forget_erases_the_family_from_the_backups_and_says_which(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    clock = Clock(NOW)
    book = ContactBook(path, clock=clock)
    yilmaz = book.add_family(Family.new("Yılmaz", [Child("Elif", 5)])).id
    oyen = book.add_family(Family.new("Øyen", [Child("Ingrid", 4)])).id
    book.log(yilmaz, Moment.PICKUP, note="trots op tekening")
    clock.at = NOW + timedelta(days=1)
    book.log(oyen, Moment.PICKUP)
    backups = [b.path for b in book.backups()]
    assert len(backups) == 2 and all(b"Elif" in p.read_bytes() for p in backups)
    damaged = siblings.backup_path(path, (NOW - timedelta(days=1)).date())
    damaged.write_text('{"families": ', encoding="utf-8")
    done = book.forget_everywhere(yilmaz)
    assert set(done.files) == {path, *backups}
    assert done.unreadable == (damaged,)
    assert damaged.read_text(encoding="utf-8") == '{"families": '  # never overwritten
    for file in (path, *backups):
        raw = file.read_bytes()
        assert b"Elif" not in raw and "Yılmaz".encode() not in raw and b"trots" not in raw
        assert stat.S_IMODE(os.stat(file).st_mode) == 0o600
    assert [f.name for f in ContactBook(backups[-1]).families()] == ["Øyen"]
