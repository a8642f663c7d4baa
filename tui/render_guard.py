"""The app's one choke point for odd text: no control a widget renders reaches the terminal.

Textual (`Content`) and Rich (`Text`) pass every string they are given through a
translate table that drops BEL, BS, VT, FF and CR, but let ESC, C1 controls and bidi
overrides through: a family name holding `ESC ] 52 ; …` would rewrite the clipboard,
`ESC [ 2 J` would clear the screen. `install()` adds the rest of storage/safetext.py's
forbidden set to those two tables, each character mapped to the marker `visible()` uses
(`␛`, `\\x9b`, `\\u202e`). So table cells, labels, titles, notifications, inputs, text
areas, selects and the command palette all show stored text neutralised, including
widgets added later, without a call at each of them. Tab and newline are left to
Textual, which lays them out itself.

Both tables are module-level dicts read as default arguments, so updating them in place
is the whole change; tests/tui/test_safetext_screens.py fails if a Textual or Rich
upgrade moves them.
"""

from __future__ import annotations

from rich import control as rich_control
from textual import content as textual_content

from storage.rules.safetext import FORBIDDEN_RANGES, marker

_LEFT_TO_TEXTUAL = frozenset({0x09, 0x0A, 0x07, 0x08, 0x0B, 0x0C, 0x0D})
"""Tab and newline Textual lays out; BEL, BS, VT, FF and CR it already drops."""


def markers() -> dict[int, str]:
    """Each forbidden code point with its visible marker, for `str.translate`."""
    return {
        code: marker(chr(code))
        for low, high in FORBIDDEN_RANGES
        for code in range(low, high + 1)
        if code not in _LEFT_TO_TEXTUAL
    }


def install() -> None:
    """Make every text Textual and Rich render show odd characters as markers (idempotent)."""
    table = markers()
    for module in (textual_content, rich_control):
        module._CONTROL_STRIP_TRANSLATE.update(table)  # type: ignore[attr-defined]
