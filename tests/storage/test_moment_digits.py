"""The digit keys of the moments: 1–9, then 0; an eleventh moment gets none, not `1` again."""

from __future__ import annotations

from storage import Moment
from storage.records import digit_key


def test_each_moment_has_its_own_digit() -> None:
    digits = [m.digit for m in Moment]
    assert len(set(digits)) == len(digits)
    assert all(Moment.from_digit(m.digit) is m for m in Moment)


def test_the_tenth_is_zero_and_an_eleventh_has_no_key() -> None:
    assert [digit_key(n) for n in (1, 9, 10)] == ["1", "9", "0"]
    assert digit_key(11) == ""
    assert Moment.from_digit("") is None
