"""Typing never changes data: letters, digits, Enter and Escape in bursts on every screen.

Teachers learn type-to-search on the today screen and bring it everywhere. Realistic
words (names, and words that spell the old one-letter keys: `sofia` = sort, order,
forget, …) followed by Enter and Escape must leave the data file byte for byte the
same, and write no other file (a summary) either.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_support import settle

from storage import ContactBook

SIZE = (100, 30)
WORDS = ("sofia", "fatma", "rob", "sara", "dave", "plan", "wax", "12")
LIST_WORDS = ("sofia", "dave", "plan", "wax", "12")
"""Between them every letter an old one-letter key used: s o f r v a e d p l m t x w i."""
SCREENS = ("f2", "f3", "f4", "f5", "f6", "f1")


@pytest.fixture(autouse=True)
def in_data_folder(book_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A summary saved by mistake would land in the working folder: make it this one."""
    monkeypatch.chdir(book_path.parent)


def files(folder: Path) -> dict[str, bytes]:
    """Every file but the (empty) lock file, which the first write may create."""
    return {
        p.name: p.read_bytes()
        for p in folder.iterdir()
        if p.is_file() and not p.name.endswith(".lock")
    }


async def type_words(app, pilot, *, escape: bool = True) -> None:
    for word in WORDS:
        await pilot.press(*word, "enter", *(["escape"] if escape else []))
        await settle(app, pilot)


@pytest.mark.parametrize("screen_key", SCREENS)
async def test_words_enter_escape_change_nothing(
    class_book: ContactBook, make_app, screen_key: str
) -> None:
    folder = class_book.path.parent
    before = files(folder)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(screen_key)
        await settle(app, pilot)
        await type_words(app, pilot)
        # And in one burst without Escape, then Escapes to step all the way back.
        await pilot.press(screen_key)
        await type_words(app, pilot, escape=False)
        await pilot.press(*["escape"] * 6)
        await settle(app, pilot)
    assert files(folder) == before


async def test_words_in_the_list_of_each_screen_change_nothing(
    class_book: ContactBook, make_app
) -> None:
    """The same with the list focused (↓ or Tab first), where one-letter keys used to act."""
    folder = class_book.path.parent
    before = files(folder)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        for key in ("f3", "f4", "f5", "f6"):
            await pilot.press(key, "down", "tab")
            for word in LIST_WORDS:
                await pilot.press("down", *word, "enter", "escape")
                await settle(app, pilot)
    assert files(folder) == before


async def test_words_on_the_welcome_screen_change_nothing(book: ContactBook, make_app) -> None:
    book.path.write_text('{"families": {}, "contacts": {}}', encoding="utf-8")
    folder = book.path.parent
    before = files(folder)
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_words(app, pilot)
        await type_words(app, pilot, escape=False)
    assert files(folder) == before
