"""Helpers the TUI tests share (a plain module: a second conftest.py would clash)."""

from __future__ import annotations

import errno


async def settle(app, pilot) -> None:
    """Let thread workers finish and the screen catch up before asserting."""
    await app.workers.wait_for_complete()
    await pilot.pause()


def shown(widget) -> str:
    """The text a Static or Label shows, without its styles."""
    content = widget.content
    return getattr(content, "plain", str(content))


def notes(app) -> list[str]:
    """The notifications shown so far."""
    return [n.message for n in app._notifications]


def errors(app) -> list[str]:
    """The error notifications shown so far."""
    return [n.message for n in app._notifications if n.severity == "error"]


def disk_full(monkeypatch, book, method: str) -> str:
    """Make `book.method` fail as a full disk does; returns the line the teacher must see."""

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(book, method, full)
    return f"The disk is full: {book.path} was not saved."
