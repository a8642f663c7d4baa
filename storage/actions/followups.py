"""Follow-ups: contacts marked "needs a follow-up" that are still open.

The rule (one place, used by the CLI and the app): a follow-up stays open until a later
contact with that family that reached someone — any moment, any tone — clears it, or
the teacher ticks it off (`follow_up_done`, stored on the contact). An attempt that
reached nobody clears nothing. A later contact that needs a follow-up itself clears the
older one and is the open one from then on. Archived families' follow-ups are not listed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from storage.actions.contact_index import ContactReads
from storage.engine.tables import CONTACTS
from storage.records import Contact
from storage.rules.insights import instant
from storage.rules.refusals import Refused


def open_followup_docs(
    stored: Iterable[tuple[str, Mapping[str, Any]]], active: set[int]
) -> list[tuple[int, Mapping[str, Any]]]:
    """The open follow-ups among stored contacts (text id, document): (id, document),
    oldest first.

    Per family, a flagged contact is open when no reached contact is later than it (the
    latest reached one itself can be open). One pass over the book, no sorting of it:
    the app's first paint and each tick ask this of a school year's 17k contacts.
    """
    flagged: list[tuple[int, Mapping[str, Any]]] = []
    # The latest reached contact per family, as (text, id) per UTC offset: text orders
    # times only within one offset, so the few winners are compared as moments below.
    by_offset: dict[str, dict[int, tuple[str, int]]] = {}
    for key, doc in stored:
        family = doc["family"]
        if family not in active:
            continue
        if doc.get("follow_up") and not doc.get("follow_up_done"):
            flagged.append((int(key), doc))
        if doc.get("reached", True):
            at = doc["at"]
            latest = by_offset.setdefault(at[19:] if len(at) == 25 else at, {})
            mark = (at, int(key))
            if family not in latest or mark > latest[family]:
                latest[family] = mark
    last_reached: dict[int, tuple[datetime, int]] = {}
    for latest in by_offset.values():
        for family, (at, doc_id) in latest.items():
            mark = (instant(at), doc_id)
            if family not in last_reached or mark > last_reached[family]:
                last_reached[family] = mark
    still_open = []
    for doc_id, doc in flagged:
        mark = (instant(doc["at"]), doc_id)
        reached = last_reached.get(doc["family"])
        if reached is None or mark >= reached:
            still_open.append((mark, doc))
    still_open.sort(key=lambda pair: pair[0])
    return [(mark[1], doc) for mark, doc in still_open]


class FollowUpActions(ContactReads):
    def open_followups(self) -> list[Contact]:
        """Contacts that need a follow-up no later reached contact cleared; oldest first."""
        return list(self._memoized("open followups", self._open_followups))

    def _open_followups(self) -> list[Contact]:
        """Made once per version of the file: Today and Week both show them."""
        active = {family.id for family in self.families()}
        still_open = open_followup_docs(self._stored(CONTACTS), active)
        return [Contact.from_doc(doc_id, doc) for doc_id, doc in still_open]

    def tick_followup(self, contact_id: int) -> Contact:
        """Tick a follow-up off: one write, and `undo` puts it back (an edit)."""
        contact = self.contact(contact_id)  # type: ignore[attr-defined]
        if not contact.follow_up:
            raise Refused(
                "followup.not_flagged",
                "That contact was not marked as needing a follow-up.",
                id=contact_id,
            )
        return self.change_contact(contact_id, {"follow_up_done": True})  # type: ignore[attr-defined]
