"""Helpers the TUI tests share (a plain module: a second conftest.py would clash)."""

from __future__ import annotations


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


def screen_lines(app) -> list[str]:
    """The screen as plain text, one string a line (what the terminal shows)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]
