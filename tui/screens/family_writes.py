"""The families screen's writes: add, edit (only what changed), archive, forget.

Split from `families.py` at the seam between showing and writing. Every write runs in
a worker thread. An edit sends only the fields the teacher changed, with the family as
the form showed it (`book.change_family(…, base=…)`); a field changed elsewhere
meanwhile opens the conflict dialog. Archive and edits are undoable with ctrl+z;
forget asks for the family's name to be typed.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual import work
from textual.widgets import DataTable

from storage import FAMILY_FIELDS, DataFileError, Family, FamilyConflict, UnknownFamily
from storage.rules.exports import holding, sweep_known

from ..text import t
from .conflict import family_conflict
from .family_form import FamilyForm
from .family_rows import contacts_phrase
from .forget import ForgetScreen, exports_note


def changed_fields(draft: Family, base: Family) -> dict[str, object]:
    """The fields the teacher changed in the form, with their new values."""
    return {f: getattr(draft, f) for f in FAMILY_FIELDS if getattr(draft, f) != getattr(base, f)}


class FamilyWrites:
    """Mixed into FamiliesScreen: needs `highlighted()` and the app's book."""

    # -- add and edit -------------------------------------------------------------------

    def action_add(self) -> None:
        self.app.push_screen(FamilyForm(None), self._store_new)

    def action_edit(self) -> None:
        family = self.highlighted()
        if family is not None:
            self._open_form(family, family)

    def _open_form(self, shown: Family, base: Family) -> None:
        """The form with `shown` filled in; its changes are judged against `base`."""

        def done(draft: Family | None) -> None:
            if draft is None:
                return
            changes = changed_fields(draft, base)
            if changes:
                self._change(draft, base, changes, force=False)
            else:
                self.notify(t("families.unchanged", name=base.name), markup=False)

        self.app.push_screen(FamilyForm(shown), done)

    def _reopen_new(self, draft: Family) -> None:
        self.app.push_screen(FamilyForm(draft), self._store_new)

    def _store_new(self, family: Family | None) -> None:
        if family is not None:
            self._add(family)

    @work(thread=True, exclusive=True, group="families-write")
    def _add(self, family: Family) -> None:
        try:
            saved = self.app.book.add_family(
                family.name,
                family.children,
                guardians=family.guardians,
                language=family.language,
                interpreter=family.interpreter,
                channel=family.channel,
                first_contact=family.first_contact,
                tips=family.tips,
            )
        except (DataFileError, OSError, ValueError) as exc:
            self.app.call_from_thread(self._failed, self.app.error_line(exc), None)
            # Keep what was typed: the form opens again with it, ready to retry.
            self.app.call_from_thread(self._reopen_new, family)
            return
        self.app.call_from_thread(self._written, t("families.added", name=saved.name), saved.id)

    @work(thread=True, exclusive=True, group="families-write")
    def _change(
        self, draft: Family, base: Family, changes: Mapping[str, object], force: bool
    ) -> None:
        try:
            saved = self.app.book.change_family(draft.id, changes, base=base, force=force)
        except FamilyConflict as conflict:
            self.app.call_from_thread(self._conflict, draft, changes, conflict)
            return
        except UnknownFamily:
            self.app.call_from_thread(self._failed, t("families.gone"), None)
            return
        except (DataFileError, OSError, ValueError) as exc:
            self.app.call_from_thread(self._failed, self.app.error_line(exc), (draft, base))
            return
        self.app.call_from_thread(self._written, t("families.saved", name=saved.name), saved.id)

    def _conflict(
        self, draft: Family, changes: Mapping[str, object], conflict: FamilyConflict
    ) -> None:
        current = conflict.current

        def chosen(choice: str | None) -> None:
            if choice == "mine":
                self._change(draft, current, changes, force=True)
            elif choice == "theirs":
                rest = {f: v for f, v in changes.items() if f not in conflict.fields}
                labels = ", ".join(t(f"familyform.label.{f}") for f in conflict.fields)
                self.notify(
                    t("conflict.kept_theirs", name=current.name, fields=labels), markup=False
                )
                if rest:
                    self._change(draft, current, rest, force=False)
            else:
                # Back to the form: what was typed, judged against the family as it is now.
                self._open_form(draft, current)

        self.app.push_screen(family_conflict(current.name, conflict.fields, draft, current), chosen)

    def _failed(self, message: str, retry: tuple[Family, Family] | None) -> None:
        self.notify(message, severity="error", timeout=10, markup=False)
        if retry is not None:
            # Keep what was typed: the form opens again with it, ready to retry.
            self._open_form(*retry)
        self.app.reload_screen()

    def _written(self, message: str, family_id: int | None = None) -> None:
        self.notify(message, markup=False)
        self.app.reload_screen()
        table = self.query_one("#families-table", DataTable)
        if family_id is not None and str(family_id) in table.rows:
            table.move_cursor(row=table.get_row_index(str(family_id)), animate=False)

    # -- archive and forget -------------------------------------------------------------

    def action_archive(self) -> None:
        family = self.highlighted()
        if family is not None:
            self._set_active(family, not family.active)

    @work(thread=True, exclusive=True, group="families-write")
    def _set_active(self, family: Family, active: bool) -> None:
        try:
            self.app.book.set_active(family.id, active)
        except UnknownFamily:
            self.app.call_from_thread(self._failed, t("families.gone"), None)
            return
        except (DataFileError, OSError) as exc:
            self.app.call_from_thread(self._failed, self.app.error_line(exc), None)
            return
        key = "families.unarchived" if active else "families.archived_done"
        self.app.call_from_thread(self._written, t(key, name=family.name), family.id)

    def action_forget(self) -> None:
        family = self.highlighted()
        if family is None:
            return
        try:
            count = len(self.app.book.contacts(family_id=family.id))
            exports = holding(self.app.book, family.id)
        except (DataFileError, OSError) as exc:
            self.app.book_failed(exc)
            return
        names = f" ({family.child_names})" if family.children else ""
        message = t(
            "families.forget.confirm",
            name=family.name,
            children=names,
            contacts=contacts_phrase(count),
        )
        message += "\n\n" + exports_note(family.name, exports)

        def answered(yes: bool | None) -> None:
            if yes:
                self._forget(family)

        self.app.push_screen(ForgetScreen(family, message), answered)

    @work(thread=True, exclusive=True, group="families-write")
    def _forget(self, family: Family) -> None:
        book = self.app.book
        try:
            exports = holding(book, family.id)  # before: forget takes the family out of them
            _, count = book.forget(family.id)
        except UnknownFamily:
            self.app.call_from_thread(self._failed, t("families.gone"), None)
            return
        except (DataFileError, OSError) as exc:
            self.app.call_from_thread(self._failed, self.app.error_line(exc), None)
            return
        try:
            sweep_known(book)  # temp files a killed export left beside the known exports
        except (DataFileError, OSError):
            pass  # the erasure is done; the next export into that folder sweeps them
        message = t("families.forgotten", name=family.name, contacts=contacts_phrase(count))
        message += "\n" + exports_note(family.name, exports)
        self.app.call_from_thread(self._forgotten, message)

    def _forgotten(self, message: str) -> None:
        """Erased: said long enough to read, with the summaries that still hold the name."""
        self.notify(message, timeout=30, markup=False)
        self.app.reload_screen()
