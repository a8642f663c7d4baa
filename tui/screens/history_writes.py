"""The history screen's writes: edit a contact (only what changed) and delete it.

Split from `history.py` at the seam between showing and writing. Every write runs in
a worker thread. An edit sends only the fields the teacher changed, with the contact
as the form showed it (`book.change_contact(…, base=…)`); a field changed elsewhere
meanwhile opens the conflict dialog. Both are undoable with ctrl+z.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual import work

from storage import (
    CONTACT_FIELDS,
    Contact,
    ContactConflict,
    DataFileError,
    FutureTime,
    UnknownContact,
    UnknownFamily,
)
from storage.rules.when import WhenError

from ..error_lines import error_text
from ..text import format_when, moment_name, t, tone_name
from .confirm import ConfirmScreen
from .conflict import contact_conflict, contact_labels
from .contact_form import ContactForm


def changed_fields(draft: Contact, base: Contact) -> dict[str, object]:
    """The fields the teacher changed in the form, with their new values."""
    return {f: getattr(draft, f) for f in CONTACT_FIELDS if getattr(draft, f) != getattr(base, f)}


class HistoryWrites:
    """Mixed into HistoryScreen: needs `highlighted()`, `_labels` and the app's book."""

    def action_edit(
        self, draft: Contact | None = None, error: str = "", base: Contact | None = None
    ) -> None:
        """The form with `draft` (or the highlighted contact); changes judged against `base`."""
        contact = draft or self.highlighted()
        if contact is None:
            return
        base = base or contact
        label = self._labels.get(contact.family_id, "?")
        form = ContactForm(contact, label, self.app.book.now())

        def edited(changed: Contact | None) -> None:
            if changed is None:
                return
            changes = changed_fields(changed, base)
            if changes:
                self._update(changed, base, changes, False)
            else:
                self.notify(t("history.unchanged", family=label), markup=False)

        self.app.push_screen(form, edited)
        if error:
            form.call_after_refresh(form.show_error, error)

    @work(thread=True, exclusive=True, group="history-write")
    def _update(
        self, draft: Contact, base: Contact, changes: Mapping[str, object], force: bool
    ) -> None:
        try:
            self.app.book.change_contact(draft.id, changes, base=base, force=force)
        except ContactConflict as conflict:
            self.app.call_from_thread(self._conflict, draft, changes, conflict)
            return
        except FutureTime:
            message = t("contactform.error.future")
            self.app.call_from_thread(self._refused, draft, base, message)
            return
        except WhenError as exc:  # the book's rule: more than two years back
            self.app.call_from_thread(self._refused, draft, base, error_text(exc))
            return
        except (UnknownContact, UnknownFamily):
            self.app.call_from_thread(self._failed, t("history.gone"))
            return
        except (DataFileError, OSError, ValueError) as exc:
            line = self.app.error_line(exc)
            self.app.call_from_thread(self._refused, draft, base, line)
            return
        message = t("history.saved", family=self._labels.get(draft.family_id, "?"))
        self.app.call_from_thread(self._written, message)

    def _conflict(
        self, draft: Contact, changes: Mapping[str, object], conflict: ContactConflict
    ) -> None:
        current = conflict.current
        label = self._labels.get(current.family_id, "?")

        def chosen(choice: str | None) -> None:
            if choice == "mine":
                self._update(draft, current, changes, True)
            elif choice == "theirs":
                rest = {f: v for f, v in changes.items() if f not in conflict.fields}
                self.notify(
                    t(
                        "conflict.kept_theirs_contact",
                        family=label,
                        fields=contact_labels(conflict.fields),
                    ),
                    markup=False,
                )
                if rest:
                    self._update(draft, current, rest, False)
                else:
                    self.app.reload_screen()
            else:
                # Back to the form: what was typed, judged against the contact as it is now.
                self.action_edit(draft, base=current)

        screen = contact_conflict(label, conflict.fields, draft, current)
        self.app.push_screen(screen, chosen)

    def _refused(self, draft: Contact, base: Contact, message: str) -> None:
        """A refused edit: say why and open the form again with what was typed."""
        self.notify(message, severity="error", timeout=10, markup=False)
        self.action_edit(draft, message, base)

    def _failed(self, message: str) -> None:
        self.notify(message, severity="error", timeout=10, markup=False)
        self.app.reload_screen()

    def _written(self, message: str) -> None:
        self.notify(message, markup=False)
        self.app.reload_screen()

    def action_delete(self) -> None:
        contact = self.highlighted()
        if contact is None:
            return
        message = t(
            "history.delete.confirm",
            family=self._labels.get(contact.family_id, "?"),
            when=format_when(contact.at, self.app.book.today()),
            moment=moment_name(contact.moment),
            tone=tone_name(contact.tone),
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(contact)

        self.app.push_screen(ConfirmScreen(message, t("history.delete.yes")), answered)

    @work(thread=True, exclusive=True, group="history-write")
    def _delete(self, contact: Contact) -> None:
        try:
            self.app.book.delete_contact(contact.id)
        except UnknownContact:
            self.app.call_from_thread(self._failed, t("history.gone"))
            return
        except (DataFileError, OSError) as exc:
            self.app.call_from_thread(self._failed, self.app.error_line(exc))
            return
        message = t("history.deleted", family=self._labels.get(contact.family_id, "?"))
        self.app.call_from_thread(self._written, message)
