"""A form's change merged with the record as it is now: which fields clash.

A form sends only the fields the teacher changed, with the record as it showed it
(`base`). Inside the lock the record is read again: a changed field that was also
changed elsewhere since, and not to the same value, is a conflict the teacher decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class FieldConflict(ValueError):
    """Fields the teacher changed were changed elsewhere since her form opened.

    `fields` names them (the record's field names); `current` is the record as stored now.
    """

    def __init__(self, fields: Sequence[str], current: Any) -> None:
        super().__init__(", ".join(fields))
        self.fields = tuple(fields)
        self.current = current


def clashes(
    fields: Sequence[str], changes: Mapping[str, object], current: object, base: object
) -> list[str]:
    """The changed fields, in `fields` order, that `current` has other than `base` had."""
    return [
        f
        for f in fields
        if f in changes
        and getattr(current, f) != getattr(base, f)
        and getattr(current, f) != changes[f]
    ]


def known_changes(fields: Sequence[str], changes: Mapping[str, object], record: str) -> dict:
    """`changes` as a new dict; ValueError if it names a field the `record` has not."""
    unknown = set(changes) - set(fields)
    if unknown:
        raise ValueError(f"not a {record} field: {', '.join(sorted(unknown))}")
    return dict(changes)


def refuse_clashes(
    conflict: type[FieldConflict],
    fields: Sequence[str],
    changes: Mapping[str, object],
    current: object,
    base: object,
) -> None:
    """Raise `conflict` with the fields that clash (see `clashes`), if there are any."""
    clashing = clashes(fields, changes, current, base)
    if clashing:
        raise conflict(clashing, current)
