"""`tui/` uses public Textual only, so a Textual upgrade is not a hunt for renamed internals."""

from __future__ import annotations

import re
from pathlib import Path

TUI = Path(__file__).resolve().parents[2] / "tui"
PRIVATE = re.compile(
    r"from textual[\w.]*\._|import textual[\w.]*\._"  # a private module
    r"|\._(bindings|forward_event|check_action_state|notifications|bindings_ready)\b"
)
# render_guard.py extends Rich's and Textual's control-strip tables: there is no public
# hook for the characters every widget renders (see its docstring).
ALLOWED = {"render_guard.py"}


def test_no_private_textual_name_in_tui() -> None:
    found = [
        f"{path.relative_to(TUI)}:{number}: {line.strip()}"
        for path in sorted(TUI.rglob("*.py"))
        if path.name not in ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PRIVATE.search(line)
    ]
    assert found == []
