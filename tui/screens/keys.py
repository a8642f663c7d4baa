"""The keys several screens bind alike, each defined once; a screen's BINDINGS names them.

A shared key keeps its place in each screen's list: the footer shows keys in that order.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.binding import Binding
from textual.screen import Screen

OPEN_TIMELINE = Binding("ctrl+f", "timeline", "timeline.key.open")
"""The highlighted family's timeline (Today, Families, Week)."""
TICK_FOLLOW_UP = Binding("ctrl+t", "tick_followup", "followup.key.tick")
"""Tick off the highlighted family's open follow-up (Today, Week: ticks.py `FollowUpKeys`)."""
TOGGLE_ARCHIVES = Binding("a", "toggle_archives", "archived.key.toggle")
"""Show or hide the archived years' contacts (History, Timeline)."""


def after_keys_typed(screen: Screen, then: Callable[[], None]) -> None:
    """Run `then` once the focused widget has taken the keys typed before this one.

    A priority key (Enter on Today and in forms) acts when the app reads it; the letters
    typed just before may still wait in the focused field's own queue (a fast burst, a
    loaded machine). `call_later` puts `then` behind them in that queue.
    """
    (screen.focused or screen).call_later(then)
