"""The app when a write cannot happen: the teacher is told why, nothing is lost, no crash."""

from __future__ import annotations

import errno
import os

import pytest
from tui_support import notes, settle

from tui.screens.log_contact import LogContactScreen

SIZE = (100, 30)


def full_disk(fd: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("failure", ["read-only data file", "full disk"])
async def test_a_failed_save_says_why_and_keeps_the_entry(
    class_book, book_path, make_app, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    before = book_path.read_bytes()
    if failure == "read-only data file":
        book_path.chmod(0o400)
        expected = "the file is read-only"
    else:
        monkeypatch.setattr(os, "fsync", full_disk)
        expected = f"the disk holding {book_path.parent} is full"
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"oyen", "enter", "1", "+", "enter")
        await settle(app, pilot)
        said = [message for message in notes(app) if expected in message]
        assert said, notes(app)
        assert not any(hidden in said[0] for hidden in (".tmp", ".lock"))
        assert isinstance(app.screen, LogContactScreen)  # the entry is kept, ready to retry
    monkeypatch.undo()
    assert book_path.read_bytes() == before
    assert [p.name for p in book_path.parent.iterdir() if p.name.endswith(".tmp")] == []
