"""The lock: one writer at a time, beside the file a data path leads to.

A separate `.lock` file (a lock on the data file itself would be lost at the first
replace) serialises read-modify-write cycles across processes. A symlinked data file
is locked beside the link's target, so a process using the link takes the same lock as
one using the real path. A lock is trusted only while its file is still the one at the
lock path. The errors every failure of the data file is reported with live here too.

Paths are plain strings here and in the rest of the engine (`os.path`): `pathlib`, with
the `urllib.parse` and `ipaddress` it imports, costs about 3 ms, some 8% of a
`schoolyard log`. A `Path` is made only where one is handed out (`DataFileError.path`,
`ContactBook.path`).
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
from typing import TYPE_CHECKING

from storage.rules.errors import SchoolyardError

if TYPE_CHECKING:
    from pathlib import Path
    from typing import TypeAlias

    StrPath: TypeAlias = str | os.PathLike[str]
    """A path as the engine takes it: a string, or anything `os.fspath` makes one of."""

LOCK_TIMEOUT_SECONDS = 15.0


class DataFileError(SchoolyardError):
    """The data file cannot be used as it is; it is left untouched.

    `reason` is English for logs; `key` and `values` say the same for `tui.text.t`.
    """

    def __init__(
        self,
        path: StrPath,
        reason: str,
        key: str = "datafile.damaged",
        values: dict[str, object] | None = None,
    ) -> None:
        file = os.fspath(path)
        super().__init__(key, f"{file}: {reason}", **{"detail": reason, **(values or {})})
        self.file = file
        """The data file's path as a string."""
        self.reason = reason

    @property
    def path(self) -> Path:
        """The data file the error is about."""
        from pathlib import Path

        return Path(self.file)


class DataFileBusy(DataFileError):
    """Another Schoolyard holds the lock for longer than we wait."""


# -- where the data really is ---------------------------------------------------------


def data_target(path: StrPath) -> str:
    """The file `path` stands for, symlinks resolved; DataFileError for a link that leads nowhere.

    A missing file that is no link is fine (it is made at the first write). A dangling
    link, a link loop, or a folder where the file should be is refused with one clear error.
    """
    path = os.fspath(path)
    try:
        target = os.path.realpath(path, strict=True)
    except FileNotFoundError:
        _refuse_dangling(path)
        return os.path.realpath(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DataFileError(
                path,
                "it is a link that leads back to itself; point it at the data file",
                "datafile.link_loop",
            ) from None
        raise _write_error(path, exc, "lock", os.path.dirname(os.path.abspath(path))) from None
    if stat.S_ISDIR(os.stat(target).st_mode):
        raise DataFileError(
            path,
            f"{target} is a folder, not a data file; point --data at a .json file",
            "datafile.is_folder",
            {"target": target},
        )
    return target


def _refuse_dangling(path: str) -> None:
    """A link (the file's or one of its folders') whose target is not there is refused."""
    for link in _self_and_folders(path):
        if os.path.islink(link) and not os.path.exists(link):
            target = os.path.join(os.path.dirname(link), os.readlink(link))
            raise DataFileError(
                path,
                f"it is a link to {target}, which is not there; connect that drive or "
                "folder, or point the link at the data file",
                "datafile.link_dangling",
                {"target": target},
            )


def _self_and_folders(path: str) -> Iterator[str]:
    """`path`, then each folder above it, as `(path, *Path(path).parents)` gives them."""
    yield path
    folder = os.path.dirname(path)
    while folder and folder != path:
        yield folder
        path, folder = folder, os.path.dirname(folder)


def lock_path_for(path: StrPath) -> str:
    """The lock file that guards `path`: `<name>.lock` beside the file the path leads to."""
    return data_target(path) + ".lock"


# -- the lock ---------------------------------------------------------------------------

_held: dict[tuple[int, str], tuple[str, tuple[int, int], tuple[int, ...] | None]] = {}
"""(thread, target) → (lock path, its (device, inode), the data file's identity) per held lock."""


def _identity(path: str) -> tuple[int, ...] | None:
    """Changes whenever the file at `path` is replaced or rewritten; None when missing."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


class HeldLock:
    """What `locked()` yields: the open lock file, for a stamp written into it in place."""

    __slots__ = ("fd", "path", "target")

    def __init__(self, fd: int, path: str, target: str) -> None:
        self.fd = fd
        self.path = path
        """The lock file."""
        self.target = target
        """The data file it guards, symlinks resolved."""


@contextmanager
def locked(path: StrPath, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[HeldLock]:
    """Hold the lock file beside `path` (`<name>.lock`) for a read-modify-write.

    A lock file deleted or replaced by another program while we waited for it guards
    nothing: we only go on holding the file that is at the lock path after locking it.
    """
    target = data_target(path)
    lock = target + ".lock"
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise _write_error(path, exc, "lock", os.path.dirname(target)) from None
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
    key = (get_ident(), target)
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

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _acquire(fd: int, path: StrPath, deadline: float) -> None:
    """Lock `fd`: at once, or retried after 1 ms, then twice as long each time up to
    20 ms, until `deadline` (always retried once)."""
    delay = 0.001
    locked_now = _try_lock(fd)
    while not locked_now:
        time.sleep(delay)
        locked_now = _try_lock(fd)
        if not locked_now and time.monotonic() > deadline:
            raise DataFileBusy(path, "another Schoolyard is writing it", "datafile.busy")
        delay = min(delay * 2, 0.02)


def _write_error(path: StrPath, exc: OSError, stage: str, folder: str) -> DataFileError:
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
