"""StoredTable: a TinyDB `Table` read as stored, for the rules that scan a whole table.

Iterating a plain `Table` copies every document into a TinyDB `Document` and turns its
text key into an int: 17k copies at a school year, each time `neglected` or the app's
start asks who needs a positive contact or which follow-ups are open. With TinyDB's
documented `document_class` and `document_id_class` customizations a `StoredTable`
yields (text id, document) pairs of the documents as read instead: nothing copied, and
still through TinyDB's table and our middleware. Read-only: the documents are the
storage's own, so a caller never changes them (and never inserts through this table).
"""

from __future__ import annotations

from typing import Any

from tinydb.table import Table


class StoredDoc(tuple):
    """(text id, the stored document itself): what iterating a `StoredTable` yields."""

    __slots__ = ()

    def __new__(cls, doc: dict[str, Any], doc_id: str) -> StoredDoc:
        return tuple.__new__(cls, (doc_id, doc))


class StoredTable(Table):
    """A table to read as stored: (text id, document) pairs, nothing copied."""

    document_class = StoredDoc  # type: ignore[assignment]
    document_id_class = str  # type: ignore[assignment]
