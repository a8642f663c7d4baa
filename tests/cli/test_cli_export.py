"""`schoolyard export`: the JSON summary on stdout or in a 0600 file, validated by its schema."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook

jsonschema = pytest.importorskip("jsonschema")
summary = pytest.importorskip("storage.summary")

NAMES = ["Yılmaz", "Øyen", "Nguyễn", "van der Berg", "de Jong", "Öztürk", "Elif", "Minh", "Noor"]
NOTES = ["Elif trots op tekening", "Lucas moe"]


def validate(document: dict) -> None:
    schema = json.loads(Path(summary.SCHEMA_PATH).read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(document)


def test_export_to_stdout(run, class_book: ContactBook) -> None:
    result = run("export")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    validate(document)
    assert document["schema"] == "schoolyard.summary/1"
    names = {family["name"] for family in document["families"]}
    assert {"Yılmaz", "Øyen", "Nguyễn"} <= names
    for note in NOTES:
        assert note not in result.out


def test_export_with_notes(run, class_book: ContactBook) -> None:
    result = run("export", "--include-notes")
    assert result.code == 0
    validate(json.loads(result.out))
    for note in NOTES:
        assert note in result.out


@pytest.mark.parametrize("extra", [[], ["--include-notes"]])
def test_export_pseudonymized(run, class_book: ContactBook, extra) -> None:
    result = run("export", "--pseudonymize", *extra)
    assert result.code == 0
    document = json.loads(result.out)
    validate(document)
    for text in NAMES + NOTES:
        assert text not in result.out
    again = json.loads(run("export", "--pseudonymize").out)
    assert [f["name"] for f in again["families"]] == [f["name"] for f in document["families"]]


def test_export_to_a_private_file(run, class_book: ContactBook, tmp_path: Path) -> None:
    out = tmp_path / "samenvatting week 48.json"
    result = run("export", "--out", str(out), "--from", "2026-11-23", "--to", "vandaag")
    assert result.code == 0, result.err
    assert result.out == ""
    assert str(out) in result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    document = json.loads(out.read_text(encoding="utf-8"))
    validate(document)
    assert document["period"] == {"from": "2026-11-23", "to": "2026-11-25"}


def test_an_existing_export_becomes_private_too(run, class_book: ContactBook, tmp_path) -> None:
    out = tmp_path / "summary.json"
    out.write_text("old")
    out.chmod(0o644)
    assert run("export", "--out", str(out)).code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    validate(json.loads(out.read_text(encoding="utf-8")))


def test_dutch_dates_for_the_period(run, class_book: ContactBook) -> None:
    document = json.loads(run("export", "--from", "1-11-2026", "--to", "gisteren").out)
    assert document["period"] == {"from": "2026-11-01", "to": "2026-11-24"}


@pytest.mark.parametrize(
    "argv",
    [
        ["--from", "2026-11-25", "--to", "2026-11-01"],
        ["--from", "last week"],
        ["--to", "2026-02-30"],
    ],
)
def test_bad_periods(run, class_book: ContactBook, argv) -> None:
    result = run("export", *argv)
    assert result.code == 2
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1


def test_the_data_file_is_never_the_export(run, class_book: ContactBook, book_path: Path) -> None:
    before = book_path.read_bytes()
    result = run("export", "--out", str(book_path))
    assert result.code == 2
    assert book_path.read_bytes() == before


def test_export_to_a_folder_is_refused(run, class_book: ContactBook, tmp_path: Path) -> None:
    assert run("export", "--out", str(tmp_path)).code == 2
