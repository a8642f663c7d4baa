"""The records Schoolyard keeps: families, contacts and the words for moments and tones.

Records are frozen dataclasses; they cross from `storage/` to the TUI and the CLI.
On disk they are plain dicts (see `Family.to_doc` / `Contact.to_doc`), so the data
file stays readable by `tinydb.TinyDB(path)`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypedDict, Unpack

from storage.rules import words as vocabulary
from storage.rules.familydocs import child_doc, child_values, family_values, group_label
from storage.rules.words import digit_key


class Moment(StrEnum):
    """Where or how a contact happened; the order is the TUI's digit order (1–9, 0)."""

    PICKUP = "pickup"
    DROPOFF = "dropoff"
    WALKIN = "walkin"
    SCHOOLYARD = "schoolyard"
    PHONE = "phone"
    MESSAGE = "message"
    MEETING = "meeting"
    HOMEVISIT = "homevisit"
    EVENT = "event"
    OTHER = "other"

    @property
    def digit(self) -> str:
        """The key that picks this moment in the TUI: 1–9, then 0 for `other`."""
        return digit_key(list(Moment).index(self) + 1)

    @property
    def informal(self) -> bool:
        """Informal moments build the relationship the intervention asks for."""
        return self in INFORMAL_MOMENTS

    @classmethod
    def from_digit(cls, digit: str) -> Moment | None:
        for moment in cls:
            if digit and moment.digit == digit:
                return moment
        return None


INFORMAL_MOMENTS = frozenset(
    {Moment.PICKUP, Moment.DROPOFF, Moment.WALKIN, Moment.SCHOOLYARD, Moment.EVENT}
)


class Tone(StrEnum):
    """How the contact felt. Shown with a symbol as well as a colour."""

    POSITIVE = "positive"
    NEUTRAL = "neutral"
    CONCERN = "concern"

    @property
    def symbol(self) -> str:
        return TONE_SYMBOLS[self]

    @classmethod
    def parse(cls, text: str) -> Tone:
        """`positive`/`+`, `neutral`/`=`, `concern`/`-` (also the Dutch words)."""
        return cls(vocabulary.tone_value(text))


TONE_SYMBOLS = {Tone(tone): symbol for tone, symbol in vocabulary.TONE_SYMBOLS.items()}


def parse_moment(text: str) -> Moment:
    """A moment from its English name, a Dutch word or its TUI digit."""
    return Moment(vocabulary.moment_value(text))


class Initiator(StrEnum):
    """Who started the contact."""

    TEACHER = "teacher"
    PARENT = "parent"


@dataclass(frozen=True)
class Child:
    name: str
    group: int
    """The groep, 1–8; in a combination group such as 1/2 its first year."""
    last_group: int | None = None
    """The last year of a combination group (2 for 1/2); None for a single group."""
    student_id: str = ""
    """The school's leerlingnummer when the class list has one: how colleagues' files match."""

    @property
    def group_label(self) -> str:
        """`5`, or `1/2` for a combination group: how the group is shown and typed."""
        return group_label(self.group, self.last_group)

    def to_doc(self) -> dict:
        return child_doc(self.name, self.group, self.last_group, self.student_id)


@dataclass(frozen=True)
class Family:
    """A family of the class: one or more children and their guardians."""

    id: int | None
    """The book's number for the family; None in a draft (`Family.new`) not yet added."""
    name: str
    children: tuple[Child, ...] = ()
    guardians: tuple[str, ...] = ()
    language: str = ""
    interpreter: bool = False
    """An interpreter or simple language helps in contact with this family."""
    channel: str = ""
    """Preferred channel, such as WhatsApp, phone, app or in person."""
    first_contact: date | None = None
    """Date of the kennismaking; None while it has not happened."""
    active: bool = True
    tips: str = ""
    """Free communication tips (short sentences, a sibling translates, …)."""

    @classmethod
    def new(cls, name: str, children: Iterable[Child] = (), **fields: Any) -> Family:
        """A draft for `ContactBook.add_family`: every field but the id, which the book gives."""
        return cls(id=None, name=name, children=tuple(children), **fields)

    @property
    def child_names(self) -> str:
        return ", ".join(child.name for child in self.children)

    @property
    def groups(self) -> tuple[int, ...]:
        return tuple(sorted({child.group for child in self.children}))

    def to_doc(self) -> dict:
        return {
            "name": self.name,
            "children": [child.to_doc() for child in self.children],
            "guardians": list(self.guardians),
            "language": self.language,
            "interpreter": self.interpreter,
            "channel": self.channel,
            "first_contact": self.first_contact.isoformat() if self.first_contact else None,
            "active": self.active,
            "tips": self.tips,
        }

    @classmethod
    def from_doc(cls, doc_id: int, doc: dict) -> Family:
        return cls(
            id=int(doc_id),
            children=tuple(Child(*child_values(c)) for c in doc.get("children", [])),
            **family_values(doc),
        )


@dataclass(frozen=True)
class Contact:
    """One contact, or an attempt at one (`reached=False`), with a family."""

    id: int
    family_id: int
    at: datetime
    """Local wall-clock time with its UTC offset, so DST changes keep the right day."""
    moment: Moment
    tone: Tone = Tone.POSITIVE
    initiator: Initiator = Initiator.TEACHER
    reached: bool = True
    """An attempt that reached nobody is kept but is no contact."""
    note: str = ""
    follow_up: bool = False
    follow_up_done: bool = False
    """The teacher ticked the follow-up off (`schoolyard followups done ID`)."""

    @property
    def day(self) -> date:
        return self.at.date()

    @property
    def is_positive(self) -> bool:
        """A reached, positive contact: the kind the week screen asks for."""
        return self.reached and self.tone is Tone.POSITIVE

    def to_doc(self) -> dict:
        return contact_doc(
            self.family_id,
            self.at,
            self.moment,
            self.tone,
            initiator=self.initiator,
            reached=self.reached,
            note=self.note,
            follow_up=self.follow_up,
            follow_up_done=self.follow_up_done,
        )

    @classmethod
    def from_doc(cls, doc_id: int, doc: dict) -> Contact:
        return cls(
            id=int(doc_id),
            family_id=int(doc["family"]),
            at=datetime.fromisoformat(doc["at"]),
            moment=Moment(doc["moment"]),
            tone=Tone(doc.get("tone", "positive")),
            initiator=Initiator(doc.get("initiator", "teacher")),
            reached=bool(doc.get("reached", True)),
            note=doc.get("note", "") or "",
            follow_up=bool(doc.get("follow_up", False)),
            follow_up_done=bool(doc.get("follow_up_done", False)),
        )


class ContactFlags(TypedDict, total=False):
    """A contact's stored yes/no fields and note (defaults in rules/words.py `contact_fields`)."""

    reached: bool
    note: str
    follow_up: bool
    follow_up_done: bool


def contact_doc(
    family_id: int,
    at: datetime,
    moment: Moment,
    tone: Tone = Tone.POSITIVE,
    *,
    initiator: Initiator = Initiator.TEACHER,
    **flags: Unpack[ContactFlags],
) -> dict:
    """The stored form of a contact; `at` is kept as ISO text with its offset.

    Fields at their default (teacher started it, reached, no note, no follow-up) are
    left out: a school year holds ~20k contacts and every command parses them all.
    """
    return vocabulary.contact_fields(
        family_id,
        at,
        Moment(moment).value,
        Tone(tone).value,
        initiator=Initiator(initiator).value,
        **flags,
    )


MOMENT_VALUES = frozenset(m.value for m in Moment)
TONE_VALUES = frozenset(t.value for t in Tone)
INITIATOR_VALUES = frozenset(i.value for i in Initiator)


@dataclass(frozen=True)
class Holiday:
    """A holiday or study day period; both ends count as no school day."""

    id: int
    start: date
    end: date
    name: str = ""

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Settings:
    positive_window_school_days: int = 10
    """How many school days a family may go without a positive contact."""


@dataclass(frozen=True)
class FamilyStatus:
    """Where a family stands: what the week screen and `neglected` show."""

    family: Family
    last_contact: datetime | None
    last_positive: datetime | None
    days_since_positive: int | None
    """Calendar days; None when there never was a positive contact."""
    concerns_since_positive: int
    needs_positive_contact: bool
    planned: bool = False
    contacts: int = field(default=0)
    positive_by: str = ""
    """A colleague's name when her contact is the last positive one (`--with`); else ""."""
