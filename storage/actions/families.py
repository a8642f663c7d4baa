"""Families: list, find, add, edit, archive, forget, and the class-list merge."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from storage.actions.logdocs import UnknownFamily
from storage.actions.merge import FieldConflict, known_changes, refuse_clashes
from storage.engine.tables import (
    CONTACTS,
    FAMILIES,
    PLANS,
    SETTINGS,
    SETTINGS_ID,
    UNDO,
    UNDO_ID,
    BookTables,
    replace_with,
)
from storage.records import Family
from storage.rules import matching
from storage.rules.safetext import clean, clean_family

if TYPE_CHECKING:
    from storage.actions.contacts import Undone
    from storage.classlists.classlist import ClassRow
    from storage.classlists.classmerge import ImportResult


class FamilyConflict(FieldConflict):
    """Family fields changed elsewhere since the form opened; `current`: the family now."""


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


class FamilyActions(BookTables):
    def _all_families(self) -> list[Family]:
        """Every family, archived too, sorted by folded name; kept per file version."""

        def make() -> list[Family]:
            items = [Family.from_doc(d.doc_id, d) for d in self._table(FAMILIES)]
            return sorted(items, key=lambda f: (matching.fold(f.name), f.id))

        return self._memoized("families", make)

    def families(self, *, include_archived: bool = False) -> list[Family]:
        items = self._all_families()
        return list(items) if include_archived else [f for f in items if f.active]

    def family(self, family_id: int) -> Family:
        return Family.from_doc(family_id, self._family_doc(family_id))

    def find_families(self, query: str, *, include_archived: bool = True) -> list[Family]:
        """What a FAMILY argument means: one family, several (ambiguous) or none."""
        return matching.find(query, self.families(include_archived=include_archived))

    def search(self, query: str, *, include_archived: bool = False) -> list[Family]:
        """Families matching typed letters, best first (the TUI's search box)."""
        names: dict[int, tuple[str, ...]] = self._memoized("search keys", dict)
        # Folded once per version of the file, not at every key typed in a search box.
        return matching.rank(
            query,
            self.families(include_archived=include_archived),
            lambda f: names.get(f.id) or names.setdefault(f.id, matching.search_keys(f)),
        )

    def _family_doc(self, family_id: int) -> dict[str, Any]:
        doc = self._table(FAMILIES).get(doc_id=int(family_id))
        if doc is None:
            raise UnknownFamily(family_id)
        return doc

    def _next_family_id(self) -> int:
        """Never the id of a forgotten family: summary pseudonyms are keyed by family id."""
        settings = self._table(SETTINGS).get(doc_id=SETTINGS_ID) or {}
        highest = max((d.doc_id for d in self._table(FAMILIES)), default=0)
        return max(highest, int(settings.get("last_family_id", 0))) + 1

    def add_family(self, draft: Family) -> Family:
        """Add `draft` (`Family.new(…)`, or a form's) as a new family; the book gives its id.

        The record is passed whole: a new field of Family needs nothing here.
        """
        name = " ".join(clean(draft.name).split())
        if not name:
            raise ValueError("a family needs a name")
        with self._change():
            family = replace(
                draft,
                id=self._next_family_id(),
                name=name,
                children=tuple(draft.children),
                guardians=tuple(draft.guardians),
            )
            family = clean_family(family)
            self._table(FAMILIES).insert(self._doc(family.to_doc(), family.id))
        return family

    def update_family(self, family: Family) -> Family:
        family = clean_family(family)
        if not " ".join(family.name.split()):
            raise ValueError("a family needs a name")
        family = replace(family, name=" ".join(family.name.split()))
        with self._change():
            self._family_doc(family.id)
            self._table(FAMILIES).update(family.to_doc(), doc_ids=[family.id])
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
        changes = known_changes(FAMILY_FIELDS, changes, "family")
        if "name" in changes:
            changes["name"] = " ".join(clean(str(changes["name"])).split())
            if not changes["name"]:
                raise ValueError("a family needs a name")
        now = self.family(family_id)
        if all(getattr(now, f) == v for f, v in changes.items()):
            return now  # nothing to change: no write, the file stays byte for byte the same
        with self._change():
            before = dict(self._family_doc(family_id))
            current = Family.from_doc(family_id, before)
            if base is not None and not force:
                refuse_clashes(FamilyConflict, FAMILY_FIELDS, changes, current, base)
            family = clean_family(replace(current, **changes))  # type: ignore[arg-type]
            after = {**before, **family.to_doc()}
            changed = [k for k in FAMILY_FIELDS if before.get(k) != after.get(k)]
            self._table(FAMILIES).update(after, doc_ids=[family_id])
            self._set_family_undo("family_edit", family_id, before, changed)
        return family

    def _set_family_undo(
        self, action: str, family_id: int, before: dict[str, Any], changed: Iterable[str]
    ) -> None:
        """The undo entry of a family change: the changed fields as they were."""
        changed = list(changed)
        entry = {
            "action": action,
            "family": family_id,
            "fields": {k: before[k] for k in changed if k in before},
            "absent": [k for k in changed if k not in before],
        }
        undo = self._table(UNDO)
        undo.truncate()
        undo.insert(self._doc(entry, UNDO_ID))

    def _undo_family(self, entry: dict[str, Any]) -> Undone:
        """Put a family's changed fields back (inside `undo`'s change)."""
        from storage.actions.contacts import Undone  # noqa: F811 (contacts.py imports this module)

        family_id = int(entry["family"])
        self._drop(UNDO)
        families = self._table(FAMILIES)
        doc = families.get(doc_id=family_id)
        if doc is None:  # forgotten meanwhile: nothing to put back
            return Undone(entry["action"], (), ())
        doc = {**doc, **entry.get("fields", {})}
        for key in entry.get("absent", []):
            doc.pop(key, None)
        families.update(replace_with(doc), doc_ids=[family_id])
        return Undone(entry["action"], (), (Family.from_doc(family_id, doc),))

    def set_active(self, family_id: int, active: bool) -> Family:
        """Archive or bring back a family; undo (`archive`/`unarchive`) takes it back."""
        with self._change():
            before = dict(self._family_doc(family_id))
            self._table(FAMILIES).update({"active": active}, doc_ids=[int(family_id)])
            action = "unarchive" if active else "archive"
            self._set_family_undo(action, family_id, before, ["active"])
            doc = self._family_doc(family_id)
        return Family.from_doc(family_id, doc)

    def forget(self, family_id: int) -> tuple[Family, int]:
        """Erase a family and every contact, plan and undo entry that names it."""
        with self._change():
            family = Family.from_doc(family_id, self._family_doc(family_id))
            last_id = max(self._next_family_id() - 1, family_id)
            self._table(SETTINGS).upsert(self._doc({"last_family_id": last_id}, SETTINGS_ID))
            self._table(FAMILIES).remove(doc_ids=[family_id])
            named = self._where("family") == family_id
            gone = self._table(CONTACTS).remove(named)
            self._table(PLANS).remove(named)
            # An undo entry may hold the family's contacts or name: drop it, it is not erasure-safe.
            self._drop(UNDO)
            self._forget_in_exports(family)  # type: ignore[attr-defined]
        return family, len(gone)

    def import_families(self, rows: Sequence[ClassRow]) -> ImportResult:
        """Add or update the families of a class list in one write; never duplicates.

        The matching rules live in storage/classmerge.py (`merge_class_list`). The
        rows are grouped into families before the lock: it is held for the merge with
        the families as they are now and the write, nothing else.
        """
        from storage.classlists.classmerge import merge_class_list, prepare_class_list

        prepared = prepare_class_list(rows)
        with self._change():
            table = self._table(FAMILIES)
            before = {d.doc_id: d for d in table}
            existing = [Family.from_doc(doc_id, d) for doc_id, d in before.items()]
            changed, result = merge_class_list(existing, prepared, self._next_family_id())
            # Two passes over the table whatever the class size (one update a family would
            # be quadratic). Fields this version does not know are kept.
            table.remove(doc_ids=[f.id for f in changed if f.id in before])
            table.insert_multiple(
                self._doc({**before.get(f.id, {}), **clean_family(f).to_doc()}, f.id)
                for f in changed
            )
        return result
