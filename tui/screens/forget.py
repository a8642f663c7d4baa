"""Forget a family: the teacher types the family's name, as `schoolyard forget` asks.

Erasure cannot be undone, so no key alone confirms it: Enter with an empty or wrong
name says what to type and does nothing; the name matches folded (`yilmaz` for
Yılmaz, `van der berg` for van der Berg). Escape keeps the family. Dismisses with
True only after the name was typed.

Like `schoolyard forget`, it says that summaries exported before still hold the name
and, where the data file remembers them, which files (`exports_note`).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Label, Static

from storage import Family
from storage.rules.exports import ExportRecord
from storage.rules.matching import fold

from ..text import format_day, t, tn
from .dialog import Dialog


def exports_note(name: str, exports: Sequence[ExportRecord]) -> str:
    """Summaries written before still hold `name`: where, when known (the CLI's words)."""
    lines = [t("cli.forget_exports", family=name)]
    named = [r for r in exports if not r.pseudonymized]
    if named:
        lines.append(t("cli.forget_exports_known"))
    for record in named:
        key = "cli.forget_export_line" if record.path.exists() else "cli.forget_export_gone"
        lines.append(t(key, file=record.path, day=f"{format_day(record.day)} {record.day.year}"))
    coded = len(exports) - len(named)
    if coded:
        lines.append(tn("cli.forget_pseudonymized", coded))
    return "\n".join(lines)


class ForgetScreen(Dialog[bool]):
    """Name exactly what goes; erase only when the family's name is typed."""

    DIALOG = "forget"

    BINDINGS = [Binding("escape", "cancel", "forget.key.keep")]

    def __init__(self, family: Family, message: str) -> None:
        super().__init__(message)
        self.family = family

    def body(self) -> ComposeResult:
        yield Label(t("forget.prompt", name=self.family.name), markup=False)
        yield Input(placeholder=self.family.name, id="forget-name")
        yield Static("", id="forget-problem", markup=False)
        yield Label(t("forget.hint"), id="forget-hint")

    def on_mount(self) -> None:
        self.query_one("#forget-name", Input).focus()

    @on(Input.Submitted, "#forget-name")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        typed = fold(event.value)
        if typed and typed == fold(self.family.name):
            self.dismiss(True)
            return
        problem = self.query_one("#forget-problem", Static)
        problem.update(t("forget.wrong", name=self.family.name) if typed else t("forget.empty"))

    def action_cancel(self) -> None:
        self.dismiss(False)
