"""Schoolyard's storage: records, the contact book and its one atomic write path.

Nothing here imports Textual; the CLI and the TUI both reach data only through this API.
"""

from storage.book import (
    CONTACT_FIELDS,
    FAMILY_FIELDS,
    ColleagueFileError,
    ContactBook,
    ContactConflict,
    FamilyConflict,
    FutureTime,
    ReflectionConflict,
    SettingsConflict,
    Undone,
    UnknownContact,
    UnknownFamily,
    iso_week,
    now_local,
    planning_week,
)
from storage.engine.lock import DataFileBusy, DataFileError
from storage.paths import data_path, default_data_path
from storage.records import (
    INFORMAL_MOMENTS,
    Child,
    Contact,
    Family,
    FamilyStatus,
    Holiday,
    Initiator,
    Moment,
    Settings,
    Tone,
    parse_moment,
)
from storage.rules.refusals import Refused

__all__ = [
    "Archive",
    "ArchivedContact",
    "Backup",
    "Closed",
    "Forgotten",
    "CONTACT_FIELDS",
    "FAMILY_FIELDS",
    "INFORMAL_MOMENTS",
    "Child",
    "ColleagueFileError",
    "Contact",
    "ContactBook",
    "ContactConflict",
    "DataFileBusy",
    "DataFileError",
    "Family",
    "FamilyConflict",
    "FamilyStatus",
    "FutureTime",
    "Holiday",
    "Initiator",
    "Moment",
    "ReflectionConflict",
    "Refused",
    "SafeJSONStorage",
    "Settings",
    "SettingsConflict",
    "Tone",
    "UnknownContact",
    "UnknownFamily",
    "Undone",
    "data_path",
    "default_data_path",
    "iso_week",
    "now_local",
    "parse_moment",
    "planning_week",
]


_ARCHIVE_RECORDS = ("Archive", "ArchivedContact", "Backup", "Closed", "Forgotten")


def __getattr__(name: str):
    # TinyDB is imported only by whoever asks for its storage class (the engine's
    # DataStorage, under the name earlier versions gave it).
    if name == "SafeJSONStorage":
        from storage.engine.storage import DataStorage

        return DataStorage
    if name in _ARCHIVE_RECORDS:
        # The year archives' and backups' records: only who reads archives pays for them.
        from storage.actions import archived

        return getattr(archived, name)
    raise AttributeError(f"module 'storage' has no attribute {name!r}")
