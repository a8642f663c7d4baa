"""TUI fixtures: an app around a tmp_path book, a pinned clock, no cursor blink."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from storage import ContactBook
from tui import text
from tui.app import SchoolyardApp


@pytest.fixture(autouse=True)
def no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor makes snapshots flaky; a teacher's terminal may blink."""
    monkeypatch.setattr(Input, "cursor_blink", False)
    monkeypatch.setattr(TextArea, "cursor_blink", False)


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch: pytest.MonkeyPatch):
    """Tests choose their language; the machine's locale must not."""
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    yield
    text.set_language("en")


@pytest.fixture
def make_app():
    """`make_app(book, language="nl")` → a SchoolyardApp around that book."""

    def make(book: ContactBook, language: str = "en", **kwargs) -> SchoolyardApp:
        return SchoolyardApp(book, language=language, **kwargs)

    return make
