"""`tui/` uses public Textual only, so a Textual upgrade is not a hunt for renamed internals."""

from __future__ import annotations

import re
from pathlib import Path

TUI = Path(__file__).resolve().parents[2] / "tui"
PRIVATE = re.compile(
    r"from textual[\w.]*\._|import textual[\w.]*\._"  # a private module
    r"|\._(bindings|forward_event|check_action_state|notifications|bindings_ready|init_mode)\b"
)
# render_guard.py extends Rich's and Textual's control-strip tables: there is no public
# hook for the characters every widget renders (see its docstring). ahead.py builds
# History and Week in the first pause with `App._init_mode`, as Textual builds a mode at
# its first switch: there is no public call that builds a mode's screen without showing
# it (Textual is pinned; tests/tui/test_built_ahead.py fails if the call stops working).
ALLOWED = {"render_guard.py", "ahead.py"}


def test_no_private_textual_name_in_tui() -> None:
    found = [
        f"{path.relative_to(TUI)}:{number}: {line.strip()}"
        for path in sorted(TUI.rglob("*.py"))
        if path.name not in ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PRIVATE.search(line)
    ]
    assert found == []
