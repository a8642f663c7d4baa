"""The one-of-a-list field every form and filter uses, and the moment and tone lists."""

from __future__ import annotations

from textual.widgets import Select

from storage import Moment, Tone

from ..text import moment_name, tone_name


def choice(options: list[tuple[str, str]], value: str, field_id: str) -> Select[str]:
    """A compact Select without a blank entry: one of `options` is always chosen."""
    return Select(options, value=value, allow_blank=False, id=field_id, compact=True)


def moment_options(gap: str = " ") -> list[tuple[str, str]]:
    """Every moment as its digit key and name, in digit order."""
    return [(f"{m.digit}{gap}{moment_name(m)}", m.value) for m in Moment]


def tone_options(gap: str = " ") -> list[tuple[str, str]]:
    """Every tone as its symbol and name."""
    return [(f"{tone.symbol}{gap}{tone_name(tone)}", tone.value) for tone in Tone]
