"""The class-list merge as it was before it was made linear (quadratic), kept as the reference.

The differential tests in test_classmerge.py check that storage/classmerge.py, linear
now, still gives what this gave for any list and book.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from storage.records import Child, Family
from storage.rules.matching import fold

if TYPE_CHECKING:
    from storage.classlists.classlist import ClassRow


@dataclass(frozen=True)
class ImportResult:
    """How many families an import added, changed and found as they were."""

    added: int
    updated: int
    unchanged: int


def guardian_key(guardians: Iterable[str]) -> frozenset[str]:
    """Guardians as a set of folded names: order and accents do not make another family."""
    return frozenset(fold(g) for g in guardians if fold(g))


@dataclass
class _Listed:
    """The rows of one family on the list."""

    name: str
    children: dict[str, Child]
    guardians: list[str]
    language: str = ""
    channel: str = ""


def family_rows(rows: Iterable[ClassRow]) -> list[list[ClassRow]]:
    """The rows of each family on the list, in the order the list has them.

    One family: the same folded name, and a guardian in common (or no guardians on
    either row). Without a guardians column the name alone decides, so the siblings
    Öztürk in groep 3 and 5 are one family; "Ilse Mulder" on one row and "Ilse Mulder;
    Pieter Mulder" on the next are one family too, and two de Jong families with
    different guardians stay two.
    """
    groups: list[tuple[str, set[str], list[ClassRow]]] = []
    for row in rows:
        name, guardians = fold(row.family), set(guardian_key(row.guardians))
        hits = [
            group
            for group in groups
            if group[0] == name and (group[1] & guardians or not (group[1] or guardians))
        ]
        if not hits:
            groups.append((name, guardians, [row]))
            continue
        into = hits[0]
        for other in hits[1:]:  # a row whose guardians join two groups makes them one
            into[1].update(other[1])
            into[2].extend(other[2])
            groups.remove(other)
        into[1].update(guardians)
        into[2].append(row)
    families = [sorted(group[2], key=lambda r: r.line) for group in groups]
    return sorted(families, key=lambda family: family[0].line)


def _group_rows(rows: Sequence[ClassRow]) -> list[_Listed]:
    """Each family on the list with its children and the first filled-in details."""
    listed = []
    for family in family_rows(rows):
        guardians: dict[str, str] = {}
        children: dict[str, Child] = {}
        for row in family:
            children.setdefault(fold(row.child), Child(row.child, row.group))
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
    return listed


def _match(listed: _Listed, candidates: list[Family]) -> Family | None:
    """The family already in the book that these rows describe, if any.

    Same folded name and a child in common; else same folded name and a guardian in
    common. Another family with the same surname is someone else.
    """
    name = fold(listed.name)
    same_name = [f for f in candidates if fold(f.name) == name]
    children = set(listed.children)

    def shared_children(family: Family) -> int:
        return len(children & {fold(c.name) for c in family.children})

    by_child = [f for f in same_name if shared_children(f)]
    if by_child:
        return max(by_child, key=lambda f: (shared_children(f), f.active, -f.id))
    guardians = guardian_key(listed.guardians)
    by_guardian = [f for f in same_name if guardians & guardian_key(f.guardians)]
    if by_guardian:
        return max(by_guardian, key=lambda f: (f.active, -f.id))
    return None


def _split(listed: _Listed, pool: Sequence[Family]) -> list[_Listed]:
    """Rows of one name whose children the book knows in different families, split.

    A list without guardians cannot tell two de Jong families apart, but the book can:
    Lucas's rows go to Lucas's family, Noor's to Noor's, and a child neither family has
    becomes a new family rather than a guess.
    """
    name = fold(listed.name)
    owners: dict[int, list[str]] = {}
    unknown: list[str] = []
    for key in listed.children:
        owner = next(
            (
                f.id
                for f in pool
                if fold(f.name) == name and key in {fold(c.name) for c in f.children}
            ),
            None,
        )
        if owner is None:
            unknown.append(key)
        else:
            owners.setdefault(owner, []).append(key)
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
            if known.group != child.group:
                children[index[key]] = Child(known.name, child.group)
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


def merge_class_list(
    existing: Sequence[Family], rows: Sequence[ClassRow], next_id: int
) -> tuple[list[Family], ImportResult]:
    """The families to write (new and changed) and the counts; pure, for one write."""
    pool = list(existing)
    changed: list[Family] = []
    added = updated = unchanged = 0
    for listed in (part for rows_of_one in _group_rows(rows) for part in _split(rows_of_one, pool)):
        family = _match(listed, pool)
        if family is None:
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
        # One family on file is matched by one family on the list at most.
        pool.remove(family)
        new = _updated(family, listed)
        if new == family:
            unchanged += 1
        else:
            changed.append(new)
            updated += 1
    return changed, ImportResult(added=added, updated=updated, unchanged=unchanged)
