"""The daily backups, their restore, and `forget` across the archives and backups.

Before the first write of each day the engine calls `_before_write` under the lock: one
stat says whether today's backup is there; only the first write of a day copies the file
(storage/engine/siblings.py). A restore happens under the data file's lock, keeps the
file as it was as a backup too, and replaces it atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from storage.actions.years import CLOSES, MOVED, YearActions
from storage.engine import siblings
from storage.engine.lock import DataFileError, data_target, locked
from storage.engine.tables import CONTACTS, FAMILIES, PLANS, UNDO

if TYPE_CHECKING:
    from storage.actions.archived import Backup, Forgotten
    from storage.records import Family


class UnknownBackup(LookupError):
    """No backup of that day (or name)."""


class BackupActions(YearActions):
    def _before_write(self) -> None:
        siblings.ensure_backup(self.file, self.today())

    def backups(self) -> list[Backup]:
        """The backups beside the data file, oldest first."""
        from storage.actions.archived import Backup

        found = []
        for path in siblings.backup_paths(self.path):
            try:
                size = path.stat().st_size
            except OSError:
                continue
            found.append(Backup(path, siblings.backup_day(path, self.path), size))
        return found

    def find_backup(self, wanted: str) -> Backup:
        """The backup a teacher means: a day (`2026-11-24`, the day's own backup) or a name."""
        backups = self.backups()
        for backup in backups:
            if wanted in (backup.path.name, backup.path.stem.removeprefix(self.path.stem + "-")):
                return backup
        raise UnknownBackup(wanted)

    def restore_backup(self, backup: Backup) -> Path:
        """Put `backup` back as the data file; the file as it was is kept as a backup first.

        Returns that kept copy. The backup is fully checked before anything changes.
        """
        from storage.engine import stamp
        from storage.engine.files import atomic_write

        raw = Path(data_target(backup.path)).read_bytes()
        siblings.read_sibling(backup.path)  # damaged: DataFileError, nothing changes
        now = self.now()
        with locked(self.path):
            target = Path(data_target(self.path))
            current = target.read_bytes() if target.exists() else b""
            kept = siblings.backup_path(
                self.path, now.date(), f"-before-restore-{now.strftime('%H%M%S')}"
            )
            if current.strip():
                siblings.make_backup(self.path, kept, current)
            atomic_write(self.path, raw)
            stamp.write_stamp(self.path, raw)
        return kept

    # -- forget, everywhere -----------------------------------------------------------------

    def forget(self, family_id: int) -> tuple[Family, int]:
        """Erase a family from the data file, its archives and its backups."""
        done = self.forget_everywhere(family_id)
        return done.family, done.contacts

    def forget_everywhere(self, family_id: int) -> Forgotten:
        """Erase a family and everything that names it from every file Schoolyard keeps.

        Today's backup is made first (so the data file's write makes none with the family
        in it), then the archives and backups are cleaned, and the data file last: an
        interrupted forget can be run again, the family is still in the data file.
        """
        from storage.actions.archived import Forgotten

        self._family_doc(family_id)  # UnknownFamily before anything is changed
        with self._change():
            pass  # takes today's backup when there is none yet (nothing else changes)
        files: list[Path] = []
        unreadable: list[Path] = []
        backups = siblings.backup_paths(self.path)
        for path in [a.path for a in self.archives()] + backups:
            try:
                if _erase_in(path, family_id):
                    files.append(path)
            except (DataFileError, OSError):
                unreadable.append(path)
            if path in backups:
                siblings.drop_lock(path)
        family, erased = super().forget(family_id)  # type: ignore[misc]
        return Forgotten(family, erased, (self.path, *files), tuple(unreadable))


def _erase_in(path: Path, family_id: int) -> bool:
    """Erase the family from one archive or backup; whether the file changed."""
    data = siblings.read_sibling(path)
    if not _names(data, family_id):
        return False
    with siblings.sibling_change(path) as fresh:
        _erase(fresh, family_id)
    return True


def _names(data: dict[str, Any], family_id: int) -> bool:
    if str(family_id) in data.get(FAMILIES, {}):
        return True
    return any(
        doc.get("family") == family_id
        for table in (CONTACTS, PLANS)
        for doc in data.get(table, {}).values()
    )


def _erase(data: dict[str, Any], family_id: int) -> None:
    data.get(FAMILIES, {}).pop(str(family_id), None)
    for table in (CONTACTS, PLANS):
        records = data.get(table, {})
        gone = [k for k, doc in records.items() if doc.get("family") == family_id]
        for key in gone:
            del records[key]
        for entry in data.get(CLOSES, {}).values():
            if table in MOVED and table in entry:
                entry[table] = [i for i in entry[table] if str(i) not in gone]
    data.pop(UNDO, None)
    for record in data.get("exports", {}).values():
        if family_id in record.get("families", []):
            record["families"] = [f for f in record["families"] if f != family_id]
