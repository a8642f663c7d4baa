"""What the app prepares in its pauses, so that a first F4 or F5 is as quick as the next.

After the first paint the other screens' modules are imported and every screen's styles
read and parsed, once. In the first pause of the keys (a second without one, when the
app also collects its garbage) History and Week are built: composed, mounted and filled
from the book, but not shown. A first F4 or F5 used to do all that on the key: at 400
families ~110 ms of CPU more than opening the screen again (tests/benchmarks/bench_app.py).
Not right after the paint: a letter typed then (a teacher's quick first search) waited
for the building, ~195 ms instead of ~95. A screen built ahead is a screen of a hidden
mode, like one opened before: after a change it re-reads once, when it is shown
(`SchoolyardApp.reload_screen`), and a resize meanwhile reaches it as it is shown.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

    from .app import SchoolyardApp

SCREEN_MODULES = tuple(
    f"tui.screens.{n}" for n in ("history", "week", "families", "log_contact", "log_save")
)
"""Imported in the first pause rather than at the first key that opens them."""
SCREEN_STYLES = Path(__file__).parent / "screens"
"""Where every screen's and dialog's .tcss lives (read in the first pause, `read_styles`)."""
BUILT_AHEAD = ("history", "week")
"""The modes whose screen is built in the first pause: issue 8 wants them open in 250 ms."""


def import_screens() -> None:
    for path in SCREEN_MODULES:
        importlib.import_module(path)


def read_styles(app: SchoolyardApp) -> None:
    """Every screen's and dialog's styles (tui/screens/*.tcss), read and parsed once.

    Textual reads a screen's CSS_PATH when the screen is first shown and then parses
    every style of the app again: ~100 ms at the first F4, F5, form or dialog. Here
    that happens once, in the first pause; a screen shown later finds its file read.
    """
    stylesheet = app.stylesheet
    added = False
    for path in sorted(SCREEN_STYLES.glob("*.tcss")):
        path = path.resolve()  # as Textual names a screen's CSS_PATH
        if not stylesheet.has_source(str(path), ""):
            stylesheet.read(path)
            added = True
    if added:
        stylesheet.update(app)  # as Textual does when it reads a screen's file


def ending(app: App) -> bool:
    """The app is ending (asked to exit, or shutting down): Textual mounts no widget any
    more, so a screen being built ahead now gets none and must not look for them."""
    return app.return_code is not None or not app.is_running


def unbuilt(app: App) -> list[str]:
    """The modes of BUILT_AHEAD whose screen is not built yet."""
    missing = []
    for mode in BUILT_AHEAD:
        try:
            app.get_screen_stack(mode)
        except KeyError:
            missing.append(mode)
    return missing


def build_hidden(app: SchoolyardApp, keys: int) -> None:
    """Build the next screen of BUILT_AHEAD without showing it, and the one after that
    after a refresh, while no key came since `keys` (`app.keys_pressed` then): after a
    key the rest waits for the next pause (`SchoolyardApp._prepare`), so a key waits for
    one screen's building at most, and a quick first F4 is not followed by the Week's
    building before its own screen is drawn.

    A mode's screen is built the way Textual builds it at the mode's first switch
    (`App._init_mode`: there is no public call that builds a mode without showing it;
    Textual is pinned in pyproject.toml). A mode opened already is left as it is.
    """
    if ending(app) or keys != app.keys_pressed:
        return
    missing = unbuilt(app)
    if not missing:
        app.freeze_after_load()  # what was built lives on: out of the collections
        return
    app._init_mode(missing[0])  # the one private Textual call (tests/tui/test_public_textual.py)
    app.call_after_refresh(build_hidden, app, keys)
