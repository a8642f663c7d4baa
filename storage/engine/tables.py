"""BookTables: the TinyDB database a ContactBook works on, and fresh tables for each step.

TinyDB's `Table` caches its next id, so a long-lived table would hand out an id another
process has taken meanwhile: every operation gets a new `Table` on the one storage chain.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from tinydb import TinyDB
    from tinydb.table import Table

    from storage.engine.transaction import Transaction

FAMILIES = "families"
CONTACTS = "contacts"
SETTINGS = "settings"
HOLIDAYS = "holidays"
PLANS = "plans"
REFLECTIONS = "reflections"
UNDO = "undo"
EXPORTS = "exports"
FAMILY_UNDO = ("archive", "unarchive", "family_edit")
"""Undo actions that put a family's fields back (the rest are a contact's)."""
SETTINGS_ID = 1
UNDO_ID = 1


def now_local() -> datetime:
    """The local time with its UTC offset (so a DST change keeps the right day)."""
    return datetime.now().astimezone().replace(microsecond=0)


class BookTables:
    """The file, the clock and the TinyDB tables; the base of ContactBook."""

    def __init__(
        self, path: str | os.PathLike[str], *, clock: Callable[[], datetime] | None = None
    ):
        self.file = os.fspath(path)
        """The data file as given, a string (storage/engine/lock.py says why)."""
        self._clock = clock or now_local
        self._db: TinyDB | None = None
        self._memo: dict[str, tuple[object, Any]] = {}

    # -- time ---------------------------------------------------------------------------

    def now(self) -> datetime:
        at = self._clock()
        return at if at.tzinfo else at.astimezone()

    def today(self) -> date:
        return self.now().date()

    # -- the file -----------------------------------------------------------------------

    @property
    def path(self) -> Path:
        """The data file, as a `Path` for whoever shows it or finds its siblings."""
        from pathlib import Path

        return Path(self.file)

    def exists(self) -> bool:
        return os.path.exists(self.file)

    def target(self) -> str:
        """The file the data path leads to, symlinks resolved: DataFileError for a link
        that leads nowhere or to itself, or a folder, so that is said rather than that
        the file is missing."""
        from storage.engine.lock import data_target

        return data_target(self.file)

    def version(self) -> tuple[int, int, int] | None:
        """Changes whenever any process writes the file; the TUI polls it to refresh."""
        try:
            st = os.stat(self.file)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    @property
    def _engine(self) -> Transaction:
        if self._db is None:
            from tinydb import TinyDB

            from storage.engine.storage import DataStorage
            from storage.engine.transaction import Transaction

            self._db = TinyDB(self.file, storage=Transaction(DataStorage))
            self._db.storage.before_write = self._before_write  # type: ignore[attr-defined]
        return self._db.storage  # type: ignore[return-value]

    def _before_write(self) -> None:
        """Under the lock, before a change is written (the daily backup overrides it)."""

    def _table(self, name: str) -> Table:
        """A fresh TinyDB table (no cached next id from an earlier read)."""
        from tinydb.table import Table

        return Table(self._engine, name)

    def _stored(self, name: str) -> Iterable[tuple[str, dict[str, Any]]]:
        """Table `name` as stored, (text id, document) pairs: no TinyDB `Document` made
        for each (a school's 17k contacts, read so by `neglected` and the app's start).
        Read-only: the documents are the storage's own."""
        from storage.engine.stored import StoredTable

        return StoredTable(self._engine, name)

    def _appending_table(self, name: str) -> Table:
        """A fresh table to insert documents with ids chosen by the caller, as text
        (`self._doc(fields, str(id))`): no renumbering of the whole table (textids.py)."""
        from storage.engine.textids import TextIdTable

        return TextIdTable(self._engine, name)

    @staticmethod
    def _doc(fields: dict[str, Any], doc_id: int) -> Any:
        """A TinyDB `Document` with its id: inserted or upserted under that id."""
        from tinydb.table import Document

        return Document(fields, doc_id)

    @staticmethod
    def _where(field: str) -> Any:
        """TinyDB's `where(field)`, imported with TinyDB (not by `import storage`)."""
        from tinydb.queries import where

        return where(field)

    @contextmanager
    def _change(self) -> Iterator[None]:
        """One teacher's action: lock, one fresh read, any table operations, one write."""
        with self._engine.change():
            yield

    def _drop(self, name: str) -> None:
        """Remove a whole table (inside a change)."""
        assert self._engine is not None and self._db is not None  # opens the database
        self._db.drop_table(name)

    def _memoized(self, name: str, make: Callable[[], Any]) -> Any:
        """`make()` once per version of the file as read (families are asked for often)."""
        token = self._engine.generation()
        held = self._memo.get(name)
        if held is not None and token is not None and held[0] == token:
            return held[1]
        value = make()
        if token is not None:
            self._memo[name] = (token, value)
        return value


def replace_with(new: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    """A TinyDB update operation that makes a document exactly `new` (fields dropped too)."""

    def transform(doc: dict[str, Any]) -> None:
        doc.clear()
        doc.update(new)

    return transform
