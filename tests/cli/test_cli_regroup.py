"""`schoolyard families merge|split` and the import's report of families made by surname."""

from __future__ import annotations

from pathlib import Path

from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook


def test_import_reports_then_split_and_merge(run, book: ContactBook, tmp_path: Path) -> None:
    csv = tmp_path / "klas.csv"
    csv.write_bytes("\ufeffgezin;kind;groep\nde Vries;Sanne;4\nde Vries;Lucas;6\n".encode())
    result = run("import", str(csv))
    assert result.code == 0, result.err
    [family] = book.families()
    check = [line for line in result.out.splitlines() if line.startswith("Check:")]
    assert check == [
        "Check: de Vries (Sanne, Lucas) became one family by surname alone (the list has no"
        f" guardians). Two families? schoolyard families split {family.id} Lucas"
    ]
    split = run("families", "split", str(family.id), "Lucas")
    assert split.code == 0, split.err
    assert sorted(f.child_names for f in book.families()) == ["Lucas", "Sanne"]
    listing = run("families").out.splitlines()
    assert len(listing) == 2

    merged = run("families", "merge", "sanne", "lucas")
    assert merged.code == 0, merged.err
    [one] = book.families()
    assert one.child_names == "Sanne, Lucas"


def test_bad_merges_and_splits_write_nothing(run, class_book: ContactBook) -> None:
    before = class_book.path.read_bytes()
    for argv in (
        ["families", "merge", "de jong", "yilmaz"],  # ambiguous
        ["families", "merge", "yilmaz", "yilmaz"],
        ["families", "split", "yilmaz", "Noor"],
        ["--lang", "nl", "families", "split", "oyen", "Sigrid"],
    ):
        result = run(*argv)
        assert result.code == 2, argv
        assert "Traceback" not in result.err
    assert class_book.path.read_bytes() == before
