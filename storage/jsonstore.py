"""The one write path: atomic writes under a lock file, and damage detection.

TinyDB's own JSONStorage writes the file in place (seek, write, truncate), so a crash
or a full disk leaves a file that does not parse. Here every write goes to a temp
file in the same folder, is flushed and fsynced, and then replaces the data file with
`os.replace`. A separate `.lock` file (a lock on the data file itself would be lost
at the first replace) serialises read-modify-write cycles across processes.

A symlinked data file is written through the link: the temp file, the lock and the
replace all live beside the link's target, so the link stays a link and a process
using the link takes the same lock as one using the real path. A lock is trusted only
while its file is still the one at the lock path; a write whose lock (or data file)
changed under it is refused rather than allowed to overwrite another writer's change.
Every failure names the data file or its folder, never the hidden temp or lock file.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import time
from _thread import get_ident
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


# -- where the data really is ---------------------------------------------------------


def data_target(path: Path) -> Path:
    """The file `path` stands for, symlinks resolved; DataFileError for a link that leads nowhere.

    A missing file that is no link is fine (it is made at the first write). A dangling
    link, a link loop, or a folder where the file should be is refused with one clear error.
    """
    path = Path(path)
    try:
        target = Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        _refuse_dangling(path)
        return Path(os.path.realpath(path))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DataFileError(
                path,
                "it is a link that leads back to itself; point it at the data file",
                "datafile.link_loop",
            ) from None
        raise _write_error(path, exc, "lock", Path(os.path.abspath(path)).parent) from None
    if stat.S_ISDIR(os.stat(target).st_mode):
        raise DataFileError(
            path,
            f"{target} is a folder, not a data file; point --data at a .json file",
            "datafile.is_folder",
            {"target": target},
        )
    return target


def _refuse_dangling(path: Path) -> None:
    """A link (the file's or one of its folders') whose target is not there is refused."""
    for link in (path, *path.parents):
        if os.path.islink(link) and not os.path.exists(link):
            target = os.path.join(os.path.dirname(link), os.readlink(link))
            raise DataFileError(
                path,
                f"it is a link to {target}, which is not there; connect that drive or "
                "folder, or point the link at the data file",
                "datafile.link_dangling",
                {"target": target},
            )


def lock_path_for(path: Path) -> Path:
    """The lock file that guards `path`: `<name>.lock` beside the file the path leads to."""
    target = data_target(path)
    return target.with_name(target.name + ".lock")


# -- the lock ---------------------------------------------------------------------------

_held: dict[tuple[int, str], tuple[Path, tuple[int, int], tuple[int, ...] | None]] = {}
"""(thread, target) → (lock path, its (device, inode), the data file's identity) per held lock."""


def _identity(path: Path | str) -> tuple[int, ...] | None:
    """Changes whenever the file at `path` is replaced or rewritten; None when missing."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


class HeldLock:
    """What `locked()` yields: the open lock file, for a stamp written into it in place."""

    __slots__ = ("fd", "path", "target")

    def __init__(self, fd: int, path: Path, target: Path) -> None:
        self.fd = fd
        self.path = path
        """The lock file."""
        self.target = target
        """The data file it guards, symlinks resolved."""


@contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[HeldLock]:
    """Hold the lock file beside `path` (`<name>.lock`) for a read-modify-write.

    A lock file deleted or replaced by another program while we waited for it guards
    nothing: we only go on holding the file that is at the lock path after locking it.
    """
    target = data_target(path)
    lock = target.with_name(target.name + ".lock")
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise _write_error(path, exc, "lock", target.parent) from None
        try:
            _acquire(fd, path, deadline)
            held = os.fstat(fd)
            try:
                now_there = os.stat(lock)
            except FileNotFoundError:
                now_there = None
            if now_there is not None and (now_there.st_dev, now_there.st_ino) == (
                held.st_dev,
                held.st_ino,
            ):
                break
            _release(fd)
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # locked a file no longer at the lock path: open the one that is
    key = (get_ident(), str(target))
    _held[key] = (lock, (held.st_dev, held.st_ino), _identity(target))
    try:
        try:
            yield HeldLock(fd, lock, target)
        finally:
            _held.pop(key, None)
            _release(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _acquire(fd: int, path: Path, deadline: float) -> None:
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

    def _acquire(fd: int, path: Path, deadline: float) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
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


# -- the write ----------------------------------------------------------------------------


def atomic_write(path: Path, payload: bytes, *, mode: int | None = None) -> None:
    """Replace the file `path` leads to with `payload`: temp file, flush, fsync, rename.

    `mode=None` keeps the existing file's mode (0600 for a new file); an int gives the
    file exactly that mode from its first byte. A file without its owner's write bit is
    read-only by the teacher's choice: refused, never replaced. Inside `locked(path)` the
    write is refused too when the lock file or the data file changed under the lock.
    On any failure the temp file is removed and the data file is left as it was.
    """
    path = Path(path)
    target = data_target(path)
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
    tmp_name = str(target.parent / f".{target.name}.{os.urandom(6).hex()}.tmp")
    try:
        fd = os.open(
            tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
        )
    except OSError as exc:
        raise _write_error(path, exc, "create", target.parent) from None
    stage = "write"
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):  # exact, whatever the umask; before any data is in it
                os.fchmod(handle.fileno(), mode)
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        key = (get_ident(), str(target))
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
            raise _write_error(path, exc, stage, target.parent) from exc
        raise
    _fsync_folder(path, target.parent)


def _check_still_held(
    path: Path, target: Path, held: tuple[Path, tuple[int, int], tuple[int, ...] | None]
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


def _write_error(path: Path, exc: OSError, stage: str, folder: Path) -> DataFileError:
    """The OSError of a write, said about the data file or its folder (never a temp or lock file).

    `stage` is where it happened: "lock", "create" (the temp file), "write" or "replace".
    """
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DataFileError(
            path,
            f"the disk holding {folder} is full; free some space and try again",
            "datafile.disk_full",
            {"folder": folder},
        )
    if code == errno.EROFS or (code in (errno.EACCES, errno.EPERM) and stage != "replace"):
        return DataFileError(
            path,
            f"Schoolyard may not write in the folder {folder}; allow writing there, "
            "or choose another place with --data",
            "datafile.folder_read_only",
            {"folder": folder},
        )
    if code in (errno.EACCES, errno.EPERM):
        return DataFileError(
            path,
            "the file is protected against changes (locked or immutable); "
            "lift that protection and try again",
            "datafile.protected",
        )
    detail = exc.strerror or type(exc).__name__
    return DataFileError(
        path,
        f"it could not be written ({detail}); nothing was saved, try again",
        "datafile.write_failed",
        {"detail": detail},
    )


def remove_stale_temp_files(path: Path) -> None:
    """Remove temp files a killed writer left; call only while holding `locked(path)`.

    They hold personal data and are never the data file, so they must not pile up.
    """
    target = data_target(path)
    for stale in target.parent.glob(f".{target.name}.*.tmp"):
        try:
            stale.unlink()
        except OSError:
            pass


def _fsync_folder(path: Path, folder: Path) -> None:
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
