"""SafeJSONStorage: the TinyDB API on a Schoolyard file, through the one safe write path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tinydb import TinyDB

from storage import ContactBook, DataFileError, SafeJSONStorage


def test_tinydb_writes_through_the_safe_path(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    db = TinyDB(path, storage=SafeJSONStorage)
    db.table("families").insert({"name": "Yılmaz", "children": [{"name": "Elif", "group": 5}]})
    db.close()
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert "Yılmaz".encode() in path.read_bytes()  # UTF-8, not \\u escapes
    assert [f.name for f in ContactBook(path).families()] == ["Yılmaz"]
    assert [p.name for p in tmp_path.iterdir()] == ["schoolyard.json"]


def test_a_damaged_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    path.write_bytes(b'{"families": {"1": {"name": "\xc3\x98yen"')
    before = path.read_bytes()
    with pytest.raises(DataFileError):
        TinyDB(path, storage=SafeJSONStorage).table("families").insert({"name": "x"})
    assert path.read_bytes() == before


def test_importing_storage_does_not_import_tinydb() -> None:
    import subprocess
    import sys

    code = "import sys, storage; print('tinydb' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
