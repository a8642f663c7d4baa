"""How a family is named on screen: `de Jong (Lucas)` where two families share a name.

Built here once for Today's contacts, History, the week and the Families screen.
Names are compared folded (`De Jong` and `de Jong` are the same name to a teacher).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from storage import Family
from storage.rules.matching import fold


def shared_names(families: Iterable[Family]) -> set[str]:
    """The folded names more than one of these families has."""
    counts = Counter(fold(family.name) for family in families)
    return {name for name, count in counts.items() if count > 1}


def family_label(family: Family, shared: set[str]) -> str:
    """`Øyen`, or `de Jong (Lucas)` when its name is in `shared` and it has children."""
    if family.children and fold(family.name) in shared:
        return f"{family.name} ({family.child_names})"
    return family.name


def family_labels(families: Iterable[Family]) -> dict[int, str]:
    """Each family's label by id, told apart within `families`."""
    families = list(families)
    shared = shared_names(families)
    return {family.id: family_label(family, shared) for family in families}
