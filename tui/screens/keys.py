"""The keys several screens bind alike, each defined once; a screen's BINDINGS names them.

A shared key keeps its place in each screen's list: the footer shows keys in that order.
"""

from __future__ import annotations

from textual.binding import Binding

OPEN_TIMELINE = Binding("ctrl+f", "timeline", "timeline.key.open")
"""The highlighted family's timeline (Today, Families, Week)."""
TICK_FOLLOW_UP = Binding("ctrl+t", "tick_followup", "followup.key.tick")
"""Tick off the highlighted family's open follow-up (Today, Week: ticks.py `FollowUpKeys`)."""
TOGGLE_ARCHIVES = Binding("a", "toggle_archives", "archived.key.toggle")
"""Show or hide the archived years' contacts (History, Timeline)."""
