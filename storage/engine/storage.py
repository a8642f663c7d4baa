"""DataStorage: TinyDB's `Storage` for a Schoolyard data file.

`read` is a validated decode (schema.py), skipped only for bytes this program wrote and
stamped itself; `write` goes through `files.atomic_write` (temp file, fsync, rename,
0600 when new) and stamps what it wrote. A file that does not parse or check raises
`DataFileError` and, because TinyDB reads before it writes, is never written.
It does not lock by itself: `Transaction` (transaction.py) holds the lock around the read
and the write of a change.
"""

from __future__ import annotations

import gc
import os
from typing import Any

from tinydb.storages import Storage

from storage.engine import codec, stamp
from storage.engine.files import atomic_write, read_bytes
from storage.engine.lock import DataFileError, data_target, lock_path_for, locked

Tables = dict[str, dict[str, Any]]


class DataStorage(Storage):
    """Use it as `TinyDB(path, storage=DataStorage)`, or under `Transaction` as ContactBook does."""

    def __init__(self, path: str | os.PathLike[str], create_dirs: bool = False) -> None:
        super().__init__()
        self.path = os.fspath(path)
        """The data file, as given (a string: see storage/engine/lock.py)."""
        if create_dirs:
            os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
        self._cache: tuple[tuple[int, int, int], bytes, Tables] | None = None
        """(inode, mtime, size), the raw bytes and the decoded tables of the last read."""
        self._stamped = False
        """Whether the bytes last decoded matched the stamp (so they need no stamping)."""
        self.generation = 0
        """Counts the versions of the tables read or written: what a reader may cache by."""

    def read(self) -> Tables | None:
        """The whole file as tables (shared: do not change it); None when there is none."""
        return self._load(fresh=False)

    def read_fresh(self) -> Tables:
        """The file as it is now, as a private copy a change may edit in place."""
        data = self._load(fresh=True) or {}
        # The change edits these documents in place: forget them, so a failed write is
        # never shown as if it were stored. (Readers hold frozen records, never documents.)
        self._cache = None
        self.generation += 1
        return data

    def _load(self, *, fresh: bool) -> Tables | None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            self._cache = None
            data_target(self.path)  # a link to a file that is not there is no empty book
            return None
        except OSError:
            data_target(self.path)  # a link loop: one clear DataFileError
            raise
        key = (st.st_ino, st.st_mtime_ns, st.st_size)
        cache = self._cache
        if not fresh and cache is not None and cache[0] == key:
            return cache[2]
        try:
            raw = read_bytes(self.path)
        except OSError as exc:
            raise DataFileError(
                self.path,
                f"cannot be read ({exc.strerror})",
                "datafile.unreadable",
                {"detail": exc.strerror},
            ) from None
        if cache is not None and cache[1] == raw:
            # Byte for byte what we decoded before: comparing bytes cannot be fooled by a
            # reused inode or a coarse clock the way (inode, mtime, size) can.
            self._cache = (key, raw, cache[2])
            return cache[2]
        self._stamped = False
        data = self._decode(raw)
        self._cache = (key, raw, data)
        self.generation += 1
        if not fresh and not self._stamped:
            self._stamp_checked(raw)
        return data

    def _decode(self, raw: bytes) -> Tables:
        if not raw or raw.isspace():
            return {}
        # A school's file is ~20k small dicts a year: the cyclic GC would scan the growing
        # heap again and again while they are made, and they hold no cycles.
        paused = gc.isenabled()
        gc.disable()
        try:
            return self._decode_all(raw)
        finally:
            if paused:
                gc.enable()

    def _decode_all(self, raw: bytes) -> Tables:
        spans = stamp.stamped_spans(self.path, raw)
        if spans is not None:
            self._stamped = True  # no second checksum of the same bytes in _stamp_checked
            try:  # big tables kept raw until a document of theirs is read (rawtable.py)
                tables = codec.loads_tables(raw, spans) if spans else None
            except (ValueError, TypeError):
                tables = None
            return tables if tables is not None else codec.loads(raw)
        from storage.engine.check import Problem, decode

        try:
            return decode(raw)
        except Problem as problem:
            raise DataFileError(
                self.path, problem.detail, problem.key, {"detail": problem.detail, **problem.values}
            ) from None

    def _stamp_checked(self, raw: bytes) -> None:
        """Stamp bytes that passed the full check, so a file only read (a cron job's
        `neglected` on a restored backup) is checked once, not on every run.

        Only when the lock file exists and is free at once: a reader never waits, and
        never makes a file beside someone else's data file (`--with`).
        """
        if not raw or raw.isspace() or not os.path.exists(lock_path_for(self.path)):
            return
        if stamp.is_stamped(self.path, raw):
            return
        try:
            with locked(self.path, timeout=0.0):
                if read_bytes(self.path) == raw:
                    stamp.write_stamp(self.path, raw)
        except (DataFileError, OSError):
            pass

    def write(self, data: Tables) -> None:
        payload, spans = codec.dumps_tables(data)
        atomic_write(self.path, payload)
        stamp.write_stamp(self.path, payload, spans)
        st = os.stat(self.path)
        self._cache = ((st.st_ino, st.st_mtime_ns, st.st_size), payload, data)
        self.generation += 1

    def close(self) -> None:
        pass
