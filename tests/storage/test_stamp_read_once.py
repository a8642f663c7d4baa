"""A read of a file we stamped checks the stamp once: at eight school years (16 MB) each
checksum of the file is ~4 ms of a `schoolyard` command."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import Child, ContactBook, Family, Moment
from storage.engine import stamp


def test_a_stamped_file_is_checksummed_once_per_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "klas.json"
    writer = ContactBook(path)
    family = writer.add_family(Family.new("Yılmaz", children=[Child("Elif", 5)]))
    writer.log(family.id, Moment.PICKUP)
    sums: list[int] = []
    real = stamp.stamp_of
    monkeypatch.setattr(stamp, "stamp_of", lambda raw: sums.append(len(raw)) or real(raw))
    assert [f.name for f in ContactBook(path).families()] == ["Yılmaz"]
    assert sums == [path.stat().st_size]


def test_an_unstamped_file_is_checked_then_stamped(tmp_path: Path) -> None:
    path = tmp_path / "klas.json"
    ContactBook(path).add_family(Family.new("Øyen", children=[Child("Siri", 3)]))
    lock = path.with_name(path.name + ".lock")
    lock.write_bytes(b"")  # the stamp lost: the next read takes the full check
    assert not stamp.is_stamped(path, path.read_bytes())
    assert [f.name for f in ContactBook(path).families()] == ["Øyen"]
    assert stamp.is_stamped(path, path.read_bytes())
