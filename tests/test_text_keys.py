"""Every text key the app and the CLI use exists in Dutch and English with the same blanks.

The scan reads every module of `tui/` and `storage/` (the text tables aside) for string
literals shaped like a key of a known area (`today.key.log`, `when.bad_when`, …), so a
key used in a screen, a Binding, an error class or the CLI is checked alike.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from tui.text import TEXT, t, tn

ROOT = Path(__file__).resolve().parents[1]
AREAS = {key.split(".")[0] for key in TEXT}
LITERAL = re.compile(r"""["']([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)["']""")
# File names, and the engine's kinds of damage (their last part is a value, `problem=`).
NOT_KEYS = re.compile(r"\.(py|json|tcss|csv|svg|txt|md)$|^datafile\.damaged\.")


def sources() -> list[Path]:
    found = [*(ROOT / "tui").rglob("*.py"), *(ROOT / "storage").rglob("*.py")]
    return [p for p in found if "text" not in p.relative_to(ROOT).parts[1:-1]]


def used_keys() -> set[str]:
    keys = set()
    for source in sources():
        for key in LITERAL.findall(source.read_text(encoding="utf-8")):
            if key.split(".")[0] in AREAS and not NOT_KEYS.search(key):
                keys.add(key)
    return keys


def blanks(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_scan_finds_keys_of_every_kind() -> None:
    keys = used_keys()
    # a screen's t(), a Binding's description, an error class's key, the CLI's BadInput
    assert {"today.legend", "today.key.log", "when.too_long_ago", "cli.is_folder"} <= keys
    assert len(keys) > 300


@pytest.mark.parametrize("key", sorted(used_keys()))
def test_a_used_key_exists(key: str) -> None:
    assert key in TEXT


@pytest.mark.parametrize("key", sorted(TEXT))
def test_both_languages_with_the_same_blanks(key: str) -> None:
    dutch, english = TEXT[key]
    assert dutch.strip() and english.strip()
    assert blanks(dutch) == blanks(english)
    if key.endswith(".one"):
        # The singular may spell the 1 out, but asks for nothing the plural does not give.
        assert key.removesuffix(".one") in TEXT
        assert blanks(english) <= blanks(TEXT[key.removesuffix(".one")][1])


def test_a_count_of_one_is_singular() -> None:
    assert tn("families.count", 1) == "1 family"
    assert tn("families.count", 2) == "2 families"
    assert tn("classlist.imported", 1, added=1, updated=0, unchanged=3).startswith("1 family added")
    assert tn("history.families_matched", 1) == "1 family matches"
    assert t("today.legend")
