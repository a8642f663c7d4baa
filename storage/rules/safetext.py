"""Text that can never drive a terminal: cleaned where it comes in, made visible where it goes out.

A family name in a class list can hold `ESC ] 52 ; c ; … BEL` (which rewrites the
clipboard), `ESC [ 2 J` (which clears the screen) or U+202E (which shows a name
reversed). Two functions keep such text harmless:

- `clean(text)` for text coming IN (class lists, forms, `--note`, holiday names): whole
  escape sequences with their payload, C0 and C1 controls, DEL, bidi embeddings,
  overrides and isolates, the invisible direction marks and other format characters are
  removed; the text is NFC-normalised. Letters of every script stay as they are, and so
  do the zero-width (non-)joiners that Persian and Indic names and emoji need.
- `visible(text)` for stored text going OUT to a terminal (the CLI and the app): files
  written by hand or by older versions may still hold such characters, so each one is
  shown as a harmless visible marker (`␛` for ESC, `␇` for BEL, `\\u202e` for a bidi
  override), and the teacher sees that something odd is there.

A note keeps its line breaks and tabs (`multiline=True`); every other field is one line.
Plain `re` and `unicodedata`: this module is on the CLI's start-up path.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.records import Family

__all__ = [
    "FORBIDDEN",  # noqa: F822 (a module __getattr__ compiles it at first use)
    "FORBIDDEN_RANGES",
    "clean",
    "clean_family",
    "escape_json",
    "marker",
    "visible",
]

FORBIDDEN_RANGES: tuple[tuple[int, int], ...] = (
    (0x00, 0x1F),  # C0 controls, ESC among them
    (0x7F, 0x9F),  # DEL and the C1 controls (U+009B is a one-character CSI)
    (0x2028, 0x2029),  # line and paragraph separators
    (0xD800, 0xDFFF),  # lone surrogates: no terminal can be sent one
    # Every Unicode format character (category Cf) except U+200C ZWNJ and U+200D ZWJ, which
    # Persian, Indic and emoji text need: bidi embeddings, overrides and isolates, LRM, RLM,
    # ALM, zero-width space, BOM, tags. tests/storage/test_safetext.py checks this list
    # against `unicodedata`.
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200B),
    (0x200E, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)
"""The characters that must never reach a terminal as they are, as inclusive ranges."""
_LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"


@cache
def _forbidden() -> re.Pattern[str]:
    """`FORBIDDEN`, compiled at first use: most processes never need it (~0.5 ms)."""
    ranges = "".join(re.escape(chr(lo)) + "-" + re.escape(chr(hi)) for lo, hi in FORBIDDEN_RANGES)
    return re.compile(f"[{ranges}]")


@cache
def _forbidden_in_lines() -> re.Pattern[str]:
    """`FORBIDDEN` but for the line break and the tab, which a note and indented JSON
    keep: one search for the rest, not a match at every line."""
    ranges = [(0x00, 0x08), (0x0B, 0x1F), *FORBIDDEN_RANGES[1:]]
    assert FORBIDDEN_RANGES[0] == (0x00, 0x1F)  # the C0 controls, tab and line feed among them
    return re.compile(
        "[" + "".join(re.escape(chr(lo)) + "-" + re.escape(chr(hi)) for lo, hi in ranges) + "]"
    )


def __getattr__(name: str) -> re.Pattern[str]:
    if name == "FORBIDDEN":
        # One character that must never reach a terminal as it is (a tab or newline included).
        return _forbidden()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Whole escape sequences, 7-bit (ESC …) and 8-bit (C1 CSI, OSC, DCS …), with their payload:
# a string command runs to BEL or ST (ESC \ or U+009C), or to the end when unterminated,
# as a terminal would swallow it.
_CSI = "[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
_STRING_END = "(?:\x07|\x1b\\\\|\x9c|\\Z)"
_ESCAPE_SEQUENCE = (
    "\x1b\\["
    + _CSI
    + "|\x9b"
    + _CSI
    + "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?"
    + _STRING_END
    + "|\x1b[\x20-\x2f]+[\x30-\x7e]?"
    + "|\x1b[\x30-\x7e]"
)
_BREAK = "[" + _LINE_BREAKS + "]"
_WHITESPACE_CONTROL = "[\t" + _LINE_BREAKS + "]"


def clean(text: str, *, multiline: bool = False) -> str:
    """Text as it may be stored: no escape sequence, control or invisible format character.

    With `multiline` (notes, tips, the week's reflection) line breaks become `\\n` and tabs
    stay; otherwise each tab or line break becomes one space. Idempotent.
    """
    if text.isprintable() and unicodedata.is_normalized("NFC", text):
        return text  # the common case: every forbidden character is unprintable
    text = re.sub(_ESCAPE_SEQUENCE, "", text, flags=re.DOTALL).replace("\r\n", "\n")
    if multiline:
        text = re.sub(_BREAK, "\n", text)
    else:
        text = re.sub(_WHITESPACE_CONTROL, " ", text)
    text = _forbidden().sub(lambda m: m[0] if m[0] in "\n\t" else "", text)
    return unicodedata.normalize("NFC", text)


def marker(char: str) -> str:
    """How `visible` shows one forbidden character: `␛`, `␀`, `\\x9b`, `\\u202e`."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟: the Unicode control pictures, ␛ for ESC
    if code == 0x7F:
        return "\u2421"  # ␡
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def visible(text: str, *, multiline: bool = False) -> str:
    """Text safe to print or render: every forbidden character shown as a visible marker.

    `\\x1b]52;c;…\\x07` becomes `␛]52;c;…␇`, U+202E becomes `\\u202e`. With `multiline`,
    `\\n` and tabs stay as they are; otherwise they too are shown (`␊`, `␉`).
    """
    if text.isprintable():
        return text
    if multiline and text.replace("\n", "").replace("\t", "").isprintable():
        return text  # lines and tabs only: no pattern compiled (~0.7 ms a process)
    forbidden = _forbidden_in_lines() if multiline else _forbidden()
    if forbidden.search(text) is None:
        return text
    return forbidden.sub(lambda m: marker(m[0]), text)


def clean_family(family: Family) -> Family:
    """The family with every text field cleaned: tips keep their lines, the rest is one line."""
    from dataclasses import replace  # here: `schoolyard log` cleans a note, not a family

    return replace(
        family,
        name=clean(family.name),
        children=tuple(replace(child, name=clean(child.name)) for child in family.children),
        guardians=tuple(clean(guardian) for guardian in family.guardians),
        language=clean(family.language),
        channel=clean(family.channel),
        tips=clean(family.tips, multiline=True),
    )


def escape_json(payload: str) -> str:
    """JSON text with every forbidden character inside its strings written as a `\\u` escape.

    `json.dumps(..., ensure_ascii=False)` and orjson escape C0 controls only: C1 controls
    and bidi overrides would reach the terminal raw. The result decodes to the same data.
    The newlines that indent the JSON stay (json never writes one raw inside a string).
    """
    # JSON holds a tab or line break only between values (json escapes them in strings).
    if payload.replace("\n", "").isprintable():
        return payload  # every forbidden character is unprintable: nothing to escape
    if _forbidden_in_lines().search(payload) is None:
        return payload
    return _forbidden_in_lines().sub(_json_escape, payload)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    if code > 0xFFFF:  # JSON writes an astral character as a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"
