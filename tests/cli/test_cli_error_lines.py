"""Finding 11: a full disk, a read-only folder or a protected file give one translated line
naming the data file or its folder (never a hidden temp or lock file) and what to do."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)
from lockdown import full_disk, read_only

from storage import ContactBook, DataFileError
from tui import text
from tui.error_lines import data_file_error_line, os_error_line, real_file


def one_line(result, *, names: Path) -> str:
    assert result.code == 1, result
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    line = lines[0]
    assert str(names) in line
    assert ".tmp" not in line and ".lock" not in line and "Errno" not in line, line
    return line


def test_a_log_on_a_full_disk(
    run, class_book: ContactBook, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = book_path.read_bytes()
    full_disk(monkeypatch)
    line = one_line(run("log", "yilmaz", "pickup"), names=book_path)
    assert "is full; free some space" in line and ".tmp" not in line
    line = one_line(run("--lang", "nl", "log", "yilmaz", "pickup"), names=book_path)
    assert "is vol; maak ruimte vrij" in line
    monkeypatch.undo()
    assert book_path.read_bytes() == before
    assert [p.name for p in book_path.parent.iterdir() if p.suffix == ".tmp"] == []


def test_a_log_in_a_read_only_folder(run, class_book: ContactBook, book_path: Path) -> None:
    with read_only(book_path.parent):
        result = run("log", "yilmaz", "pickup")
        dutch = run("--lang", "nl", "log", "yilmaz", "pickup")
    line = one_line(result, names=book_path.parent)
    assert "may not write in the folder" in line and str(book_path) in line
    assert "mag niet schrijven in de map" in one_line(dutch, names=book_path.parent)


def test_a_protected_data_file(run, class_book: ContactBook, book_path: Path) -> None:
    import os

    if os.geteuid() != 0:
        pytest.skip("a 0400 file is the writepath layer's to refuse; here: chattr +i as root")
    before = book_path.read_bytes()
    with read_only(book_path):
        result = run("log", "yilmaz", "pickup")
    line = one_line(result, names=book_path)
    assert "protected against changes" in line
    assert book_path.read_bytes() == before


def test_a_full_disk_while_writing_a_demo_names_the_demo_file(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "demo.json"
    full_disk(monkeypatch)
    one_line(run("demo", "--out", str(out)), names=out)


# -- the line itself -----------------------------------------------------------------------


def test_temp_and_lock_files_stand_for_their_file(tmp_path: Path) -> None:
    data = tmp_path / "book.json"
    assert real_file(tmp_path / ".book.json.d095adb4a432.tmp") == data
    assert real_file(str(tmp_path / "book.json.lock")) == data
    assert real_file(data) == data
    assert real_file(None) is None


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "The disk is full: {file}"),
        (
            PermissionError(
                errno.EACCES, "Permission denied", "{folder}/.book.json.d095adb4a432.tmp"
            ),
            "may not write in the folder {folder}",
        ),
        (
            PermissionError(errno.EACCES, "Permission denied", "{folder}/book.json.lock"),
            "may not write in the folder {folder}",
        ),
        (
            PermissionError(
                errno.EPERM, "Operation not permitted", "{folder}/.book.json.0a.tmp", None, "{file}"
            ),
            "{file} is read-only",
        ),
        (OSError(errno.EROFS, "Read-only file system"), "may not write in the folder {folder}"),
        (
            OSError(errno.EIO, "Input/output error"),
            "{file} could not be saved (Input/output error)",
        ),
    ],
)
def test_os_errors_become_one_line(tmp_path: Path, error: OSError, expected: str) -> None:
    text.set_language("en")
    file = tmp_path / "book.json"

    def filled(value):
        return value.format(folder=tmp_path, file=file) if isinstance(value, str) else value

    if error.filename is not None:
        error = type(error)(
            error.errno, error.strerror, filled(error.filename), None, filled(error.filename2)
        )
    line = os_error_line(error, file)
    assert filled(expected) in line
    assert ".tmp" not in line and ".lock" not in line


def test_a_storage_key_is_said_in_its_own_words(tmp_path: Path) -> None:
    text.set_language("en")
    file = tmp_path / "book.json"
    for key, values, expected in [
        ("datafile.disk_full", {"folder": tmp_path}, f"the disk holding {tmp_path} is full"),
        ("datafile.folder_read_only", {"folder": tmp_path}, f"write in the folder {tmp_path}"),
        ("datafile.read_only", {}, "the file is read-only"),
    ]:
        line = data_file_error_line(DataFileError(file, "reason", key, values))
        assert str(file) in line and expected in line, line
    damaged = data_file_error_line(DataFileError(file, "x", "datafile.not_json"))
    assert (
        damaged
        == f"Schoolyard cannot use {file}: it is no longer valid JSON. The file was left as it is."
    )
