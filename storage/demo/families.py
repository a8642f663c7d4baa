"""The demo's families: names, guardians, children, languages and how each is in contact.

Part of the demo (storage/demo.py builds it): the names come from storage/demonames.py,
the contacts from storage/democontacts.py. Every draw from `rng` is in a fixed order, so
a seed gives the same class on every machine.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from storage.demo import names as names
from storage.records import Child, Family

CLASS_GROUP = 5
"""A demo of one class (up to 36 families) is groep 5; siblings sit in other groups."""


@dataclass
class Member:
    """A demo family while it is being made: the record plus how it is in contact."""

    family: Family
    pattern: str
    attempts: bool = False
    docs: list[tuple[datetime, dict[str, Any]]] = field(default_factory=list)


def weighted(rng: random.Random, pairs) -> Any:
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights)[0]


def _patterns(rng: random.Random, count: int) -> list[str]:
    """A mix of contact patterns, with every kind the week screen must show present."""
    shares = (
        ("not_met", max(1, round(count * 0.06))),
        ("concern_only", max(1, round(count * 0.05))),
        ("never", max(1, round(count * 0.05))),
        ("daily", round(count * 0.2)),
        ("faded", round(count * 0.08)),
        ("occasional", round(count * 0.2)),
    )
    plan = [pattern for pattern, n in shares for _ in range(n)][:count]
    plan += ["regular"] * (count - len(plan))
    rng.shuffle(plan)
    return plan


def make_families(rng: random.Random, count: int) -> list[Member]:
    patterns = _patterns(rng, count)
    used: set[str] = set()
    one_class = count <= 36
    members = []
    not_met_seen = 0
    for index in range(count):
        if index < len(names.HEADLINERS):
            key, surname = names.HEADLINERS[index]
            background = names.BY_KEY[key]
        else:
            background = weighted(rng, ((b, b.weight) for b in names.BACKGROUNDS))
            surname = _fresh_surname(rng, background, used)
        used.add(surname)
        family = _make_family(rng, index + 1, background, surname, one_class)
        if surname in names.NEED_INTERPRETER and index < len(names.HEADLINERS):
            family = replace(
                family, interpreter=True, tips=family.tips or names.TIPS_INTERPRETER[0]
            )
        pattern = patterns[index]
        if pattern == "daily" and rng.random() < 0.3:
            family = replace(family, channel="persoonlijk")
        member = Member(family, pattern)
        if pattern == "not_met":
            member.attempts = not_met_seen % 2 == 0
            not_met_seen += 1
        members.append(member)
    return members


def _fresh_surname(rng: random.Random, background: names.Background, used: set[str]) -> str:
    free = [s for s in background.surnames if s not in used]
    if free:
        return rng.choice(free)
    if background.key == "dutch":
        first, second = rng.sample(background.surnames, 2)
        return f"{first}-{second}"
    return rng.choice(background.surnames)  # a second Nguyễn family is no surprise


def _make_family(
    rng: random.Random, family_id: int, bg: names.Background, surname: str, one_class: bool
) -> Family:
    kind = weighted(
        rng,
        (("two", 45), ("own_name", 20), ("mother", 18), ("father", 5), ("grand", 7), ("homes", 5)),
    )
    if surname == "Wiśniewski":
        kind = "mother"  # so the demo always holds a Wiśniewska

    def person(first: str, last: str) -> str:
        return f"{last} {first}" if bg.surname_first else f"{first} {last}"

    mother_name = names.female_surname(surname) if bg.gendered else surname
    mother = person(rng.choice(bg.mothers), mother_name)
    father = person(rng.choice(bg.fathers), surname)
    if kind == "own_name":
        other = rng.choice([s for s in bg.surnames if s != surname] or [surname])
        guardians = [person(rng.choice(bg.mothers), other), father]
    elif kind == "mother":
        guardians = [mother]
    elif kind == "father":
        guardians = [father]
    elif kind == "grand":
        role = rng.choice(names.GRANDPARENT.get(bg.key, ("oma", "opa")))
        elder = rng.choice(bg.mothers if role == "oma" else bg.fathers)
        guardians = [rng.choice([mother, father]), f"{person(elder, surname)} ({role})"]
    else:
        guardians = [mother, father]
    display = mother_name if kind == "mother" else surname

    count = weighted(rng, ((1, 45), (2, 40), (3, 13), (4, 2)))
    groups = list(range(1, 9))
    first_group = CLASS_GROUP if one_class else rng.choice(groups)
    groups.remove(first_group)
    child_groups = [first_group, *rng.sample(groups, count - 1)]
    pool = list(bg.girls + bg.boys)
    children = tuple(
        Child(name, group)
        for name, group in zip(rng.sample(pool, count), child_groups, strict=True)
    )

    language = weighted(rng, bg.languages)
    interpreter = language != "Nederlands" and rng.random() < bg.interpreter
    channel = weighted(rng, bg.channels)
    tips = []
    if interpreter:
        tips.append(rng.choice(names.TIPS_INTERPRETER))
        if rng.random() < 0.3:
            tips.append(names.TIP_NEWCOMER)
    if language == "Engels":
        tips.append(names.TIP_ENGLISH)
    if channel == "telefoon" and rng.random() < 0.4:
        tips.append(names.TIP_PHONE)
    if kind == "homes":
        tips.append(names.TIP_TWO_HOMES)
    if not tips and rng.random() < 0.3:
        tips.append(rng.choice(names.TIPS_GENERAL))
    return Family(
        id=family_id,
        name=display,
        children=children,
        guardians=tuple(guardians),
        language=language,
        interpreter=interpreter,
        channel=channel,
        tips=" ".join(tips),
    )
