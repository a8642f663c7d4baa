"""Shared fixtures: a pinned clock, a book in tmp_path, a small class with hard names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from classbook import NOW, make_class

from storage import ContactBook


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def clock() -> Callable[[], datetime]:
    return lambda: NOW


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    return tmp_path / "schoolyard.json"


@pytest.fixture
def book(book_path: Path, clock) -> ContactBook:
    return ContactBook(book_path, clock=clock)


@pytest.fixture
def class_book(book: ContactBook) -> ContactBook:
    """Seven families, two named de Jong; Nguyễn never contacted; as of NOW."""
    make_class(book)
    return book


@pytest.fixture
def today() -> date:
    return NOW.date()


@pytest.fixture
def make_demo_book(tmp_path: Path, now: datetime) -> Callable[..., ContactBook]:
    """`make_demo_book(families=60, weeks=20, seed=3)` → a demo book on file, as of NOW."""
    from storage.demo import write_demo

    def make(families: int = 60, weeks: int = 20, seed: int = 3) -> ContactBook:
        path = tmp_path / "demo.json"
        write_demo(path, families=families, weeks=weeks, seed=seed, today=now.date())
        return ContactBook(path, clock=lambda: now)

    return make


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Callable[[object, str], list[int]]:
    """`counting(owner, name)` → `[calls]`: counts the calls of `owner.name` from now on."""

    def count(owner: object, name: str) -> list[int]:
        calls = [0]
        real = getattr(owner, name)

        def counted(*args, **kwargs):
            calls[0] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, counted)
        return calls

    return count
