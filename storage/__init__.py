"""Schoolyard's storage: records, the contact book and its one atomic write path.

Nothing here imports Textual; the CLI and the TUI both reach data only through this API.
Every name is imported when first asked for (PEP 562): `import storage.engine.lock` or a
`schoolyard log` (tui/cli_quick.py) does not pay for the book, its records and their
dataclasses.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.actions.calendar import (
        ReflectionConflict,
        SettingsConflict,
        iso_week,
        planning_week,
    )
    from storage.actions.colleagues import ColleagueFileError
    from storage.actions.contacts import (
        CONTACT_FIELDS,
        ContactConflict,
        FutureTime,
        Undone,
        UnknownContact,
    )
    from storage.actions.families import FAMILY_FIELDS, FamilyConflict
    from storage.actions.logdocs import UnknownFamily
    from storage.book import ContactBook
    from storage.engine.lock import DataFileBusy, DataFileError
    from storage.engine.tables import now_local
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


_HOMES = {
    name: home
    for home, names in (
        ("storage.book", ["ContactBook"]),
        (
            "storage.actions.calendar",
            ["ReflectionConflict", "SettingsConflict", "iso_week", "planning_week"],
        ),
        ("storage.actions.colleagues", ["ColleagueFileError"]),
        (
            "storage.actions.contacts",
            ["CONTACT_FIELDS", "ContactConflict", "FutureTime", "Undone", "UnknownContact"],
        ),
        ("storage.actions.families", ["FAMILY_FIELDS", "FamilyConflict"]),
        ("storage.actions.logdocs", ["UnknownFamily"]),
        ("storage.engine.lock", ["DataFileBusy", "DataFileError"]),
        ("storage.engine.tables", ["now_local"]),
        ("storage.paths", ["data_path", "default_data_path"]),
        (
            "storage.records",
            [
                "INFORMAL_MOMENTS",
                "Child",
                "Contact",
                "Family",
                "FamilyStatus",
                "Holiday",
                "Initiator",
                "Moment",
                "Settings",
                "Tone",
                "parse_moment",
            ],
        ),
        ("storage.rules.refusals", ["Refused"]),
        (
            "storage.actions.archived",
            ["Archive", "ArchivedContact", "Backup", "Closed", "Forgotten"],
        ),
    )
    for name in names
}
"""The module each public name lives in (the year archives' and backups' records too)."""


def __getattr__(name: str):
    # TinyDB is imported only by whoever asks for its storage class (the engine's
    # DataStorage, under the name earlier versions gave it).
    if name == "SafeJSONStorage":
        from storage.engine.storage import DataStorage

        return DataStorage
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'storage' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(home), name)
    globals()[name] = value  # asked once: later look-ups are plain attribute reads
    return value
