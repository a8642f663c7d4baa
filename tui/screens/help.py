"""The help screen: every key of every screen, in the current language, and why.

The keys come from the screens' own BINDINGS (and the moments from `Moment`), so the
help cannot drift from what the keys do. The log flow reads digits and tone symbols
as typed text rather than bindings; those lines are written out here from the same
enums the flow uses.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from storage import Moment, Tone

from ..text import TEXT, moment_name, t, tone_name
from ..widgets.footer import Footer

KEY_NAMES = {
    "escape": "Esc",
    "enter": "Enter",
    "space": "Space",
    "slash": "/",
    "delete": "Del",
    "tab": "Tab",
    "up": "↑",
    "down": "↓",
    "plus": "+",
    "minus": "-",
    "equals_sign": "=",
}

SECTIONS = (
    ("today", ("tui.screens.today:TodayScreen", "tui.widgets.family_picker:FamilyTable")),
    ("log", ("tui.screens.log_contact:LogContactScreen",)),
    ("families", ("tui.screens.families:FamiliesScreen",)),
    ("family_form", ("tui.screens.family_form:FamilyForm",)),
    ("history", ("tui.screens.history:HistoryScreen",)),
    ("contact_form", ("tui.screens.contact_form:ContactForm",)),
    ("timeline", ("tui.screens.timeline:TimelineScreen",)),
    ("week", ("tui.screens.week:WeekScreen",)),
    ("summary", ("tui.screens.save_summary:SaveSummaryScreen",)),
    ("settings", ("tui.screens.settings:SettingsScreen",)),
    ("confirm", ("tui.screens.confirm:ConfirmScreen",)),
    ("forget", ("tui.screens.forget:ForgetScreen",)),
    ("conflict", ("tui.screens.conflict:ConflictScreen",)),
    ("welcome", ("tui.screens.welcome:WelcomeScreen",)),
)
"""Help sections and the classes whose BINDINGS they list, in the order shown."""


def key_label(keys: str) -> str:
    """`f1` → `F1`, `escape` → `Esc`, `ctrl+z` stays; several keys joined by `/`."""
    labels = []
    for key in keys.split(","):
        key = key.strip()
        if key in KEY_NAMES:
            labels.append(KEY_NAMES[key])
        elif len(key) > 1 and key[0] == "f" and key[1:].isdigit():
            labels.append(key.upper())
        else:
            labels.append(key)
    return " / ".join(labels)


def describe(description: str) -> str:
    return t(description) if description in TEXT else description


def binding_lines(bindings: Iterable[Binding | tuple]) -> Iterator[tuple[str, str]]:
    """(keys, what it does) for each described binding; one line per action."""
    seen: dict[tuple[str, str], list[str]] = {}
    for binding in bindings:
        if not isinstance(binding, Binding):
            binding = Binding(*binding)
        if not binding.description:
            continue
        what = describe(binding.description)
        seen.setdefault((binding.action, what), []).append(binding.key)
    for (_, what), keys in seen.items():
        yield key_label(",".join(keys)), what


def class_bindings(path: str) -> list:
    """The BINDINGS of `module:Class`; none if that screen is not there (yet)."""
    module, _, name = path.partition(":")
    try:
        return list(getattr(importlib.import_module(module), name).BINDINGS)
    except (ImportError, AttributeError):
        return []


def section_lines(section: str, paths: Iterable[str]) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    if section == "today":
        lines.append((t("help.key.letters"), t("help.today.search")))
    if section in ("families", "history", "settings", "week", "timeline"):
        lines.append((t("help.key.letters"), t(f"help.{section}.typing")))
    if section == "forget":
        lines.append((t("help.forget.name"), t("help.forget.erase")))
    if section == "conflict":
        lines.append(("Tab / Enter", t("help.conflict.choose")))
    if section == "log":
        for moment in Moment:
            lines.append((moment.digit, moment_name(moment)))
        for tone in Tone:
            lines.append((tone.symbol, tone_name(tone)))
        lines.append(("n / o / f", t("help.log.flags")))
        lines.append(("n", t("help.log.attempt")))
        lines.append((t("help.key.letters"), t("help.log.note")))
        lines.append(("Enter", t("help.log.save")))
    if section in ("family_form", "contact_form"):
        lines.append(("Tab / shift+Tab", t("help.form.tab")))
    for path in paths:
        for line in binding_lines(class_bindings(path)):
            if line not in lines:
                lines.append(line)
    return lines


def global_lines(app: App | None) -> list[tuple[str, str]]:
    """F1–F6, undo, the command palette and quit: what works on every screen."""
    from ..app import SchoolyardApp

    lines = list(binding_lines(SchoolyardApp.BINDINGS))
    palette = getattr(app, "COMMAND_PALETTE_BINDING", App.COMMAND_PALETTE_BINDING)
    lines.append((key_label(palette), t("help.palette")))
    lines.append(("ctrl+q", t("help.quit")))
    return lines


def key_table(lines: list[tuple[str, str]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(width=16, style="bold")
    table.add_column()
    for keys, what in lines:
        table.add_row(Text(keys), Text(what))
    return table


class HelpScreen(Screen):
    """Every key, grouped by screen, with two lines on why the app exists."""

    BINDINGS = [
        Binding("escape", "close", "help.key.close"),
        Binding("q", "close", "help.key.close", show=False),
    ]

    CSS_PATH = "help.tcss"

    def __init__(self) -> None:
        super().__init__()

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="help-body"):
            yield Static(t("help.why"), id="help-why")
            yield Static(t("help.section.global"), classes="help-title")
            yield Static(key_table(global_lines(self.app)), id="help-global")
            for section, paths in SECTIONS:
                lines = section_lines(section, paths)
                if lines:
                    yield Static(t(f"help.section.{section}"), classes="help-title")
                    yield Static(key_table(lines), id=f"help-{section}")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = t("nav.help")
        self.query_one("#help-body", VerticalScroll).focus()

    def action_close(self) -> None:
        self.app.pop_screen()

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(t("help.key.close"), t("help.cmd.close"), self.action_close)
