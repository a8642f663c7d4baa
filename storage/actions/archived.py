"""The records of the archives and backups (imported when first needed, not by `import
storage`: frozen dataclasses cost start-up time every command would pay)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from storage.records import Contact, Family


@dataclass(frozen=True)
class ArchivedContact(Contact):
    """A contact from an archive: read-only; `id` is its id in that archive."""

    school_year: str = ""
    """`2025-2026`: the archive it is in."""

    @property
    def archived(self) -> bool:
        return True


@dataclass(frozen=True)
class Archive:
    """One archive file beside the data file."""

    first_year: int
    path: Path

    @property
    def school_year(self) -> str:
        return f"{self.first_year}-{self.first_year + 1}"


@dataclass(frozen=True)
class Closed:
    """What a `close_year()` moved, by school year (`2025-2026` → counts)."""

    contacts: dict[str, int]
    plans: dict[str, int]
    reflections: dict[str, int]
    files: tuple[Path, ...]
    families_archived: tuple[int, ...] = ()


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date
    size: int


@dataclass(frozen=True)
class Forgotten:
    """What `forget_everywhere` erased: the family, its contacts in the data file, and
    every file it changed (the data file, archives, backups); `unreadable`: files that
    could not be checked (damaged or unreadable) and so were left as they were."""

    family: Family
    contacts: int
    files: tuple[Path, ...]
    unreadable: tuple[Path, ...] = ()
