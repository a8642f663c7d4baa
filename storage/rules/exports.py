"""Summaries written to files: a private write, stale temp files swept, and where they went.

An export holds names of children, so it is the teacher's alone from its first byte
(0600, also when it replaces an older, more open file), a killed export leaves no
temp file behind for long (the next export into that folder sweeps it, and so does
`forget` beside the exports it knows), and the data file keeps a short list of the
exports written, so `forget` can say where a family's name still is.
"""

from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storage.engine.files import atomic_write
from storage.rules.matching import fold

if TYPE_CHECKING:
    from storage.book import ContactBook
    from storage.records import Family

KEPT = 100
"""Exports remembered; a teacher who exports every week fills this in two school years."""

_TEMP = re.compile(r"\.(?P<name>.+)\.[0-9a-f]{12}\.tmp")


@dataclass(frozen=True)
class ExportRecord:
    """One summary written to a file: where, on which day, and whose names it holds."""

    path: Path
    day: date
    pseudonymized: bool
    family_ids: tuple[int, ...]
    """The families in it; with `pseudonymized` only as codes."""

    def to_doc(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "day": self.day.isoformat(),
            "pseudonymized": self.pseudonymized,
            "families": list(self.family_ids),
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> ExportRecord:
        return cls(
            path=Path(doc["path"]),
            day=date.fromisoformat(doc["day"]),
            pseudonymized=bool(doc.get("pseudonymized", False)),
            family_ids=tuple(int(i) for i in doc.get("families", ())),
        )


class ExportError(Exception):
    """The summary could not be written to `path`; `error` is the OSError met."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(f"{path}: {error.strerror or error}")
        self.path = path
        self.error = error


def write_export(
    book: ContactBook,
    path: Path,
    payload: bytes,
    *,
    pseudonymized: bool,
    family_ids: tuple[int, ...],
) -> ExportRecord:
    """Write `payload` to `path` (0600, atomic), sweeping stale temps, and remember it.

    The export is recorded before it is written: should the write then fail, `forget`
    names a file that may not exist, which errs on the side of the teacher's duty.
    """
    path = Path(os.path.abspath(path.expanduser()))
    if not path.parent.is_dir():  # said before anything is remembered
        raise ExportError(path, FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), path))
    record = ExportRecord(path, book.today(), pseudonymized, tuple(family_ids))
    sweep_temp_files(path.parent, {path.name} | _names_in(book.exports(), path.parent))
    book.record_export(record)
    try:
        _make_private(path)
        atomic_write(path, payload, mode=0o600)  # 0600 from its first byte
    except OSError as exc:
        raise ExportError(path, exc) from None
    return record


def _make_private(path: Path) -> None:
    """An existing export becomes 0600 first: an older copy left 0644 (or made read-only,
    which atomic_write would refuse to replace) is a summary, not the teacher's data."""
    try:
        if path.is_file():
            os.chmod(path, 0o600)
    except OSError:
        pass  # not ours to change: atomic_write then says why it cannot replace it


def _names_in(records: list[ExportRecord], folder: Path) -> set[str]:
    return {r.path.name for r in records if r.path.parent == folder}


def sweep_temp_files(folder: Path, names: set[str]) -> list[Path]:
    """Remove temp files a killed export of one of `names` left in `folder`.

    Only `.<name>.<12 hex>.tmp` of those names: never the data file's own temps, which
    are swept under its lock. An export running at this very moment into the same file
    would lose its temp and fail with an error line; it is never half-written.
    """
    swept = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return swept
    for entry in entries:
        match = _TEMP.fullmatch(entry.name)
        if match is None or match["name"] not in names:
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                swept.append(Path(entry.path))
        except OSError:
            pass
    return swept


def sweep_known(book: ContactBook) -> list[Path]:
    """Sweep stale temp files beside every export the data file remembers (for `forget`)."""
    by_folder: dict[Path, set[str]] = {}
    for record in book.exports():
        by_folder.setdefault(record.path.parent, set()).add(record.path.name)
    swept = []
    for folder, names in by_folder.items():
        if folder == book.path.parent:
            names = names - {book.path.name}
        swept += sweep_temp_files(folder, names)
    return swept


def holding(book: ContactBook, family_id: int) -> list[ExportRecord]:
    """The exports the data file remembers that hold this family, newest first."""
    found = [r for r in book.exports() if family_id in r.family_ids]
    return found[::-1]  # remembered oldest first


def forget_family(table: dict[str, dict[str, Any]], family: Family) -> None:
    """Erasure: the family leaves the export records; a record whose path names it goes.

    Called by ContactBook.forget inside its change, on the `exports` table.
    """
    names = [fold(n) for n in (family.name, *(c.name for c in family.children)) if fold(n)]
    words = [re.compile(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])") for name in names]
    for key in list(table):
        doc = table[key]
        path = fold(str(doc.get("path", "")))
        if any(word.search(path) for word in words):
            del table[key]
            continue
        ids = [i for i in doc.get("families", ()) if i != family.id]
        if ids != list(doc.get("families", ())):
            table[key] = {**doc, "families": ids}
