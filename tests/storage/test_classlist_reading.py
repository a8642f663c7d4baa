"""Reading a class list that is not what it should be: one ClassListError, never another.

Excel for Mac's CR-only line ends are read; a line or cell far too long, a NUL byte,
undecodable bytes, an empty file, a header only, a binary file, an enormous file, a
folder, a pipe or a path that cannot be opened each give one ClassListError naming the
file or the line — and no traceback anywhere (tests/cli and tests/tui check that side).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from storage import ContactBook
from storage.classlists.classlist import (
    MAX_BYTES,
    MAX_CELL,
    MAX_LINE,
    ClassListError,
    read_classlist,
)
from tui import text

HEADER = "gezin;kind;groep;ouders\n"


def write(tmp_path: Path, content: bytes, name: str = "klas.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def error_of(path: Path) -> ClassListError:
    with pytest.raises(ClassListError) as caught:
        read_classlist(path)
    return caught.value


def one_line(error: ClassListError) -> str:
    """The error in both languages: a known key, filled in, one line each."""
    assert error.key in text.TEXT, error.key
    for language in ("en", "nl"):
        text.set_language(language)
        try:
            message = text.t(error.key, **error.values)
        finally:
            text.set_language("en")
        assert message.splitlines() == [message] and len(message) < 600, message
    return text.t(error.key, **error.values)


# -- line ends ---------------------------------------------------------------------------


@pytest.mark.parametrize("end", ["\r", "\n", "\r\n"], ids=["CR (Excel for Mac)", "LF", "CRLF"])
def test_every_kind_of_line_end_reads_the_same(tmp_path: Path, end: str) -> None:
    content = end.join([HEADER.strip(), "Yılmaz;Elif;5;Ayşe Yılmaz", "Øyen;Sigrid;4;", ""])
    rows = read_classlist(write(tmp_path, ("\ufeff" + content).encode()))
    assert [(r.line, r.family, r.child, r.group, r.guardians) for r in rows] == [
        (2, "Yılmaz", "Elif", 5, ("Ayşe Yılmaz",)),
        (3, "Øyen", "Sigrid", 4, ()),
    ]


def test_mixed_line_ends_are_one_line_each_and_bad_rows_named_by_line(tmp_path: Path) -> None:
    content = b"gezin;kind;groep\r\nKaya;Yusuf;4\rBakker;Sem;5\nAsante;Kofi;twelve\r"
    assert error_of(write(tmp_path, content)).line == 4


def test_a_cp1252_file_from_excel_for_mac_with_cr_only(tmp_path: Path) -> None:
    content = "Achternaam;Roepnaam;Groep\rMüller;Zoë;3\r".encode("cp1252")
    (row,) = read_classlist(write(tmp_path, content))
    assert (row.family, row.child, row.group) == ("Müller", "Zoë", 3)


# -- far too long ------------------------------------------------------------------------


@pytest.mark.parametrize("end", [b"\r", b"\n"])
def test_a_field_over_the_csv_modules_limit_is_one_error_naming_the_line(
    tmp_path: Path, end: bytes
) -> None:
    content = end.join([b"gezin;kind;groep", b"Kaya;Yusuf;4", b"Kaya;" + b"x" * 140_000 + b";4"])
    error = error_of(write(tmp_path, content))
    assert (error.key, error.line) == ("classlist.line_too_long", 3)
    assert "140,000" not in one_line(error) and "140,007 characters" in one_line(error)


def test_a_quoted_field_running_past_the_csv_limit_is_an_unclosed_quote(tmp_path: Path) -> None:
    lines = [b"gezin;kind;groep", b'Kaya;"Yusuf', *[b"y" * 50_000] * 4, b'";4']
    error = error_of(write(tmp_path, b"\r".join(lines)))
    assert (error.key, error.line) == ("classlist.unclosed_quote", 2)
    one_line(error)


def test_a_line_just_under_the_limit_in_an_unread_column_is_fine(tmp_path: Path) -> None:
    remark = "z" * (MAX_LINE - 100)
    content = f"gezin;kind;groep;opmerking\nKaya;Yusuf;4;{remark}\n".encode()
    (row,) = read_classlist(write(tmp_path, content))
    assert row.child == "Yusuf"


def test_a_read_cell_over_the_limit_is_named_by_line_and_column(tmp_path: Path) -> None:
    content = f"gezin;kind;groep\nKaya;Yusuf;4\nKaya;{'Emre' * MAX_CELL};4\n".encode()
    error = error_of(write(tmp_path, content))
    assert (error.key, error.line, error.values["column"]) == ("classlist.cell_too_long", 3, 2)
    assert "Line 3, column 2" in one_line(error)


def test_a_group_of_thousands_of_digits_is_a_bad_group(tmp_path: Path) -> None:
    # int() refuses more than 4,300 digits with ValueError; the group is refused first.
    content = f"gezin;kind;groep\nKaya;Yusuf;{'5' * 450}\n".encode()
    error = error_of(write(tmp_path, content))
    assert (error.key, error.line) == ("classlist.bad_group", 2)


def test_an_enormous_file_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "klas.csv"
    with path.open("wb") as file:
        file.write(HEADER.encode())
        file.truncate(50 * MAX_BYTES)  # sparse: cheap to make, 100 MB to read
    error = error_of(path)
    assert error.key == "classlist.too_large" and "klas.csv" in one_line(error)


def test_a_file_just_under_the_size_limit_is_read(tmp_path: Path) -> None:
    row = "Kaya;Yusuf;4;Fatma Kaya\n"
    body = HEADER + row * ((MAX_BYTES - len(HEADER)) // len(row))
    assert len(body.encode()) <= MAX_BYTES
    assert len(read_classlist(write(tmp_path, body.encode()))) > 80_000


# -- not text ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "key", "line"),
    [
        (b"gezin;kind;groep\nKa\x00ya;Yusuf;4\n", "classlist.nul", 2),
        ("gezin\tkind\tgroep\nKaya\tYu\x00suf\t4\n".encode("utf-16"), "classlist.nul", 2),
        ("gezin;kind;groep\nKaya;Yusuf;4\n".encode("utf-16-le"), "classlist.not_text", None),
        (b"gezin;kind;groep\nK\xc3\xa9ya;Yu\xffsuf;4\n", "classlist.not_text", None),
        (b"\xff\xfe" + b"\x00\xd8" * 3, "classlist.not_text", None),  # UTF-16, lone surrogate
        (bytes(range(256)) * 20, "classlist.not_text", None),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "classlist.not_text", None),
        (b"PK\x03\x04" + b"\x00" * 64, "classlist.spreadsheet", None),
        (b"", "classlist.empty", None),
        (b"\xef\xbb\xbf \r\n;;\r\n", "classlist.empty", None),
        (b"gezin;kind;groep\r", "classlist.no_rows", None),
        (b"\xef\xbb\xbfgezin;kind;groep\r\n;;\r\n", "classlist.no_rows", None),
    ],
    ids=[
        "NUL",
        "NUL in UTF-16",
        "UTF-16 without BOM",
        "bad UTF-8",
        "bad UTF-16",
        "binary",
        "PNG",
        "xlsx",
        "empty",
        "blank",
        "header only, CR",
        "header and empty rows",
    ],
)
def test_a_file_that_is_not_a_class_list_is_one_error(
    tmp_path: Path, content: bytes, key: str, line: int | None
) -> None:
    error = error_of(write(tmp_path, content))
    assert (error.key, error.line) == (key, line)
    message = one_line(error)
    assert f"Line {line}" in message if line else "klas.csv" in message


# -- not a file --------------------------------------------------------------------------


def test_a_folder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "klassen"
    folder.mkdir()
    error = error_of(folder)
    assert error.key == "classlist.folder" and "klassen is a folder" in one_line(error)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "klas.csv"
    os.mkfifo(pipe)
    error = error_of(pipe)
    assert error.key == "classlist.not_a_file" and "klas.csv" in one_line(error)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused() -> None:
    assert error_of(Path("/dev/zero")).key == "classlist.not_a_file"


@pytest.mark.parametrize(
    "name", ["nergens.csv", "file.txt/klas.csv", "bad\x00name.csv", "x" * 300 + ".csv"]
)
def test_a_path_that_cannot_be_opened_is_named(tmp_path: Path, name: str) -> None:
    (tmp_path / "file.txt").write_text("not a folder")
    error = error_of(tmp_path / name)
    assert error.key == "classlist.cannot_read"
    assert str(tmp_path) in one_line(error)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads a 0000 file anyway"
)
def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER.encode() + b"Kaya;Yusuf;4;\n")
    path.chmod(0)
    assert "Permission denied" in one_line(error_of(path))


# -- nothing written ---------------------------------------------------------------------


def test_a_refused_list_leaves_the_book_alone(class_book: ContactBook, tmp_path: Path) -> None:
    before = class_book.path.read_bytes()
    for content in (b"gezin;kind;groep\rKaya;" + b"x" * 140_000 + b";4\r", b"\x00" * 10):
        with pytest.raises(ClassListError):
            class_book.import_families(read_classlist(write(tmp_path, content)))
    assert class_book.path.read_bytes() == before


def test_a_home_folder_that_does_not_exist_is_named() -> None:
    error = error_of(Path("~geen-gebruiker-hier/klas.csv"))
    assert error.key == "classlist.cannot_read" and "~geen-gebruiker-hier" in one_line(error)


def test_a_home_folder_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    write(tmp_path, HEADER.encode() + b"Kaya;Yusuf;4;\n")
    assert [r.child for r in read_classlist("~/klas.csv")] == ["Yusuf"]
