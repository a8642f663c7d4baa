"""Families: merge two into one, split one into two, and the warning before a family
added by hand is added twice (`similar_families`). Each asks first; each is one write.

Merge: ctrl+b on one family, then ctrl+b on the family it joins (Escape: stop).
Split: ctrl+y, then Space marks the children that become a family of their own.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, SelectionList, Static

from storage import Family

from ..text import t
from ..widgets.names import family_label, shared_names


def label(family: Family) -> str:
    """`Öztürk (Mila, Sara)`: a family named with its children, so two stay apart."""
    return f"{family.name} ({family.child_names})" if family.children else family.name


class SimilarScreen(ModalScreen[str | None]):
    """ "Already here?": `o` opens the family that is there, `a` adds this one anyway,
    Escape goes back to the form with what was typed."""

    BINDINGS = [
        Binding("o,enter", "choose('open')", "regroup.key.open"),
        Binding("a", "choose('add')", "regroup.key.add_anyway"),
        Binding("escape", "choose('')", "regroup.key.back"),
    ]

    CSS_PATH = "regroup.tcss"

    def __init__(self, typed: Family, found: list[Family]) -> None:
        super().__init__()
        self.typed, self.found = typed, found

    def compose(self) -> ComposeResult:
        names = "\n".join(f"• {label(f)}" for f in self.found[:5])
        message = t("regroup.similar", name=self.typed.name, families=names)
        with Vertical(id="similar-dialog"):
            yield Static(message, id="similar-message", markup=False)
            yield Label(t("regroup.similar.hint"))

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice or None)


class SplitScreen(ModalScreen[list[str] | None]):
    """Which children become a family of their own: Space marks, Enter asks, Escape stops."""

    BINDINGS = [
        Binding("enter", "split", "regroup.key.split_go", priority=True),
        Binding("escape", "cancel", "regroup.key.back"),
    ]

    CSS_PATH = "regroup.tcss"

    def __init__(self, family: Family) -> None:
        super().__init__()
        self.family = family

    def compose(self) -> ComposeResult:
        with Vertical(id="split-dialog"):
            yield Static(t("regroup.split.title", family=label(self.family)), markup=False)
            yield SelectionList[str](*[(c.name, c.name) for c in self.family.children])
            yield Label(t("regroup.split.hint"))

    def action_split(self) -> None:
        chosen = list(self.query_one(SelectionList).selected)
        if chosen:
            self.dismiss(chosen)
        else:
            self.notify(t("regroup.split.none"))

    def action_cancel(self) -> None:
        self.dismiss(None)


class RegroupKeys:
    """Mixed into FamiliesScreen (needs `highlighted()`, `write`, `_add`, `_open_new`,
    `_show_family`, `_open_form`)."""

    _merging: Family | None = None

    # -- a family added twice -------------------------------------------------------------

    def _store_new(self, family: Family | None) -> None:
        if family is None:
            return
        found = self.read_book(lambda book: book.similar_families(family.name, family.children))
        if found is None:
            return
        if not found:
            self._add(family)
            return

        def chosen(choice: str | None) -> None:
            if choice == "open":
                self._open_form(found[0], found[0])
            elif choice == "add":
                self._add(family)
            else:
                self._open_new(family)  # back to the form, nothing written

        self.app.push_screen(SimilarScreen(family, found), chosen)

    # -- merge ----------------------------------------------------------------------------

    def action_merge(self) -> None:
        family = self.highlighted()
        if family is None:
            return
        first = self._merging
        if first is not None and first.id == family.id:
            self._merging = None
            self.notify(t("regroup.merge.stopped"))
            return
        if first is None:
            self._merging = family
            self.notify(t("regroup.merge.pick", family=label(family)), markup=False)
            return
        self._merging = None
        from .confirm import ask_first

        message = t("regroup.merge.confirm", other=label(first), keep=label(family))

        ask_first(
            self,
            message,
            t("regroup.merge.yes"),
            lambda: self._merge(family.id, first.id, label(first)),
        )

    def _merge(self, keep_id: int, other_id: int, other: str) -> None:
        self.write(
            lambda: self.book.merge_families(keep_id, other_id),
            said=lambda kept: t("regroup.merged_app", other=other, keep=label(kept)),
            then=self._show_family,
            group="families-write",
        )

    # -- split ----------------------------------------------------------------------------

    def action_split(self) -> None:
        family = self.highlighted()
        if family is None:
            return
        if len(family.children) < 2:
            self.notify(t("regroup.split.too_few", family=label(family)), markup=False)
            return

        def chosen(children: list[str] | None) -> None:
            if children:
                self._confirm_split(family, children)

        self.app.push_screen(SplitScreen(family), chosen)

    def _confirm_split(self, family: Family, children: list[str]) -> None:
        from .confirm import ask_first

        message = t("regroup.split.confirm", family=label(family), children=", ".join(children))

        ask_first(self, message, t("regroup.split.yes"), lambda: self._split(family.id, children))

    def _split(self, family_id: int, children: list[str]) -> None:
        def said(written: tuple[Family, Family]) -> str:
            kept, new = written
            shared = shared_names([kept, new])
            return t(
                "regroup.split_app",
                kept=family_label(kept, shared),
                new=family_label(new, shared),
            )

        self.write(
            lambda: self.book.split_family(family_id, children),
            said=said,
            then=lambda written: self._show_family(written[1]),
            group="families-write",
        )
