"""The full check of a data file: the declared types (schema.py) decoded with msgspec's
validating decoder, then what a type cannot say: a contact's family exists, an id appears
once, a holiday ends after it begins, a time is a real time, an undo entry is whole.

Only files this program did not write and stamp itself come here (see stamp.py). A
`Problem` names the table, the record and the field.
"""

from __future__ import annotations

from typing import Any

import msgspec

from storage.engine.schema import RECORD_TYPES, SCHEMA_VERSION, DataFile
from storage.engine.tables import FAMILY_UNDO
from storage.rules.errors import SchoolyardError

_decoder: msgspec.json.Decoder[DataFile] | None = None


class Problem(SchoolyardError, ValueError):
    """What is wrong with a file, in words `DataFileError` carries (key, values)."""

    def __init__(self, key: str, detail: str, **values: object) -> None:
        super().__init__(key, detail, **values)
        self.detail = detail


def decode(raw: bytes) -> dict[str, Any]:
    """Parse and fully check `raw`; `Problem` names the record and field when it is not valid."""
    global _decoder
    if _decoder is None:
        _decoder = msgspec.json.Decoder(DataFile)
    try:
        data = _decoder.decode(raw)
    except msgspec.ValidationError as exc:
        raise _locate(raw, exc) from None
    except msgspec.DecodeError as exc:
        raise Problem("datafile.not_json", str(exc)) from None
    _refuse_newer(data)
    check(data)
    # The typed decode dropped fields this version does not know; the data TinyDB gets
    # keeps them (the check above has seen every field it knows).
    return _refuse_duplicates(raw)


def _untyped(raw: bytes) -> Any:
    try:
        return msgspec.json.decode(raw)
    except msgspec.DecodeError as exc:
        raise Problem("datafile.not_json", str(exc)) from None


def _refuse_newer(data: Any) -> None:
    settings = data.get("settings") if isinstance(data, dict) else None
    doc = settings.get("1") if isinstance(settings, dict) else None
    version = doc.get("schema") if isinstance(doc, dict) else None
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise Problem(
            "datafile.newer",
            f"a newer Schoolyard wrote it (data file version {version}, this one reads "
            f"{SCHEMA_VERSION})",
            version=version,
        )


def _locate(raw: bytes, exc: msgspec.ValidationError) -> Problem:
    """msgspec does not name dict keys in its paths: find the record by checking each one."""
    data = _untyped(raw)
    _refuse_newer(data)
    if not isinstance(data, dict):
        return Problem("datafile.not_schoolyard", "the file is JSON, but not a Schoolyard file")
    for name, record_type in RECORD_TYPES.items():
        table = data.get(name)
        if table is None:
            continue
        if not isinstance(table, dict):
            return Problem(
                "datafile.not_schoolyard", f"the table {name} is not an object of records"
            )
        for key, doc in table.items():
            if not (key.isdigit() and key[0] != "0"):
                return _problem(name, key, "", "datafile.damaged.id", f"{key!r} is not an id")
            try:
                msgspec.convert(doc, record_type)
            except msgspec.ValidationError as err:
                return _from_validation(name, key, str(err))
    return Problem("datafile.damaged", str(exc))


def _from_validation(table: str, key: str, message: str) -> Problem:
    text, _, where = message.partition(" - at `")
    field = where.rstrip("`").removeprefix("$").lstrip(".")
    if text.startswith("Object missing required field `"):
        missing = text.split("`")[1]
        field = f"{field}.{missing}" if field else missing
        return _problem(table, key, field, "datafile.damaged.missing", text)
    if text.startswith("Expected `object`, got"):
        return _problem(table, key, field, "datafile.damaged.type", text, expected="object")
    if text.startswith("Expected `"):
        expected = text.split("`")[1]
        return _problem(table, key, field, "datafile.damaged.type", text, expected=expected)
    return _problem(table, key, field, "datafile.damaged.value", text)


def _problem(table: str, key: str, field: str, kind: str, text: str, **values: object) -> Problem:
    """Key `datafile.damaged`; `detail` names the record and field, `problem` says what."""
    record = f"{table} {key}"
    where = f"{record}, {field}" if field else record
    return Problem(
        "datafile.damaged",
        f"{where}: {text}",
        record=record,
        field=field,
        problem=kind.removeprefix("datafile.damaged."),
        **values,
    )


def check(data: dict[str, Any]) -> None:
    """What the types cannot say: real dates and times, existing families, ordered holidays."""
    from datetime import date

    families = data.get("families", {})
    day = date.fromisoformat
    problem = None
    try:
        for key, doc in families.items():
            problem = ("families", key, "first_contact")
            if doc.get("first_contact"):
                day(doc["first_contact"])
        for key, doc in data.get("contacts", {}).items():
            problem = ("contacts", key, "at")
            _time(doc["at"])
            if str(doc["family"]) not in families:
                raise _unknown_family("contacts", key, doc["family"])
        for key, doc in data.get("plans", {}).items():
            if str(doc["family"]) not in families:
                raise _unknown_family("plans", key, doc["family"])
        for key, doc in data.get("holidays", {}).items():
            problem = ("holidays", key, "from")
            if day(doc["from"]) > day(doc["to"]):
                raise _problem(
                    "holidays", key, "to", "datafile.damaged.holiday", "it ends before it begins"
                )
        for key, doc in data.get("undo", {}).items():
            _check_undo(key, doc)
    except ValueError as exc:
        if isinstance(exc, Problem) or problem is None:
            raise
        raise _problem(*problem, "datafile.damaged.value", str(exc)) from None


def _time(at: str) -> None:
    """A real local time with its UTC offset, written `2026-11-25T15:10:00+01:00`."""
    from datetime import datetime

    if at[4:5] != "-" or at[10:11] != "T" or datetime.fromisoformat(at).tzinfo is None:
        raise ValueError(f"{at!r} is not a date and time with its UTC offset")


def _check_undo(key: str, doc: dict[str, Any]) -> None:
    if doc["action"] in FAMILY_UNDO:
        for field in ("family", "fields"):
            if field not in doc:
                raise _problem("undo", key, field, "datafile.damaged.missing", f"no {field}")
        return
    if doc["action"] == "log":
        if "ids" not in doc:
            raise _problem("undo", key, "ids", "datafile.damaged.missing", "no ids")
        return
    for field in ("id", "before"):
        if field not in doc:
            raise _problem("undo", key, field, "datafile.damaged.missing", f"no {field}")
    try:
        _time(doc["before"]["at"])
    except ValueError as exc:
        raise _problem("undo", key, "before.at", "datafile.damaged.value", str(exc)) from None


def _unknown_family(table: str, key: str, family: object) -> Problem:
    return _problem(
        table,
        key,
        "family",
        "datafile.damaged.family",
        f"family {family} does not exist",
        family=family,
    )


class _Twice(dict):
    """An object in which a key appeared more than once (json keeps the last silently)."""

    twice: str = ""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    made = dict(pairs)
    if len(made) == len(pairs):
        return made
    seen: set[str] = set()
    marked = _Twice(made)
    marked.twice = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return marked


def _refuse_duplicates(raw: bytes) -> dict[str, Any]:
    """Two records with one id: a JSON object with a key twice, which every parser hides."""
    import json

    data = json.loads(raw, object_pairs_hook=_pairs)
    if isinstance(data, _Twice):
        raise Problem(
            "datafile.damaged",
            f"the table {data.twice} appears twice",
            record=data.twice,
            field="",
            problem="twice",
        )
    for name, table in data.items():
        if isinstance(table, _Twice):
            raise _problem(name, table.twice, "", "datafile.damaged.twice", "the id appears twice")
        for key, doc in table.items():
            if isinstance(doc, _Twice):
                raise _problem(
                    name, key, doc.twice, "datafile.damaged.twice", "the field appears twice"
                )
    return data
