"""The one write path: atomic writes, stale temp files, and the bytes of the tables.

TinyDB's own JSONStorage writes the file in place (seek, write, truncate), so a crash
or a full disk leaves a file that does not parse. Here every write goes to a temp
file beside the data file's target, is flushed and fsynced, and then replaces the data
file with `os.replace`; the folder is fsynced after. A write whose lock (or data file)
changed under it is refused rather than allowed to overwrite another writer's change
(lock.py). Every failure names the data file or its folder, never the hidden temp or
lock file.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from _thread import get_ident
from typing import TYPE_CHECKING, Any

from storage.engine import codec
from storage.engine.lock import (
    DataFileError,
    _held,
    _identity,
    _write_error,
    data_target,
)

if TYPE_CHECKING:
    from storage.engine.lock import StrPath

# -- the write ----------------------------------------------------------------------------


def atomic_write(path: StrPath, payload: bytes, *, mode: int | None = None) -> None:
    """Replace the file `path` leads to with `payload`: temp file, flush, fsync, rename.

    `mode=None` keeps the existing file's mode (0600 for a new file); an int gives the
    file exactly that mode from its first byte. A file without its owner's write bit is
    read-only by the teacher's choice: refused, never replaced. Inside `locked(path)` the
    write is refused too when the lock file or the data file changed under the lock.
    On any failure the temp file is removed and the data file is left as it was.
    """
    target = data_target(path)
    folder, name = os.path.split(target)
    try:
        existing = os.stat(target)
    except FileNotFoundError:
        existing = None
    if existing is not None and not existing.st_mode & stat.S_IWUSR:
        raise DataFileError(
            path,
            "the file is read-only; make it writable again (for example chmod u+w) "
            "if Schoolyard may change it",
            "datafile.read_only",
        )
    if mode is None:
        mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o600
    # What tempfile.mkstemp does (O_EXCL, 0600), without its ~3 ms of imports.
    tmp_name = os.path.join(folder, f".{name}.{os.urandom(6).hex()}.tmp")
    try:
        fd = os.open(
            tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
        )
    except OSError as exc:
        raise _write_error(path, exc, "create", folder) from None
    stage = "write"
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):  # exact, whatever the umask; before any data is in it
                os.fchmod(handle.fileno(), mode)
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        key = (get_ident(), target)
        held = _held.get(key)
        if held is not None:
            _check_still_held(path, target, held)
        stage = "replace"
        os.replace(tmp_name, target)
        if held is not None:
            _held[key] = (held[0], held[1], _identity(target))
    except BaseException as exc:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise _write_error(path, exc, stage, folder) from exc
        raise
    _fsync_folder(path, folder)


def _check_still_held(
    path: StrPath, target: str, held: tuple[str, tuple[int, int], tuple[int, ...] | None]
) -> None:
    """Refuse to replace the data file when our lock no longer guards it."""
    lock, lock_id, data_id = held
    try:
        st = os.stat(lock)
        now_there: tuple[int, int] | None = (st.st_dev, st.st_ino)
    except FileNotFoundError:
        now_there = None
    if now_there != lock_id:
        raise DataFileError(
            path,
            "another program removed Schoolyard's lock while this change was being saved; "
            "nothing was saved, try again",
            "datafile.lock_lost",
        )
    if _identity(target) != data_id:
        raise DataFileError(
            path,
            "another program changed the file while this change was being saved; "
            "nothing was saved, try again",
            "datafile.changed_meanwhile",
        )


def remove_stale_temp_files(path: StrPath) -> None:
    """Remove temp files a killed writer left; call only while holding `locked(path)`.

    They hold personal data and are never the data file, so they must not pile up.
    """
    folder, name = os.path.split(data_target(path))
    prefix = f".{name}."
    try:
        names = os.listdir(folder or ".")
    except OSError:
        return
    for stale in names:
        # What `glob(".<name>.*.tmp")` matched: our temp names, never the data file.
        if stale.startswith(prefix) and stale.endswith(".tmp") and len(stale) > len(prefix) + 3:
            try:
                os.unlink(os.path.join(folder, stale))
            except OSError:
                pass


def read_bytes(path: str) -> bytes:
    """The whole file at `path` (`Path.read_bytes` without pathlib: lock.py says why)."""
    with open(path, "rb") as handle:
        return handle.read()


def _fsync_folder(path: StrPath, folder: str) -> None:
    """Make the rename itself durable: fsync the folder that holds the data file."""
    if sys.platform == "win32":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        if exc.errno in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            return  # a file system that cannot sync a folder (some network drives)
        raise _write_error(path, exc, "write", folder) from exc


# -- reading ------------------------------------------------------------------------------


def dumps(data: dict[str, Any]) -> bytes:
    # Readable by plain json/TinyDB; names like Yılmaz are kept as UTF-8, not \\u escapes.
    return codec.dumps(data)
