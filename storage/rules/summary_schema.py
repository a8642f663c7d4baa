"""The JSON summary's shape, declared once as msgspec types; summary.schema.json is made from it.

`python -m storage.rules.summary_schema` writes summary.schema.json beside this file; a test
checks that the shipped file is what these types generate. A summary with names
(`Summary`) and a pseudonymized one (`PseudonymizedSummary`) are two shapes: the second
has codes for names, no child's group, no notes, and dates where the first has times.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta, Struct, field

from storage.records import Moment, Tone

SCHEMA_ID = "schoolyard.summary/1"
SCHEMA_PATH = Path(__file__).with_name("summary.schema.json")
FAMILY_LABEL = "Gezin"
CHILD_LABEL = "Kind"
# No 0/O, 1/I/L: a pseudonym is read aloud and typed over in a meeting.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_CODE = "[2-9A-HJKMNP-Z]{4,}"

Count = Annotated[int, Meta(ge=0)]
# The patterns hold even for validators that treat `format` as a mere annotation.
Day = Annotated[date, Meta(extra_json_schema={"pattern": r"^\d{4}-\d{2}-\d{2}$"})]
Timestamp = Annotated[
    datetime,
    Meta(
        tz=True,
        description="Local time with its UTC offset, to the second.",
        extra_json_schema={"pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$"},
    ),
]
Code = Annotated[str, Meta(pattern=f"^{_CODE}$", description="A pseudonym code.")]
LastPositiveBy = Annotated[
    str | None,
    Meta(
        description="The colleague whose contact (--with) is the last positive one; "
        "null when it is your own or there is none."
    ),
]


class _Shape(Struct, forbid_unknown_fields=True):
    """Every object of the summary: no field beyond those declared."""


class Period(_Shape):
    start: Day = field(name="from")
    end: Day = field(name="to")


class SummarySettings(_Shape):
    positive_window_school_days: Annotated[int, Meta(ge=1)]


class ByMoment(_Shape):
    """Reached contacts per moment."""

    pickup: Count
    dropoff: Count
    walkin: Count
    schoolyard: Count
    phone: Count
    message: Count
    meeting: Count
    homevisit: Count
    event: Count
    other: Count


class ByTone(_Shape):
    """Reached contacts per tone."""

    positive: Count
    neutral: Count
    concern: Count


class Totals(_Shape):
    families: Count
    contacts: Annotated[int, Meta(ge=0, description="Reached contacts in the period.")]
    attempts: Annotated[
        int, Meta(ge=0, description="Attempts in the period that reached nobody; not contacts.")
    ]
    by_moment: ByMoment
    by_tone: ByTone
    families_needing_positive_contact: Count
    families_without_first_contact: Count


class ChildEntry(_Shape):
    name: Annotated[str, Meta(min_length=1)]
    group: Annotated[int, Meta(ge=1, le=8)]


class Note(_Shape):
    at: Timestamp
    moment: Moment
    tone: Tone
    reached: bool
    text: str


class Reflection(_Shape):
    week: Annotated[str, Meta(pattern=r"^\d{4}-W\d{2}$")]
    text: str


class FamilyEntry(_Shape):
    """A family with its counts for the period and its status as of `generated_at`."""

    id: Annotated[int, Meta(ge=1, description="The family's id in the data file.")]
    name: Annotated[str, Meta(min_length=1)]
    active: Annotated[
        bool, Meta(description="False for an archived family that had contacts in the period.")
    ]
    children: list[ChildEntry]
    first_contact: Annotated[
        Day | None, Meta(description="The kennismaking; null while it has not happened.")
    ]
    contacts: Count
    attempts: Count
    by_moment: ByMoment
    by_tone: ByTone
    last_contact: Annotated[
        Timestamp | None, Meta(description="As of generated_at, not limited to the period.")
    ]
    last_positive: Annotated[
        Timestamp | None, Meta(description="As of generated_at, not limited to the period.")
    ]
    days_since_positive: Annotated[
        Count | None,
        Meta(description="Calendar days; null when there never was a positive contact."),
    ]
    needs_positive_contact: bool
    last_positive_by: LastPositiveBy


class FamilyWithNotes(FamilyEntry):
    """With notes included: the family's tips and the period's notes, oldest first."""

    tips: str
    notes: list[Note]


class Summary(_Shape):
    """What `schoolyard export` writes: names; notes, tips and reflections only when asked."""

    schema: Literal["schoolyard.summary/1"]
    generated_at: Timestamp
    period: Period
    settings: SummarySettings
    pseudonymized: Literal[False]
    notes_included: Literal[False]
    totals: Totals
    families: list[FamilyEntry]


class SummaryWithNotes(Summary):
    """`--include-notes`: also notes, tips, and the reflections of the weeks in the period."""

    notes_included: Literal[True]
    families: list[FamilyWithNotes]
    reflections: list[Reflection]


class PseudonymousChild(_Shape):
    """A child as a stable code; no group, which with siblings points at one family."""

    name: Annotated[str, Meta(pattern=f"^{CHILD_LABEL} {_CODE}$")]


class PseudonymousFamily(_Shape):
    """A family as a stable code; its times are days (no clock time, no UTC offset)."""

    id: Code
    name: Annotated[str, Meta(pattern=f"^{FAMILY_LABEL} {_CODE}$")]
    active: bool
    children: list[PseudonymousChild]
    first_contact: Day | None
    contacts: Count
    attempts: Count
    by_moment: ByMoment
    by_tone: ByTone
    last_contact: Annotated[Day | None, Meta(description="The day only.")]
    last_positive: Annotated[Day | None, Meta(description="The day only.")]
    days_since_positive: Count | None
    needs_positive_contact: bool
    last_positive_by: LastPositiveBy


class PseudonymizedSummary(_Shape):
    """`--pseudonymize`: codes stable for the data file instead of names; days, not times."""

    schema: Literal["schoolyard.summary/1"]
    generated_at: Annotated[Day, Meta(description="The day only.")]
    period: Period
    settings: SummarySettings
    pseudonymized: Literal[True]
    notes_included: Literal[False]
    totals: Totals
    families: list[PseudonymousFamily]


def json_schema() -> dict[str, Any]:
    """The summary's JSON Schema (draft 2020-12), generated from the types above."""
    refs, defs = msgspec.json.schema_components(
        [Summary, SummaryWithNotes, PseudonymizedSummary], ref_template="#/$defs/{name}"
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://schoolyard.example/summary.schema.json",
        "title": "Schoolyard summary",
        "description": (
            "What `schoolyard export` writes. Generated from storage/summary_schema.py by "
            "`python -m storage.rules.summary_schema`; do not edit by hand."
        ),
        "oneOf": list(refs),
        "$defs": defs,
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
