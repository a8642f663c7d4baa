"""The JSON summary (`schoolyard export`): counts per family for a period, and pseudonyms.

The shape is declared in storage/summary_schema.py (summary.schema.json is generated from
it). Statuses (last contact, last positive contact, who needs one) are as of today and
come from `ContactBook.statuses()`, the rule every screen uses; counts are for the period.
Guardians are never in it; notes, tips and reflections only with `include_notes`;
`pseudonymize` replaces every family and child name (and the family id) with a code that
is stable for the data file, leaves out each child's group and keeps days, not times.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import msgspec

from storage.book import ContactBook
from storage.records import Contact, Family, FamilyStatus, Moment, Tone
from storage.rules.errors import SchoolyardError
from storage.rules.exports import ExportRecord, write_export
from storage.rules.insights import archived_status
from storage.rules.matching import fold
from storage.rules.safetext import escape_json
from storage.rules.summary_schema import (
    ALPHABET,
    CHILD_LABEL,
    FAMILY_LABEL,
    SCHEMA_ID,
    SCHEMA_PATH,
    ByMoment,
    ByTone,
    ChildEntry,
    FamilyEntry,
    FamilyWithNotes,
    Note,
    Period,
    PseudonymizedSummary,
    PseudonymousChild,
    PseudonymousFamily,
    Reflection,
    Summary,
    SummarySettings,
    SummaryWithNotes,
    Totals,
)

__all__ = [
    "SCHEMA_ID",
    "SCHEMA_PATH",
    "Built",
    "PeriodError",
    "Pseudonyms",
    "build_summary",
    "encode_summary",
    "write_summary",
    "summarize",
]

_ALPHABET = ALPHABET
_CODE_LENGTH = 4


class PeriodError(SchoolyardError, ValueError):
    """The period ends before it starts; `key`/`values` are for the text table (tui/text/)."""

    def __init__(self, start: date, end: date) -> None:
        super().__init__(
            "summary.bad_period",
            f"The period ends ({end}) before it starts ({start}).",
            start=start.isoformat(),
            end=end.isoformat(),
        )


@dataclass(frozen=True)
class Built:
    """A summary ready to encode, and which families it holds (for the export record)."""

    document: Summary | SummaryWithNotes | PseudonymizedSummary
    family_ids: tuple[int, ...]

    @property
    def pseudonymized(self) -> bool:
        return self.document.pseudonymized


def summary_period(
    book: ContactBook, *, start: date | None = None, end: date | None = None
) -> tuple[date, date]:
    """The days a summary covers: from the first contact (or `start`) to today (or `end`)."""
    end = end or book.today()
    if start is None:
        everything = book.contacts()
        if book.with_given:  # the school view starts at the first contact of any file
            everything += book.colleague_contacts()
        start = min((c.day for c in everything), default=end)
        start = min(start, end)
    return start, end


def summary_file_name(book: ContactBook) -> str:
    """`schoolyard-summary-2026-09-01-to-2026-11-29.json`: the file name says what it covers."""
    start, end = summary_period(book)
    if start == end:
        return f"schoolyard-summary-{end.isoformat()}.json"
    return f"schoolyard-summary-{start.isoformat()}-to-{end.isoformat()}.json"


def summarize(
    book: ContactBook,
    *,
    start: date | None = None,
    end: date | None = None,
    pseudonymize: bool = False,
    include_notes: bool = False,
) -> Built:
    """The summary as declared types; see PRODUCT.md, "JSON summary"."""
    today = book.today()
    if start is None or end is None:
        start, end = summary_period(book, start=start, end=end)
    if end < start:
        raise PeriodError(start, end)
    include_notes = include_notes and not pseudonymize

    by_family: dict[int, list[Contact]] = {}
    for contact in book.contacts(start=start, end=end):
        by_family.setdefault(contact.family_id, []).append(contact)
    if start < book.school_year_began(today):  # a period reaching into closed school years
        for contact in book.archived_contacts(start=start, end=end):
            by_family.setdefault(contact.family_id, []).append(contact)

    everyone = book.families(include_archived=True)
    # Ids of this data file: a colleague's family in the school view has a made-up one,
    # which the export record (for `forget`) must not keep.
    own = {f.id for f in everyone}
    if book.with_given:
        # The school view: the colleagues' families too (one each, merged by the match),
        # with their contacts in the period.
        statuses = {s.family.id: s for s in book.school_statuses(today)}
        everyone += [s.family for s in statuses.values() if s.family.id not in own]
        for contact in book.colleague_contacts(start=start, end=end):
            by_family.setdefault(contact.family_id, []).append(contact)
    else:
        statuses = {s.family.id: s for s in book.statuses(today)}
    # Archived families with contacts in the period are listed too, so the totals add up.
    listed = [f for f in everyone if f.id in statuses or f.id in by_family]

    def status_of(family: Family) -> FamilyStatus:
        return statuses.get(family.id) or archived_status(
            family, book.contacts(family_id=family.id), today
        )

    period = Period(start=start, end=end)
    settings = SummarySettings(book.settings().positive_window_school_days)
    if pseudonymize:
        names = Pseudonyms(book.pseudonym_key(), everyone)
        coded = sorted(
            ((_coded_entry(f, status_of(f), by_family.get(f.id, []), names), f.id) for f in listed),
            key=lambda pair: pair[0].id,
        )
        return Built(
            PseudonymizedSummary(
                schema=SCHEMA_ID,
                generated_at=book.today(),
                period=period,
                settings=settings,
                pseudonymized=True,
                notes_included=False,
                totals=_totals([entry for entry, _ in coded]),
                families=[entry for entry, _ in coded],
            ),
            tuple(family_id for _, family_id in coded if family_id in own),
        )
    entries = [
        _family_entry(f, status_of(f), by_family.get(f.id, []), include_notes) for f in listed
    ]
    entries.sort(key=lambda entry: (fold(entry.name), entry.id))
    common = {
        "schema": SCHEMA_ID,
        "generated_at": _second(book.now()),
        "period": period,
        "settings": settings,
        "pseudonymized": False,
        "totals": _totals(entries),
    }
    if include_notes:
        summary: Summary = SummaryWithNotes(
            **common,
            notes_included=True,
            families=entries,
            reflections=_reflections(
                {**book.archived_reflections(start, end), **book.reflections()}, start, end
            ),
        )
    else:
        summary = Summary(**common, notes_included=False, families=entries)
    return Built(summary, tuple(entry.id for entry in entries if entry.id in own))


def build_summary(book: ContactBook, **options: Any) -> dict[str, Any]:
    """The summary as a JSON-ready dict (what `encode_summary` writes)."""
    return msgspec.to_builtins(summarize(book, **options).document)


def encode_summary(built: Built) -> bytes:
    """The summary as the file holds it: UTF-8 JSON, indented, names as they are.

    Control and bidi characters inside strings are `\\u` escapes (safetext.escape_json):
    a summary shown with `cat` cannot drive the terminal.
    """
    text = msgspec.json.format(msgspec.json.encode(built.document), indent=2).decode()
    return (escape_json(text) + "\n").encode()


def write_summary(book: ContactBook, path: Path, built: Built) -> ExportRecord:
    """Write `built` to `path` (rules/exports.py `write_export`), remembered with its families."""
    return write_export(
        book,
        path,
        encode_summary(built),
        pseudonymized=built.pseudonymized,
        family_ids=built.family_ids,
    )


def _second(at: datetime) -> datetime:
    return at.replace(microsecond=0)


def _counts(contacts: Iterable[Contact]) -> tuple[int, int, ByMoment, ByTone]:
    """Contacts, attempts (reached nobody, so no contact) and the mix of the contacts."""
    by_moment = {m.value: 0 for m in Moment}
    by_tone = {t.value: 0 for t in Tone}
    reached = attempts = 0
    for contact in contacts:
        if not contact.reached:
            attempts += 1
            continue
        reached += 1
        by_moment[contact.moment.value] += 1
        by_tone[contact.tone.value] += 1
    return reached, attempts, ByMoment(**by_moment), ByTone(**by_tone)


def _family_entry(
    family: Family, status: FamilyStatus, contacts: list[Contact], include_notes: bool
) -> FamilyEntry:
    reached, attempts, by_moment, by_tone = _counts(contacts)
    fields: dict[str, Any] = dict(
        id=family.id,
        name=family.name,
        active=family.active,
        children=[ChildEntry(child.name, child.group) for child in family.children],
        first_contact=family.first_contact,
        contacts=reached,
        attempts=attempts,
        by_moment=by_moment,
        by_tone=by_tone,
        last_contact=_second(status.last_contact) if status.last_contact else None,
        last_positive=_second(status.last_positive) if status.last_positive else None,
        days_since_positive=status.days_since_positive,
        needs_positive_contact=status.needs_positive_contact,
        last_positive_by=status.positive_by or None,
    )
    if not include_notes:
        return FamilyEntry(**fields)
    notes = [
        Note(_second(c.at), c.moment, c.tone, c.reached, c.note)
        for c in sorted(contacts, key=lambda c: (c.at, c.id))
        if c.note.strip()
    ]
    return FamilyWithNotes(**fields, tips=family.tips, notes=notes)


def _coded_entry(
    family: Family, status: FamilyStatus, contacts: list[Contact], names: Pseudonyms
) -> PseudonymousFamily:
    reached, attempts, by_moment, by_tone = _counts(contacts)
    return PseudonymousFamily(
        id=names.family_code(family),
        name=names.family(family),
        active=family.active,
        children=[PseudonymousChild(names.child(family, child.name)) for child in family.children],
        first_contact=family.first_contact,
        contacts=reached,
        attempts=attempts,
        by_moment=by_moment,
        by_tone=by_tone,
        last_contact=status.last_contact.date() if status.last_contact else None,
        last_positive=status.last_positive.date() if status.last_positive else None,
        days_since_positive=status.days_since_positive,
        needs_positive_contact=status.needs_positive_contact,
        last_positive_by=status.positive_by or None,
    )


def _totals(families: list[FamilyEntry] | list[PseudonymousFamily]) -> Totals:
    by_moment = {m.value: 0 for m in Moment}
    by_tone = {t.value: 0 for t in Tone}
    for entry in families:
        for key in by_moment:
            by_moment[key] += getattr(entry.by_moment, key)
        for key in by_tone:
            by_tone[key] += getattr(entry.by_tone, key)
    return Totals(
        families=len(families),
        contacts=sum(e.contacts for e in families),
        attempts=sum(e.attempts for e in families),
        by_moment=ByMoment(**by_moment),
        by_tone=ByTone(**by_tone),
        families_needing_positive_contact=sum(e.needs_positive_contact for e in families),
        families_without_first_contact=sum(
            1 for e in families if e.active and e.first_contact is None
        ),
    )


def _reflections(reflections: dict[str, str], start: date, end: date) -> list[Reflection]:
    """The weekly reflections of the ISO weeks that overlap the period."""
    picked = []
    for week, text in sorted(reflections.items()):
        try:
            year, number = week.split("-W")
            monday = date.fromisocalendar(int(year), int(number), 1)
        except ValueError:
            continue
        if monday <= end and monday + timedelta(days=6) >= start and text.strip():
            picked.append(Reflection(week, text))
    return picked


class Pseudonyms:
    """Readable pseudonyms (`Gezin K7Q2`, `Kind 3FD9`), stable for one data file.

    Each code is an HMAC with the file's own secret of the family id (two families named
    de Jong stay two) or of the family id and the folded child name (a child keeps its
    code when it moves up a group). Without the secret the names cannot be recovered.
    Codes are made unique over every family in the file, archived ones too, so which
    families an export holds never changes anyone's code.
    """

    def __init__(self, key: str, families: Iterable[Family]) -> None:
        self._key = key.encode()
        families = list(families)
        self._families = _unique(self._digest(f"family:{f.id}") for f in families)
        self._children = _unique(
            self._digest(self._child_message(f, c.name)) for f in families for c in f.children
        )

    def _digest(self, message: str) -> bytes:
        return hmac.new(self._key, message.encode(), hashlib.sha256).digest()

    @staticmethod
    def _child_message(family: Family, name: str) -> str:
        return f"child:{family.id}:{fold(name)}"

    def family_code(self, family: Family) -> str:
        digest = self._digest(f"family:{family.id}")
        return self._families.get(digest) or _code(digest, _CODE_LENGTH)

    def family(self, family: Family) -> str:
        return f"{FAMILY_LABEL} {self.family_code(family)}"

    def child(self, family: Family, name: str) -> str:
        digest = self._digest(self._child_message(family, name))
        return f"{CHILD_LABEL} {self._children.get(digest) or _code(digest, _CODE_LENGTH)}"


def _code(digest: bytes, length: int) -> str:
    number = int.from_bytes(digest, "big")
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(_ALPHABET))
        chars.append(_ALPHABET[index])
    return "".join(chars)


def _unique(digests: Iterable[bytes]) -> dict[bytes, str]:
    """A code per digest; only codes that would be the same are lengthened, so others stay."""
    codes = {d: _code(d, _CODE_LENGTH) for d in dict.fromkeys(digests)}
    while True:
        seen: dict[str, int] = {}
        for code in codes.values():
            seen[code] = seen.get(code, 0) + 1
        clashing = [d for d, code in codes.items() if seen[code] > 1]
        if not clashing:
            return codes
        for digest in clashing:
            codes[digest] = _code(digest, len(codes[digest]) + 1)
