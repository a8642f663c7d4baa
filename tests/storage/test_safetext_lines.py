"""`visible(multiline=True)` and `escape_json` search past line breaks and tabs (a school's
JSON has 13k of them) and still show every other forbidden character as before."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from storage.rules import safetext
from storage.rules.safetext import FORBIDDEN_RANGES, escape_json, marker, visible

FORBIDDEN_CHARS = [chr(lo) for lo, _ in FORBIDDEN_RANGES] + [chr(hi) for _, hi in FORBIDDEN_RANGES]
TEXT = st.text(st.characters(codec=None) | st.sampled_from([*FORBIDDEN_CHARS, "\n", "\t", "ı"]))


@given(text=TEXT)
def test_a_note_keeps_its_lines_and_tabs_and_shows_the_rest(text: str) -> None:
    every = safetext._forbidden()
    expected = every.sub(lambda m: m[0] if m[0] in "\n\t" else marker(m[0]), text)
    assert visible(text, multiline=True) == expected


@given(value=st.lists(st.dictionaries(TEXT, TEXT, max_size=3), max_size=3))
def test_indented_json_escapes_what_json_leaves_and_decodes_to_the_same(value: list) -> None:
    payload = json.dumps(value, ensure_ascii=False, indent=2)
    escaped = escape_json(payload)
    assert json.loads(escaped) == value
    assert escaped.count("\n") == payload.count("\n")
    assert all(ch in "\n" or not safetext._forbidden().match(ch) for ch in escaped)


def test_the_lines_pattern_is_every_forbidden_character_but_break_and_tab() -> None:
    lines = safetext._forbidden_in_lines()
    for code in range(0x110000):
        char = chr(code)
        expected = bool(safetext._forbidden().match(char)) and char not in "\n\t"
        assert bool(lines.match(char)) == expected, hex(code)
