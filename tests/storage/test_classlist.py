"""Class-list CSV import: the shapes teachers bring, strict errors, re-import without duplicates."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from storage import Child, ContactBook
from storage.classlists.classlist import ClassListError, ClassRow, ImportResult, read_classlist
from storage.engine import storage as engine_storage
from tui import text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def write(tmp_path: Path, content: str | bytes, name: str = "klas.csv") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def listed(tmp_path: Path, content: str | bytes) -> list[ClassRow]:
    """The rows of a class list with `content`, read as the app reads it."""
    return read_classlist(write(tmp_path, content))


def by_name(book: ContactBook, name: str):
    return [f for f in book.families(include_archived=True) if f.name == name]


def error_of(path: Path) -> ClassListError:
    with pytest.raises(ClassListError) as caught:
        read_classlist(path)
    return caught.value


# -- the shared fixtures ---------------------------------------------------------------


def test_student_admin_export_with_bom_and_semicolons(book: ContactBook) -> None:
    rows = read_classlist(FIXTURES / "klaslijst-groep-5.csv")

    assert rows[0] == ClassRow(line=2, family="Visser", child="Daan", group=5)
    assert [r.family for r in rows if r.child in ("Noor", "Emma")] == ["van Dijk", "van den Heuvel"]
    assert book.import_families(rows) == ImportResult(added=9, updated=0, unchanged=0)
    (ozturk,) = by_name(book, "Öztürk")
    assert ozturk.children == (Child("Mila", 5), Child("Sara", 3))
    assert [f.name for f in book.families()].count("Öztürk") == 1
    assert by_name(book, "Wiśniewska")[0].children == (Child("Zuzanna", 5),)
    assert by_name(book, "Tjin-A-Fat")[0].children == (Child("Julian", 5),)


def test_family_format_with_quoted_guardians(book: ContactBook) -> None:
    rows = read_classlist(FIXTURES / "gezinnen.csv")

    assert rows[0].guardians == ("Ilse Mulder", "Pieter Mulder")
    assert book.import_families(rows) == ImportResult(added=3, updated=0, unchanged=0)
    (mulder,) = by_name(book, "Mulder")
    assert mulder.children == (Child("Bram", 2), Child("Fenna", 6))
    assert mulder.guardians == ("Ilse Mulder", "Pieter Mulder")
    assert (mulder.language, mulder.channel) == ("Nederlands", "app")
    assert by_name(book, "Kaya")[0].channel == "WhatsApp"


# -- other shapes ------------------------------------------------------------------------


def test_dutch_headers_keep_hard_names_exactly(book: ContactBook) -> None:
    rows = read_classlist(FIXTURES / "gezin-kind-groep.csv")

    # Blank lines and a line of bare semicolons are skipped; line numbers stay the file's.
    assert [r.line for r in rows] == [2, 3, 5, 7, 8, 9, 10, 11]
    result = book.import_families(rows)
    assert result == ImportResult(added=7, updated=0, unchanged=0)
    names = {f.name for f in book.families()}
    assert {"Yılmaz", "Nguyễn", "Wiśniewska", "van der Berg", "Øyen", "de Jong"} <= names
    (yilmaz,) = by_name(book, "Yılmaz")
    assert yilmaz.guardians == ("Ayşe Yılmaz", "Mehmet Yılmaz")
    assert yilmaz.children == (Child("Elif", 5), Child("Emre", 2))
    assert by_name(book, "Nguyễn")[0].children[0].name == "Minh"
    # Two families named de Jong with different guardians stay two families.
    jongs = by_name(book, "de Jong")
    assert sorted(c.name for f in jongs for c in f.children) == ["Lucas", "Noor"]
    assert {f.guardians for f in jongs} == {("Mark de Jong",), ("Fatima de Jong",)}


def test_english_headers_in_capitals_and_guardian_columns(book: ContactBook) -> None:
    rows = read_classlist(FIXTURES / "families-english.csv")

    assert rows[0] == ClassRow(
        line=2,
        family="O'Brien",
        child="Aoife",
        group=3,
        guardians=("Siobhan O'Brien", "Liam O'Brien"),
        language="English",
        channel="email",
    )
    book.import_families(rows)
    (asante,) = by_name(book, "Asante")
    assert asante.children == (Child("Kofi", 7), Child("Ama", 1))


def test_student_admin_with_tussenvoegsel_and_group_notations() -> None:
    rows = read_classlist(FIXTURES / "leerlingen-export.csv")

    assert [(r.family, r.child, r.group) for r in rows] == [
        ("van der Berg", "Sem", 5),
        ("Øyen", "Lina", 3),
        ("Yılmaz", "Elif", 6),
        ("Yılmaz", "Emre", 2),
    ]


def test_windows_1252_from_excel_is_read() -> None:
    rows = read_classlist(FIXTURES / "excel-windows-1252.csv")

    assert [(r.family, r.child) for r in rows] == [
        ("Müller", "Jürgen"),
        ("Çelik", "Ayse"),
        ("Åberg", "Søren"),
    ]


def test_utf16_tab_separated_from_excel_unicode_text(tmp_path: Path) -> None:
    content = "Gezin\tKind\tGroep\r\nYılmaz\tElif\t5\r\n".encode("utf-16")
    rows = read_classlist(write(tmp_path, content))

    assert (rows[0].family, rows[0].child, rows[0].group) == ("Yılmaz", "Elif", 5)


def test_comma_file_with_semicolons_inside_quotes(tmp_path: Path) -> None:
    path = write(tmp_path, 'family,child,group,guardians\nMulder,Bram,2,"Ilse; Pieter"\n')

    assert read_classlist(path)[0].guardians == ("Ilse", "Pieter")


def test_a_title_above_the_header_is_skipped(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Klassenlijst groep 5, schooljaar 2026-2027\n\nRoepnaam;Achternaam;Groep\n"
        "Daan;Visser;5\nNoor;Dijk;twee\n",
    )

    err = error_of(path)
    assert (err.key, err.line) == ("classlist.bad_group", 5)
    path.write_text(path.read_text().replace("twee", "2"), encoding="utf-8")
    assert [(r.line, r.family) for r in read_classlist(path)] == [(4, "Visser"), (5, "Dijk")]


def test_decomposed_letters_are_stored_composed(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "Nguyễn")
    rows = read_classlist(write(tmp_path, f"gezin;kind;groep\n{name};Minh;5\n"))

    assert rows[0].family == "Nguyễn"


def test_extra_spaces_are_collapsed_and_short_rows_read(tmp_path: Path) -> None:
    path = write(tmp_path, "gezin;kind;groep;taal\n  van  der   Berg ; Daan ; 5 \n")

    assert read_classlist(path) == [ClassRow(2, "van der Berg", "Daan", 5)]


# -- errors: nothing is imported ---------------------------------------------------------


def test_missing_required_column_imports_nothing(book: ContactBook) -> None:
    err = error_of(FIXTURES / "zonder-groep.csv")

    assert err.key == "classlist.missing_column"
    assert err.values == {"column": "groep/group"}
    assert "groep/group" in str(err)
    assert not book.exists()


def test_several_missing_columns_are_named_together(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "naam;klas\nDaan;5\n"))

    assert err.key == "classlist.missing_columns"
    for column in ("gezin/family", "kind/child", "groep/group"):
        assert column in str(err)


def test_student_admin_list_without_surname(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "roepnaam;groep\nDaan;5\n"))

    assert (err.key, err.values) == ("classlist.missing_column", {"column": "achternaam"})


def test_bad_group_names_the_line_and_child_and_imports_nothing(class_book: ContactBook) -> None:
    before = class_book.path.read_bytes()
    err = error_of(FIXTURES / "groep-negen.csv")

    assert err.key == "classlist.bad_group"
    assert err.line == 4
    assert err.values == {"line": 4, "child": "Yusuf", "family": "Kaya", "group": "9"}
    assert str(err).startswith("Line 4 (Yusuf Kaya)")
    assert class_book.path.read_bytes() == before


@pytest.mark.parametrize("group", ["0", "9", "vijf", "", "1/3", "8/9", "2/1", "1/", "-3", "5.5"])
def test_groups_outside_one_to_eight_are_refused(tmp_path: Path, group: str) -> None:
    err = error_of(write(tmp_path, f"gezin;kind;groep\nKaya;Yusuf;4\nMulder;Bram;{group}\n"))

    assert (err.key, err.line, err.values["group"]) == ("classlist.bad_group", 3, group)


def test_empty_child_names_the_line(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "gezin;kind;groep\nKaya;Yusuf;4\nMulder;;2\n"))

    assert (err.key, err.line) == ("classlist.empty_child", 3)
    assert "Line 3" in str(err)


def test_empty_family_names_the_line(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "roepnaam;voorvoegsel;achternaam;groep\nDaan;;;5\n"))

    assert (err.key, err.line, err.values["child"]) == ("classlist.empty_family", 2, "Daan")


def test_same_child_in_two_groups_is_refused(tmp_path: Path) -> None:
    err = error_of(write(tmp_path, "gezin;kind;groep\nKaya;Yusuf;4\nKaya;Ali;2\nKaya;Yusuf;5\n"))

    assert (err.key, err.line, err.values["first"]) == ("classlist.duplicate_child", 4, 2)


def test_same_row_twice_is_harmless(book: ContactBook, tmp_path: Path) -> None:
    rows = read_classlist(write(tmp_path, "gezin;kind;groep\nKaya;Yusuf;4\nKaya;Yusuf;4\n"))

    book.import_families(rows)
    assert by_name(book, "Kaya")[0].children == (Child("Yusuf", 4),)


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"", "classlist.empty"),
        (b"\xef\xbb\xbf\r\n\r\n", "classlist.empty"),
        (b"gezin;kind;groep\n\n", "classlist.no_rows"),
        (b"PK\x03\x04\x14\x00\x06\x00", "classlist.spreadsheet"),
        ("gezin;kind;groep\n".encode("utf-16-le"), "classlist.not_text"),
        # A damaged UTF-8 file is refused rather than read as Windows-1252 mojibake.
        ("gezin;kind;groep\nÖztürk;Mila;5\n".encode() + b"Kaya;Yusuf;\xff\n", "classlist.not_text"),
        (b'gezin;kind;groep\nKaya;"Yusuf;4\nMulder;Bram;2\n', "classlist.unclosed_quote"),
        (b"gezin;kind;groep;Groep\nKaya;Yusuf;4;4\n", "classlist.duplicate_column"),
    ],
)
def test_files_that_cannot_be_imported(tmp_path: Path, content: bytes, key: str) -> None:
    assert error_of(write(tmp_path, content)).key == key


def test_a_missing_file_is_an_error_with_a_key(tmp_path: Path) -> None:
    err = error_of(tmp_path / "nergens.csv")

    assert err.key == "classlist.cannot_read"
    assert err.line is None


def test_every_error_reads_as_a_sentence_in_both_languages(tmp_path: Path) -> None:
    """The exception's text is the English entry; the Dutch one takes the same values."""
    cases = [
        b"",
        b"gezin;kind;groep\n",
        b"PK\x03\x04",
        b"gezin\x00",
        b'gezin;kind;groep\nKaya;"Yusuf;4\n',
        b"gezin;kind;groep;groep\n",
        b"gezin;kind\nKaya;Yusuf\n",
        b"naam\nKaya\n",
        b"gezin;kind;groep\nKaya;;4\n",
        b"roepnaam;achternaam;groep\nDaan;;4\n",
        b"gezin;kind;groep\nKaya;Yusuf;twaalf\n",
        b"gezin;kind;groep\nKaya;Yusuf;4\nKaya;Yusuf;5\n",
    ]
    keys = set()
    try:
        for index, content in enumerate(cases):
            err = error_of(write(tmp_path, content, f"{index}.csv"))
            keys.add(err.key)
            text.set_language("en")
            assert text.t(err.key, **err.values) == str(err)
            text.set_language("nl")
            dutch = text.t(err.key, **err.values)
            assert dutch.endswith(".") and dutch != str(err)
            if err.line is not None:
                assert f"Regel {err.line}" in dutch
        err = error_of(tmp_path / "missing.csv")
        assert text.t(err.key, **err.values)
    finally:
        text.set_language("en")
    assert len(keys) == len(cases)
    assert text.t("classlist.imported", added=1, updated=2, unchanged=3)


# -- importing into the book --------------------------------------------------------------


def test_import_is_one_write(book: ContactBook, monkeypatch: pytest.MonkeyPatch) -> None:
    writes = []
    real = engine_storage.atomic_write
    monkeypatch.setattr(
        engine_storage, "atomic_write", lambda *a, **k: writes.append(1) or real(*a, **k)
    )

    book.import_families(read_classlist(FIXTURES / "gezin-kind-groep.csv"))
    assert len(writes) == 1


def test_importing_the_same_list_again_changes_nothing(book: ContactBook) -> None:
    for name in ("klaslijst-groep-5.csv", "gezinnen.csv", "gezin-kind-groep.csv"):
        rows = read_classlist(FIXTURES / name)
        first = book.import_families(rows)
        before = book.families(include_archived=True)

        again = book.import_families(rows)
        families = first.added + first.updated + first.unchanged
        assert again == ImportResult(added=0, updated=0, unchanged=families)
        assert book.families(include_archived=True) == before


def test_reimport_updates_groups_adds_siblings_and_keeps_what_the_teacher_typed(
    book: ContactBook, tmp_path: Path
) -> None:
    book.import_families(read_classlist(FIXTURES / "gezinnen.csv"))
    (kaya,) = by_name(book, "Kaya")
    book.update_family(replace(kaya, channel="telefoon", tips="Liever bellen."))
    (mulder,) = by_name(book, "Mulder")
    book.set_active(mulder.id, False)

    # A year later: everyone a group up, a new Kaya sibling, Mulder back in class.
    rows = listed(
        tmp_path,
        "family,child,group,guardians,language,channel\n"
        'Mulder,Bram,3,"Ilse Mulder; Pieter Mulder",Nederlands,app\n'
        'Mulder,Fenna,7,"Ilse Mulder; Pieter Mulder",Nederlands,app\n'
        "Kaya,Yusuf,5,Hatice Kaya,Turks,WhatsApp\n"
        "Kaya,Zeynep,1,Hatice Kaya,Turks,WhatsApp\n"
        "Asante,Kofi,7,Abena Asante,Engels,sms\n",
    )
    assert book.import_families(rows) == ImportResult(added=0, updated=2, unchanged=1)
    assert len(book.families(include_archived=True)) == 3
    (kaya,) = by_name(book, "Kaya")
    assert kaya.children == (Child("Yusuf", 5), Child("Zeynep", 1))
    assert (kaya.channel, kaya.tips) == ("telefoon", "Liever bellen.")
    (mulder,) = by_name(book, "Mulder")
    assert mulder.active
    assert mulder.children == (Child("Bram", 3), Child("Fenna", 7))


def test_empty_fields_are_filled_from_the_list(book: ContactBook, tmp_path: Path) -> None:
    book.import_families(read_classlist(FIXTURES / "klaslijst-groep-5.csv"))
    rows = listed(
        tmp_path, "gezin;kind;groep;ouders;taal;kanaal\nÖztürk;Mila;5;Derya Öztürk;Turks;app\n"
    )

    assert book.import_families(rows) == ImportResult(added=0, updated=1, unchanged=0)
    (ozturk,) = by_name(book, "Öztürk")
    assert (ozturk.guardians, ozturk.language, ozturk.channel) == (
        ("Derya Öztürk",),
        "Turks",
        "app",
    )
    assert ozturk.children == (Child("Mila", 5), Child("Sara", 3))


def test_a_family_typed_without_accents_in_the_app_is_found(
    class_book: ContactBook, tmp_path: Path
) -> None:
    count = len(class_book.families())
    rows = read_classlist(write(tmp_path, "gezin;kind;groep\nYILMAZ;elif;6\nOyen;Sigrid;5\n"))

    assert class_book.import_families(rows) == ImportResult(added=0, updated=1, unchanged=1)
    assert len(class_book.families()) == count
    (yilmaz,) = by_name(class_book, "Yılmaz")
    assert yilmaz.children == (Child("Elif", 6), Child("Emre", 2))


def test_families_sharing_a_surname(class_book: ContactBook, tmp_path: Path) -> None:
    rows = listed(tmp_path, "gezin;kind;groep\nde Jong;Lucas;6\nde Jong;Noor;5\nde Jong;Sem;1\n")

    # Lucas's and Noor's families are found by their child; Sem's family is new.
    assert class_book.import_families(rows) == ImportResult(added=1, updated=2, unchanged=0)
    jongs = by_name(class_book, "de Jong")
    assert sorted((f.guardians, f.children) for f in jongs) == [
        ((), (Child("Sem", 1),)),
        (("Fatima de Jong",), (Child("Noor", 5),)),
        (("Mark de Jong",), (Child("Lucas", 6),)),
    ]


def test_a_family_is_found_by_its_guardians_when_the_children_are_new(
    class_book: ContactBook, tmp_path: Path
) -> None:
    rows = listed(tmp_path, "gezin;kind;groep;ouders\nde Jong;Jesse;1;Fatima de Jong\n")

    assert class_book.import_families(rows) == ImportResult(added=0, updated=1, unchanged=0)
    jongs = {f.guardians: f for f in by_name(class_book, "de Jong")}
    assert jongs[("Fatima de Jong",)].children == (Child("Noor", 4), Child("Jesse", 1))
    assert jongs[("Mark de Jong",)].children == (Child("Lucas", 5),)


def test_same_surname_different_guardians_on_the_list_are_two_families(
    book: ContactBook, tmp_path: Path
) -> None:
    rows = listed(
        tmp_path,
        "gezin;kind;groep;ouders\n"
        "de Jong;Lucas;5;Mark de Jong\n"
        "de Jong;Noor;4;Fatima de Jong\n"
        "de Jong;Jesse;1;Fatima de Jong\n",
    )

    assert book.import_families(rows) == ImportResult(added=2, updated=0, unchanged=0)
    assert sorted(len(f.children) for f in by_name(book, "de Jong")) == [1, 2]


def test_siblings_with_a_guardian_in_common_are_one_family(
    book: ContactBook, tmp_path: Path
) -> None:
    rows = listed(
        tmp_path,
        "gezin;kind;groep;ouders\n"
        "Mulder;Bram;2;Ilse Mulder\n"
        "de Jong;Lucas;5;Mark de Jong\n"
        "Mulder;Fenna;6;Pieter Mulder en ilse mulder\n"
        "Mulder;Sem;1;Pieter Mulder\n"
        "de Jong;Noor;4;Fatima de Jong\n",
    )

    assert book.import_families(rows) == ImportResult(added=3, updated=0, unchanged=0)
    (mulder,) = by_name(book, "Mulder")
    assert [c.name for c in mulder.children] == ["Bram", "Fenna", "Sem"]
    assert mulder.guardians == ("Ilse Mulder", "Pieter Mulder")
    assert len(by_name(book, "de Jong")) == 2


def test_same_child_in_two_groups_across_guardian_spellings(tmp_path: Path) -> None:
    err = error_of(
        write(
            tmp_path,
            "gezin;kind;groep;ouders\nKaya;Yusuf;4;Hatice Kaya\nKaya;Yusuf;5;hatice kaya\n",
        )
    )

    assert (err.key, err.line) == ("classlist.duplicate_child", 3)


def test_contacts_survive_a_reimport(class_book: ContactBook, tmp_path: Path) -> None:
    contacts = class_book.contacts()
    rows = read_classlist(write(tmp_path, "gezin;kind;groep\nde Jong;Lucas;6\nÖztürk;Mila;6\n"))

    class_book.import_families(rows)
    assert class_book.contacts() == contacts


def test_a_new_child_beside_a_known_one_is_a_sibling(
    class_book: ContactBook, tmp_path: Path
) -> None:
    rows = read_classlist(write(tmp_path, "gezin;kind;groep\nde Jong;Lucas;5\nde Jong;Jesse;1\n"))

    assert class_book.import_families(rows) == ImportResult(added=0, updated=1, unchanged=0)
    jongs = {f.guardians: f for f in by_name(class_book, "de Jong")}
    assert jongs[("Mark de Jong",)].children == (Child("Lucas", 5), Child("Jesse", 1))
