"""Follow-ups: contacts marked "needs a follow-up" that are still open.

The rule (one place, used by the CLI and the app): a follow-up stays open until a later
contact with that family that reached someone — any moment, any tone — clears it, or
the teacher ticks it off (`follow_up_done`, stored on the contact). An attempt that
reached nobody clears nothing. A later contact that needs a follow-up itself clears the
older one and is the open one from then on. Archived families' follow-ups are not listed.
"""

from __future__ import annotations

from typing import Any

from storage.actions.contact_index import ContactReads
from storage.records import Contact
from storage.rules.refusals import Refused


def open_followup_docs(newest_first: list[Any], active: set[int]) -> list[Any]:
    """The open follow-ups among contact documents given newest first; oldest first."""
    reached_later: set[int] = set()
    still_open: list[Any] = []
    for doc in newest_first:
        family = doc["family"]
        if family not in active:
            continue
        if doc.get("follow_up") and not doc.get("follow_up_done") and family not in reached_later:
            still_open.append(doc)
        if doc.get("reached", True):
            reached_later.add(family)
    still_open.reverse()
    return still_open


class FollowUpActions(ContactReads):
    def open_followups(self) -> list[Contact]:
        """Contacts that need a follow-up no later reached contact cleared; oldest first."""
        active = {family.id for family in self.families()}
        newest_first = self._contact_index(build=True).docs
        return [Contact.from_doc(d.doc_id, d) for d in open_followup_docs(newest_first, active)]

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
