"""Name folding and family look-up: `yilmaz` finds Yılmaz, `oyen` finds Øyen."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.records import Family

# Letters that NFKD does not split into a base letter and a mark.
_UNDECOMPOSED = str.maketrans(
    {
        "ı": "i",
        "İ": "i",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ß": "ss",
        "ẞ": "ss",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ŀ": "l",
        "Ŀ": "l",
        "ħ": "h",
        "Ħ": "h",
        "ŧ": "t",
        "Ŧ": "t",
        "’": "'",
        "‘": "'",
    }
)


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form of `text` for matching."""
    text = text.translate(_UNDECOMPOSED)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().translate(_UNDECOMPOSED).split())


# Dutch tussenvoegsels: `van der Berg` is filed under B, as in every class list.
_PARTICLES = frozenset(
    "van de der den het 't ter ten te in op onder aan bij uit voor over von vom zu zum zur "
    "la le les du des da di del della d' l'".split()
)


def name_key(name: str) -> tuple[str, str]:
    """The one order of family names in every list: folded, tussenvoegsels after.

    `van der Berg` sorts as `berg van der`, `Øyen` beside `Oyen`, `Yılmaz` beside `Yilmaz`.
    The Today list, the Families table, the week and `schoolyard neglected` all use it.
    """
    words = fold(name).split()
    lead = 0
    while lead < len(words) - 1 and words[lead] in _PARTICLES:
        lead += 1
    return (" ".join(words[lead:]), " ".join(words[:lead]))


def search_keys(family: Family) -> tuple[str, ...]:
    """The folded names a family can be found by: its own name and each child's."""
    return (fold(family.name), *(fold(child.name) for child in family.children))


def rank(
    query: str,
    families: Iterable[Family],
    keys: Callable[[Family], tuple[str, ...]] = search_keys,
) -> list[Family]:
    """Families matching `query`, best first; an empty query matches nothing.

    A family matches when every word of the query starts a word of one of its names
    (or sits inside one, ranked lower), so `van der b` and `berg` both find van der Berg.
    `keys` gives a family's `search_keys`: the book passes the ones it keeps per version
    of the file, so a key typed in a search box does not fold 400 families' names again.
    """
    words = fold(query).split()
    if not words:
        return []
    joined = " ".join(words)
    compact = _compact(joined)
    scored: list[tuple[int, str, int, Family]] = []
    for family in families:
        best = None
        names = keys(family)
        for key in names:
            score = _score(words, key, joined, compact)
            if score is not None and (best is None or score < best):
                best = score
        if best is not None:
            scored.append((best, names[0], family.id, family))
    scored.sort(key=lambda item: item[:3])
    return [item[3] for item in scored]


def _score(words: list[str], key: str, joined: str = "", compact: str = "") -> int | None:
    """How well `words` match one folded name (0 best), None for not at all.

    `joined` and `compact` are the words as one text, with and without spaces: `rank`
    makes them once per query rather than once per name.
    """
    joined = joined or " ".join(words)
    if key == joined:
        return 0
    if key.startswith(joined):
        return 1
    if not all(w in key for w in words):
        # Neither the start of a word (2) nor inside one (3): perhaps typed compactly.
        # `elamrani`, `vanderberg`, `oneill`: without the spaces, hyphens or apostrophes.
        return 4 if (compact or _compact(joined)) in _compact(key) else None
    key_words = key.replace("-", " ").split()
    if all(any(kw.startswith(w) for kw in key_words) for w in words):
        return 2
    return 3


def _compact(text: str) -> str:
    return text.replace(" ", "").replace("-", "").replace("'", "")


def find(query: str, families: Iterable[Family]) -> list[Family]:
    """What a FAMILY argument means: an id, else exact name matches, else the best rank.

    One family in the list means a unique match; several mean the query is ambiguous;
    none means unknown.
    """
    families = list(families)
    text = query.strip()
    if text.isdigit():
        by_id = [f for f in families if f.id == int(text)]
        if by_id:
            return by_id
    folded = fold(text)
    exact = [f for f in families if folded in search_keys(f)]
    if exact:
        return exact
    ranked = rank(text, families)
    if not ranked:
        return []
    best = _best_score(folded.split(), ranked[0])
    return [f for f in ranked if _best_score(folded.split(), f) == best]


def _best_score(words: list[str], family: Family) -> int:
    scores = [s for key in search_keys(family) if (s := _score(words, key)) is not None]
    return min(scores)
