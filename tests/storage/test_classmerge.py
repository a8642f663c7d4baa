"""The class-list merge: the same answers as before, linear work, the lock only for the merge.

The merge was a scan of every family on file per row (5,000 rows took 22 s under the
lock); the linear one must give exactly what it gave. classmerge_cases.json holds what
the old merge gave for 250 seeded random books and lists (the old code itself is in git:
tests/storage/classmerge_reference.py before this file read the cases): few names, so
families, children and guardians collide as real ones do — two de Jong families, Yılmaz
spelt Yilmaz, a child in two families, parents who share a name.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import storage.classlists.classmerge as classmerge
import storage.engine.transaction as book_module
from storage import Child, ContactBook, Family, Moment
from storage.classlists.classlist import ClassRow, read_classlist

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_import import class_list  # noqa: E402

CASES = json.loads(Path(__file__).with_name("classmerge_cases.json").read_text(encoding="utf-8"))


def family(doc: list) -> Family:
    """`[id, name, [[child, group], …], [guardian, …], language, channel, active]`"""
    family_id, name, children, guardians, language, channel, active = doc
    return Family(
        id=family_id,
        name=name,
        children=tuple(Child(child, group) for child, group in children),
        guardians=tuple(guardians),
        language=language,
        channel=channel,
        active=active,
    )


def row(doc: list) -> ClassRow:
    """`[line, family, child, group, [guardian, …], language, channel]`"""
    line, name, child, group, guardians, language, channel = doc
    return ClassRow(line, name, child, group, tuple(guardians), language, channel)


def now_and_recorded(case: dict) -> tuple[object, object]:
    """What the merge gives now for one case, and what the old merge gave."""
    existing, rows = [family(f) for f in case["book"]], [row(r) for r in case["list"]]
    next_id = max((f.id for f in existing), default=0) + 1
    if "then" not in case:
        changed, result = classmerge.merge_class_list(existing, rows, next_id)
        now = (
            [[r.line for r in rows] for rows in classmerge.family_rows(rows)],
            changed,
            [result.added, result.updated, result.unchanged],
        )
        recorded = (
            case["families_on_the_list"],
            [family(f) for f in case["written"]],
            case["counts"],
        )
        return now, recorded
    # A second list on the book the first one made.
    next_id = 41
    changed, _ = classmerge.merge_class_list(existing, rows, next_id)
    by_id = {f.id: f for f in existing} | {f.id: f for f in changed}
    book = sorted(by_id.values(), key=lambda f: f.id)
    then = [row(r) for r in case["then"]]
    now = classmerge.merge_class_list(book, then, next_id + len(changed))[0]
    return now, [family(f) for f in case["then_written"]]


def test_the_linear_merge_gives_what_the_old_one_gave() -> None:
    assert len(CASES) == 250
    answers = [now_and_recorded(case) for case in CASES]
    differ = [number for number, (now, recorded) in enumerate(answers) if now != recorded]
    assert differ == [], f"cases {differ} of classmerge_cases.json"


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
