"""The engine: every book operation goes through TinyDB tables; one lock, read, write a change."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from classbook import NOW

from storage import Child, ContactBook, Family, Moment, Tone
from storage.classlists.classlist import read_classlist
from storage.engine import transaction
from storage.engine.storage import DataStorage
from storage.engine.transaction import Transaction


def operations(book: ContactBook, tmp_path: Path) -> dict[str, Callable[[], object]]:
    csv = tmp_path / "klas.csv"
    csv.write_text("gezin;kind;groep\nKaya;Deniz;5\nYılmaz;Elif;6\n", encoding="utf-8")
    return {
        "families": lambda: book.families(include_archived=True),
        "family": lambda: book.family(1),
        "find_families": lambda: book.find_families("jong"),
        "search": lambda: book.search("oy"),
        "settings": book.settings,
        "set_window": lambda: book.set_window(8),
        "pseudonym_key": book.pseudonym_key,
        "holidays": book.holidays,
        "add_holiday": lambda: book.add_holiday(date(2026, 12, 19), date(2027, 1, 3), "Kerst"),
        "remove_holiday": lambda: book.remove_holiday(1),
        "planned": lambda: book.planned("2026-W48"),
        "set_planned": lambda: book.set_planned(2, True, "2026-W48"),
        "reflection": lambda: book.reflection("2026-W48"),
        "reflections": book.reflections,
        "set_reflection": lambda: book.set_reflection("2026-W48", "Meer op het plein."),
        "add_family": lambda: book.add_family(Family.new("Kowalczyk", [Child("Zofia", 5)])),
        "update_family": lambda: book.update_family(book.family(2)),
        "set_active": lambda: book.set_active(2, False),
        "import_families": lambda: book.import_families(read_classlist(csv)),
        "log": lambda: book.log(3, Moment.PICKUP),
        "log_batch": lambda: book.log_batch([1, 4], Moment.EVENT, Tone.NEUTRAL),
        "contact": lambda: book.contact(1),
        "contacts": lambda: book.contacts(family_ids=[1, 2]),
        "contacts_on": lambda: book.contacts_on(NOW.date()),
        "update_contact": lambda: book.update_contact(book.contacts()[0]),
        "delete_contact": lambda: book.delete_contact(book.contacts()[-1].id),
        "last_action": book.last_action,
        "undo": book.undo,
        "statuses": book.statuses,
        "needing_positive_contact": book.needing_positive_contact,
        "forget": lambda: book.forget(5),
    }


def test_every_book_operation_goes_through_tinydb_tables(
    class_book: ContactBook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The middleware's read/write are reached only from TinyDB's Table/TinyDB, the
    storage's only from the middleware: no raw table dicts anywhere else."""
    seen: list[tuple[type, str, str]] = []
    tinydb_dir = str(Path(sys.modules["tinydb"].__file__).parent)

    def spy(cls: type, name: str) -> None:
        real = getattr(cls, name)

        def wrapper(self, *args, **kwargs):
            seen.append((cls, name, sys._getframe(1).f_code.co_filename))
            return real(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, wrapper)

    for name in ("read", "write"):
        spy(Transaction, name)
    for name in ("read", "read_fresh", "write"):
        spy(DataStorage, name)
    for op_name, op in operations(class_book, tmp_path).items():
        seen.clear()
        class_book._memo.clear()  # families kept per file version would skip the tables
        op()
        assert seen, op_name
        for cls, name, caller in seen:
            if cls is DataStorage:
                assert caller == transaction.__file__, (op_name, name, caller)
            else:
                assert caller.startswith(tinydb_dir), (op_name, name, caller)
        assert any(c.startswith(tinydb_dir) for _, _, c in seen), op_name


def test_a_log_that_moves_the_first_contact_and_sets_undo_is_one_write(
    class_book: ContactBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    for name in ("read_fresh", "write"):
        real = getattr(DataStorage, name)
        monkeypatch.setattr(
            DataStorage, name, lambda self, *a, _r=real, _n=name: calls.append(_n) or _r(self, *a)
        )
    nguyen = class_book.find_families("Nguyễn")[0]
    assert nguyen.first_contact is None
    class_book.log_batch([nguyen.id, 1], Moment.PICKUP)
    assert calls == ["read_fresh", "write"]
    assert class_book.family(nguyen.id).first_contact == NOW.date()
    assert class_book.last_action() == "log"


def test_a_failed_change_writes_nothing(class_book: ContactBook) -> None:
    before = class_book.path.read_bytes()
    with pytest.raises(LookupError):
        class_book.log_batch([1, 999], Moment.PICKUP)
    assert class_book.path.read_bytes() == before
    assert len(class_book.contacts(family_id=1)) == len(
        ContactBook(class_book.path).contacts(family_id=1)
    )


def test_a_write_outside_a_change_is_refused(class_book: ContactBook) -> None:
    from tinydb import TinyDB

    db = TinyDB(class_book.path, storage=Transaction(DataStorage))
    with pytest.raises(RuntimeError):
        db.table("families").insert({"name": "Kaya"})


def test_contacts_filter_on_several_families(class_book: ContactBook) -> None:
    everyone = class_book.contacts()
    ids = {everyone[0].family_id, everyone[-1].family_id}
    picked = class_book.contacts(family_ids=ids)
    assert picked == [c for c in everyone if c.family_id in ids]
    assert class_book.contacts(family_ids=[]) == []
    one = everyone[0].family_id
    assert class_book.contacts(family_ids=ids, family_id=one) == [
        c for c in everyone if c.family_id == one
    ]
    week_ago = NOW.date() - timedelta(days=7)
    assert class_book.contacts(family_ids=ids, start=week_ago) == [
        c for c in picked if c.day >= week_ago
    ]


def test_new_contacts_get_unused_ids_after_deletions(class_book: ContactBook) -> None:
    ids = sorted(c.id for c in class_book.contacts())
    class_book.delete_contact(ids[1])
    class_book.forget(class_book.contact(ids[0]).family_id)
    made = class_book.log_batch([2, 3, 4], Moment.PICKUP)
    after = [c.id for c in class_book.contacts()]
    assert len(after) == len(set(after))
    assert {c.id for c in made} <= set(after)


def test_a_change_in_one_thread_is_not_seen_or_joined_by_another(class_book: ContactBook) -> None:
    """The app reads (and changes) in worker threads: a change under way stays its own."""
    import threading

    inside, release = threading.Event(), threading.Event()
    seen: list[int] = []

    def slow_change() -> None:
        with class_book._change():
            class_book._table("families").update({"channel": "brief"}, doc_ids=[1])
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=slow_change)
    worker.start()
    assert inside.wait(5)
    seen.append(len([f for f in class_book.families() if f.channel == "brief"]))
    other = threading.Thread(target=lambda: class_book.set_window(7))
    other.start()  # waits for the lock, never joins the first change
    release.set()
    worker.join(5)
    other.join(20)
    assert seen == [0]
    assert class_book.family(1).channel == "brief"
    assert class_book.settings().positive_window_school_days == 7
