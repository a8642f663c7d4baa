"""Finding a family from a plain keyboard: folding, ranking, ids and ambiguity."""

from __future__ import annotations

from datetime import date

import pytest

from storage import Child, ContactBook, Family
from storage.demo import build_demo
from storage.rules.matching import fold, rank


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Yılmaz", "yilmaz"),
        ("İlayda", "ilayda"),
        ("Øyen", "oyen"),
        ("Ødegård", "odegard"),
        ("Nguyễn", "nguyen"),
        ("Đặng", "dang"),
        ("Wiśniewska", "wisniewska"),
        ("Łukasz", "lukasz"),
        ("Weiß", "weiss"),
        ("ÖZTÜRK", "ozturk"),
        ("Çağan", "cagan"),
        ("Aït Taleb", "ait taleb"),
        ("Ibrahimović", "ibrahimovic"),
        ("  van  der   Berg ", "van der berg"),
        ("van ’t Hof", "van 't hof"),
        ("Ĳsbrand", "ijsbrand"),
    ],
)
def test_names_fold_to_what_a_plain_keyboard_types(name: str, folded: str) -> None:
    assert fold(name) == folded


def names(families: list[Family]) -> list[str]:
    return [f"{f.name} ({f.child_names})" for f in families]


# What a teacher may type, by the family of the class it finds (and only that one).
FOUND_BY = {
    "Yılmaz (Elif, Emre)": ["yilmaz", "YILMAZ", "Yılmaz", "emre"],
    "Øyen (Sigrid)": ["oyen", "Oyen", "sigr"],
    "Nguyễn (Minh)": ["nguyen"],
    "Öztürk (Mila, Sara)": ["ozturk", "sara"],
    "van der Berg (Daan)": ["van der berg", "Van Der Berg", "  van   der berg ", "berg", "daan"],
    "de Jong (Lucas)": ["lucas"],
    "de Jong (Noor)": ["noor"],
}
BOTH_DE_JONG = ["de Jong (Lucas)", "de Jong (Noor)"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [(query, [family]) for family, queries in FOUND_BY.items() for query in queries]
    + [("de jong", BOTH_DE_JONG), ("jong", BOTH_DE_JONG), ("zzz", []), ("", [])],
)
def test_find_families(class_book: ContactBook, query: str, expected: list[str]) -> None:
    assert names(class_book.find_families(query)) == expected


def test_find_by_id(class_book: ContactBook) -> None:
    nguyen = class_book.find_families("nguyen")[0]
    assert class_book.find_families(str(nguyen.id)) == [nguyen]
    assert class_book.find_families(f" {nguyen.id} ") == [nguyen]
    assert class_book.find_families("999") == []


def test_find_includes_archived_families_and_search_leaves_them_out(
    class_book: ContactBook,
) -> None:
    oyen = class_book.find_families("oyen")[0]
    class_book.set_active(oyen.id, False)
    assert [f.id for f in class_book.find_families("oyen")] == [oyen.id]
    assert class_book.find_families("oyen", include_archived=False) == []
    assert class_book.search("oyen") == []
    assert [f.id for f in class_book.search("oyen", include_archived=True)] == [oyen.id]


def test_search_ranks_the_best_match_first(class_book: ContactBook) -> None:
    assert names(class_book.search("y"))[0] == "Yılmaz (Elif, Emre)"
    assert names(class_book.search("van der b")) == ["van der Berg (Daan)"]
    assert names(class_book.search("de j")) == ["de Jong (Lucas)", "de Jong (Noor)"]
    # A family whose name starts with the letters beats one where they sit inside.
    assert names(class_book.search("o"))[:2] == ["Øyen (Sigrid)", "Öztürk (Mila, Sara)"]
    assert class_book.search("   ") == []


def test_an_exact_name_beats_a_longer_one(book: ContactBook) -> None:
    book.add_family(Family.new("Jansen"))
    book.add_family(Family.new("Jansen-Bakker"))
    assert names(book.find_families("jansen")) == ["Jansen ()"]
    assert names(book.find_families("jansen bakker")) == ["Jansen-Bakker ()"]
    assert [f.name for f in rank("jans", book.families())] == ["Jansen", "Jansen-Bakker"]


def test_names_typed_without_spaces_hyphens_or_apostrophes_are_found(book: ContactBook) -> None:
    book.add_family(Family.new("El Amrani", [Child("Yassin", 5)]))
    book.add_family(Family.new("Al-Hassan", [Child("Omar", 4)]))
    book.add_family(Family.new("van 't Hof", [Child("Saar", 5)]))
    book.add_family(Family.new("van der Berg", [Child("Daan", 5)]))
    assert names(book.find_families("elamrani")) == ["El Amrani (Yassin)"]
    assert names(book.find_families("al hassan")) == ["Al-Hassan (Omar)"]
    assert names(book.find_families("alhassan")) == ["Al-Hassan (Omar)"]
    assert names(book.find_families("vant hof")) == ["van 't Hof (Saar)"]
    assert names(book.find_families("vanderberg")) == ["van der Berg (Daan)"]
    # The compact form is a last resort: a real word match still ranks first.
    assert names(book.search("van"))[:2] == ["van 't Hof (Saar)", "van der Berg (Daan)"]


def test_every_demo_family_is_found_by_its_plain_name() -> None:
    data = build_demo(families=400, weeks=1, seed=11, today=date(2026, 11, 25))
    families = [Family.from_doc(int(k), d) for k, d in data["families"].items()]
    for family in families:
        typed = fold(family.name)
        assert typed.isascii(), family.name
        found = rank(typed, families)
        assert family in found, family.name
        for child in family.children:
            assert fold(child.name).isascii(), child.name
