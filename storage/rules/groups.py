"""School groups (groepen 1–8) and combination groups such as `1/2`, `5/6` or `1-2`.

One parser for the class list, the family form and the CLI. A child in a combination
group is stored as its first year (`Child.group`, so sorting and grouping by group keep
working, and older files stay as they are) and the last year (`Child.last_group`).
"""

from __future__ import annotations

import re

from storage.records import group_label

__all__ = ["GROUP_TEXT", "group_label", "parse_group"]

GROUP_TEXT = r"\d{1,3}\s*[a-z]?(?:\s*[/-]\s*\d{1,3}\s*[a-z]?)*"
"""A group as typed, without the word groep: `5`, `5B`, `1/2`, `5-6`, `6/7/8`."""

_GROUP = re.compile(rf"(?:groep|group|gr\.?)?\s*(?P<years>{GROUP_TEXT})", re.IGNORECASE)
_YEAR = re.compile(r"\d{1,3}")


def parse_group(text: str) -> tuple[int, int | None] | None:
    """`5` → (5, None); `1/2`, `groep 1-2`, `1/2B` → (1, 2); None when it is no group.

    The years of a combination follow each other (1/2, 6/7/8), all within 1 to 8.
    """
    match = _GROUP.fullmatch(text.strip())
    if match is None:
        return None
    years = [int(year) for year in _YEAR.findall(match["years"])]
    if not all(1 <= year <= 8 for year in years):
        return None
    if any(later != earlier + 1 for earlier, later in zip(years, years[1:], strict=False)):
        return None
    return (years[0], years[-1]) if len(years) > 1 else (years[0], None)
