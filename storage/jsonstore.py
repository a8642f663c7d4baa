"""The one write path: atomic writes under a lock file, and damage detection.

TinyDB's own JSONStorage writes the file in place (seek, write, truncate), so a crash
or a full disk leaves a file that does not parse. Here every write goes to a temp
file in the same folder, is flushed and fsynced, and then replaces the data file with
`os.replace`. A separate `.lock` file (a lock on the data file itself would be lost
at the first replace) serialises read-modify-write cycles across processes.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

LOCK_TIMEOUT_SECONDS = 15.0


class DataFileError(Exception):
    """The data file cannot be used as it is; it is left untouched.

    `reason` is English for logs; `key` and `values` say the same for `tui.text.t`.
    """

    def __init__(
        self,
        path: Path,
        reason: str,
        key: str = "datafile.damaged",
        values: dict[str, object] | None = None,
    ) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.key = key
        self.values = {"detail": reason, **(values or {})}


class DataFileBusy(DataFileError):
    """Another Schoolyard holds the lock for longer than we wait."""


def lock_path_for(path: Path) -> Path:
    """The lock file that guards `path`: `<name>.lock` beside it."""
    return path.with_name(path.name + ".lock")


@contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold the lock file beside `path` (`<name>.lock`) for a read-modify-write."""
    fd = os.open(lock_path_for(path), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _acquire(fd, path, timeout)
        try:
            yield
        finally:
            _release(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _acquire(fd: int, path: Path, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise DataFileBusy(
                        path, "another Schoolyard is writing it", "datafile.busy"
                    ) from None
                time.sleep(0.01)

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _acquire(fd: int, path: Path, timeout: float) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        deadline = time.monotonic() + timeout
        delay = 0.001
        while True:
            time.sleep(delay)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise DataFileBusy(
                        path, "another Schoolyard is writing it", "datafile.busy"
                    ) from None
                delay = min(delay * 2, 0.02)

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def atomic_write(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload`: temp file, flush, fsync, rename; 0600 when new."""
    # What tempfile.mkstemp does (O_EXCL, 0600), without its ~3 ms of imports.
    tmp_name = str(path.parent / f".{path.name}.{os.urandom(6).hex()}.tmp")
    fd = os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep whatever mode the teacher chose; mkstemp already gives 0600 to new files.
            os.chmod(tmp_name, path.stat().st_mode & 0o777)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_folder(path.parent)


def remove_stale_temp_files(path: Path) -> None:
    """Remove temp files a killed writer left; call only while holding `locked(path)`.

    They hold personal data and are never the data file, so they must not pile up.
    """
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            stale.unlink()
        except OSError:
            pass


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def parse(path: Path, raw: bytes) -> dict[str, Any] | None:
    """The data in `raw`, None when empty; DataFileError when it is not a TinyDB file."""
    if not raw or raw.isspace():
        return None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise DataFileError(
            path, f"the file is not valid JSON ({exc})", "datafile.not_json", {"detail": str(exc)}
        ) from None
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in data.values()
    ):
        raise DataFileError(
            path, "the file is JSON, but not a Schoolyard data file", "datafile.not_schoolyard"
        )
    return data


def dumps(data: dict[str, Any]) -> bytes:
    # Readable by plain json/TinyDB; names like Yılmaz are kept as UTF-8, not \\u escapes.
    return orjson.dumps(data)
