"""Adding a family through the form, as the Families and Welcome screens both do."""

from __future__ import annotations

from typing import ClassVar

from storage import Family

from ..text import t
from ..writing import BookScreen


class NewFamily(BookScreen):
    """Mixed into a screen that adds families: the form, the add, and the form again with
    what was typed when the add failed. Families (regroup.py `RegroupKeys`) overrides
    `_store_new` to ask about a family added twice first."""

    ADDED: ClassVar[str] = "families.added"
    """The text key of the line said after an add (with `{name}`)."""
    ADD_GROUP: ClassVar[str] = "families-write"
    """The worker group of the add."""

    def _open_new(self, draft: Family | None = None) -> None:
        """The family form, empty or with what was typed before."""
        from .family_form import FamilyForm

        self.app.push_screen(FamilyForm(draft), self._store_new)

    def _store_new(self, family: Family | None) -> None:
        if family is not None:
            self._add(family)

    def _add(self, family: Family) -> None:
        self.write(
            lambda: self.book.add_family(family),
            said=lambda saved: t(self.ADDED, name=saved.name),
            then=self._family_added,
            kept=lambda line: self._open_new(family),  # what was typed, ready to retry
            group=self.ADD_GROUP,
        )

    def _family_added(self, family: Family) -> None:
        """After an add (Families puts its cursor on the family)."""
