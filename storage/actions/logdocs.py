"""Logging contacts on documents: the one write `ContactBook.log_batch` and `QuickLog` share.

Nothing here imports the records or their dataclasses: `schoolyard log` (tui/cli_quick.py)
logs a plain contact through `QuickLog` with the engine, these functions and the words of
storage/rules/words.py only. Its lock, fresh read, daily backup, undo entry and atomic
write are the ContactBook's own, because both run `insert_logs`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from storage.engine import siblings
from storage.engine.tables import CONTACTS, FAMILIES, UNDO, UNDO_ID, BookTables
from storage.rules.safetext import clean
from storage.rules.words import contact_fields


class UnknownFamily(LookupError):
    """No family has that id (any more)."""


def free_ids(table: Any, count: int) -> list[int]:
    """`count` unused ids from len(table) + 1 up: without TinyDB's max over every id.

    Ids are dense (a deletion is the only hole), so the first try is nearly always free;
    `contains` is a dict look-up, and TinyDB still refuses an id that exists.
    """
    found: list[int] = []
    candidate = len(table) + 1
    while len(found) < count:
        if not table.contains(doc_id=candidate):
            found.append(candidate)
        candidate += 1
    return found


def set_undo(book: BookTables, entry: dict[str, Any]) -> None:
    """Make `entry` the one thing undo takes back (inside a change)."""
    undo = book._table(UNDO)
    undo.truncate()
    undo.insert(book._doc(entry, UNDO_ID))


def insert_logs(book: BookTables, family_ids: Iterable[int], doc: dict) -> list[int]:
    """Log `doc` (its `family` set per family) with each family in one change; the new ids.

    The earliest reached contact becomes a family's first contact (the kennismaking)
    unless one was set earlier; undo takes the whole log back. UnknownFamily, before
    anything is written, when a family is not there (any more).
    """
    ids = list(dict.fromkeys(int(f) for f in family_ids))
    if not ids:
        raise ValueError("no family chosen")
    reached = doc.get("reached", True)
    day = doc["at"][:10]
    first_set: dict[str, str | None] = {}
    with book._change():
        families = book._table(FAMILIES)
        docs = []
        for family_id in ids:
            family = families.get(doc_id=family_id)
            if family is None:
                raise UnknownFamily(family_id)
            docs.append({**doc, "family": family_id})
            first = family.get("first_contact")
            if reached and (not first or day < first):
                families.update({"first_contact": day}, doc_ids=[family_id])
                first_set[str(family_id)] = first
        contacts = book._appending_table(CONTACTS)
        new_ids = free_ids(contacts, len(docs))
        contacts.insert_multiple(book._doc(d, str(i)) for d, i in zip(docs, new_ids, strict=True))
        set_undo(book, {"action": "log", "ids": new_ids, "first_set": first_set})
    return new_ids


class QuickLog(BookTables):
    """A book that logs one plain contact on documents, for `schoolyard log`.

    The CLI finds the family in `family_docs()` and logs with `log_now`; anything that
    needs more (a time given with --at, colleagues' files, a message about a family that
    is not found or not one) is left to ContactBook, which says it.
    """

    def _before_write(self) -> None:
        siblings.ensure_backup(self.file, self.today())  # as ContactBook's BackupActions

    def family_docs(self) -> list[Any]:
        """Every family's document (TinyDB `Document`s, with `doc_id`), archived too."""
        return list(self._table(FAMILIES))

    def log_now(
        self,
        family_id: int,
        moment: str,
        tone: str,
        *,
        note: str = "",
        initiator: str = "teacher",
        reached: bool = True,
        follow_up: bool = False,
    ) -> dict:
        """Log a contact now, as `ContactBook.log` does with `at=None`; the stored document."""
        doc = contact_fields(
            family_id,
            self.now(),
            moment,
            tone,
            initiator=initiator,
            reached=reached,
            note=clean(note, multiline=True),
            follow_up=follow_up,
        )
        insert_logs(self, [family_id], doc)
        return doc
