"""storage/__init__.py names each public name's own module, once: asking for an error or a
field list loads the module that defines it, not the whole book."""

from __future__ import annotations

import subprocess
import sys

import storage

ERRORS_AND_FIELDS = (
    "CONTACT_FIELDS",
    "FAMILY_FIELDS",
    "ContactConflict",
    "FamilyConflict",
    "FutureTime",
    "ReflectionConflict",
    "SettingsConflict",
    "Undone",
    "UnknownContact",
    "UnknownFamily",
    "ColleagueFileError",
    "iso_week",
    "planning_week",
    "now_local",
)


def test_an_error_or_a_field_list_does_not_load_the_book() -> None:
    script = (
        "import sys\n"
        f"from storage import {', '.join(ERRORS_AND_FIELDS)}\n"
        "print('storage.book' in sys.modules)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert shown.stdout.strip() == "False"


def test_every_public_name_is_the_one_its_home_defines() -> None:
    from storage.actions import calendar, colleagues, contacts, families, logdocs
    from storage.engine import tables

    assert storage.ContactConflict is contacts.ContactConflict
    assert storage.UnknownFamily is logdocs.UnknownFamily is families.UnknownFamily
    assert storage.ReflectionConflict is calendar.ReflectionConflict
    assert storage.ColleagueFileError is colleagues.ColleagueFileError
    assert storage.now_local is tables.now_local
    for name in storage.__all__:
        assert getattr(storage, name) is not None, name
