"""The Textual app: modes for the screens, global keys, undo and refresh.

Thin on purpose: each screen lives in `tui/screens/` and talks to the injected
`ContactBook`; the app only switches between them and owns what is global.
"""

from __future__ import annotations

import gc
import importlib
import time
import weakref
from collections.abc import Callable, Iterable

from rich.text import Text
from textual import events
from textual.app import App, ScreenError, SystemCommand
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.notifications import SeverityLevel
from textual.screen import Screen

from storage import ContactBook, DataFileError

from . import ahead, crash, render_guard, text
from .error_lines import app_error_line
from .text import t

render_guard.install()

FAILURE_SHOWN_FOR = 10
"""Seconds a read failure stays on screen; the same line is not shown again meanwhile."""
REFRESH_SECONDS = 2.0
"""How often the app looks whether another process (the CLI) changed the file."""
IDLE_COLLECT_SECONDS = 1.0
"""Collect garbage after the keys have stopped this long."""
LONG_IDLE_SECONDS = 10.0
"""After this long without keys, collect everything, frozen or not."""
FULL_COLLECT_AFTER = 30
"""Or after this many pauses, should the teacher never stop that long."""


def lazy_screen(path: str) -> Callable[[], Screen]:
    """A factory for `module:Class`: Textual's MODES take callables, not import paths."""

    def make() -> Screen:
        module, _, name = path.partition(":")
        screen = getattr(importlib.import_module(module), name)()
        app = screen.app
        if isinstance(app, SchoolyardApp):
            app.styled_now(screen)
        return screen

    return make


class SchoolyardApp(App[None]):
    """Schoolyard: log contacts with parents in seconds."""

    CSS_PATH = "app.tcss"
    TITLE = "Schoolyard"
    ENABLE_COMMAND_PALETTE = True

    MODES = {
        "today": lazy_screen("tui.screens.today:TodayScreen"),
        "families": lazy_screen("tui.screens.families:FamiliesScreen"),
        "history": lazy_screen("tui.screens.history:HistoryScreen"),
        "week": lazy_screen("tui.screens.week:WeekScreen"),
        "settings": lazy_screen("tui.screens.settings:SettingsScreen"),
    }
    DEFAULT_MODE = "today"

    BINDINGS = [
        Binding("f1", "help", "nav.help", priority=True),
        Binding("f2", "switch_mode('today')", "nav.today", priority=True),
        Binding("f3", "switch_mode('families')", "nav.families", priority=True),
        Binding("f4", "switch_mode('history')", "nav.history", priority=True),
        Binding("f5", "switch_mode('week')", "nav.week", priority=True),
        Binding("f6", "switch_mode('settings')", "nav.settings", priority=True),
        Binding("ctrl+z", "undo", "nav.undo", priority=True),
    ]

    def __init__(self, book: ContactBook, *, language: str | None = None, demo: bool = False):
        text.set_language(language)
        super().__init__()
        self.book = book
        self.demo = demo
        self._seen_version = book.version()
        # Screens of other modes that missed a change; each re-reads once, when shown again.
        self._stale: weakref.WeakSet[Screen] = weakref.WeakSet()
        self._busy_at = time.monotonic()
        """When the last key or re-read happened."""
        self._young = True
        """Objects were made since the last collection."""
        self._frozen_since_full = 0
        """Freezes since the last collection of everything (see `_collect_if_idle`)."""
        self._prepared = False
        self.keys_pressed = 0
        """Keys received: the screens built ahead wait for a pause in them (tui/ahead.py)."""
        self._css_variables: dict[str, str] | None = self.get_css_variables()
        """The theme's variables the styles were last parsed with (Textual's at the start)."""
        self._styled: weakref.WeakSet[Screen] = weakref.WeakSet()
        """The screens styled with those variables (see `refresh_css`)."""
        self.failures_shown: dict[str, float] = {}
        """When each read failure's line was last shown (see `book_failed`)."""
        self._collecting_before: bool | None = None
        """Whether collections ran when the start paused them (None: not paused)."""

    def on_mount(self) -> None:
        if self.demo:
            # In the title, so every screen says it, short enough for Today's date at 80.
            self.title = t("app.demo")
        self.set_interval(REFRESH_SECONDS, self._poll_file)
        self.screen_change_signal.subscribe(self, self._screen_shown)
        self.set_interval(IDLE_COLLECT_SECONDS / 2, self._collect_if_idle)
        self.freeze_after_load()
        # Right after the first paint: a teacher's first key comes later than that.
        if self._collecting_before:  # paused for the first frame (see `on_event`)
            self.call_after_refresh(gc.enable)
        self.call_after_refresh(self._prepare)
        self._say_colleague_files()

    def _say_colleague_files(self) -> None:
        """A colleague's file left out (or a match left unmade): said once, at the start."""
        from .colleague_lines import colleague_lines

        try:
            lines = list(colleague_lines(self.book))
        except DataFileError:
            return  # our own file's trouble is said where it is read
        for line in lines:
            self.notify(line, severity="warning", timeout=10)

    def on_unmount(self) -> None:
        # What was frozen can be freed again (tests run many apps in one process).
        if self._collecting_before:
            gc.enable()
        gc.unfreeze()

    def _collect_when_idle(self) -> None:
        """Collect garbage once the keys stop for a moment, not while the teacher types.

        Python's own schedule ran full collections in the middle of typing: they walk
        every object, 100k+ at 400 families, 65-140 ms. Here, a second after the last key
        or re-read, the garbage since the last pause is collected and what lives on is
        frozen, so the collections while typing only walk what is new since that pause.
        """
        self._busy_at = time.monotonic()
        self._young = True

    def freeze_after_load(self) -> None:
        """Once the screen has settled, leave what a load built out of collections.

        A school year's book and a screen's table live until the next change; the
        collections while typing then skip them. What dies later in a cycle is freed
        by the collection of everything in the next long pause (`_collect_if_idle`).
        """
        self._collect_when_idle()
        self.call_after_refresh(self._freeze)

    def _freeze(self) -> None:
        gc.freeze()
        self._frozen_since_full += 1

    def _collect_if_idle(self) -> None:
        idle = time.monotonic() - self._busy_at
        if self._frozen_since_full and (
            idle >= LONG_IDLE_SECONDS
            or (idle >= IDLE_COLLECT_SECONDS and self._frozen_since_full >= FULL_COLLECT_AFTER)
        ):
            # A frozen object that dies in a reference cycle (a table's caches) is only
            # freed by a collection of everything: done in a longer pause.
            self._frozen_since_full = 0
            self._young = False
            gc.unfreeze()
            gc.collect()
            gc.freeze()
        elif self._young and idle >= IDLE_COLLECT_SECONDS:
            self._young = False
            self._prepare(build=True)
            gc.collect()
            self._freeze()

    def _prepare(self, build: bool = False) -> None:
        """After the first paint and in each pause, do what the other screens read first.

        Their modules are imported and their styles read (once), the book's contacts
        index made (newest first, by family and by day; kept per file version, so again
        only after a change), and in a pause (`build`) History and Week built but not
        shown (once, see `tui/ahead.py`): the first F4 or F5 shows its screen, and the
        keys on History and Week never scan the book.
        """
        if not self._prepared:
            self._prepared = True
            ahead.import_screens()
            ahead.read_styles(self)
        try:
            self.book.prepare_reads()
        except (DataFileError, OSError):
            return  # the screen that reads it says so
        if build and ahead.unbuilt(self):
            self.call_after_refresh(ahead.build_hidden, self, self.keys_pressed)

    def styled_now(self, screen: Screen) -> None:
        """`screen` is new: it mounts with the styles as they are (lazy_screen calls this)."""
        if self.get_css_variables() == self._css_variables:
            self._styled.add(screen)

    def refresh_css(self, animate: bool = True) -> None:
        """Textual's, unless the theme is as it was and every screen it would restyle
        was styled with it.

        Textual calls this twice for a mode's first screen, only because the screen is
        new: each time every style of the app is parsed again and the screen shown is
        restyled (~100 ms at the first F4 or F5). A new theme still refreshes everything,
        and a screen of another mode is restyled when shown again after one.
        """
        variables = self.get_css_variables()
        try:
            shown = {self.screen, *self.screen_stack}
        except ScreenError:  # before the first screen
            shown = set()
        if variables == self._css_variables and shown and shown <= set(self._styled):
            return
        super().refresh_css(animate=animate)
        self._css_variables = variables
        self._styled = weakref.WeakSet(shown)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Compose):
            # Before the first screen mounts: its tables measure their cells then.
            self._pin_console_size(self.size)
            # No collections until the first frame: ~180 of them (a full one among them)
            # walked the book and Today's table, 40-45 ms of the first paint at 400 families.
            if self._collecting_before is None:
                self._collecting_before = gc.isenabled()
                gc.disable()
        elif isinstance(event, events.Key) and self.is_mounted:
            self.keys_pressed += 1
            self._collect_when_idle()
        await super().on_event(event)

    def on_resize(self, event: events.Resize) -> None:
        self._pin_console_size(event.size)

    def _pin_console_size(self, size) -> None:
        """Tell Rich the terminal's size, which Textual already knows.

        Otherwise Rich asks the terminal (`os.get_terminal_size`, up to three calls) each
        time a DataTable measures a cell: 3,000 cells for a page of History, ~100 ms a key.
        """
        self.console.size = (size.width, size.height)

    # -- an unexpected error: one line and a report, never Textual's traceback -----------

    def _handle_exception(self, error: Exception) -> None:
        """Replace Textual's exit traceback, which prints every frame's locals.

        Textual calls this for any exception a handler, timer or worker lets through and
        always exits: the widget whose handler failed stops reading its messages. Its own
        version renders `Traceback(show_locals=True)` — a class list being imported would
        appear on screen whole. Here: a crash report with types and code lines only, and
        one translated line on exit. Writes are atomic, so the data file is as it was.
        """
        if isinstance(error, NoMatches) and ahead.ending(self):
            # A widget mounting as the app ends (a screen built ahead, tui/ahead.py) finds
            # its children pruned, in Textual's own widgets too: nothing is being done
            # for the teacher any more, and the file is as the last write left it.
            return
        # A worker's error arrives wrapped; the report is about what went wrong inside.
        cause = getattr(error, "error", None)
        self.crash_line = crash.report_line(cause if isinstance(cause, BaseException) else error)
        self._return_code = 1
        if self._exception is None:  # what App.run_test re-raises for the test
            self._exception = error
            self._exception_event.set()
        self.bell()
        self._exit_renderables.append(Text(self.crash_line))
        self._close_messages_no_wait()

    def error_line(self, exc: BaseException, *, reading: bool = False) -> str:
        """The one line for a failed read or write: translated, naming the data file.

        Every screen shows storage's errors through this (tui/error_lines.py, as the CLI).
        """
        return app_error_line(exc, self.book.path, reading=reading)

    def book_failed(self, exc: Exception) -> None:
        """One translated line for a data file that cannot be read now; the app goes on.

        Every key and every screen re-reads: the same line is shown once, not per key.
        """
        line = self.error_line(exc, reading=True)
        now = time.monotonic()
        if now - self.failures_shown.get(line, -FAILURE_SHOWN_FOR) < FAILURE_SHOWN_FOR:
            return  # still on screen
        self.failures_shown[line] = now
        self.notify(line, severity="error", timeout=FAILURE_SHOWN_FOR, markup=False)

    # -- refresh when the file changes under us -----------------------------------------

    def _poll_file(self) -> None:
        version = self.book.version()
        if version != self._seen_version:
            self._seen_version = version
            self.reload_screen()

    def reload_screen(self) -> None:
        """Re-read the book on the screens of this mode; those of other modes when next shown.

        A hidden mode's screens are only marked: re-reading a big class costs time, and a
        teacher may never go back to that mode before the next change.
        """
        self._seen_version = self.book.version()
        for screen in self.screen_stack:
            self._stale.discard(screen)
            reload = getattr(screen, "reload", None)
            if callable(reload):
                reload()
        self.freeze_after_load()
        for mode in self.MODES:
            if mode == self.current_mode:
                continue
            try:
                hidden = self.get_screen_stack(mode)
            except KeyError:
                continue  # never opened: it reads the book when it is first built
            self._stale.update(s for s in hidden if callable(getattr(s, "reload", None)))

    def _screen_shown(self, screen: Screen) -> None:
        if screen in self._stale:
            self._stale.discard(screen)
            screen.reload()
        self.freeze_after_load()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every toast as plain text: a family name like `de Vries [/b]` is a name, not markup.

        Our messages carry no markup, but they carry stored names and typed text; as markup
        a stray `[/b]` stops the app and `[@click=…]` or `[link=…]` make a name act.
        """
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    # -- global actions -----------------------------------------------------------------

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_undo(self) -> None:
        from .writing import write

        write(self, self.book.undo, said=self._undone, group="undo", refused=())

    def _undone(self, undone) -> str:
        if undone is None:
            return t("app.nothing_to_undo")
        names = ", ".join(family.name for family in undone.families) or "—"
        return t(f"app.undone.{undone.action}", families=names)

    def action_show_help_panel(self) -> None:
        """The palette's "Keys" opens our help: it shows every key in the teacher's language."""
        self.action_help()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for mode in self.MODES:
            yield SystemCommand(
                t(f"nav.{mode}"), t(f"nav.{mode}.help"), lambda m=mode: self.switch_mode(m)
            )
        yield SystemCommand(t("nav.help"), t("nav.help.help"), self.action_help)
        yield SystemCommand(t("nav.undo"), t("nav.undo.help"), self.action_undo)
        commands = getattr(screen, "palette_commands", None)
        if callable(commands):
            yield from commands()
