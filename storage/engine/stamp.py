"""The stamp: a checksum of the bytes this program last wrote, kept in the lock file.

Written inside the lock right after the atomic write, in place (the lock file is never
replaced: another process may hold it open). A read whose bytes match the stamp is what
this program wrote and checked, and skips validation; anything else gets the full check.
A reader that races a writer sees new bytes with the old stamp: a mismatch, so the full
check, never a skipped one.

For a big file a second line gives where each table's JSON is in the bytes (codec.py
`dumps_tables`), so a command that only adds contacts keeps them raw (rawtable.py). It
is trusted only with a matching first line, and `codec.loads_tables` checks that the
spans tile the bytes exactly.
"""

from __future__ import annotations

import os
import zlib
from typing import TYPE_CHECKING

from storage.engine.lock import lock_path_for

if TYPE_CHECKING:
    from storage.engine.lock import StrPath

_MAGIC = b"schoolyard-stamp/1 "


def stamp_of(raw: bytes) -> bytes:
    """crc32 and length of `raw`, in a fixed-width line."""
    return _MAGIC + b"%08x %016x\n" % (zlib.crc32(raw), len(raw))


_SPANS = b"spans "


def write_stamp(path: StrPath, raw: bytes, spans: list | None = None) -> None:
    """Record `raw` as written by us; call only while holding `locked(path)`."""
    stamp = stamp_of(raw)
    if spans:
        import json

        # The checksum again: spans left from a longer earlier stamp never pass for these.
        checksum = stamp[len(_MAGIC) : -1]
        spans_json = json.dumps(spans, separators=(",", ":")).encode("ascii")
        stamp += _SPANS + checksum + b" " + spans_json + b"\n"
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


def is_stamped(path: StrPath, raw: bytes) -> bool:
    """Whether `raw` is byte for byte what this program last wrote to `path`."""
    return stamped_spans(path, raw) is not None


def stamped_spans(path: StrPath, raw: bytes) -> list | None:
    """None when `raw` is not what we last wrote; else its tables' spans ([] when none)."""
    try:
        with open(lock_path_for(path), "rb") as handle:
            stamp = handle.read(4096)
    except OSError:
        return None
    first, newline, rest = stamp.partition(b"\n")
    if not stamp or first + newline != stamp_of(raw):
        return None
    mine = _SPANS + first[len(_MAGIC) :] + b" "
    if not rest.startswith(mine) or not rest.endswith(b"\n"):
        return []
    import json

    try:
        spans = json.loads(rest[len(mine) :])
    except ValueError:
        return []
    return spans if isinstance(spans, list) else []
