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


def loads(raw: bytes) -> Any:
    """Decode `raw`; ValueError (json's or orjson's JSONDecodeError) when it is not JSON."""
    if len(raw) <= SMALL:
        return json.loads(raw)
    import orjson

    return orjson.loads(raw)


def dumps(data: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON of the tables (a TypeError or ValueError when not JSON-able)."""
    if _small(data):
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return text.encode("utf-8")
    import orjson

    return orjson.dumps(data)


def _small(data: dict[str, Any]) -> bool:
    """Whether the tables are class-sized: fewer documents than a 512 KB file holds."""
    return sum(len(table) for table in data.values() if isinstance(table, dict)) <= 3000
