"""Which family in a colleague's file is which family here: pure, no files.

By the school's student number (leerlingnummer) when both class lists had one; otherwise
by the folded family name plus a child in common (first names folded). A family that
could be several of ours is reported as uncertain, never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache

from storage.records import Family, FamilyStatus
from storage.rules.insights import instant
from storage.rules.matching import fold

BY_STUDENT_ID = "student_id"
BY_NAME = "name"


@dataclass(frozen=True)
class Uncertain:
    """A colleague's family that could be more than one family here (or shares one)."""

    theirs: Family
    candidates: tuple[Family, ...]


@dataclass(frozen=True)
class Matches:
    """`ours[their_id]` is our family's id; `by[their_id]` says how it was matched."""

    ours: dict[int, int]
    by: dict[int, str]
    uncertain: tuple[Uncertain, ...] = ()


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """A family or child name folded, without spaces, hyphens or apostrophes:
    `Yılmaz` = `yilmaz`, `van der Berg` = `Van der berg` = `vanderberg`."""
    return fold(name).replace(" ", "").replace("-", "").replace("'", "")


@lru_cache(maxsize=8192)
def first_name_key(name: str) -> str:
    """A child's first name folded (`Ayşe Nur` and `Ayse` share `ayse`)."""
    words = fold(name).split()
    return name_key(words[0]) if words else ""


def student_ids(family: Family) -> frozenset[str]:
    return frozenset(key for c in family.children if (key := c.student_id.strip().casefold()))


def _children(family: Family) -> frozenset[str]:
    return frozenset(key for c in family.children if (key := first_name_key(c.name)))


def match_families(ours: Sequence[Family], theirs: Iterable[Family]) -> Matches:
    """Match each of a colleague's families to at most one of ours."""
    by_number: dict[str, list[Family]] = {}
    by_name: dict[str, list[Family]] = {}
    for family in ours:
        for number in student_ids(family):
            by_number.setdefault(number, []).append(family)
        by_name.setdefault(name_key(family.name), []).append(family)
    found: dict[int, int] = {}
    how: dict[int, str] = {}
    uncertain: list[Uncertain] = []
    claimed: dict[int, list[Family]] = {}
    for family in theirs:
        numbers = student_ids(family)
        candidates = _unique(f for n in numbers for f in by_number.get(n, ()))
        method = BY_STUDENT_ID
        if not candidates:
            children = _children(family)
            candidates = [
                f
                for f in by_name.get(name_key(family.name), ())
                if children & _children(f)
                # Both lists numbered and no number in common: two families, one name.
                and not (numbers and student_ids(f))
            ]
            candidates = _closest(family, candidates)
            method = BY_NAME
        if len(candidates) > 1:
            uncertain.append(Uncertain(family, tuple(candidates)))
        elif candidates:
            found[family.id] = candidates[0].id
            how[family.id] = method
            claimed.setdefault(candidates[0].id, []).append(family)
    # Two of their families on one of ours: which of them is ours is not certain.
    ours_by_id = {f.id: f for f in ours}
    for our_id, families in claimed.items():
        if len(families) > 1:
            for family in families:
                del found[family.id]
                del how[family.id]
                uncertain.append(Uncertain(family, (ours_by_id[our_id],)))
    return Matches(found, how, tuple(uncertain))


def _closest(family: Family, candidates: list[Family]) -> list[Family]:
    """Of one name's families with a child in common, the one that is clearly closest:
    most children in common, then a guardian in common, then the same groups. A tie
    keeps them all (uncertain)."""
    if len(candidates) < 2:
        return candidates
    children = _children(family)
    guardians = {fold(g) for g in family.guardians}
    groups = {(first_name_key(c.name), c.group) for c in family.children}

    def closeness(f: Family) -> tuple[int, int, int]:
        return (
            len(children & _children(f)),
            len(guardians & {fold(g) for g in f.guardians}),
            len(groups & {(first_name_key(c.name), c.group) for c in f.children}),
        )

    scored = sorted(((closeness(f), f) for f in candidates), key=lambda pair: pair[0])
    best = scored[-1][0]
    return [f for score, f in scored if score == best]


def _unique(families: Iterable[Family]) -> list[Family]:
    seen: dict[int, Family] = {}
    for family in families:
        seen.setdefault(family.id, family)
    return list(seen.values())


# -- the statuses with colleagues' contacts ------------------------------------------------


@dataclass(frozen=True, eq=False)
class Colleague:
    """What one colleague's file holds, as read: her name, families and contact documents."""

    name: str
    families: tuple[Family, ...]
    contact_docs: tuple[dict, ...]


@dataclass(frozen=True)
class Combined:
    """Every family of the view, each colleague contact moved onto our family ids."""

    families: list[Family]
    contact_docs: list[dict]
    latest_positive: dict[int, tuple[datetime, str]]
    """Per family: the latest positive contact a colleague logged, and her name."""
    borrowed: dict[int, int]
    """Per family: how many of `contact_docs` are a colleague's (not counted as ours)."""
    uncertain: list[tuple[str, Uncertain]]
    their_docs: list[dict]
    """The colleagues' documents among `contact_docs` (on our family ids)."""


def combine(
    own: Sequence[Family],
    own_docs: Iterable[dict],
    colleagues: Sequence[Colleague],
    *,
    school: bool = False,
) -> Combined:
    """Our families with the colleagues' positive contacts on them.

    `school`: the school view, every colleague's family too (one per family, merged by
    the match) with all their contacts; otherwise only our own families, and of a
    colleague's contacts only the positive ones count (for "needs a positive contact").
    """
    families = list(own)
    docs: list[dict] = list(own_docs)
    # The latest positive text per family within each UTC offset (text orders times only
    # within one offset); the few winners are compared as real moments at the end.
    by_offset: dict[str, dict[int, tuple[str, str]]] = {}
    borrowed: dict[int, int] = {}
    theirs: list[dict] = []
    uncertain: list[tuple[str, Uncertain]] = []
    next_id = max((f.id for f in own), default=0) + 1
    for colleague in colleagues:
        matches = match_families(families, colleague.families)
        uncertain.extend((colleague.name, u) for u in matches.uncertain)
        ids = dict(matches.ours)
        if school:
            # An uncertain one stays a line of its own (and is reported): never guessed.
            for family in colleague.families:
                if family.id not in ids and family.active:
                    families.append(replace(family, id=next_id))
                    ids[family.id] = next_id
                    next_id += 1
        # One pass over ~20k documents a file: locals bound once, a copy only when the
        # family's id differs between the files.
        find, name = ids.get, colleague.name
        for doc in colleague.contact_docs:
            theirs_id = doc["family"]
            fid = find(theirs_id)
            if fid is None:
                continue
            reached = doc.get("reached", True)
            positive = reached and doc.get("tone", "positive") == "positive"
            if not (school or positive):
                continue
            if fid != theirs_id:
                doc = {**doc, "family": fid}
            docs.append(doc)
            theirs.append(doc)
            if reached:
                borrowed[fid] = borrowed.get(fid, 0) + 1
            if positive:
                at = doc["at"]
                texts = by_offset.get(at[19:])
                if texts is None:
                    texts = by_offset[at[19:]] = {}
                held = texts.get(fid)
                if held is None or at > held[0]:
                    texts[fid] = (at, name)
    latest: dict[int, tuple[datetime, str]] = {}
    for texts in by_offset.values():
        for fid, (text, name) in texts.items():
            at = instant(text)
            if fid not in latest or at > latest[fid][0]:
                latest[fid] = (at, name)
    return Combined(families, docs, latest, borrowed, uncertain, theirs)


def with_colleagues(statuses: Iterable[FamilyStatus], combined: Combined, *, school: bool = False):
    """The statuses `family_statuses` gave on `combined`, saying whose the last positive was."""
    out = []
    for status in statuses:
        fid = status.family.id
        held = combined.latest_positive.get(fid)
        by = held[1] if held is not None and held[0] == status.last_positive else ""
        contacts = status.contacts if school else status.contacts - combined.borrowed.get(fid, 0)
        out.append(replace(status, positive_by=by, contacts=contacts))
    return out
