"""A read-only folder, an immutable file and a full disk, for tests of error lines.

Root ignores file modes, so as root a folder or file is locked with `chattr +i`
(the test is skipped where that is not allowed); otherwise with chmod. A full disk
is an fsync that fails with ENOSPC, which is where a real full disk usually shows.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _chattr(flag: str, path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", flag, str(path)], capture_output=True)
    return done.returncode == 0


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """`path` (a folder or a file) cannot be changed while inside the block."""
    if os.geteuid() == 0:
        if not _chattr("+i", path):
            pytest.skip("chattr +i is not allowed here, and root ignores file modes")
        try:
            yield path
        finally:
            _chattr("-i", path)
        return
    mode = path.stat().st_mode
    path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        yield path
    finally:
        path.chmod(mode)


def written_name(fd: int) -> str:
    """The name of the file open on `fd` (Linux: /proc; elsewhere an empty string)."""
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return ""


def full_disk(monkeypatch: pytest.MonkeyPatch, only: str = "") -> None:
    """Fsyncs fail as on a full disk (no file name in the error); `only` those of that name."""
    from storage.engine import files

    if only and not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell which file is written")
    real_fsync = os.fsync

    def no_space(fd: int) -> None:
        if only and only not in written_name(fd):
            return real_fsync(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", no_space)
