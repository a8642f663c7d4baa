"""A write that cannot happen is one clear line, exit 1: the data file or its folder named,
what to do said, in Dutch and English, through `main()` and through a real process."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook

pytestmark = pytest.mark.skipif(os.name == "nt", reason="modes and symlinks are POSIX")

HIDDEN = (".tmp", ".lock")


def one_clear_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and not any(hidden in err for hidden in HIDDEN), err
    return lines[0]


@pytest.fixture
def data(class_book: ContactBook, book_path: Path) -> Path:
    return book_path


def failing(monkeypatch: pytest.MonkeyPatch, name: str, code: int) -> None:
    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code), str(args[0]))

    monkeypatch.setattr(os, name, refuse)


@pytest.mark.parametrize(
    "name, code, english, dutch",
    [
        ("fsync", errno.ENOSPC, "is full; free some space", "is vol; maak ruimte vrij"),
        ("replace", errno.EPERM, "protected against changes", "beveiligd tegen veranderen"),
    ],
)
def test_a_failed_write_is_one_line_naming_the_data_file(
    run, data: Path, monkeypatch: pytest.MonkeyPatch, name, code, english, dutch
) -> None:
    before = data.read_bytes()
    failing(monkeypatch, name, code)
    result = run("log", "yilmaz", "pickup", "--note", "Elif huilde")
    assert result.code == 1 and result.out == ""
    line = one_clear_line(result.err)
    assert str(data) in line and english in line, line
    dutch_result = run("log", "yilmaz", "pickup", "--lang", "nl")
    assert dutch_result.code == 1
    assert dutch in one_clear_line(dutch_result.err)
    monkeypatch.undo()
    assert data.read_bytes() == before


def test_a_full_disk_names_the_folder(run, data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    failing(monkeypatch, "fsync", errno.ENOSPC)
    line = one_clear_line(run("holiday", "add", "2026-12-19", "2027-01-03").err)
    assert f"the disk holding {data.parent} is full" in line


def test_a_read_only_data_file_is_refused_in_a_process(process, data: Path) -> None:
    data.chmod(0o400)
    before = data.read_bytes()
    done = process("log", "yilmaz", "pickup", "--data", str(data))
    assert done.code == 1 and done.out == ""
    line = one_clear_line(done.err)
    assert str(data) in line and "read-only" in line and "chmod u+w" in line
    assert data.read_bytes() == before
    assert os.stat(data).st_mode & 0o777 == 0o400
    assert process("families", "--data", str(data)).code == 0  # reading still works


def test_a_dangling_link_is_named_in_a_process(process, tmp_path: Path, make_env) -> None:
    link = tmp_path / "schoolyard.json"
    link.symlink_to(tmp_path / "Stick" / "klas.json")
    done = process("log", "yilmaz", "pickup", "--data", str(link), env=make_env(LANG="nl_NL.UTF-8"))
    assert done.code == 1
    line = one_clear_line(done.err)
    assert str(link) in line and "klas.json, dat er niet is" in line
    assert link.is_symlink() and not (tmp_path / "Stick").exists()


FULL_DISK = textwrap.dedent(
    """
    import errno, os, sys
    from tui.cli import main
    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    os.fsync = full
    sys.exit(main(sys.argv[1:]))
    """
)


def test_a_full_disk_in_a_process(data: Path, make_env) -> None:
    before = data.read_bytes()
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, "log", "yilmaz", "pickup", "--data", str(data)],
        capture_output=True,
        text=True,
        env=make_env(),
        timeout=60,
    )
    assert done.returncode == 1 and done.stdout == ""
    line = one_clear_line(done.stderr)
    assert str(data) in line and "full" in line
    assert data.read_bytes() == before
    assert [p.name for p in data.parent.iterdir() if p.name.endswith(".tmp")] == []
