"""Contacts: log, read, edit, delete, undo, and the first-contact rule they share."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, TypedDict, Unpack

from storage.actions.contact_index import ContactReads
from storage.actions.logdocs import insert_logs, set_undo
from storage.actions.merge import FieldConflict, known_changes, refuse_clashes
from storage.engine.tables import (
    CONTACTS,
    FAMILIES,
    FAMILY_UNDO,
    UNDO,
    UNDO_ID,
    replace_with,
)
from storage.records import Contact, Family, Initiator, Moment, Tone, contact_doc
from storage.rules import insights
from storage.rules.safetext import clean
from storage.rules.when import refuse_long_ago


class UnknownContact(LookupError):
    """No contact has that id (any more)."""


class FutureTime(ValueError):
    """A contact cannot be logged in the future."""


class ContactConflict(FieldConflict):
    """Contact fields changed elsewhere since the form opened; `current`: the contact now."""


CONTACT_FIELDS = ("at", "moment", "tone", "initiator", "reached", "note")
CONTACT_FIELDS += ("follow_up", "follow_up_done")
"""The fields of a contact a form or `change_contact` may change."""

CONTACT_DOC_KEYS = frozenset({"family", *CONTACT_FIELDS})
"""The keys of a stored contact this version writes (storage/records.py `contact_doc`)."""


@dataclass(frozen=True)
class Undone:
    """What `undo` took back, for the confirmation line."""

    action: str
    """`log`, `edit` or `delete`."""
    contacts: tuple[Contact, ...]
    families: tuple[Family, ...]


class LogOptions(TypedDict, total=False):
    """How a contact is logged beyond family, moment and tone (defaults in `log_batch`)."""

    at: datetime | None
    note: str
    initiator: Initiator
    reached: bool
    follow_up: bool


class ContactActions(ContactReads):
    def log(
        self,
        family_id: int,
        moment: Moment,
        tone: Tone = Tone.POSITIVE,
        **options: Unpack[LogOptions],
    ) -> Contact:
        """Log one contact (or an attempt, with `reached=False`)."""
        return self.log_batch([family_id], moment, tone, **options)[0]

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
        note = clean(note, multiline=True)
        ids = list(dict.fromkeys(int(f) for f in family_ids))
        if not ids:
            raise ValueError("no family chosen")
        doc = contact_doc(
            0,
            at,
            moment,
            tone,
            initiator=initiator,
            reached=reached,
            note=note,
            follow_up=follow_up,
        )
        new_ids = insert_logs(self, ids, doc)
        docs = [{**doc, "family": family_id} for family_id in ids]
        return [Contact.from_doc(i, d) for i, d in zip(new_ids, docs, strict=True)]

    def _set_undo(self, entry: dict[str, Any]) -> None:
        set_undo(self, entry)

    def _checked_time(self, at: datetime | None, kept: datetime | None = None) -> datetime:
        now = self.now()
        if at is None:
            return now
        if at.tzinfo is None:
            at = at.astimezone()
        if at > now:
            raise FutureTime(at.isoformat())
        if at != kept:  # a stored time an edit leaves alone is never refused
            refuse_long_ago(at, now)  # TooLongAgo: more than two years back
        return at.replace(microsecond=0)

    def contact(self, contact_id: int) -> Contact:
        doc = self._table(CONTACTS).get(doc_id=int(contact_id))
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
        family_ids: Iterable[int] | None = None,
    ) -> list[Contact]:
        """Contacts newest first, filtered by family (one or several), period (inclusive),
        moment and tone (which leaves out attempts: they have none)."""
        moment_set = {Moment(m).value for m in moments} if moments is not None else None
        tone_set = {Tone(t).value for t in tones} if tones is not None else None
        wanted: set[int] | None = None
        if family_ids is not None:
            wanted = {int(f) for f in family_ids}
        if family_id is not None:
            wanted = {family_id} if wanted is None else wanted & {family_id}
        lo = start.isoformat() if start else ""
        hi = end.isoformat() if end else ""

        def matches(doc: dict[str, Any]) -> bool:
            if wanted is not None and doc["family"] not in wanted:
                return False
            day = doc["at"][:10]
            if (lo and day < lo) or (hi and day > hi):
                return False
            if moment_set is not None and doc["moment"] not in moment_set:
                return False
            if tone_set is None:
                return True
            # An attempt reached nobody and has no tone (stored "="): no tone filter shows it.
            return doc.get("reached", True) is not False and doc.get("tone", "positive") in tone_set

        index = self._contact_index(build=limit is not None)
        if index is None:
            # A one-shot reader (a CLI command): one pass over the table, sort the matches.
            picked = self._table(CONTACTS).search(matches)
            times = insights.sortable_times([doc["at"] for doc in picked])
            order = sorted(
                range(len(picked)), key=lambda i: (times[i], picked[i].doc_id), reverse=True
            )
            return [Contact.from_doc(picked[i].doc_id, picked[i]) for i in order]
        # The app, or a page of the newest (History, 500 of a school year's 17k): walk
        # only the families' or the days' contacts, in the order sorted once per version
        # of the file, and make records of what is kept only.
        found: list[Contact] = []
        if limit is not None and limit <= 0:
            return found
        for doc in index.candidates(wanted, lo, hi):
            if matches(doc):
                found.append(Contact.from_doc(doc.doc_id, doc))
                if len(found) == limit:
                    break
        return found

    def contacts_on(self, day: date) -> list[Contact]:
        return self.contacts(start=day, end=day)

    def update_contact(self, contact: Contact) -> Contact:
        """Change a logged contact as a whole; its time may not move into the future.

        Forms use `change_contact`, which sends only what the teacher changed.
        """
        at = self._checked_time(contact.at, kept=self.contact(contact.id).at)
        contact = replace(contact, at=at, note=clean(contact.note, multiline=True))
        with self._change():
            before = self._contact_doc(contact.id)
            self._family_doc(contact.family_id)  # type: ignore[attr-defined]
            self._store_contact(before, contact)
        return contact

    def change_contact(
        self,
        contact_id: int,
        changes: Mapping[str, object],
        *,
        base: Contact | None = None,
        force: bool = False,
    ) -> Contact:
        """Change only these fields, merged inside the lock with the contact as it is now.

        `base` is the contact as the form showed it: a changed field that was also changed
        elsewhere since (and not to the same value) raises ContactConflict, unless `force`.
        The time rules of `log` hold (FutureTime, TooLongAgo for a time moved over two
        years back), the note is cleaned, and undo (`edit`) puts the contact back.
        """
        changes = known_changes(CONTACT_FIELDS, changes, "contact")
        now = self.contact(contact_id)
        if "at" in changes:
            changes["at"] = self._checked_time(changes["at"], kept=now.at)  # type: ignore[arg-type]
        if "note" in changes:
            changes["note"] = clean(str(changes["note"]), multiline=True)
        if all(getattr(now, f) == v for f, v in changes.items()):
            return now  # nothing to change: no write, the file stays byte for byte the same
        with self._change():
            before = self._contact_doc(contact_id)
            current = Contact.from_doc(contact_id, before)
            if base is not None and not force:
                refuse_clashes(ContactConflict, CONTACT_FIELDS, changes, current, base)
            self._family_doc(current.family_id)  # type: ignore[attr-defined]
            contact = replace(current, **changes)  # type: ignore[arg-type]
            self._store_contact(before, contact)
        return contact

    def _contact_doc(self, contact_id: int) -> dict[str, Any]:
        doc = self._table(CONTACTS).get(doc_id=int(contact_id))
        if doc is None:
            raise UnknownContact(contact_id)
        return dict(doc)

    def _store_contact(self, before: dict[str, Any], contact: Contact) -> None:
        """Write an edited contact (inside a change): first contact kept right, undo set."""
        contacts = self._table(CONTACTS)
        # Fields this version does not know are kept; known ones at their default are not.
        kept = {k: v for k, v in before.items() if k not in CONTACT_DOC_KEYS}
        contacts.update(replace_with({**kept, **contact.to_doc()}), doc_ids=[contact.id])
        first_set: dict[str, str | None] = {}
        self._first_contact_gone(before, first_set)
        families = self._table(FAMILIES)
        family = families.get(doc_id=contact.family_id) or {}
        day = contact.at.date().isoformat()
        first = family.get("first_contact")
        if contact.reached and (not first or day < first):
            # An attempt that did reach them after all, or an earlier day: the same rule
            # as for a new contact, and undo takes it back the same way.
            families.update({"first_contact": day}, doc_ids=[contact.family_id])
            first_set.setdefault(str(contact.family_id), first)
        entry: dict[str, Any] = {"action": "edit", "id": contact.id, "before": before}
        if first_set:
            entry["first_set"] = first_set
        self._set_undo(entry)

    def delete_contact(self, contact_id: int) -> Contact:
        with self._change():
            contacts = self._table(CONTACTS)
            doc = contacts.get(doc_id=int(contact_id))
            if doc is None:
                raise UnknownContact(contact_id)
            doc = dict(doc)
            contacts.remove(doc_ids=[int(contact_id)])
            entry: dict[str, Any] = {"action": "delete", "id": contact_id, "before": doc}
            first_set: dict[str, str | None] = {}
            self._first_contact_gone(doc, first_set)
            if first_set:
                entry["first_set"] = first_set
            self._set_undo(entry)
        return Contact.from_doc(contact_id, doc)

    def _first_contact_gone(self, gone: dict[str, Any], first_set: dict[str, str | None]) -> None:
        """A contact was deleted or changed: if it made the first contact, the next one does.

        Logged for the wrong de Jong and deleted from the history, a contact must not
        leave that family marked as met.
        """
        if not gone.get("reached", True):
            return
        family_id = gone["family"]
        families = self._table(FAMILIES)
        family = families.get(doc_id=family_id)
        day = gone["at"][:10]
        if family is None or family.get("first_contact") != day:
            return
        reached = [
            doc["at"][:10]
            for doc in self._table(CONTACTS).search(
                lambda d: d["family"] == family_id and d.get("reached", True)
            )
        ]
        earliest = min(reached, default=None)
        if earliest != day:
            first_set.setdefault(str(family_id), day)
            families.update({"first_contact": earliest}, doc_ids=[family_id])

    def last_action(self) -> str | None:
        """`log`, `edit`, `delete`, `archive`, `unarchive` or `family_edit`: what `undo`
        would take back, None when nothing."""
        entry = self._table(UNDO).get(doc_id=UNDO_ID)
        return entry["action"] if entry else None

    def undo(self) -> Undone | None:
        """Take back the last log, edit or delete of a contact, or the last archive or
        family edit (families.py); None when there is none."""
        with self._change():
            entry = self._table(UNDO).get(doc_id=UNDO_ID)
            if entry is None:
                return None
            if entry["action"] in FAMILY_UNDO:
                return self._undo_family(entry)  # type: ignore[attr-defined]
            contacts = self._table(CONTACTS)
            families = self._table(FAMILIES)
            taken: list[Contact] = []
            if entry["action"] == "log":
                found = {d.doc_id: d for d in contacts.get(doc_ids=entry["ids"])}
                taken = [Contact.from_doc(i, found[i]) for i in entry["ids"] if i in found]
                contacts.remove(doc_ids=entry["ids"])
            else:  # edit or delete: put the earlier version back
                before = entry["before"]
                if families.contains(doc_id=before["family"]):
                    if contacts.contains(doc_id=entry["id"]):
                        contacts.update(replace_with(before), doc_ids=[entry["id"]])
                    else:
                        contacts.insert(self._doc(before, entry["id"]))
                    taken.append(Contact.from_doc(entry["id"], before))
            # The log or edit made this the first contact: taking it back un-meets the family.
            for family_id, first in entry.get("first_set", {}).items():
                families.update({"first_contact": first}, doc_ids=[int(family_id)])
            self._drop(UNDO)
            kept = {d.doc_id: d for d in families.get(doc_ids=[c.family_id for c in taken])}
            met = tuple(
                Family.from_doc(c.family_id, kept[c.family_id])
                for c in taken
                if c.family_id in kept
            )
        return Undone(entry["action"], tuple(taken), met)
