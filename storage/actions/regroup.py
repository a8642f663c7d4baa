"""Two families that are one, one family that is two, and a family typed in twice.

A class list without guardians cannot tell Sanne's de Vries from Lucas's; the teacher
can. `merge_families` and `split_family` are one locked write each. Neither is undone by
`undo` (its entries hold one contact or one family's fields); each is the other's way
back. The undo entry that names a merged-away family is dropped, as `forget` does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from storage.engine.tables import CONTACTS, FAMILIES, PLANS, UNDO, BookTables, replace_with
from storage.records import Child, Family
from storage.rules.matching import fold
from storage.rules.refusals import Refused


def similar_families(
    families: Sequence[Family], name: str, children: Sequence[Child] = ()
) -> list[Family]:
    """Families (archived too) with this surname, those with a child in common first.

    The family form warns with these before a family added by hand is saved twice.
    """
    key = fold(" ".join(name.split()))
    if not key:
        return []
    typed = {fold(child.name) for child in children}
    same = [family for family in families if fold(family.name) == key]
    return sorted(same, key=lambda f: (not typed & {fold(c.name) for c in f.children}, f.id))


class RegroupActions(BookTables):
    def similar_families(self, name: str, children: Sequence[Child] = ()) -> list[Family]:
        """See `similar_families`: the families this one may already be."""
        return similar_families(self.families(include_archived=True), name, children)  # type: ignore[attr-defined]

    def merge_families(self, keep_id: int, other_id: int) -> Family:
        """Make `other_id` part of `keep_id`: its children, guardians, contacts and plans
        move over, empty fields are filled from it, the earlier first contact is kept; one
        write. Returns the family kept."""
        if int(keep_id) == int(other_id):
            raise Refused("regroup.same_family", "That is one and the same family.")
        with self._change():
            keep = Family.from_doc(keep_id, self._family_doc(keep_id))  # type: ignore[attr-defined]
            other = Family.from_doc(other_id, self._family_doc(other_id))  # type: ignore[attr-defined]
            known = {fold(child.name) for child in keep.children}
            children = keep.children + tuple(
                child for child in other.children if fold(child.name) not in known
            )
            guardians = {fold(g): g for g in (*keep.guardians, *other.guardians)}
            firsts = [day for day in (keep.first_contact, other.first_contact) if day]
            merged = replace(
                keep,
                children=children,
                guardians=tuple(guardians.values()),
                language=keep.language or other.language,
                interpreter=keep.interpreter or other.interpreter,
                channel=keep.channel or other.channel,
                first_contact=min(firsts) if firsts else None,
                active=keep.active or other.active,
                tips="\n".join(tip for tip in (keep.tips, other.tips) if tip),
            )
            families = self._table(FAMILIES)
            before = dict(families.get(doc_id=keep.id) or {})
            families.update(replace_with({**before, **merged.to_doc()}), doc_ids=[keep.id])
            families.remove(doc_ids=[other.id])
            of_other = self._where("family") == other.id
            self._table(CONTACTS).update({"family": keep.id}, of_other)
            plans = self._table(PLANS)
            weeks = {d["week"] for d in plans.search(self._where("family") == keep.id)}
            for plan in plans.search(of_other):
                if plan["week"] in weeks:
                    plans.remove(doc_ids=[plan.doc_id])
            plans.update({"family": keep.id}, of_other)
            self._drop(UNDO)
        return merged

    def split_family(self, family_id: int, children: Sequence[str]) -> tuple[Family, Family]:
        """Move these children (names, matched folded) into a new family of the same name;
        contacts stay with the family as it was. One write. Returns (kept, new)."""
        wanted = {fold(name) for name in children if name.strip()}
        with self._change():
            family = Family.from_doc(family_id, self._family_doc(family_id))  # type: ignore[attr-defined]
            moving = tuple(c for c in family.children if fold(c.name) in wanted)
            staying = tuple(c for c in family.children if fold(c.name) not in wanted)
            if not moving or len(moving) != len(wanted):
                raise Refused(
                    "regroup.no_such_child",
                    "Name children of this family to move to a new one.",
                    family=family.name,
                    children=family.child_names or "—",
                )
            if not staying:
                raise Refused(
                    "regroup.nobody_stays",
                    "At least one child stays in the family.",
                    family=family.name,
                )
            new = Family(
                id=self._next_family_id(),  # type: ignore[attr-defined]
                name=family.name,
                children=moving,
                language=family.language,
                interpreter=family.interpreter,
                channel=family.channel,
            )
            kept = replace(family, children=staying)
            families = self._table(FAMILIES)
            before = dict(families.get(doc_id=family.id) or {})
            families.update(replace_with({**before, **kept.to_doc()}), doc_ids=[family.id])
            families.insert(self._doc(new.to_doc(), new.id))
        return kept, new
