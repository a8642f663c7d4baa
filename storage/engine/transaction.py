"""Transaction: the TinyDB middleware that makes one change one lock, one read, one write.

TinyDB reads and writes the whole file for every table operation. A teacher's action
touches several tables (a log adds contacts, moves a family's first contact and sets
the undo entry): inside `change()` every operation works on one fresh read taken under
the lock, and the file is written once, when the change ends without an error.
"""

from __future__ import annotations

import os
from _thread import get_ident
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from tinydb.middlewares import Middleware

from storage.engine.files import remove_stale_temp_files
from storage.engine.lock import data_target, locked


class Transaction(Middleware):
    """`TinyDB(path, storage=Transaction(DataStorage))`; change the file in `with change():`."""

    def __init__(self, storage_cls: Any) -> None:
        super().__init__(storage_cls)
        self._pending: dict[int, dict[str, Any]] = {}
        """The tables of the change under way, per thread: the app reads in one thread
        while a worker changes the file in another, and must not see an unwritten change."""
        self.before_write: Callable[[], None] | None = None
        """Called under the lock just before a change is written, while the file is still
        as it was read (the day's first backup: storage/engine/siblings.py)."""

    def read(self) -> dict[str, Any] | None:
        pending = self._pending.get(get_ident())
        if pending is not None:
            return pending
        return self.storage.read()

    def write(self, data: dict[str, Any]) -> None:
        if get_ident() not in self._pending:
            # Outside a change there is no lock: a write here could lose another's.
            raise RuntimeError("the data file is written only inside Transaction.change()")
        self._pending[get_ident()] = data

    def in_change(self) -> bool:
        """Whether this thread is inside `change()`: its tables are then a private copy."""
        return get_ident() in self._pending

    def append(self, name: str, documents: dict[str, dict[str, Any]]) -> None:
        """Add documents under new text ids to table `name` of the change under way, in
        place (storage/engine/textids.py): a ValueError, and nothing added, when an id
        exists. No copy of the table, which holds every contact of the file."""
        tables = self._pending[get_ident()]  # KeyError outside a change: never unlocked
        table = tables.setdefault(name, {})
        for doc_id in documents:
            if doc_id in table:
                raise ValueError(f"Document with ID {doc_id} already exists")
        table.update(documents)

    def generation(self) -> int | None:
        """Which version of the file the tables hold now; None mid-change (keep nothing)."""
        if get_ident() in self._pending:
            return None
        self.storage.read()
        return self.storage.generation

    @contextmanager
    def change(self) -> Iterator[dict[str, Any]]:
        """Hold the lock, read afresh, let the caller change the tables, write once."""
        me = get_ident()
        if me in self._pending:
            yield self._pending[me]  # nested: part of the change already under way
            return
        path = self.storage.path
        folder = os.path.dirname(path) or "."
        if not os.path.exists(folder):
            data_target(path)  # a dangling folder link is an error, not a folder to make
            os.makedirs(folder, mode=0o700)
        # Another thread's change holds the lock file: flock makes this one wait for it.
        with locked(path):
            remove_stale_temp_files(path)
            self._pending[me] = self.storage.read_fresh()
            try:
                yield self._pending[me]
                if self.before_write is not None:
                    self.before_write()
                self.storage.write(self._pending[me])
            finally:
                del self._pending[me]
