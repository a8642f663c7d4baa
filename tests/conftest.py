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
