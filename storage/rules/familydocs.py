"""How a stored family document reads, without the records and their dataclasses.

`Family.from_doc` and `Child.to_doc` (storage/records.py) read and write through these
functions, and so does the quick `schoolyard neglected` (tui/cli_neglected.py), which
reads the families into `LightFamily`: one reading of a document, two kinds of object.
"""

from __future__ import annotations

from datetime import date
from typing import Any


def group_label(group: int, last_group: int | None = None) -> str:
    """`5`, or `1/2` and `6/7/8` for a combination group."""
    if not last_group or last_group == group:
        return str(group)
    return "/".join(str(year) for year in range(group, last_group + 1))


def child_values(doc: dict[str, Any]) -> tuple[str, int, int | None, str]:
    """A stored child as (name, group, last_group, student_id): `Child`'s fields in order."""
    return (
        doc.get("name", ""),
        int(doc.get("group", 0)),
        doc.get("last_group"),
        doc.get("student_id", "") or "",
    )


def child_doc(name: str, group: int, last_group: int | None, student_id: str) -> dict:
    """The stored form of a child (`Child.to_doc`)."""
    doc: dict = {"name": name, "group": group}
    if last_group and last_group != group:
        doc["last_group"] = last_group
    if student_id:  # left out when empty: files without numbers stay as they were
        doc["student_id"] = student_id
    return doc


def family_values(doc: dict[str, Any]) -> dict[str, Any]:
    """A stored family's fields but its id and children, as `Family` holds them."""
    first = doc.get("first_contact")
    return {
        "name": doc.get("name", ""),
        "guardians": tuple(doc.get("guardians", [])),
        "language": doc.get("language", "") or "",
        "interpreter": bool(doc.get("interpreter", False)),
        "channel": doc.get("channel", "") or "",
        "first_contact": date.fromisoformat(first) if first else None,
        "active": bool(doc.get("active", True)),
        "tips": doc.get("tips", "") or "",
    }


class LightChild:
    """What the CLI's lines read of a `Child`, as a plain object."""

    __slots__ = ("group", "last_group", "name", "student_id")

    def __init__(self, name: str, group: int, last_group: int | None, student_id: str) -> None:
        self.name, self.group, self.last_group, self.student_id = (
            name,
            group,
            last_group,
            student_id,
        )

    @property
    def group_label(self) -> str:
        return group_label(self.group, self.last_group)

    def to_doc(self) -> dict:
        return child_doc(self.name, self.group, self.last_group, self.student_id)


class LightFamily:
    """A stored family with `Family`'s fields, as a plain object (read-only use)."""

    __slots__ = (
        "active",
        "channel",
        "children",
        "first_contact",
        "guardians",
        "id",
        "interpreter",
        "language",
        "name",
        "tips",
    )

    def __init__(self, doc_id: int, doc: dict[str, Any]) -> None:
        self.id = int(doc_id)
        self.children = tuple(LightChild(*child_values(c)) for c in doc.get("children", []))
        for key, value in family_values(doc).items():
            setattr(self, key, value)
