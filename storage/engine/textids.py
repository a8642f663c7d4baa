"""TextIdTable: a TinyDB `Table` whose document ids stay the file's text keys.

TinyDB converts every key of a table to `document_id_class` before a change and back
to text after it. For the contacts table that is two dicts of the whole table per log
(~80 ms of a `schoolyard log` at eight school years, 134k contacts). With
`document_id_class = str` (TinyDB's documented customization, 4.0+) both conversions
keep the same str objects: a log adds its contacts without renumbering the others.
Used only where the caller gives every new document its id (`Document(doc, "17225")`):
TinyDB's own next id would be a max over text.
"""

from __future__ import annotations

from tinydb.table import Table


class TextIdTable(Table):
    """A table for appending documents whose ids the caller chose (as text)."""

    document_id_class = str  # type: ignore[assignment]
