"""The stamp: a checksum of the bytes this program last wrote, kept in the lock file.

Written inside the lock right after the atomic write, in place (the lock file is never
replaced: another process may hold it open). A read whose bytes match the stamp is what
this program wrote and checked, and skips validation; anything else gets the full check.
A reader that races a writer sees new bytes with the old stamp: a mismatch, so the full
check, never a skipped one.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from storage.engine.lock import lock_path_for

_MAGIC = b"schoolyard-stamp/1 "


def stamp_of(raw: bytes) -> bytes:
    """crc32 and length of `raw`, in a fixed-width line."""
    return _MAGIC + b"%08x %016x\n" % (zlib.crc32(raw), len(raw))


def write_stamp(path: Path, raw: bytes) -> None:
    """Record `raw` as written by us; call only while holding `locked(path)`."""
    stamp = stamp_of(raw)
    try:
        fd = os.open(lock_path_for(path), os.O_WRONLY)
    except OSError:
        return  # no stamp: the next read gets the full check, which is always safe
    try:
        os.pwrite(fd, stamp, 0) if hasattr(os, "pwrite") else os.write(fd, stamp)
        os.ftruncate(fd, len(stamp))
    except OSError:
        pass
    finally:
        os.close(fd)


def is_stamped(path: Path, raw: bytes) -> bool:
    """Whether `raw` is byte for byte what this program last wrote to `path`."""
    try:
        with open(lock_path_for(path), "rb") as handle:
            stamp = handle.read(128)
    except OSError:
        return False
    return bool(stamp) and stamp == stamp_of(raw)
