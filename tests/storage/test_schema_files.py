"""The shipped JSON Schema, and property tests of the record schema (hypothesis)."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import jsonschema
import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage import ContactBook, DataFileError
from storage.demo import write_demo
from storage.engine import schema

SHIPPED = Path(schema.__file__).resolve().parents[1] / "data.schema.json"


def test_the_shipped_schema_is_the_generated_one() -> None:
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == schema.json_schema()


def test_the_shipped_schema_validates_a_real_demo_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.json"
    write_demo(path, families=28, weeks=8, seed=3)
    data = json.loads(path.read_bytes())
    assert data["contacts"]
    validator = jsonschema.Draft202012Validator(json.loads(SHIPPED.read_text(encoding="utf-8")))
    validator.validate(data)
    data["contacts"]["1"]["reached"] = "false"
    assert not validator.is_valid(data)


# -- property tests ----------------------------------------------------------------------

MOMENTS = list(schema.Moment.__args__)
TONES = list(schema.Tone.__args__)
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
name = text.filter(lambda s: s.strip() != "")
offsets = st.sampled_from([timezone(timedelta(hours=h)) for h in (0, 1, 2, -5)])
times = st.builds(
    lambda day, off: day.replace(tzinfo=off).isoformat(timespec="seconds"),
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 11, 1)),
    offsets,
)


@st.composite
def data_files(draw: st.DrawFn) -> dict[str, Any]:
    families = {
        str(i): {
            "name": draw(name),
            "children": draw(
                st.lists(st.fixed_dictionaries({"name": name, "group": st.integers(1, 8)}))
            ),
            "guardians": draw(st.lists(text, max_size=3)),
            "language": draw(text),
            "interpreter": draw(st.booleans()),
            "active": draw(st.booleans()),
        }
        for i in range(1, draw(st.integers(1, 5)) + 1)
    }
    contacts = {}
    for i in range(1, draw(st.integers(0, 8)) + 1):
        doc = {
            "family": draw(st.integers(1, len(families))),
            "at": draw(times),
            "moment": draw(st.sampled_from(MOMENTS)),
            "tone": draw(st.sampled_from(TONES)),
        }
        if draw(st.booleans()):
            doc["note"] = draw(text)
        if draw(st.booleans()):
            doc["reached"] = draw(st.booleans())
        contacts[str(i)] = doc
    return {"families": families, "contacts": contacts}


def read_all(path: Path) -> tuple:
    book = ContactBook(path)
    return (
        book.families(include_archived=True),
        book.contacts(),
        book.statuses(),
        book.settings(),
        book.holidays(),
        book.last_action(),
        book.reflections(),
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data_files())
def test_valid_files_round_trip(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "schoolyard.json"
        path.write_bytes(orjson.dumps(data))
        families, contacts, *_ = read_all(path)
        assert {f.id: f.to_doc() for f in families} == {
            int(k): {**{"first_contact": None, "channel": "", "tips": ""}, **d}
            for k, d in data["families"].items()
        }
        assert {c.id: c.to_doc() for c in contacts} == {
            int(k): {
                key: value
                for key, value in d.items()
                if (key, value) not in {("reached", True), ("note", "")}
            }
            for k, d in data["contacts"].items()
        }


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data_files(), st.data())
def test_mutated_files_are_refused_with_a_data_file_error_or_read(
    data: dict[str, Any], draw: st.DataObject
) -> None:
    table = draw.draw(st.sampled_from(sorted(t for t in data if data[t])))
    key = draw.draw(st.sampled_from(sorted(data[table])))
    record = data[table][key]
    how = draw.draw(st.sampled_from(["field", "drop", "record", "table", "key"]))
    if how == "field":
        field = draw.draw(st.sampled_from(sorted(record)) | text)
        record[field] = draw.draw(json_values)
    elif how == "drop":
        record.pop(draw.draw(st.sampled_from(sorted(record))))
    elif how == "record":
        data[table][key] = draw.draw(json_values)
    elif how == "table":
        data[table] = draw.draw(json_values)
    else:
        data[table][draw.draw(text)] = data[table].pop(key)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "schoolyard.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        try:
            read_all(path)
        except DataFileError as exc:
            assert exc.key.startswith("datafile.")


def test_the_words_are_one_list_for_the_records_the_schema_and_the_quick_log() -> None:
    """storage/rules/words.py is where moments and tones are declared: the records' enums
    (the app's digit order) and the schema's Literals must say the same, in that order."""
    from storage.records import Moment, Tone
    from storage.rules import words

    assert tuple(m.value for m in Moment) == words.MOMENTS == schema.Moment.__args__
    assert tuple(t.value for t in Tone) == words.TONES == schema.Tone.__args__
