"""RawTable: a big table of a stamped file, kept as its JSON bytes until a document is read.

A `schoolyard log` on a school's file reads every contact only to add one: decoding the
contacts table is most of a log (~10 ms at a school year, ~150 ms at eight) and encoding
it again most of the rest. A file this program wrote and stamped (stamp.py) has its
tables' byte spans in the stamp, so DataStorage hands TinyDB the big tables as RawTables:
a mapping that answers `len`, `in` and look-ups of new ids without decoding, takes new
documents aside (`Transaction.append`), and is written back as the same bytes with the
new documents spliced in before its closing brace. Any other use (iterating, reading a
stored document, changing or removing one) decodes it once and from then on it is the
plain dict. It is no dict subclass on purpose: a C-level dict reader (orjson, json)
fails loudly on it instead of writing an empty table.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, MutableMapping, ValuesView
from typing import Any

from storage.engine import codec
from storage.engine.codec import LAZY_DOCUMENTS

__all__ = ["LAZY_DOCUMENTS", "RawTable", "top_id"]


def top_id(keys: Any) -> int:
    """An upper bound of the numeric ids among `keys` (0 when none)."""
    return max((int(key) for key in keys if key.isascii() and key.isdigit()), default=0)


def _new_id(key: object, top: int) -> bool:
    """Whether `key` is a canonical id above every numeric id the raw bytes hold.

    Such a key cannot be in the raw table: a stored key equal to it would be a numeric id
    greater than `top`.
    """
    return (
        isinstance(key, str)
        and key.isascii()
        and key.isdigit()
        and key[0] != "0"
        and int(key) > top
    )


class RawTable(MutableMapping):
    """The documents of one table: raw JSON bytes plus the ones added since, or a dict."""

    __slots__ = ("_raw", "_count", "_top", "_added", "_docs")

    def __init__(self, raw: bytes | memoryview, count: int, top: int) -> None:
        self._raw = raw
        self._count = count
        self._top = top
        self._added: dict[str, Any] = {}
        self._docs: dict[str, Any] | None = None

    @property
    def decoded(self) -> bool:
        return self._docs is not None

    @property
    def to_encode(self) -> int:
        """How many documents writing it encodes: the added ones, or all once decoded."""
        return len(self._added) if self._docs is None else len(self._docs)

    def _all(self) -> dict[str, Any]:
        if self._docs is None:
            docs = codec.loads(bytes(self._raw))
            docs.update(self._added)
            self._docs, self._raw, self._added = docs, b"", {}
        return self._docs

    # -- what a log needs, without decoding ------------------------------------------------

    def __len__(self) -> int:
        if self._docs is None:
            return self._count + len(self._added)
        return len(self._docs)

    def __contains__(self, key: object) -> bool:
        if self._docs is None and (key in self._added or _new_id(key, self._top)):
            return key in self._added
        return key in self._all()

    def __getitem__(self, key: str) -> Any:
        if self._docs is None and (key in self._added or _new_id(key, self._top)):
            return self._added[key]  # KeyError for a new id not added
        return self._all()[key]

    def __setitem__(self, key: str, doc: Any) -> None:
        if self._docs is None and _new_id(key, self._top):
            self._added[key] = doc
        else:
            self._all()[key] = doc

    def update(self, other: Any = (), /, **kwargs: Any) -> None:  # type: ignore[override]
        for key, doc in dict(other, **kwargs).items():
            self[key] = doc

    # -- everything else decodes ----------------------------------------------------------

    def __delitem__(self, key: str) -> None:
        del self._all()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def keys(self) -> KeysView[str]:
        return self._all().keys()

    def items(self) -> ItemsView[str, Any]:
        return self._all().items()

    def values(self) -> ValuesView[Any]:
        return self._all().values()

    def __repr__(self) -> str:
        return f"RawTable({len(self)} documents, decoded={self.decoded})"

    # -- writing --------------------------------------------------------------------------

    def encoded(self, dumps: Any) -> tuple[list[bytes | memoryview], int, int]:
        """(the table's JSON as chunks, its document count, top id); `dumps` for a dict.

        Undecoded: the raw bytes with the added documents spliced in, byte for byte what
        `dumps` of the decoded dict gives (insertion order, compact JSON), and not copied.
        """
        if self._docs is not None:
            return [dumps(self._docs)], len(self._docs), top_id(self._docs)
        if not self._added:
            return [self._raw], self._count, self._top
        added = dumps(self._added)  # b'{"17225":{...},...}'
        joint = b"," if self._count else b""
        top = max(self._top, top_id(self._added))
        raw = memoryview(self._raw)
        return [raw[:-1], joint, added[1:]], self._count + len(self._added), top
