"""Helpers the TUI tests share (a plain module: a second conftest.py would clash)."""

from __future__ import annotations

from textual import events


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


# The key names a terminal driver gives these characters (what Textual's bindings use).
KEY_NAMES = {"+": "plus", "-": "minus", "=": "equals_sign", " ": "space", ",": "comma"}
CHARACTERS = {"enter": "\r", "tab": "\t", "space": " ", "escape": "\x1b"}


def key_event(key: str) -> events.Key:
    """`a` → Key('a', 'a'); `+` → Key('plus', '+'); `enter` → Key('enter', '\\r')."""
    if len(key) == 1:
        return events.Key(KEY_NAMES.get(key, key), key)
    return events.Key(key, CHARACTERS.get(key))
