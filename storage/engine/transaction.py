"""Transaction: the TinyDB middleware that makes one change one lock, one read, one write.

TinyDB reads and writes the whole file for every table operation. A teacher's action
touches several tables (a log adds contacts, moves a family's first contact and sets
the undo entry): inside `change()` every operation works on one fresh read taken under
the lock, and the file is written once, when the change ends without an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tinydb.middlewares import Middleware

from ..jsonstore import locked, remove_stale_temp_files


class Transaction(Middleware):
    """`TinyDB(path, storage=Transaction(DataStorage))`; change the file in `with change():`."""

    def __init__(self, storage_cls: Any) -> None:
        super().__init__(storage_cls)
        self._pending: dict[str, Any] | None = None

    def read(self) -> dict[str, Any] | None:
        if self._pending is not None:
            return self._pending
        return self.storage.read()

    def write(self, data: dict[str, Any]) -> None:
        if self._pending is None:
            # Outside a change there is no lock: a write here could lose another's.
            raise RuntimeError("the data file is written only inside Transaction.change()")
        self._pending = data

    def generation(self) -> int | None:
        """Which version of the file the tables hold now; None mid-change (keep nothing)."""
        if self._pending is not None:
            return None
        self.storage.read()
        return self.storage.generation

    @contextmanager
    def change(self) -> Iterator[dict[str, Any]]:
        """Hold the lock, read afresh, let the caller change the tables, write once."""
        if self._pending is not None:
            yield self._pending  # nested: part of the change already under way
            return
        path = self.storage.path
        if not path.parent.exists():
            path.parent.mkdir(parents=True, mode=0o700)
        with locked(path):
            remove_stale_temp_files(path)
            self._pending = self.storage.read_fresh()
            try:
                yield self._pending
                self.storage.write(self._pending)
            finally:
                self._pending = None
