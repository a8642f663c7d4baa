"""SafeJSONStorage: the name earlier versions gave the engine's TinyDB Storage.

`TinyDB(path, storage=SafeJSONStorage)` reads with the full schema check and writes
through the one atomic path; see storage/engine/storage.py.
"""

from __future__ import annotations

from .engine.storage import DataStorage as SafeJSONStorage

__all__ = ["SafeJSONStorage"]
