"""`schoolyard import CLASS.csv`: Dutch exports, re-imports; a bad list imports nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook

pytest.importorskip("storage.classlists.classlist")

BOM = "\ufeff"


def write(path: Path, text: str, *, bom: bool = False) -> Path:
    path.write_bytes(((BOM if bom else "") + text).encode("utf-8"))
    return path


def test_semicolon_bom_dutch_headers(run, book: ContactBook, tmp_path: Path) -> None:
    csv = write(
        tmp_path / "klas.csv",
        "Gezin;Kind;Groep;Ouders;Taal;Kanaal\r\n"
        "Yılmaz;Elif;5;Ayşe Yılmaz;Turks;WhatsApp\r\n"
        "Yılmaz;Emre;2;Ayşe Yılmaz;Turks;WhatsApp\r\n"
        "Øyen;Sigrid;5;Ingrid Øyen;Noors;e-mail\r\n",
        bom=True,
    )
    result = run("import", str(csv))
    assert result.code == 0, result.err
    assert "2 families added, 0 updated, 0 unchanged" in result.out
    [yilmaz] = book.find_families("yilmaz")
    assert yilmaz.name == "Yılmaz"
    assert sorted((c.name, c.group) for c in yilmaz.children) == [("Elif", 5), ("Emre", 2)]
    assert (yilmaz.language, yilmaz.channel) == ("Turks", "WhatsApp")
    again = run("import", str(csv))
    assert "0 families added, 0 updated, 2 unchanged" in again.out
    assert len(book.families()) == 2


def test_shared_fixtures(run, book: ContactBook, fixture_path) -> None:
    assert run("import", str(fixture_path("klaslijst-groep-5.csv"))).code == 0
    assert run("import", str(fixture_path("gezinnen.csv"))).code == 0
    [ozturk] = book.find_families("ozturk")
    assert {c.group for c in ozturk.children} >= {5}
    [mulder] = book.find_families("mulder")
    assert {c.name for c in mulder.children} == {"Bram", "Fenna"}
    assert book.find_families("bram") == [mulder]


def test_a_missing_required_column_imports_nothing(
    run, class_book: ContactBook, book_path: Path, tmp_path: Path
) -> None:
    before = book_path.read_bytes()
    csv = write(tmp_path / "klas.csv", "gezin;kind\nKaya;Yusuf\n", bom=True)
    result = run("import", str(csv))
    assert result.code == 2
    assert "groep" in result.err.lower() or "group" in result.err.lower()
    assert len(result.err.strip().splitlines()) == 1
    assert book_path.read_bytes() == before


def test_a_bad_row_is_named_and_nothing_imported(run, book: ContactBook, tmp_path: Path) -> None:
    csv = write(tmp_path / "klas.csv", "family,child,group\nKaya,Yusuf,4\nAsante,Kofi,twelve\n")
    result = run("import", str(csv))
    assert result.code == 2
    assert "3" in result.err  # the line of the bad row
    assert book.families() == []


def test_a_missing_file(run, book: ContactBook, tmp_path: Path) -> None:
    result = run("import", str(tmp_path / "nope.csv"))
    assert result.code == 2
    assert "nope.csv" in result.err


def test_import_in_dutch(run, book: ContactBook, tmp_path: Path) -> None:
    csv = write(tmp_path / "klas.csv", "gezin;kind;groep\nKaya;Yusuf;4\n")
    result = run("--lang", "nl", "import", str(csv))
    assert "1 gezin toegevoegd" in result.out
    bad = write(tmp_path / "leeg.csv", "gezin;kind\n")
    assert "niets ingelezen" in run("--lang", "nl", "import", str(bad)).err


# -- files that are not a class list: one line, exit 2, nothing written --------------------

NOT_A_CLASS_LIST = {
    "CR-only and a field over csv's limit": b"gezin;kind;groep\rKaya;" + b"x" * 140_000 + b";4\r",
    "a cell far too long": b"gezin;kind;groep\nKaya;" + b"Yusuf" * 200 + b";4\n",
    "an unclosed quote": b'gezin;kind;groep\rKaya;"Yusuf;4\rBakker;Sem;5\r',
    "a NUL byte": b"gezin;kind;groep\nKa\x00ya;Yusuf;4\n",
    "undecodable bytes": b"gezin;kind;groep\nK\xc3\xa9ya;Yu\xffsuf;4\n",
    "an empty file": b"",
    "a header only": b"\xef\xbb\xbfgezin;kind;groep\r\n",
    "a binary file": bytes(range(256)) * 8,
}


@pytest.mark.parametrize("content", NOT_A_CLASS_LIST.values(), ids=NOT_A_CLASS_LIST.keys())
def test_a_file_that_is_not_a_class_list_is_one_line_and_exit_2(
    run, class_book: ContactBook, book_path: Path, tmp_path: Path, content: bytes
) -> None:
    before = book_path.read_bytes()
    csv = tmp_path / "klas.csv"
    csv.write_bytes(content)
    for language in ("en", "nl"):
        result = run("--lang", language, "import", str(csv))
        assert result.code == 2, result
        assert len(result.err.strip().splitlines()) == 1, result.err
        assert "Traceback" not in result.err and result.out == ""
    assert book_path.read_bytes() == before


def test_excel_for_mac_line_ends_import(run, book: ContactBook, tmp_path: Path) -> None:
    csv = tmp_path / "klas.csv"
    csv.write_bytes("Achternaam;Roepnaam;Groep\rMüller;Zoë;3\rØyen;Sigrid;5\r".encode("cp1252"))
    result = run("import", str(csv))
    assert result.code == 0, result.err
    assert "2 families added" in result.out
    assert sorted(f.name for f in book.families()) == ["Müller", "Øyen"]


def test_the_reported_crash_as_a_real_process(process, book_path: Path, tmp_path: Path) -> None:
    """Excel for Mac line ends and a 140,000-character field: one line, no traceback."""
    csv = tmp_path / "klas.csv"
    csv.write_bytes(b"gezin;kind;groep\rKaya;Yusuf;4\rKaya;" + b"x" * 140_000 + b";4\r")
    result = process("--data", str(book_path), "import", str(csv))
    assert result.code == 2
    assert result.err.strip().splitlines() == [
        "klas.csv: Line 3 is 140,007 characters long; a class list's lines are far shorter."
        " Is it the right file? Nothing was imported."
    ]
    assert not book_path.exists()


def test_a_folder_is_called_a_folder(run, book: ContactBook, tmp_path: Path) -> None:
    (tmp_path / "klassen").mkdir()
    result = run("import", str(tmp_path / "klassen"))
    assert result.code == 2
    assert result.err.strip() == "klassen is a folder; give the class list file inside it."


def test_one_family_imported_is_singular(run, tmp_path: Path) -> None:
    csv = write(tmp_path / "klas.csv", "Gezin;Kind;Groep\r\nØyen;Sigrid;5\r\n", bom=True)
    assert "1 family added, 0 updated, 0 unchanged" in run("import", str(csv)).out
    dutch = run("import", str(csv), "--lang", "nl", data=tmp_path / "tweede.json").out
    assert "1 gezin toegevoegd, 0 bijgewerkt" in dutch
