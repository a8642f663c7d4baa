"""The data file's bytes to tables and back: stdlib json for a class, orjson for a school.

Importing orjson costs more than a class-sized file takes to parse (orjson pulls in
dataclasses, uuid, zoneinfo: ~10 ms of a ~40 ms `schoolyard log`), while at a school's
2 MB it parses in a third of json's time. So small payloads go through `json`, which
TinyDB imports anyway, and orjson is imported only for big ones. Both write the same
compact UTF-8 JSON (names like Yılmaz kept as UTF-8, not \\u escapes), and both read
any JSON the other wrote; the schema check in schema.py does not depend on either.
"""

from __future__ import annotations

import json
from typing import Any

SMALL = 512 * 1024
"""Up to this many bytes (a class of 28 families for years) json is the faster whole."""


LAZY_DOCUMENTS = 2000
"""Tables with at least this many documents are kept raw (rawtable.py): a school's contacts."""

Span = tuple[str, int, int, int, int]
"""(table name, start, end, documents, top id): where a table's JSON is in the payload."""


def loads(raw: bytes) -> Any:
    """Decode `raw`; ValueError (json's or orjson's JSONDecodeError) when it is not JSON."""
    if len(raw) <= SMALL:
        return json.loads(raw)
    import orjson

    return orjson.loads(raw)


def dumps(data: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON of the tables (a TypeError or ValueError when not JSON-able)."""
    return _dumper(data)(data)


def _dumper(data: dict[str, Any]) -> Any:
    if _small(data):
        return _json_dumps
    import orjson

    return orjson.dumps


def _json_dumps(value: Any) -> bytes:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


SMALL_DOCUMENTS = 3000
"""Up to this many documents json encodes them faster than orjson's import and encode."""


def _small(data: dict[str, Any]) -> bool:
    """Whether the tables are class-sized: fewer documents than a 512 KB file holds."""
    return sum(len(t) for t in data.values() if hasattr(t, "__len__")) <= SMALL_DOCUMENTS


def dumps_tables(data: dict[str, Any]) -> tuple[bytes, list[Span]]:
    """`dumps(data)`, byte for byte, and where each table is in it when one is big.

    Tables are encoded one by one (a RawTable as its stored bytes plus what was added,
    rawtable.py) and joined as `dumps` joins them. The spans are empty for a class-sized
    file: nothing there is worth keeping raw.
    """
    if all(type(t) is dict and len(t) < LAZY_DOCUMENTS for t in data.values()):
        return dumps(data), []  # a class: no spans, and rawtable.py is not even imported
    from storage.engine.rawtable import RawTable, top_id

    # Only what is not kept raw is encoded: a log on a school's file encodes its families
    # and one contact, which json does without orjson's import (~3 ms).
    work = sum(t.to_encode if isinstance(t, RawTable) else len(t) for t in data.values())
    encode = _json_dumps if work <= SMALL_DOCUMENTS else _dumper(data)
    chunks: list[bytes | memoryview] = [b"{"]  # joined once: a school's contacts copied once
    spans: list[Span] = []
    at = 1
    for name, table in data.items():
        key = (b"," if spans else b"") + encode(name) + b":"
        if isinstance(table, RawTable):
            body, count, top = table.encoded(encode)
        else:
            body, count = [encode(table)], len(table)
            top = top_id(table) if count >= LAZY_DOCUMENTS else 0
        size = sum(len(chunk) for chunk in body)
        at += len(key)
        spans.append((name, at, at + size, count, top))
        chunks += [key, *body]
        at += size
    chunks.append(b"}")
    return b"".join(chunks), spans


def loads_tables(raw: bytes, spans: list[Span]) -> dict[str, Any] | None:
    """The tables of stamped bytes, big ones kept raw; None when the spans do not fit."""
    from storage.engine.rawtable import RawTable

    tables: dict[str, Any] = {}
    at = 1
    for name, start, end, count, top in spans:
        key = (b"," if tables else b"") + _json_dumps(name) + b":"
        if raw[at : at + len(key)] != key or start != at + len(key) or not start < end:
            return None
        if raw[start : start + 1] != b"{" or raw[end - 1 : end] != b"}":
            return None
        if count >= LAZY_DOCUMENTS:  # a view: the bytes are not copied until decoded
            tables[name] = RawTable(memoryview(raw)[start:end], count, top)
        else:
            tables[name] = loads(raw[start:end])
        at = end
    if raw[at:] != b"}" or len(tables) != len(spans):
        return None
    return tables
