"""storage/safetext.py: what is stripped where text comes in, what is shown where it goes out."""

from __future__ import annotations

import json
import sys
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from storage.rules.safetext import FORBIDDEN, clean, escape_json, visible

OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"
ATTACKS = [
    OSC52,
    "\x1b]52;c;ZWNobyBwd25lZA==\x1b\\",
    "\x1b[2J",
    "\x1b[1;31m",
    "\x9b2J",
    "\x9d0;title\x9c",
    "\x1bP1$tx\x1b\\",
    "\x1bc",
    "\x1b(0",
    "\u202e",
    "\u2066",
    "\u2069",
    "\x00",
    "\x07",
    "\x08",
    "\x7f",
    "\u200e",
    "\u200f",
    "\u061c",
    "\ufeff",
]
NAMES = [
    "Yılmaz",
    "Øyen",
    "Nguyễn",
    "Łukasiewicz",
    "van der Berg",
    "Şahin-Öztürk",
    "محمد العلي",
    "כהן",
    "Ζωή Παπαδοπούλου",
    "Ђорђевић",
    "王小明",
    "김민준",
    "नमस्ते",
    "می‌خواهم",  # Persian with a zero-width non-joiner, which the word needs
    "👨‍👩‍👧",  # a family emoji: zero-width joiners
]


def no_terminal_controls(text: str, *, multiline: bool = False) -> bool:
    allowed = "\n\t" if multiline else ""
    return all(char in allowed for char in FORBIDDEN.findall(text))


# -- coming in --------------------------------------------------------------------------


@pytest.mark.parametrize("attack", ATTACKS)
def test_clean_removes_whole_sequences_and_controls(attack):
    assert clean(f"Bakker{attack}") == "Bakker"
    assert clean(f"Bak{attack}ker", multiline=True) == "Bakker"


def test_clean_removes_the_payload_of_a_string_command():
    # The clipboard payload must not survive as text either: it was never meant to be seen.
    assert clean("Bakker\x1b]52;c;ZWNobyBwd25lZA==\x07 en zoon") == "Bakker en zoon"
    assert clean("a\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\") == "alink"
    assert clean("unterminated\x1b]0;title and the rest") == "unterminated"


@pytest.mark.parametrize("name", NAMES)
def test_clean_keeps_names_of_every_script(name):
    assert clean(name) == unicodedata.normalize("NFC", name)
    assert clean(name, multiline=True) == unicodedata.normalize("NFC", name)


def test_clean_normalises_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Øyen Yılmaz")
    assert decomposed != "Nguyễn Øyen Yılmaz"
    assert clean(decomposed) == "Nguyễn Øyen Yılmaz"


def test_one_line_fields_get_spaces_for_line_breaks_notes_keep_them():
    assert clean("Anna\r\nPiet\tJan\x85Kees") == "Anna Piet Jan Kees"
    assert clean("eerste regel\r\ntweede\rderde\u2028vierde\tklaar", multiline=True) == (
        "eerste regel\ntweede\nderde\nvierde\tklaar"
    )


def test_format_characters_match_unicode():
    """The hand-kept list of invisible format characters is every Cf but ZWNJ and ZWJ."""
    missing = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) == "Cf"
        and code not in (0x200C, 0x200D)
        and not FORBIDDEN.match(chr(code))
    ]
    assert missing == []
    assert not FORBIDDEN.match("\u200c") and not FORBIDDEN.match("\u200d")


@given(st.text())
@example("\x1b\x1b[2J")
@example("\r\x1b[0m\n")
@example("a\u0301\u202e\u0308")
def test_clean_is_idempotent_and_leaves_nothing_forbidden(text):
    once = clean(text)
    assert clean(once) == once
    assert no_terminal_controls(once)
    note = clean(text, multiline=True)
    assert clean(note, multiline=True) == note
    assert no_terminal_controls(note, multiline=True)
    assert "\r" not in note


@given(st.text(st.characters(categories=["L", "M", "N", "Zs", "P", "S"])))
def test_clean_keeps_letters_of_all_scripts(text):
    assert clean(text) == unicodedata.normalize("NFC", text)


# -- going out --------------------------------------------------------------------------


def test_visible_shows_what_is_there():
    assert visible("Bakker" + OSC52) == "Bakker␛]52;c;ZWNobyBwd25lZA==␇"
    assert visible("\x1b[2Jmail") == "␛[2Jmail"
    assert visible("\x9b2J") == "\\x9b2J"
    assert visible("Ab\u202eCD") == "Ab\\u202eCD"
    assert visible("nul\x00") == "nul␀"
    assert visible("a\nb\tc") == "a␊b␉c"
    assert visible("a\r\nb\tc", multiline=True) == "a␍\nb\tc"
    assert visible("tag\U000e0041") == "tag\\U000e0041"


@pytest.mark.parametrize("name", NAMES)
def test_visible_leaves_names_alone(name):
    assert visible(name) == name


@given(st.text())
@example("\ud800")
def test_visible_leaves_no_terminal_control(text):
    assert no_terminal_controls(visible(text))
    assert no_terminal_controls(visible(text, multiline=True), multiline=True)
    assert "\x1b" not in visible(text) and "\x1b" not in visible(text, multiline=True)


@given(st.recursive(st.text(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
@example(["Bakker\x1b]52;c;eA==\x07\x9b2J\u202e\U000e0041\ud800"])
def test_escape_json_keeps_the_data_and_no_terminal_control(value):
    payload = escape_json(json.dumps(value, ensure_ascii=False, indent=2))
    assert no_terminal_controls(payload, multiline=True) and "\t" not in payload
    assert json.loads(payload) == value
