"""How a class list's rows become families in the book, without duplicates.

Pure functions over records. `prepare_class_list` groups the rows into families before
the lock is taken; `ContactBook.import_families` then runs only `merge_class_list`
inside its one locked write. Rows of one folded family name and the same guardians are
one family; a family already in the book is found by its name plus a child in common,
else its name plus a guardian in common; a family with the same surname and neither is
new. Updates add children, change groups and fill fields that are still empty; what the
teacher typed in the app is kept, and an archived family on the list is active again.

Every step is linear in the rows and the families on file: look-ups go through
indexes keyed by folded name and child or guardian, never a scan of all families per
row (a 5,000-row re-import took 22 s that way, under the lock).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from storage.records import Child, Family
from storage.rules import matching

if TYPE_CHECKING:
    from storage.classlists.classlist import ClassRow


# An import folds each name several times (reading, grouping, matching): remembered, a
# 5,000-row list folds in a tenth of the time. Bounded, so a long-running app keeps
# no more than a big school's names.
fold = lru_cache(maxsize=1 << 16)(matching.fold)


@dataclass(frozen=True)
class ImportResult:
    """How many families an import added, changed and found as they were."""

    added: int
    updated: int
    unchanged: int
    merged_by_name: tuple[int, ...] = field(default=(), compare=False)
    """New families made of several children by their surname alone (no guardians on the
    list): Sanne and Lucas de Vries may be two families (`split_family`)."""
    possible_siblings: tuple[tuple[int, ...], ...] = field(default=(), compare=False)
    """Ids of families of one surname, one of them new and listed without guardians:
    perhaps one family (`merge_families`), perhaps not."""


def guardian_key(guardians: Iterable[str]) -> frozenset[str]:
    """Guardians as a set of folded names: order and accents do not make another family."""
    return frozenset(key for key in map(fold, guardians) if key)


@dataclass
class _Listed:
    """The rows of one family on the list."""

    name: str
    children: dict[str, Child]
    guardians: list[str]
    language: str = ""
    channel: str = ""


@dataclass(frozen=True)
class PreparedList:
    """A class list grouped into families: everything of an import that needs no book."""

    families: tuple[_Listed, ...]


def family_rows(rows: Iterable[ClassRow]) -> list[list[ClassRow]]:
    """The rows of each family on the list, in the order the list has them.

    One family: the same folded name, and a guardian in common (or no guardians on
    either row). Without a guardians column the name alone decides, so the siblings
    Öztürk in groep 3 and 5 are one family — not silently: the import names such
    families (`ImportResult.merged_by_name`) and `split_family` takes them apart.
    "Ilse Mulder" on one row and "Ilse Mulder; Pieter Mulder" on the next are one
    family, and two de Jong families with different guardians stay two. A row whose
    guardians join two families makes them one.
    """
    rows = list(rows)
    # Union-find over the rows: a row joins the first row with its name and a guardian
    # (or with its name and no guardians), so families are the connected rows.
    parent = list(range(len(rows)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    first: dict[tuple[str, str], int] = {}
    for index, row in enumerate(rows):
        name = fold(row.family)
        # "" is never a folded guardian, so it stands for "no guardians".
        for guardian in guardian_key(row.guardians) or ("",):
            other = first.setdefault((name, guardian), index)
            if other != index:
                parent[root(other)] = root(index)
    families: dict[int, list[ClassRow]] = {}
    for index, row in enumerate(rows):
        families.setdefault(root(index), []).append(row)
    ordered = [sorted(family, key=lambda r: r.line) for family in families.values()]
    return sorted(ordered, key=lambda family: family[0].line)


def prepare_class_list(rows: Sequence[ClassRow]) -> PreparedList:
    """Each family on the list with its children and the first filled-in details."""
    listed = []
    for family in family_rows(rows):
        guardians: dict[str, str] = {}
        children: dict[str, Child] = {}
        for row in family:
            children.setdefault(
                fold(row.child), Child(row.child, row.group, row.last_group, row.student_id)
            )
            for name in row.guardians:
                guardians.setdefault(fold(name), name)
        listed.append(
            _Listed(
                name=family[0].family,
                children=children,
                guardians=list(guardians.values()),
                language=next((r.language for r in family if r.language), ""),
                channel=next((r.channel for r in family if r.channel), ""),
            )
        )
    return PreparedList(tuple(listed))


class _Pool:
    """The families on file that no family on the list has matched yet, indexed.

    Families are known by their place on file (`spot`), which also breaks ties the way
    a scan in file order would. Each index lists spots in file order; matched families
    are dropped from a list the next time it is read.
    """

    def __init__(self, families: Sequence[Family]):
        self.families = list(families)
        self.free = set(range(len(self.families)))
        self._by_child: dict[tuple[str, str], list[int]] = {}
        self._by_guardian: dict[tuple[str, str], list[int]] = {}
        for spot, family in enumerate(self.families):
            name = fold(family.name)
            for child in {fold(c.name) for c in family.children}:
                self._by_child.setdefault((name, child), []).append(spot)
            for guardian in guardian_key(family.guardians):
                self._by_guardian.setdefault((name, guardian), []).append(spot)

    @staticmethod
    def _free(index: dict[tuple[str, str], list[int]], key: tuple[str, str], free: set[int]):
        spots = index.get(key)
        if not spots:
            return ()
        unmatched = [spot for spot in spots if spot in free]
        if len(unmatched) != len(spots):
            index[key] = unmatched
        return unmatched

    def with_child(self, name: str, child: str) -> Sequence[int]:
        """Spots of the unmatched families called `name` with a child `child` (folded)."""
        return self._free(self._by_child, (name, child), self.free)

    def with_guardian(self, name: str, guardian: str) -> Sequence[int]:
        return self._free(self._by_guardian, (name, guardian), self.free)

    def take(self, spot: int) -> Family:
        """The family at `spot`, matched now: one family on the list at most matches it."""
        self.free.remove(spot)
        return self.families[spot]


def _match(listed: _Listed, pool: _Pool) -> int | None:
    """The spot of the family already in the book that these rows describe, if any.

    Same folded name and a child in common (the most children in common wins); else
    same folded name and a guardian in common. Then an active family before an
    archived one, and the oldest. Another family with the same surname is someone else.
    """
    name = fold(listed.name)
    family = pool.families
    shared: dict[int, int] = {}
    for child in listed.children:
        for spot in pool.with_child(name, child):
            shared[spot] = shared.get(spot, 0) + 1
    if shared:
        return max(sorted(shared), key=lambda s: (shared[s], family[s].active, -family[s].id))
    by_guardian = {
        spot
        for guardian in guardian_key(listed.guardians)
        for spot in pool.with_guardian(name, guardian)
    }
    if by_guardian:
        return max(sorted(by_guardian), key=lambda s: (family[s].active, -family[s].id))
    return None


def _split(listed: _Listed, pool: _Pool) -> list[_Listed]:
    """Rows of one name whose children the book knows in different families, split.

    A list without guardians cannot tell two de Jong families apart, but the book can:
    Lucas's rows go to Lucas's family, Noor's to Noor's, and a child neither family has
    becomes a new family rather than a guess.
    """
    name = fold(listed.name)
    owners: dict[int, list[str]] = {}
    unknown: list[str] = []
    for key in listed.children:
        spots = pool.with_child(name, key)
        if spots:
            owners.setdefault(spots[0], []).append(key)
        else:
            unknown.append(key)
    if len(owners) < 2:
        return [listed]
    parts = [*owners.values(), unknown] if unknown else list(owners.values())
    return [replace(listed, children={key: listed.children[key] for key in keys}) for keys in parts]


def _updated(family: Family, listed: _Listed) -> Family:
    """The family with what the list adds: children, groups, and fields still empty.

    What the teacher typed in the app is kept; children not on this list stay (a
    sibling may be in another class). An archived family on the list is back in class.
    """
    children = list(family.children)
    index = {fold(c.name): i for i, c in enumerate(children)}
    for key, child in listed.children.items():
        if key in index:
            known = children[index[key]]
            student_id = child.student_id or known.student_id
            if (known.group, known.last_group, known.student_id) != (
                child.group,
                child.last_group,
                student_id,
            ):
                children[index[key]] = Child(known.name, child.group, child.last_group, student_id)
        else:
            children.append(child)
    return replace(
        family,
        children=tuple(children),
        guardians=family.guardians or tuple(listed.guardians),
        language=family.language or listed.language,
        channel=family.channel or listed.channel,
        active=True,
    )


def _parts(prepared: PreparedList, pool: _Pool) -> Iterator[_Listed]:
    # Lazy on purpose: each family on the list is split against the pool as the
    # families before it have left it.
    for listed in prepared.families:
        yield from _split(listed, pool)


def merge_class_list(
    existing: Sequence[Family], rows: PreparedList | Sequence[ClassRow], next_id: int
) -> tuple[list[Family], ImportResult]:
    """The families to write (new and changed) and the counts; pure, for one write."""
    prepared = rows if isinstance(rows, PreparedList) else prepare_class_list(rows)
    pool = _Pool(existing)
    changed: list[Family] = []
    made: list[tuple[_Listed, int]] = []
    added = updated = unchanged = 0
    for listed in _parts(prepared, pool):
        spot = _match(listed, pool)
        if spot is None:
            made.append((listed, next_id))
            changed.append(
                Family(
                    id=next_id,
                    name=listed.name,
                    children=tuple(listed.children.values()),
                    guardians=tuple(listed.guardians),
                    language=listed.language,
                    channel=listed.channel,
                )
            )
            next_id += 1
            added += 1
            continue
        family = pool.take(spot)
        new = _updated(family, listed)
        if new == family:
            unchanged += 1
        else:
            changed.append(new)
            updated += 1
    unsure = [(listed, i) for listed, i in made if not listed.guardians]
    return changed, ImportResult(
        added,
        updated,
        unchanged,
        merged_by_name=tuple(i for listed, i in unsure if len(listed.children) > 1),
        possible_siblings=_possible_siblings(existing, unsure),
    )


def _possible_siblings(
    existing: Sequence[Family], unsure: Sequence[tuple[_Listed, int]]
) -> tuple[tuple[int, ...], ...]:
    """New families listed without guardians that share a surname with another family."""
    names = {fold(listed.name) for listed, _ in unsure}
    named: dict[str, list[int]] = {}
    for family in existing:
        if family.active and fold(family.name) in names:
            named.setdefault(fold(family.name), []).append(family.id)
    for listed, family_id in unsure:
        named.setdefault(fold(listed.name), []).append(family_id)
    return tuple(tuple(sorted(ids)) for ids in named.values() if len(ids) > 1)
