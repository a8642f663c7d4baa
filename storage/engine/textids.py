"""TextIdTable: a TinyDB `Table` whose document ids stay the file's text keys.

TinyDB converts every key of a table to `document_id_class` before a change and back
to text after it. For the contacts table that is two dicts of the whole table per log
(~80 ms of a `schoolyard log` at eight school years, 134k contacts). With
`document_id_class = str` (TinyDB's documented customization, 4.0+) both conversions
keep the same str objects: a log adds its contacts without renumbering the others.
Used only where the caller gives every new document its id (`Document(doc, "17225")`):
TinyDB's own next id would be a max over text.

Inside a `Transaction.change()` the tables are the change's own fresh copy, so
`insert_multiple` has the middleware add the documents to that table in place
(`Transaction.append`: raw tables stay inside the storage layer): no copy of the whole
table at all (those two copies were ~40% of a log at eight school years even with text
ids).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from tinydb.table import Table


class TextIdTable(Table):
    """A table for appending documents whose ids the caller chose (as text)."""

    document_id_class = str  # type: ignore[assignment]

    def insert_multiple(self, documents: Iterable[Mapping]) -> list[int]:
        """TinyDB's `insert_multiple` for documents that carry their ids, in place."""
        docs = list(documents)
        in_change = getattr(self.storage, "in_change", None)
        if (
            in_change is None
            or not in_change()
            or not all(isinstance(doc, self.document_class) for doc in docs)
        ):
            return super().insert_multiple(docs)
        added = {str(doc.doc_id): dict(doc) for doc in docs}  # type: ignore[attr-defined]
        if len(added) != len(docs):
            raise ValueError("Document with ID already exists: the same id twice")
        self.storage.append(self.name, added)  # type: ignore[attr-defined]
        self.clear_cache()
        return list(added)  # type: ignore[return-value]
