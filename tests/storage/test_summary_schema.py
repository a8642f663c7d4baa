"""The summary's JSON Schema is generated from its declared msgspec types, and real output
(plain, --include-notes, --pseudonymize) validates against the shipped file and decodes
into those types."""

from __future__ import annotations

import json

import jsonschema
import msgspec
import pytest

from storage import ContactBook, Moment, Tone
from storage.rules.summary import encode_summary, summarize
from storage.rules.summary_schema import (
    SCHEMA_PATH,
    ByMoment,
    ByTone,
    PseudonymizedSummary,
    Summary,
    SummaryWithNotes,
    json_schema,
    schema_text,
)


def test_the_shipped_schema_is_the_generated_one() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "storage/summary.schema.json is out of date: run `python -m storage.rules.summary_schema`"
    )
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_the_counts_name_every_moment_and_tone() -> None:
    assert ByMoment.__struct_fields__ == tuple(m.value for m in Moment)
    assert ByTone.__struct_fields__ == tuple(t.value for t in Tone)


@pytest.mark.parametrize(
    ("options", "shape"),
    [
        ({}, Summary),
        ({"include_notes": True}, SummaryWithNotes),
        ({"pseudonymize": True}, PseudonymizedSummary),
        ({"pseudonymize": True, "include_notes": True}, PseudonymizedSummary),
    ],
)
def test_real_output_validates_and_decodes(class_book: ContactBook, options, shape) -> None:
    class_book.log(class_book.find_families("oyen")[0].id, Moment.PHONE, note="Lang verhaal")
    class_book.set_reflection("2026-W48", "Nguyễn nog niet gesproken.")
    payload = encode_summary(summarize(class_book, **options))
    shipped = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        shipped, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    document = json.loads(payload)
    validator.validate(document)
    decoded = msgspec.json.decode(payload, type=shape, strict=True)
    assert type(decoded) is shape
    assert msgspec.json.format(msgspec.json.encode(decoded), indent=2) + b"\n" == payload


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d["families"][0].update(guardians=["Mark de Jong"]),
        lambda d: d["families"][0].update(notes=[]),  # notes without notes_included
        lambda d: d["families"][0]["children"][0].update(group=9),
        lambda d: d["totals"]["by_tone"].pop("concern"),
        lambda d: d.update(pseudonymized=True),  # names under a pseudonymized flag
    ],
)
def test_the_schema_refuses_wrong_shapes(class_book: ContactBook, spoil) -> None:
    document = json.loads(encode_summary(summarize(class_book)))
    spoil(document)
    shipped = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, shipped)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d["families"][0].update(last_contact="2026-11-25T15:10:00+01:00"),  # a time
        lambda d: d["families"][0]["children"][0].update(group=5),  # a group
        lambda d: d["families"][0].update(name="de Jong"),
        lambda d: d.update(notes_included=True),
    ],
)
def test_a_pseudonymized_summary_may_not_hold_times_groups_or_names(
    class_book: ContactBook, spoil
) -> None:
    document = json.loads(encode_summary(summarize(class_book, pseudonymize=True)))
    document["families"].sort(key=lambda f: f["last_contact"] is None)
    assert document["families"][0]["last_contact"] is not None
    spoil(document)
    shipped = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, shipped)
