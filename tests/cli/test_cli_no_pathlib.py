"""`schoolyard log` and `neglected`, the commands a teacher runs most, import neither
pathlib (with urllib.parse and ipaddress, ~3 ms) nor platformdirs (~6 ms): the engine
works on path strings and the usual data folder is found without platformdirs
(storage/paths.py). Seen failing before: both were imported on both paths."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from classbook import NOW, make_class
from cli_support import loaded_at_exit, process_env

from storage import ContactBook

HEAVY = ("pathlib", "platformdirs", "tempfile", "storage.records")


@pytest.fixture(scope="module")
def class_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("nopath") / "klas.json"
    make_class(ContactBook(path, clock=lambda: NOW))
    return path


@pytest.mark.parametrize("where", ["--data", "default folder"])
@pytest.mark.parametrize(
    "argv",
    [
        ["log", "oyen", "ophalen", "+"],
        ["log", "1", "pickup"],
        ["neglected"],
        ["neglected", "--json"],
    ],
    ids=["log by name", "log by number", "neglected", "neglected json"],
)
def test_the_everyday_commands_import_no_pathlib(
    class_file: Path, tmp_path: Path, argv: list[str], where: str
) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "schoolyard" / "schoolyard.json"
    data.parent.mkdir(parents=True)
    shutil.copy(class_file, data)
    env = process_env(HOME=str(home))
    env.pop("XDG_DATA_HOME", None)
    if where == "--data":
        argv = [*argv, "--data", str(data)]
    before = data.read_bytes()

    def run() -> str:
        return loaded_at_exit(argv, HEAVY, env=env)

    # The first run checks the copied file in full and makes the day's backup (which
    # names its folder with pathlib, once a day); from then on neither happens.
    assert run().split()[0] == "0"
    assert run() == "0"
    if argv[0] == "log":
        assert data.read_bytes() != before  # written where the teacher's file is
        assert len(ContactBook(data).contacts()) == len(ContactBook(class_file).contacts()) + 2
    assert oct(os.stat(data).st_mode & 0o777) == "0o600"
