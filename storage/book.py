"""ContactBook: the one object the CLI and the TUI talk to.

Every change is one read-modify-write under the lock file: the data file is read
afresh inside the lock, changed in memory and replaced atomically, so a CLI command
beside an open TUI, or a dozen commands at once, never lose each other's writes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import insights, matching
from .jsonstore import DataFileError, atomic_write, dumps, locked, parse, remove_stale_temp_files
from .records import (
    INITIATOR_VALUES,
    MOMENT_VALUES,
    TONE_VALUES,
    Child,
    Contact,
    Family,
    FamilyStatus,
    Holiday,
    Initiator,
    Moment,
    Settings,
    Tone,
    contact_doc,
)

if TYPE_CHECKING:
    from .classlist import ClassRow
    from .classmerge import ImportResult

FAMILIES = "families"
CONTACTS = "contacts"
SETTINGS = "settings"
HOLIDAYS = "holidays"
PLANS = "plans"
REFLECTIONS = "reflections"
UNDO = "undo"
_SETTINGS_ID = "1"
_UNDO_ID = "1"


class UnknownFamily(LookupError):
    """No family has that id (any more)."""


class UnknownContact(LookupError):
    """No contact has that id (any more)."""


class FutureTime(ValueError):
    """A contact cannot be logged in the future."""


class FamilyConflict(ValueError):
    """Fields the teacher changed were changed elsewhere since her form opened.

    `fields` names them (Family field names); `current` is the family as stored now.
    """

    def __init__(self, fields: Sequence[str], current: Family) -> None:
        super().__init__(", ".join(fields))
        self.fields = tuple(fields)
        self.current = current


FAMILY_FIELDS = (
    "name",
    "children",
    "guardians",
    "language",
    "interpreter",
    "channel",
    "first_contact",
    "active",
    "tips",
)
"""The fields of a family a form or `change_family` may change (also its doc keys)."""


@dataclass(frozen=True)
class Undone:
    """What `undo` took back, for the confirmation line."""

    action: str
    """`log`, `edit` or `delete` (a contact); `archive`, `unarchive` or `family_edit`."""
    contacts: tuple[Contact, ...]
    families: tuple[Family, ...]


def now_local() -> datetime:
    """The local time with its UTC offset (so a DST change keeps the right day)."""
    return datetime.now().astimezone().replace(microsecond=0)


def iso_week(day: date) -> str:
    """`2026-W48`: the key for plans and reflections."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


class ContactBook:
    """A teacher's contacts with the families of the class, in one data file."""

    def __init__(
        self, path: str | os.PathLike[str], *, clock: Callable[[], datetime] | None = None
    ):
        self.path = Path(path)
        self._clock = clock or now_local
        self._cache: tuple[tuple[int, int, int], bytes, dict[str, Any]] | None = None
        """(inode, mtime, size), the raw bytes and the parsed data of the last read."""

    # -- time ---------------------------------------------------------------------------

    def now(self) -> datetime:
        at = self._clock()
        return at if at.tzinfo else at.astimezone()

    def today(self) -> date:
        return self.now().date()

    # -- the file -----------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.exists()

    def _read(self, *, fresh: bool = False) -> dict[str, Any]:
        """The whole file as a dict of tables; DataFileError when it does not parse."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self._cache = None
            return {}
        key = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        if not fresh and self._cache is not None and self._cache[0] == key:
            return self._cache[2]
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise DataFileError(
                self.path,
                f"cannot be read ({exc.strerror})",
                "datafile.unreadable",
                {"detail": exc.strerror},
            ) from None
        if self._cache is not None and self._cache[1] == raw:
            # Byte for byte what we parsed and checked before: inside the lock this saves
            # a second parse of the whole file, and comparing bytes cannot be fooled by
            # a reused inode or a coarse clock the way (inode, mtime, size) can.
            self._cache = (key, raw, self._cache[2])
            return self._cache[2]
        data = parse(self.path, raw) or {}
        self._check(data)
        self._cache = (key, raw, data)
        return data

    def _check(self, data: dict[str, Any]) -> None:
        """Cheap structural checks, so a damaged record stops us before anything is written."""
        iso = datetime.fromisoformat
        day = date.fromisoformat
        try:
            for doc_id, doc in data.get(FAMILIES, {}).items():
                int(doc_id)
                if not isinstance(doc.get("name"), str):
                    raise ValueError(f"family {doc_id} has no name")
                if doc.get("first_contact"):
                    day(doc["first_contact"])
                for child in doc.get("children", ()):
                    int(child["group"])
                tuple(doc.get("guardians", ()))
            # The hot loop of every command (~18k contacts a school year): kept tight.
            moments, tones, initiators = MOMENT_VALUES, TONE_VALUES, INITIATOR_VALUES
            for doc_id, doc in data.get(CONTACTS, {}).items():
                get = doc.get
                if (
                    get("moment") not in moments
                    or type(get("family")) is not int
                    or get("tone", "positive") not in tones
                    or get("initiator", "teacher") not in initiators
                ):
                    raise ValueError(f"contact {doc_id} has an unknown family, moment or tone")
                iso(doc["at"])
                int(doc_id)
            for doc_id, doc in data.get(HOLIDAYS, {}).items():
                int(doc_id)
                if day(doc["from"]) > day(doc["to"]):
                    raise ValueError(f"holiday {doc_id} ends before it begins")
            for doc in data.get(SETTINGS, {}).values():
                int(doc.get("positive_window_school_days", 10))
                int(doc.get("last_family_id", 0))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DataFileError(
                self.path, f"a record is damaged ({exc})", "datafile.damaged", {"detail": str(exc)}
            ) from None

    def version(self) -> tuple[int, int, int] | None:
        """Changes whenever any process writes the file; the TUI polls it to refresh."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    @contextmanager
    def _change(self) -> Iterator[dict[str, Any]]:
        """Read afresh under the lock, let the caller change the data, write it atomically."""
        if not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, mode=0o700)
        with locked(self.path):
            remove_stale_temp_files(self.path)
            data = self._read(fresh=True)
            data = {name: dict(table) for name, table in data.items()}
            data.setdefault(FAMILIES, {})
            data.setdefault(CONTACTS, {})
            # The change may edit cached documents in place: drop the cache first, so a
            # failed write is never shown as if it were stored.
            self._cache = None
            yield data
            payload = dumps(data)
            atomic_write(self.path, payload)
            stat = self.path.stat()
            # What we just wrote is what the next read would parse: keep it.
            self._cache = ((stat.st_ino, stat.st_mtime_ns, stat.st_size), payload, data)

    def _table(self, name: str) -> dict[str, dict[str, Any]]:
        return self._read().get(name, {})

    @staticmethod
    def _next_id(table: dict[str, Any]) -> int:
        return max((int(k) for k in table), default=0) + 1

    @classmethod
    def _next_family_id(cls, data: dict[str, Any]) -> int:
        """Never the id of a forgotten family: summary pseudonyms are keyed by family id."""
        settings = data.get(SETTINGS, {}).get(_SETTINGS_ID, {})
        return max(cls._next_id(data[FAMILIES]), int(settings.get("last_family_id", 0)) + 1)

    # -- settings, holidays, plans, reflections ----------------------------------------

    def settings(self) -> Settings:
        doc = self._table(SETTINGS).get(_SETTINGS_ID, {})
        return Settings(positive_window_school_days=int(doc.get("positive_window_school_days", 10)))

    def set_window(self, school_days: int) -> Settings:
        if not 1 <= int(school_days) <= 200:
            raise ValueError("the window is 1 to 200 school days")
        with self._change() as data:
            settings = data.setdefault(SETTINGS, {}).setdefault(_SETTINGS_ID, {})
            settings["positive_window_school_days"] = int(school_days)
        return self.settings()

    def pseudonym_key(self) -> str:
        """A secret of this data file, so pseudonyms are stable for it and for it alone."""
        key = self._table(SETTINGS).get(_SETTINGS_ID, {}).get("pseudonym_key")
        if key:
            return key
        import secrets  # only here: it costs ~10 ms of start-up for every command

        with self._change() as data:
            settings = data.setdefault(SETTINGS, {}).setdefault(_SETTINGS_ID, {})
            key = settings.setdefault("pseudonym_key", secrets.token_hex(16))
        return key

    def holidays(self) -> list[Holiday]:
        items = [
            Holiday(
                int(k),
                date.fromisoformat(d["from"]),
                date.fromisoformat(d["to"]),
                d.get("name", ""),
            )
            for k, d in self._table(HOLIDAYS).items()
        ]
        return sorted(items, key=lambda h: (h.start, h.end))

    def add_holiday(self, start: date, end: date, name: str = "") -> Holiday:
        if end < start:
            raise ValueError("a holiday ends on or after its first day")
        with self._change() as data:
            table = data.setdefault(HOLIDAYS, {})
            new_id = self._next_id(table)
            table[str(new_id)] = {"from": start.isoformat(), "to": end.isoformat(), "name": name}
        return Holiday(new_id, start, end, name)

    def remove_holiday(self, holiday_id: int) -> None:
        with self._change() as data:
            data.setdefault(HOLIDAYS, {}).pop(str(holiday_id), None)

    def planned(self, week: str | None = None) -> set[int]:
        """Families planned for a positive contact in `week` (default: this week)."""
        week = week or iso_week(self.today())
        return {int(d["family"]) for d in self._table(PLANS).values() if d.get("week") == week}

    def set_planned(self, family_id: int, planned: bool, week: str | None = None) -> None:
        week = week or iso_week(self.today())
        with self._change() as data:
            self._family_doc(data, family_id)
            table = data.setdefault(PLANS, {})
            for key in [
                k for k, d in table.items() if d["family"] == family_id and d["week"] == week
            ]:
                del table[key]
            if planned:
                table[str(self._next_id(table))] = {"family": family_id, "week": week}

    def reflection(self, week: str) -> str:
        for doc in self._table(REFLECTIONS).values():
            if doc.get("week") == week:
                return doc.get("text", "")
        return ""

    def reflections(self) -> dict[str, str]:
        return {d["week"]: d.get("text", "") for d in self._table(REFLECTIONS).values()}

    def set_reflection(self, week: str, text: str) -> None:
        with self._change() as data:
            table = data.setdefault(REFLECTIONS, {})
            for key in [k for k, d in table.items() if d.get("week") == week]:
                del table[key]
            if text.strip():
                table[str(self._next_id(table))] = {"week": week, "text": text}

    # -- families -----------------------------------------------------------------------

    def families(self, *, include_archived: bool = False) -> list[Family]:
        items = [Family.from_doc(int(k), d) for k, d in self._table(FAMILIES).items()]
        if not include_archived:
            items = [f for f in items if f.active]
        return sorted(items, key=lambda f: (matching.fold(f.name), f.id))

    def family(self, family_id: int) -> Family:
        doc = self._table(FAMILIES).get(str(family_id))
        if doc is None:
            raise UnknownFamily(family_id)
        return Family.from_doc(family_id, doc)

    def find_families(self, query: str, *, include_archived: bool = True) -> list[Family]:
        """What a FAMILY argument means: one family, several (ambiguous) or none."""
        return matching.find(query, self.families(include_archived=include_archived))

    def search(self, query: str, *, include_archived: bool = False) -> list[Family]:
        """Families matching typed letters, best first (the TUI's search box)."""
        return matching.rank(query, self.families(include_archived=include_archived))

    def add_family(
        self,
        name: str,
        children: Sequence[Child] = (),
        *,
        guardians: Sequence[str] = (),
        language: str = "",
        interpreter: bool = False,
        channel: str = "",
        first_contact: date | None = None,
        tips: str = "",
    ) -> Family:
        name = " ".join(name.split())
        if not name:
            raise ValueError("a family needs a name")
        with self._change() as data:
            new_id = self._next_family_id(data)
            family = Family(
                id=new_id,
                name=name,
                children=tuple(children),
                guardians=tuple(guardians),
                language=language,
                interpreter=interpreter,
                channel=channel,
                first_contact=first_contact,
                tips=tips,
            )
            data[FAMILIES][str(new_id)] = family.to_doc()
        return family

    def update_family(self, family: Family) -> Family:
        if not " ".join(family.name.split()):
            raise ValueError("a family needs a name")
        family = replace(family, name=" ".join(family.name.split()))
        with self._change() as data:
            before = self._family_doc(data, family.id)
            # Keep fields this version does not know, as import_families does.
            data[FAMILIES][str(family.id)] = {**before, **family.to_doc()}
        return family

    def change_family(
        self,
        family_id: int,
        changes: Mapping[str, object],
        *,
        base: Family | None = None,
        force: bool = False,
    ) -> Family:
        """Change only these fields, merged inside the lock with the family as it is now.

        `base` is the family as the form showed it: a changed field that was also changed
        elsewhere since (and not to the same value) raises FamilyConflict, unless `force`.
        Undo (`family_edit`) puts the changed fields back.
        """
        unknown = set(changes) - set(FAMILY_FIELDS)
        if unknown:
            raise ValueError(f"not a family field: {', '.join(sorted(unknown))}")
        changes = dict(changes)
        if "name" in changes:
            changes["name"] = " ".join(str(changes["name"]).split())
            if not changes["name"]:
                raise ValueError("a family needs a name")
        now = self.family(family_id)
        if all(getattr(now, f) == v for f, v in changes.items()):
            return now  # nothing to change: no write, the file stays byte for byte the same
        with self._change() as data:
            before = self._family_doc(data, family_id)
            current = Family.from_doc(family_id, before)
            if base is not None and not force:
                clashes = [
                    f
                    for f in FAMILY_FIELDS
                    if f in changes
                    and getattr(current, f) != getattr(base, f)
                    and getattr(current, f) != changes[f]
                ]
                if clashes:
                    raise FamilyConflict(clashes, current)
            family = replace(current, **changes)  # type: ignore[arg-type]
            after = {**before, **family.to_doc()}
            changed = [k for k in FAMILY_FIELDS if before.get(k) != after.get(k)]
            data[FAMILIES][str(family_id)] = after
            data[UNDO] = {_UNDO_ID: self._family_undo("family_edit", family_id, before, changed)}
        return family

    @staticmethod
    def _family_undo(
        action: str, family_id: int, before: dict[str, Any], changed: Iterable[str]
    ) -> dict[str, Any]:
        """The undo entry of a family change: the changed fields as they were."""
        changed = list(changed)
        return {
            "action": action,
            "family": family_id,
            "before": {k: before[k] for k in changed if k in before},
            "absent": [k for k in changed if k not in before],
        }

    def set_active(self, family_id: int, active: bool) -> Family:
        """Archive or bring back a family; undo (`archive`/`unarchive`) takes it back."""
        with self._change() as data:
            before = self._family_doc(data, family_id)
            doc = {**before, "active": active}
            data[FAMILIES][str(family_id)] = doc
            action = "unarchive" if active else "archive"
            data[UNDO] = {_UNDO_ID: self._family_undo(action, family_id, before, ["active"])}
        return Family.from_doc(family_id, doc)

    def forget(self, family_id: int) -> tuple[Family, int]:
        """Erase a family and every contact, plan and undo entry that names it."""
        with self._change() as data:
            family = Family.from_doc(family_id, self._family_doc(data, family_id))
            settings = data.get(SETTINGS, {}).get(_SETTINGS_ID, {})
            last_id = max(self._next_family_id(data) - 1, family_id)
            data[SETTINGS] = {
                **data.get(SETTINGS, {}),
                _SETTINGS_ID: {**settings, "last_family_id": last_id},
            }
            del data[FAMILIES][str(family_id)]
            contacts = data[CONTACTS]
            gone = [k for k, d in contacts.items() if d["family"] == family_id]
            for key in gone:
                del contacts[key]
            plans = data.get(PLANS, {})
            for key in [k for k, d in plans.items() if d["family"] == family_id]:
                del plans[key]
            # An undo entry may hold the family's contacts or name: drop it, it is not erasure-safe.
            data.pop(UNDO, None)
        return family, len(gone)

    def import_families(self, rows: Sequence[ClassRow]) -> ImportResult:
        """Add or update the families of a class list in one write; never duplicates.

        The matching rules live in storage/classmerge.py (`merge_class_list`).
        """
        from .classmerge import merge_class_list

        with self._change() as data:
            existing = [Family.from_doc(int(k), d) for k, d in data[FAMILIES].items()]
            changed, result = merge_class_list(existing, rows, self._next_family_id(data))
            for family in changed:
                # Keep fields this version does not know, should a newer one have written them.
                before = data[FAMILIES].get(str(family.id), {})
                data[FAMILIES][str(family.id)] = {**before, **family.to_doc()}
        return result

    @staticmethod
    def _family_doc(data: dict[str, Any], family_id: int) -> dict[str, Any]:
        doc = data[FAMILIES].get(str(family_id))
        if doc is None:
            raise UnknownFamily(family_id)
        return doc

    # -- contacts -----------------------------------------------------------------------

    def log(
        self,
        family_id: int,
        moment: Moment,
        tone: Tone = Tone.POSITIVE,
        *,
        at: datetime | None = None,
        note: str = "",
        initiator: Initiator = Initiator.TEACHER,
        reached: bool = True,
        follow_up: bool = False,
    ) -> Contact:
        """Log one contact (or an attempt, with `reached=False`)."""
        return self.log_batch(
            [family_id],
            moment,
            tone,
            at=at,
            note=note,
            initiator=initiator,
            reached=reached,
            follow_up=follow_up,
        )[0]

    def log_batch(
        self,
        family_ids: Iterable[int],
        moment: Moment,
        tone: Tone = Tone.POSITIVE,
        *,
        at: datetime | None = None,
        note: str = "",
        initiator: Initiator = Initiator.TEACHER,
        reached: bool = True,
        follow_up: bool = False,
    ) -> list[Contact]:
        """Log the same contact with several families in one write (after pick-up)."""
        at = self._checked_time(at)
        ids = list(dict.fromkeys(int(f) for f in family_ids))
        if not ids:
            raise ValueError("no family chosen")
        made: list[Contact] = []
        first_set: dict[str, str | None] = {}
        with self._change() as data:
            contacts = data[CONTACTS]
            next_id = self._next_id(contacts)
            for family_id in ids:
                family = self._family_doc(data, family_id)
                doc = contact_doc(
                    family_id,
                    at,
                    moment,
                    tone,
                    initiator=initiator,
                    reached=reached,
                    note=note,
                    follow_up=follow_up,
                )
                contacts[str(next_id)] = doc
                made.append(Contact.from_doc(next_id, doc))
                next_id += 1
                day = at.date().isoformat()
                first = family.get("first_contact")
                if reached and (not first or day < first):
                    # The earliest reached contact is the kennismaking, unless one was set earlier.
                    data[FAMILIES][str(family_id)] = {**family, "first_contact": day}
                    first_set[str(family_id)] = first
            data[UNDO] = {
                _UNDO_ID: {"action": "log", "ids": [c.id for c in made], "first_set": first_set}
            }
        return made

    def _checked_time(self, at: datetime | None) -> datetime:
        now = self.now()
        if at is None:
            return now
        if at.tzinfo is None:
            at = at.astimezone()
        if at > now:
            raise FutureTime(at.isoformat())
        return at.replace(microsecond=0)

    def contact(self, contact_id: int) -> Contact:
        doc = self._table(CONTACTS).get(str(contact_id))
        if doc is None:
            raise UnknownContact(contact_id)
        return Contact.from_doc(contact_id, doc)

    def contacts(
        self,
        *,
        family_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
        moments: Iterable[Moment] | None = None,
        tones: Iterable[Tone] | None = None,
        limit: int | None = None,
    ) -> list[Contact]:
        """Contacts newest first, filtered by family, period (inclusive), moment and tone."""
        moment_set = {Moment(m).value for m in moments} if moments is not None else None
        tone_set = {Tone(t).value for t in tones} if tones is not None else None
        lo = start.isoformat() if start else ""
        hi = end.isoformat() if end else ""
        picked = []
        for key, doc in self._table(CONTACTS).items():
            if family_id is not None and doc["family"] != family_id:
                continue
            day = doc["at"][:10]
            if (lo and day < lo) or (hi and day > hi):
                continue
            if moment_set is not None and doc["moment"] not in moment_set:
                continue
            if tone_set is not None and doc.get("tone", "positive") not in tone_set:
                continue
            picked.append((doc["at"], int(key), doc))
        times = insights.sortable_times([at for at, _, _ in picked])
        order = sorted(range(len(picked)), key=lambda i: (times[i], picked[i][1]), reverse=True)
        picked = [picked[i] for i in order]
        if limit is not None:
            picked = picked[:limit]
        return [Contact.from_doc(key, doc) for _, key, doc in picked]

    def contacts_on(self, day: date) -> list[Contact]:
        return self.contacts(start=day, end=day)

    def update_contact(self, contact: Contact) -> Contact:
        """Change a logged contact; its time may not move into the future."""
        at = self._checked_time(contact.at)
        contact = replace(contact, at=at)
        with self._change() as data:
            before = data[CONTACTS].get(str(contact.id))
            if before is None:
                raise UnknownContact(contact.id)
            self._family_doc(data, contact.family_id)
            data[CONTACTS][str(contact.id)] = contact.to_doc()
            first_set: dict[str, str | None] = {}
            self._first_contact_gone(data, before, first_set)
            family = data[FAMILIES][str(contact.family_id)]
            day = at.date().isoformat()
            first = family.get("first_contact")
            if contact.reached and (not first or day < first):
                # An attempt that did reach them after all, or an earlier day: the same rule
                # as for a new contact, and undo takes it back the same way.
                data[FAMILIES][str(contact.family_id)] = {**family, "first_contact": day}
                first_set.setdefault(str(contact.family_id), first)
            entry: dict[str, Any] = {"action": "edit", "id": contact.id, "before": before}
            if first_set:
                entry["first_set"] = first_set
            data[UNDO] = {_UNDO_ID: entry}
        return contact

    def delete_contact(self, contact_id: int) -> Contact:
        with self._change() as data:
            doc = data[CONTACTS].pop(str(contact_id), None)
            if doc is None:
                raise UnknownContact(contact_id)
            entry: dict[str, Any] = {"action": "delete", "id": contact_id, "before": doc}
            first_set: dict[str, str | None] = {}
            self._first_contact_gone(data, doc, first_set)
            if first_set:
                entry["first_set"] = first_set
            data[UNDO] = {_UNDO_ID: entry}
        return Contact.from_doc(contact_id, doc)

    @staticmethod
    def _first_contact_gone(
        data: dict[str, Any], gone: dict[str, Any], first_set: dict[str, str | None]
    ) -> None:
        """A contact was deleted or changed: if it made the first contact, the next one does.

        Logged for the wrong de Jong and deleted from the history, a contact must not
        leave that family marked as met.
        """
        if not gone.get("reached", True):
            return
        family_id = gone["family"]
        family = data[FAMILIES].get(str(family_id))
        day = gone["at"][:10]
        if family is None or family.get("first_contact") != day:
            return
        reached = [
            doc["at"][:10]
            for doc in data[CONTACTS].values()
            if doc["family"] == family_id and doc.get("reached", True)
        ]
        earliest = min(reached, default=None)
        if earliest != day:
            first_set.setdefault(str(family_id), day)
            data[FAMILIES][str(family_id)] = {**family, "first_contact": earliest}

    def last_action(self) -> str | None:
        """`log`, `edit` or `delete`: what `undo` would take back, None when nothing."""
        entry = self._table(UNDO).get(_UNDO_ID)
        return entry["action"] if entry else None

    def undo(self) -> Undone | None:
        """Take back the last log, edit or delete of a contact, or the last archive or
        family edit; None when there is none."""
        with self._change() as data:
            entry = data.get(UNDO, {}).get(_UNDO_ID)
            if entry is None:
                return None
            if entry["action"] in ("archive", "unarchive", "family_edit"):
                return self._undo_family(data, entry)
            contacts = data[CONTACTS]
            taken: list[Contact] = []
            if entry["action"] == "log":
                for contact_id in entry["ids"]:
                    doc = contacts.pop(str(contact_id), None)
                    if doc is not None:
                        taken.append(Contact.from_doc(contact_id, doc))
            else:  # edit or delete: put the earlier version back
                before = entry["before"]
                if str(before["family"]) in data[FAMILIES]:
                    contacts[str(entry["id"])] = before
                    taken.append(Contact.from_doc(entry["id"], before))
            # The log or edit made this the first contact: taking it back un-meets the family.
            for family_id, first in entry.get("first_set", {}).items():
                family = data[FAMILIES].get(family_id)
                if family is not None:
                    data[FAMILIES][family_id] = {**family, "first_contact": first}
            data.pop(UNDO, None)
            families = tuple(
                Family.from_doc(c.family_id, data[FAMILIES][str(c.family_id)])
                for c in taken
                if str(c.family_id) in data[FAMILIES]
            )
        return Undone(entry["action"], tuple(taken), families)

    @staticmethod
    def _undo_family(data: dict[str, Any], entry: dict[str, Any]) -> Undone:
        """Put a family's changed fields back (inside `undo`'s change)."""
        family_id = int(entry["family"])
        doc = data[FAMILIES].get(str(family_id))
        data.pop(UNDO, None)
        if doc is None:  # forgotten meanwhile: nothing to put back
            return Undone(entry["action"], (), ())
        doc = {**doc, **entry.get("before", {})}
        for key in entry.get("absent", []):
            doc.pop(key, None)
        data[FAMILIES][str(family_id)] = doc
        return Undone(entry["action"], (), (Family.from_doc(family_id, doc),))

    # -- insights -----------------------------------------------------------------------

    def statuses(
        self, today: date | None = None, *, school_days: int | None = None
    ) -> list[FamilyStatus]:
        """Every active family with its last contacts and whether it needs a positive one.

        `school_days` overrides the stored window for this question only.
        """
        today = today or self.today()
        return insights.family_statuses(
            self.families(),
            self._table(CONTACTS).values(),
            today,
            school_days or self.settings().positive_window_school_days,
            self.holidays(),
            self.planned(iso_week(today)),
        )

    def needing_positive_contact(
        self, today: date | None = None, *, school_days: int | None = None
    ) -> list[FamilyStatus]:
        """Families to greet first: no first contact yet, then longest without a positive."""
        return insights.needing_positive_contact(self.statuses(today, school_days=school_days))
