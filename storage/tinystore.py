"""SafeJSONStorage: the TinyDB API on a Schoolyard file, writing through the one safe path.

Kept apart from jsonstore.py so the command line does not pay for importing TinyDB
(~6 ms) on every start; ContactBook reads and writes the file through jsonstore directly.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from .jsonstore import atomic_write, dumps, parse


class SafeJSONStorage(Storage):
    """A TinyDB storage with atomic writes and damage detection.

    Use it as `TinyDB(path, storage=SafeJSONStorage)`. It does not lock by itself: a
    read-modify-write that must not lose a concurrent change holds `locked(path)`
    around both the read and the write, as ContactBook does.
    """

    def __init__(self, path: str | os.PathLike[str], create_dirs: bool = False) -> None:
        super().__init__()
        self.path = Path(path)
        if create_dirs:
            self.path.parent.mkdir(parents=True, exist_ok=True)

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        return parse(self.path, raw)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write(self.path, dumps(data))

    def close(self) -> None:
        pass
