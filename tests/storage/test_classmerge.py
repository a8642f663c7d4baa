"""The class-list merge: the same answers as before, linear work, the lock only for the merge.

tests/storage/classmerge_reference.py is the merge as it was (a scan of every family on
file per row: 5,000 rows took 22 s under the lock). The linear one must give exactly
what it gave, for any book and any list.
"""

from __future__ import annotations

import sys
from pathlib import Path

import classmerge_reference as reference
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import storage.classlists.classmerge as classmerge
import storage.engine.transaction as book_module
from storage import Child, ContactBook, Family, Moment
from storage.classlists.classlist import ClassRow, read_classlist

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_import import class_list  # noqa: E402

# Few names, so families, children and guardians collide the way real ones do: two de
# Jong families, Yılmaz spelt Yilmaz, a child in two families, parents who share a name.
_FAMILY = st.sampled_from(["de Jong", "De Jong", "Yılmaz", "Yilmaz", "Bakker", "Øyen"])
_CHILD = st.sampled_from(["Daan", "daan", "Noor", "Lucas", "Emma", "Elif", "Sigrid"])
_GUARDIANS = st.lists(
    st.sampled_from(["Anna", "anna", "Ayşe", "Ayse", "Pieter", "Ingrid", ""]), max_size=3
).map(tuple)
_EXTRA = st.sampled_from(["", "", "Turks", "WhatsApp"])


@st.composite
def books(draw) -> list[Family]:
    count = draw(st.integers(0, 7))
    return [
        Family(
            id=family_id,
            name=draw(_FAMILY),
            children=tuple(
                Child(name, draw(st.integers(1, 8))) for name in draw(st.lists(_CHILD, max_size=3))
            ),
            guardians=draw(_GUARDIANS),
            language=draw(_EXTRA),
            channel=draw(_EXTRA),
            active=draw(st.booleans()),
        )
        for family_id in draw(
            st.lists(st.integers(1, 40), min_size=count, max_size=count, unique=True)
        )
    ]


@st.composite
def lists(draw) -> list[ClassRow]:
    return [
        ClassRow(
            line=line,
            family=draw(_FAMILY),
            child=draw(_CHILD),
            group=draw(st.integers(1, 8)),
            guardians=draw(_GUARDIANS),
            language=draw(_EXTRA),
            channel=draw(_EXTRA),
        )
        for line in range(2, 2 + draw(st.integers(0, 12)))
    ]


@settings(max_examples=400, deadline=None)
@given(existing=books(), rows=lists())
def test_the_linear_merge_gives_what_the_old_one_gave(existing, rows) -> None:
    next_id = max((f.id for f in existing), default=0) + 1
    assert classmerge.family_rows(rows) == reference.family_rows(rows)
    changed, result = classmerge.merge_class_list(existing, rows, next_id)
    old_changed, old_result = reference.merge_class_list(existing, rows, next_id)
    assert changed == old_changed
    assert (result.added, result.updated, result.unchanged) == (
        old_result.added,
        old_result.updated,
        old_result.unchanged,
    )


@settings(max_examples=100, deadline=None)
@given(existing=books(), first=lists(), second=lists())
def test_a_second_list_on_the_merged_book_too(existing, first, second) -> None:
    next_id = 41
    changed, _ = classmerge.merge_class_list(existing, first, next_id)
    by_id = {f.id: f for f in existing} | {f.id: f for f in changed}
    book = sorted(by_id.values(), key=lambda f: f.id)
    next_id += len(changed)
    assert (
        classmerge.merge_class_list(book, second, next_id)[0]
        == (reference.merge_class_list(book, second, next_id)[0])
    )


# -- linear --------------------------------------------------------------------------------


def lines_run(action) -> int:
    """How many lines of Python `action` runs: work, counted without a clock."""
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return trace

    sys.settrace(trace)
    try:
        action()
    finally:
        sys.settrace(None)
    return count


def reimport_work(tmp_path: Path, rows: int) -> tuple[int, int]:
    """Lines run to read a list of `rows` rows, and to import it again into a book."""
    csv = tmp_path / f"klas-{rows}.csv"
    csv.write_text(class_list(rows), encoding="utf-8")
    book = ContactBook(tmp_path / f"book-{rows}.json")
    parsed = read_classlist(csv)
    book.import_families(parsed)
    getattr(classmerge.fold, "cache_clear", lambda: None)()  # each size folds afresh
    reading = lines_run(lambda: read_classlist(csv))
    importing = lines_run(lambda: book.import_families(parsed))
    return reading, importing


def test_reading_and_reimporting_grow_linearly_with_the_list(tmp_path: Path) -> None:
    small_read, small_import = reimport_work(tmp_path, 150)
    big_read, big_import = reimport_work(tmp_path, 600)
    # Four times the rows: about four times the work when linear, sixteen when quadratic.
    assert big_read / small_read < 6, (small_read, big_read)
    assert big_import / small_import < 6, (small_import, big_import)


# -- the lock ------------------------------------------------------------------------------


def test_only_the_merge_and_the_write_run_inside_the_lock(
    book: ContactBook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the list is grouped, another writer gets in; the merge sees what it wrote."""
    csv = tmp_path / "klas.csv"
    csv.write_text("gezin;kind;groep\nKaya;Yusuf;4\nØyen;Sigrid;5\n", encoding="utf-8")
    rows = read_classlist(csv)
    other = ContactBook(book.path, clock=book._clock)
    held = []
    real_locked, real_family_rows = book_module.locked, classmerge.family_rows
    real_merge = classmerge.merge_class_list

    def locked(path, *args, **kwargs):
        held.append(True)
        try:
            with real_locked(path, *args, **kwargs):
                yield
        finally:
            held.pop()

    calls = []

    def family_rows(rows):
        calls.append(("group rows", bool(held)))
        if not held and other.find_families("kaya") == []:
            # Another command writes meanwhile: it would wait 15 s and fail with "busy"
            # if the import held the lock now.
            kaya = other.add_family(Family.new("Kaya", [Child("Yusuf", 3)]))
            other.log(kaya.id, Moment.PICKUP)
        return real_family_rows(rows)

    def merge_class_list(*args):
        calls.append(("merge", bool(held)))
        return real_merge(*args)

    monkeypatch.setattr(book_module, "locked", __import__("contextlib").contextmanager(locked))
    monkeypatch.setattr(classmerge, "family_rows", family_rows)
    monkeypatch.setattr(classmerge, "merge_class_list", merge_class_list)

    result = book.import_families(rows)

    assert calls == [("group rows", False), ("merge", True)]
    # The merge saw the family written while the list was grouped: found, group updated.
    assert (result.added, result.updated) == (1, 1)
    (kaya,) = book.find_families("kaya")
    assert kaya.children == (Child("Yusuf", 4),)
    assert len(book.contacts()) == 1
