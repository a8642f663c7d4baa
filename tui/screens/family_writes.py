"""The families screen's writes: add, edit (only what changed), archive, forget.

Split from `families.py` at the seam between showing and writing. Every write goes
through the one helper (`tui/writing.py`). An edit sends only the fields the teacher
changed, with the family as the form showed it (`book.change_family(…, base=…)`); a
field changed elsewhere meanwhile opens the conflict dialog. Archive and edits are
undoable with ctrl+z; forget asks for the family's name to be typed.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.widgets import DataTable

from storage import FAMILY_FIELDS, DataFileError, Family, FamilyConflict
from storage.rules.exports import holding, sweep_known

from ..text import t
from .conflict import family_conflict, settle
from .family_form import FamilyForm
from .family_rows import contacts_phrase
from .forget import ForgetScreen, exports_note
from .new_family import NewFamily


def changed_fields(draft: Family, base: Family) -> dict[str, object]:
    """The fields the teacher changed in the form, with their new values."""
    return {f: getattr(draft, f) for f in FAMILY_FIELDS if getattr(draft, f) != getattr(base, f)}


class FamilyWrites(NewFamily):
    """Mixed into FamiliesScreen: needs `highlighted()`; writes through `BookScreen.write`."""

    # -- add and edit -------------------------------------------------------------------

    def action_add(self) -> None:
        self._open_new()

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
                self.notify(t("families.unchanged", name=base.name))

        self.app.push_screen(FamilyForm(shown), done)

    def _change(
        self, draft: Family, base: Family, changes: Mapping[str, object], force: bool
    ) -> None:
        self.write(
            lambda: self.book.change_family(draft.id, changes, base=base, force=force),
            said=lambda saved: t("families.saved", name=saved.name),
            then=self._show_family,
            kept=lambda line: self._open_form(draft, base),
            asked={FamilyConflict: lambda c: self._conflict(draft, changes, c)},
            group="families-write",
        )

    def _conflict(
        self, draft: Family, changes: Mapping[str, object], conflict: FamilyConflict
    ) -> None:
        current = conflict.current
        labels = ", ".join(t(f"familyform.label.{f}") for f in conflict.fields)
        settle(
            self,
            family_conflict(current.name, conflict.fields, draft, current),
            changes,
            conflict,
            save=lambda base, some, force: self._change(draft, base, some, force=force),
            back=lambda base: self._open_form(draft, base),
            kept_theirs=t("conflict.kept_theirs", name=current.name, fields=labels),
        )

    def _family_added(self, family: Family) -> None:
        self._show_family(family)

    def _show_family(self, family: Family) -> None:
        """After a write: the cursor on the family written."""
        table = self.query_one("#families-table", DataTable)
        if str(family.id) in table.rows:
            table.move_cursor(row=table.get_row_index(str(family.id)), animate=False)

    # -- archive and forget -------------------------------------------------------------

    def action_archive(self) -> None:
        family = self.highlighted()
        if family is not None:
            self._set_active(family, not family.active)

    def _set_active(self, family: Family, active: bool) -> None:
        key = "families.unarchived" if active else "families.archived_done"
        self.write(
            lambda: self.book.set_active(family.id, active),
            said=lambda _: t(key, name=family.name),
            then=lambda _: self._show_family(family),
            group="families-write",
        )

    def action_forget(self) -> None:
        family = self.highlighted()
        if family is None:
            return
        read = self.read_book(
            lambda book: (len(book.contacts(family_id=family.id)), holding(book, family.id))
        )
        if read is None:
            return
        count, exports = read
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

    def _forget(self, family: Family) -> None:
        book = self.book

        def forget() -> str:
            exports = holding(book, family.id)  # before: forget takes the family out of them
            _, count = book.forget(family.id)
            try:
                sweep_known(book)  # temp files a killed export left beside the known exports
            except (DataFileError, OSError):
                pass  # the erasure is done; the next export into that folder sweeps them
            message = t("families.forgotten", name=family.name, contacts=contacts_phrase(count))
            return message + "\n" + exports_note(family.name, exports)

        # Erased: said long enough to read, with the summaries that still hold the name.
        self.write(forget, said=lambda message: message, timeout=30, group="families-write")
