"""Exports: the summaries written to files, remembered so `forget` can say where a name is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.engine.tables import EXPORTS, BookTables

if TYPE_CHECKING:
    from storage.records import Family
    from storage.rules.exports import ExportRecord


class ExportActions(BookTables):
    def record_export(self, record: ExportRecord) -> None:
        """Remember a summary written to a file; only the newest `exports.KEPT` are kept."""
        from storage.rules.exports import KEPT

        with self._change():
            table = self._table(EXPORTS)
            ids = sorted(d.doc_id for d in table)
            table.insert(self._doc(record.to_doc(), (ids[-1] if ids else 0) + 1))
            table.remove(doc_ids=ids[: max(len(ids) + 1 - KEPT, 0)])

    def exports(self) -> list[ExportRecord]:
        """The summaries written to files that this data file remembers, oldest first."""
        from storage.rules.exports import ExportRecord

        return [
            ExportRecord.from_doc(doc)
            for doc in sorted(self._table(EXPORTS), key=lambda d: d.doc_id)
        ]

    def _forget_in_exports(self, family: Family) -> None:
        """Inside forget's change: the family leaves the export records (storage/exports.py)."""
        from storage.rules.exports import forget_family

        table = self._table(EXPORTS)
        records = {str(d.doc_id): dict(d) for d in table}
        if not records:
            return
        forget_family(records, family)
        table.truncate()
        table.insert_multiple(self._doc(doc, int(key)) for key, doc in records.items())
