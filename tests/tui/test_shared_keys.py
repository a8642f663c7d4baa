"""A key several screens bind alike is one Binding (tui/screens/keys.py), in each
screen's list where its footer shows it."""

from __future__ import annotations

from tui.screens import keys
from tui.screens.families import FamiliesScreen
from tui.screens.history import HistoryScreen
from tui.screens.timeline import TimelineScreen
from tui.screens.today import TodayScreen
from tui.screens.week import WeekScreen


def test_shared_keys_are_one_binding_each() -> None:
    for screen in (TodayScreen, FamiliesScreen, WeekScreen):
        assert keys.OPEN_TIMELINE in screen.BINDINGS, screen
    for screen in (TodayScreen, WeekScreen):
        assert keys.TICK_FOLLOW_UP in screen.BINDINGS, screen
    for screen in (HistoryScreen, TimelineScreen):
        assert keys.TOGGLE_ARCHIVES in screen.BINDINGS, screen


def test_no_screen_spells_a_shared_key_again() -> None:
    shared = {(b.key, b.action) for b in (keys.OPEN_TIMELINE, keys.TICK_FOLLOW_UP)}
    shared.add((keys.TOGGLE_ARCHIVES.key, keys.TOGGLE_ARCHIVES.action))
    for screen in (TodayScreen, FamiliesScreen, WeekScreen, HistoryScreen, TimelineScreen):
        for binding in screen.BINDINGS:
            if (binding.key, binding.action) in shared:
                assert any(binding is k for k in vars(keys).values()), (screen, binding)
