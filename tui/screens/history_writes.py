"""The history screen's writes: edit a contact (only what changed) and delete it.

Split from `history.py` at the seam between showing and writing. Every write goes
through the one helper (`tui/writing.py`). An edit sends only the fields the teacher
changed, with the contact as the form showed it (`book.change_contact(…, base=…)`); a
field changed elsewhere meanwhile opens the conflict dialog. Both are undoable with
ctrl+z.
"""

from __future__ import annotations

from collections.abc import Mapping

from storage import CONTACT_FIELDS, Contact, ContactConflict

from ..text import format_when, moment_name, t, tone_name
from ..writing import BookScreen
from .confirm import ask_first
from .conflict import contact_conflict, contact_labels, settle
from .contact_form import ContactForm


def changed_fields(draft: Contact, base: Contact) -> dict[str, object]:
    """The fields the teacher changed in the form, with their new values."""
    return {f: getattr(draft, f) for f in CONTACT_FIELDS if getattr(draft, f) != getattr(base, f)}


class HistoryWrites(BookScreen):
    """Mixed into HistoryScreen and TimelineScreen: needs `highlighted()` and `_labels`."""

    def action_edit(
        self, draft: Contact | None = None, error: str = "", base: Contact | None = None
    ) -> None:
        """The form with `draft` (or the highlighted contact); changes judged against `base`."""
        contact = draft or self.highlighted()
        if contact is None:
            return
        base = base or contact
        label = self._labels.get(contact.family_id, "?")
        form = ContactForm(contact, label, self.book.now())

        def edited(changed: Contact | None) -> None:
            if changed is None:
                return
            changes = changed_fields(changed, base)
            if changes:
                self._update(changed, base, changes, False)
            else:
                self.notify(t("history.unchanged", family=label))

        self.app.push_screen(form, edited)
        if error:
            form.call_after_refresh(form.show_error, error)

    def _update(
        self, draft: Contact, base: Contact, changes: Mapping[str, object], force: bool
    ) -> None:
        label = self._labels.get(draft.family_id, "?")
        self.write(
            lambda: self.book.change_contact(draft.id, changes, base=base, force=force),
            said=lambda _: t("history.saved", family=label),
            # Refused (in the future, too long ago) or not saved: the form, as typed, says why.
            kept=lambda line: self.action_edit(draft, line, base),
            asked={ContactConflict: lambda c: self._conflict(draft, changes, c)},
            group="history-write",
        )

    def _conflict(
        self, draft: Contact, changes: Mapping[str, object], conflict: ContactConflict
    ) -> None:
        current = conflict.current
        label = self._labels.get(current.family_id, "?")
        fields = contact_labels(conflict.fields)
        settle(
            self,
            contact_conflict(label, conflict.fields, draft, current),
            changes,
            conflict,
            save=lambda base, some, force: self._update(draft, base, some, force),
            back=lambda base: self.action_edit(draft, base=base),
            kept_theirs=t("conflict.kept_theirs_contact", family=label, fields=fields),
        )

    def action_delete(self) -> None:
        contact = self.highlighted()
        if contact is None:
            return
        message = t(
            "history.delete.confirm",
            family=self._labels.get(contact.family_id, "?"),
            when=format_when(contact.at, self.book.today()),
            moment=moment_name(contact.moment),
            # an attempt has no tone: say what it was instead
            tone=tone_name(contact.tone) if contact.reached else t("word.not_reached"),
        )

        ask_first(self, message, t("history.delete.yes"), lambda: self._delete(contact))

    def _delete(self, contact: Contact) -> None:
        label = self._labels.get(contact.family_id, "?")
        self.write(
            lambda: self.book.delete_contact(contact.id),
            said=lambda _: t("history.deleted", family=label),
            group="history-write",
        )
