"""The files beside the data file: year archives and the daily backups.

- an archive `<stem>-2025-2026.json` beside `<stem>.json`: a Schoolyard data file (our
  schema, readable by plain TinyDB) that holds one school year's contacts, plans and
  reflections and the families they name;
- the backups in the folder `<stem>-backups/` (0700): `<stem>-2026-11-25.json`, a copy
  of the data file as it was before the first write of that day (0600), the newest
  `BACKUPS_KEPT` kept.

Every sibling is read with the full check (check.py), never trusted by a stamp, and
written only through `files.atomic_write` under its own lock: a damaged sibling raises
`DataFileError` naming it and is never written.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from storage.engine import codec
from storage.engine.files import atomic_write, read_bytes
from storage.engine.lock import DataFileError, data_target, locked

if TYPE_CHECKING:
    from pathlib import Path

    from storage.engine.lock import StrPath

BACKUPS_KEPT = 14
"""How many backups stay in the backup folder (a day's first write makes one)."""

_YEAR = re.compile(r"-(\d{4})-(\d{4})\.json$")
_BACKUP = re.compile(r"-(\d{4}-\d{2}-\d{2})(-[0-9a-z-]+)?\.json$")

Tables = dict[str, dict[str, Any]]


# -- names ----------------------------------------------------------------------------------


def _base(path: StrPath) -> Path:
    """The data file a path leads to: a symlinked data file keeps its siblings beside the
    real file (where its lock is too), not beside the link."""
    from pathlib import Path  # not at the top: `log` reaches this module (lock.py says why)

    return Path(data_target(path))


def archive_path(path: StrPath, first_year: int) -> Path:
    """`schoolyard-2025-2026.json` beside `schoolyard.json` for the year from August 2025."""
    path = _base(path)
    return path.with_name(f"{path.stem}-{first_year}-{first_year + 1}.json")


def archive_paths(path: StrPath) -> dict[int, Path]:
    """The archives beside `path`, by the calendar year their school year begins in."""
    path = _base(path)
    found: dict[int, Path] = {}
    try:
        names = os.listdir(path.parent)
    except FileNotFoundError:
        return found
    prefix = path.stem
    for name in names:
        if not name.startswith(prefix + "-"):
            continue
        match = _YEAR.search(name)
        if match and name == f"{prefix}-{match[1]}-{match[2]}.json":
            first, second = int(match[1]), int(match[2])
            if second == first + 1:
                found[first] = path.with_name(name)
    return dict(sorted(found.items()))


def backup_folder(path: StrPath) -> Path:
    path = _base(path)
    return path.with_name(f"{path.stem}-backups")


def backup_path(path: StrPath, day: date, suffix: str = "") -> Path:
    path = _base(path)
    return backup_folder(path) / f"{path.stem}-{day.isoformat()}{suffix}.json"


def backup_paths(path: StrPath) -> list[Path]:
    """The backups of `path`, oldest first (their names sort by day)."""
    folder = backup_folder(path)
    prefix = _base(path).stem + "-"
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(
        folder / name
        for name in names
        if name.startswith(prefix) and _BACKUP.fullmatch("-" + name[len(prefix) :])
    )


def backup_day(backup: Path, path: StrPath) -> date:
    """The day a backup was made, from its name."""
    return date.fromisoformat(backup.name[len(_base(path).stem) + 1 :][:10])


# -- reading and writing a sibling ---------------------------------------------------------


def read_sibling(path: StrPath) -> Tables:
    """A sibling's tables, fully checked; DataFileError naming it when it cannot be used."""
    from storage.engine.check import Problem, decode

    try:
        raw = read_bytes(data_target(path))
    except OSError as exc:
        raise DataFileError(
            path,
            f"cannot be read ({exc.strerror})",
            "datafile.unreadable",
            {"detail": exc.strerror},
        ) from None
    if not raw or raw.isspace():
        return {}
    try:
        return decode(raw)
    except Problem as problem:
        raise DataFileError(
            path, problem.detail, problem.key, {"detail": problem.detail, **problem.values}
        ) from None


def write_sibling(path: StrPath, data: Tables) -> None:
    """Replace a sibling atomically, 0600 (call under `locked(path)`)."""
    atomic_write(path, codec.dumps(data), mode=0o600)


@contextmanager
def sibling_change(path: StrPath) -> Iterator[Tables]:
    """Lock a sibling, read it checked, let the caller change it, write it once (0600)."""
    with locked(path):
        data = read_sibling(path) if os.path.exists(data_target(path)) else {}
        yield data
        write_sibling(path, data)


def remove_sibling(path: StrPath) -> None:
    """Delete a sibling and its lock file (under its lock); a missing one is fine."""
    target = data_target(path)
    with locked(path):
        try:
            os.unlink(target)
        except FileNotFoundError:
            pass
    try:
        os.unlink(target + ".lock")
    except FileNotFoundError:
        pass


# -- the daily backup -----------------------------------------------------------------------


def ensure_backup(path: StrPath, day: date) -> Path | None:
    """Copy the data file to today's backup unless it is there (one stat); call under the
    data file's lock. The file has just been read and checked by the change that calls this.
    A backup that cannot be made never stops the teacher's write: None then."""
    # Plain strings, not Path objects: this runs before every write (~10 µs, not ~100).
    real = os.path.realpath(path)
    folder, name = os.path.split(real)
    stem = name[: -len(".json")] if name.endswith(".json") else os.path.splitext(name)[0]
    try:
        os.stat(f"{folder}{os.sep}{stem}-backups{os.sep}{stem}-{day.isoformat()}.json")
        return None
    except FileNotFoundError:
        pass
    except OSError:
        return None
    target = backup_path(path, day)
    try:
        raw = read_bytes(real)
    except OSError:
        return None
    if not raw or raw.isspace():
        return None
    try:
        make_backup(path, target, raw)
    except (DataFileError, OSError):
        return None
    return target


def make_backup(path: StrPath, target: Path, raw: bytes) -> None:
    """Write `raw` as the backup `target` (0600) in a 0700 folder, then keep the newest 14."""
    folder = target.parent
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise DataFileError(
            path,
            f"this should be Schoolyard's backup folder ({folder}), but it is a link or a file; "
            "move it away so Schoolyard can make the folder",
            "backup.folder_odd",
            {"folder": folder},
        )
    folder.mkdir(mode=0o700, exist_ok=True)
    if stat.S_IMODE(folder.stat().st_mode) & 0o077:
        os.chmod(folder, 0o700)
    atomic_write(target, raw, mode=0o600)
    prune_backups(path)


def prune_backups(path: StrPath) -> list[Path]:
    """Remove the backups past the newest BACKUPS_KEPT; returns what was removed."""
    gone = backup_paths(path)[:-BACKUPS_KEPT]
    for old in gone:
        for name in (old, old.with_name(old.name + ".lock")):
            try:
                os.unlink(name)
            except OSError:
                pass
    return gone


def drop_lock(path: Path) -> None:
    """Remove a sibling's lock file once done with it (backups: no clutter in their folder)."""
    try:
        os.unlink(path.with_name(path.name + ".lock"))
    except OSError:
        pass
