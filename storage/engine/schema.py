"""The declared shape of the data file: every table and field, the one source of what is valid.

The types are TypedDicts, so msgspec's validating decoder turns the file straight into
the plain dicts TinyDB's tables hold. What a type cannot say (a contact's family exists,
an id appears once, a holiday ends after it begins, a time is a real time) is checked
right after, in check.py. Only the full check path imports msgspec: bytes this program
wrote and stamped itself skip it (see stamp.py).

Forward compatibility: a file may carry `settings["1"]["schema"]`; a version newer than
`SCHEMA_VERSION` is refused and never written (a newer Schoolyard that changes what a
field means raises it). Fields this version does not know are kept as they are: the
check validates every field it knows, and the documents TinyDB gets keep the rest.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Required, TypedDict

import msgspec
from msgspec import Meta

from storage.rules import words

SCHEMA_VERSION = 1
"""The data file version this program reads and writes."""

TABLES = (
    "families",
    "contacts",
    "settings",
    "holidays",
    "plans",
    "reflections",
    "undo",
    "exports",
)

Id = Annotated[str, Meta(pattern=r"^[1-9][0-9]{0,15}$", description="a document id")]
FamilyRef = Annotated[int, Meta(ge=1, description="the id of a family in `families`")]
Day = Annotated[str, Meta(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description="ISO date")]
_TIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})$"
)
# The pattern is in the JSON Schema; while decoding it is not run (a regex on ~20k times a
# year costs more than the whole decode): `check` parses every time instead.
Time = Annotated[
    str,
    Meta(
        description="ISO date and time, with its UTC offset",
        extra_json_schema={"pattern": _TIME_PATTERN},
    ),
]
Week = Annotated[str, Meta(pattern=r"^[0-9]{4}-W[0-9]{2}$", description="ISO week: 2026-W48")]
# The words are declared once, in storage/rules/words.py (the quick log reads them too).
Moment = Literal[words.MOMENTS]  # type: ignore[valid-type]
Tone = Literal[words.TONES]  # type: ignore[valid-type]
Initiator = Literal["teacher", "parent"]


class ChildDoc(TypedDict, total=False):
    name: Required[str]
    group: Required[Annotated[int, Meta(ge=0, le=99)]]
    last_group: Annotated[int, Meta(ge=1, le=99)]
    """The last year of a combination group (2 for groep 1/2); absent for one group."""
    student_id: str
    """The school's leerlingnummer, when the class list had one."""


class _FamilyDetails(TypedDict, total=False):
    """Every field of a family but its name (declared once for the two shapes below)."""

    children: list[ChildDoc]
    guardians: list[str]
    language: str
    interpreter: bool
    channel: str
    first_contact: Day | None
    active: bool
    tips: str


class FamilyDoc(_FamilyDetails, total=False):
    name: Required[str]


class FamilyFieldsDoc(_FamilyDetails, total=False):
    """Some fields of a family as they were (undo of an archive or a family edit)."""

    name: str


class ContactDoc(TypedDict, total=False):
    """Fields at their default (teacher, reached, no note, no follow-up) are left out."""

    family: Required[FamilyRef]
    at: Required[Time]
    moment: Required[Moment]
    tone: Tone
    initiator: Initiator
    reached: bool
    note: str
    follow_up: bool
    follow_up_done: bool
    """The teacher ticked the follow-up off; a later reached contact clears it too."""


class SettingsDoc(TypedDict, total=False):
    positive_window_school_days: Annotated[int, Meta(ge=1, le=200)]
    last_family_id: Annotated[int, Meta(ge=0)]
    pseudonym_key: str
    schema: Annotated[int, Meta(ge=1)]
    colleague_files: list[str]
    colleague_name: str
    school_year_start: Annotated[str, Meta(pattern=r"^[0-9]{2}-[0-9]{2}$")]
    """MM-DD: the first day of a school year (08-01 when absent)."""
    keep_archive_years: Annotated[int, Meta(ge=1, le=50)]
    """Retention: how many school years an archive is kept; absent, nothing is purged."""
    closes: list[str]
    """The ids of the year closes this file committed (see storage/actions/years.py)."""
    school_year: Annotated[str, Meta(pattern=r"^[0-9]{4}-[0-9]{4}$")]
    """In an archive file: the school year it holds."""


# `from` is a Python keyword, hence the functional form.
HolidayDoc = TypedDict(
    "HolidayDoc", {"from": Required[Day], "to": Required[Day], "name": str}, total=False
)


class PlanDoc(TypedDict):
    family: FamilyRef
    week: Week


class ReflectionDoc(TypedDict, total=False):
    week: Required[Week]
    text: str


class UndoDoc(TypedDict, total=False):
    """`log` names the contacts it made (`ids`); `edit`/`delete` keep the contact before;
    `archive`/`unarchive`/`family_edit` keep the changed `fields` of `family` (and which
    fields were `absent`) as they were."""

    action: Required[Literal["log", "edit", "delete", "archive", "unarchive", "family_edit"]]
    ids: list[Annotated[int, Meta(ge=1)]]
    id: Annotated[int, Meta(ge=1)]
    before: ContactDoc
    first_set: dict[Id, Day | None]
    family: FamilyRef
    fields: FamilyFieldsDoc
    absent: list[str]


class ExportDoc(TypedDict, total=False):
    """A summary written to a file, so `forget` can say where a name still is."""

    path: Required[str]
    day: Required[Day]
    pseudonymized: bool
    families: list[Annotated[int, Meta(ge=1)]]


class CloseDoc(TypedDict, total=False):
    """In an archive file: one year close, the ids it added (ignored until the data file
    lists the close id: then the close is committed)."""

    close: Required[str]
    contacts: list[Annotated[int, Meta(ge=1)]]
    plans: list[Annotated[int, Meta(ge=1)]]
    reflections: list[Annotated[int, Meta(ge=1)]]


class DataFile(TypedDict, total=False):
    """A Schoolyard data file: TinyDB's layout, one object of documents a table."""

    families: dict[Id, FamilyDoc]
    contacts: dict[Id, ContactDoc]
    settings: dict[Id, SettingsDoc]
    holidays: dict[Id, HolidayDoc]
    plans: dict[Id, PlanDoc]
    reflections: dict[Id, ReflectionDoc]
    undo: dict[Id, UndoDoc]
    exports: dict[Id, ExportDoc]
    closes: dict[Id, CloseDoc]


RECORD_TYPES: dict[str, Any] = {
    "families": FamilyDoc,
    "contacts": ContactDoc,
    "settings": SettingsDoc,
    "holidays": HolidayDoc,
    "plans": PlanDoc,
    "reflections": ReflectionDoc,
    "undo": UndoDoc,
    "exports": ExportDoc,
    "closes": CloseDoc,
}


def json_schema() -> dict[str, Any]:
    """The data file's JSON Schema, generated from the types above."""
    schema = msgspec.json.schema(DataFile)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Schoolyard data file"
    return schema
