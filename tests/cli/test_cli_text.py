"""Every message the command line can print exists in Dutch and English with the same blanks."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)

from tui import cli
from tui.text import TEXT

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    ROOT / "tui" / "cli.py",
    ROOT / "tui" / "cli_commands.py",
    ROOT / "tui" / "cli_quick.py",
    ROOT / "tui" / "cli_admin.py",
    ROOT / "tui" / "cli_colleagues.py",
    ROOT / "tui" / "colleague_lines.py",
    ROOT / "storage" / "rules" / "when.py",
]
KEY_USE = re.compile(r"""(?:\bt|BadInput|WhenError)\(\s*["']([a-z_]+\.[a-z_.]+)["']""")


def used_keys() -> set[str]:
    keys = {f"cli.cmd.{name}" for name in cli.COMMANDS}
    for source in SOURCES:
        keys |= set(KEY_USE.findall(source.read_text(encoding="utf-8")))
    return keys


def blanks(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_scan_finds_keys() -> None:
    assert {"cli.logged", "cli.family_ambiguous", "when.bad_when"} <= used_keys()


@pytest.mark.parametrize("key", sorted(used_keys()))
def test_key_in_both_languages(key: str) -> None:
    assert key in TEXT
    dutch, english = TEXT[key]
    assert dutch.strip() and english.strip()
    assert blanks(dutch) == blanks(english)
