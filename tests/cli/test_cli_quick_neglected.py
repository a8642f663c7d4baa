"""A plain `schoolyard neglected` in the console script goes through tui/cli_neglected.py:
it imports no records, dataclasses, argparse or book actions, runs the one rule
(storage/rules/insights.py) on plain objects, and says exactly what the full command
(tui/cli_commands.py `list_neglected`) says; colleagues' files go the full way."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from classbook import NOW, make_class
from cli_support import *  # noqa: F403 (the CLI fixtures: said_and_written)
from cli_support import FIXTURED_PROPERTY, FULL_PATH, loaded_at_exit
from hypothesis import given, settings
from hypothesis import strategies as st

from storage import ContactBook
from storage.actions.quickread import QuickRead
from tui import cli, cli_commands, cli_neglected

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def class_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("quick-neglected") / "klas.json"
    book = ContactBook(path, clock=lambda: NOW)
    make_class(book)
    book.set_planned(1, True)
    return path


def _console(argv: list[str]) -> str:
    """Run `schoolyard ARGV` as the console script does: its exit code, then the
    modules that matter, as seen just before `os._exit`."""
    return loaded_at_exit(argv, FULL_PATH)


@pytest.mark.parametrize("form", [[], ["--json"], ["--days", "3"]], ids=["lines", "json", "days"])
def test_a_plain_neglected_imports_neither_dataclasses_nor_the_records(
    class_file: Path, form: list[str]
) -> None:
    # The file as this program wrote it, with its stamp: a copy (never written since)
    # is checked against the schema at every read, and msgspec imports inspect then.
    argv = ["neglected", *form, "--data", str(class_file)]
    assert _console(argv) == "0"


def test_colleagues_files_still_go_the_full_way(class_file: Path, tmp_path: Path) -> None:
    data = tmp_path / "klas.json"
    shutil.copy(class_file, data)
    colleague = tmp_path / "collega.json"
    shutil.copy(class_file, colleague)
    line = _console(["neglected", "--with", str(colleague), "--data", str(data)])
    assert line.split()[0] == "0" and "storage.records" in line
    ContactBook(data).set_colleague_files([colleague])  # kept in the settings
    line = _console(["neglected", "--json", "--data", str(data)])
    assert line.split()[0] == "0" and "storage.records" in line


# -- the quick way says what the full way says, on random books ---------------------------

CET, CEST = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))
NAMES = [
    "Yılmaz",
    "Øyen",
    "Nguyễn",
    "van der Berg",
    "de Jong",
    "de Jong",
    "Ab\u202eba",
    "",
    "x" * 80,
]
DAYS = st.dates(date(2026, 9, 1), date(2026, 12, 6))


@st.composite
def families(draw: st.DrawFn) -> dict:
    doc: dict = {
        "name": draw(st.sampled_from(NAMES)),
        "children": [
            {"name": draw(st.sampled_from(NAMES)), "group": group}
            | ({"last_group": group + 1} if draw(st.booleans()) else {})
            | ({"student_id": "12"} if draw(st.booleans()) else {})
            for group in draw(st.lists(st.integers(1, 7), max_size=3))
        ],
        "guardians": [],
        "language": draw(st.sampled_from(["", "Turks", "Nederlands"])),
        "interpreter": draw(st.booleans()),
        "channel": draw(st.sampled_from(["", "WhatsApp", "tel\x1b[31m"])),
        "first_contact": draw(st.none() | DAYS.map(date.isoformat)),
        "active": draw(st.booleans() | st.just(True)),
        "tips": "",
    }
    return doc


@st.composite
def contacts(draw: st.DrawFn, count: int) -> dict:
    day = draw(st.dates(date(2026, 10, 12), date(2026, 11, 30)))  # around the window's edge
    # Both sides of the night the clocks go back (25 Oct 2026): two offsets in one file.
    zone = draw(st.sampled_from([CET, CEST]))
    at = datetime(day.year, day.month, day.day, draw(st.integers(0, 23)), draw(st.integers(0, 59)))
    at = at.replace(tzinfo=zone)
    doc = {
        "family": draw(st.integers(1, count)),
        "at": at.isoformat(),
        "moment": draw(st.sampled_from(["pickup", "phone", "other"])),
        "tone": draw(st.sampled_from(["positive", "neutral", "concern"])),
    }
    if draw(st.booleans()):
        doc["reached"] = draw(st.booleans())
    return doc


@st.composite
def books(draw: st.DrawFn) -> dict:
    family_docs = draw(st.lists(families(), min_size=1, max_size=6))
    count = len(family_docs)
    contact_docs = draw(st.lists(contacts(count), max_size=40))
    holidays = [
        {"from": start.isoformat(), "to": (start + timedelta(days=length)).isoformat(), "name": ""}
        for start, length in draw(st.lists(st.tuples(DAYS, st.integers(0, 9)), max_size=3))
    ]
    plans = [
        {"family": fid, "week": week}
        for fid, week in draw(
            st.lists(st.tuples(st.integers(1, count), st.sampled_from(["2026-W48", "2026-W49"])))
        )
    ]
    window = draw(st.none() | st.integers(1, 30))
    number = lambda docs: {str(i): d for i, d in enumerate(docs, 1)}  # noqa: E731
    return {
        "families": number(family_docs),
        "contacts": number(contact_docs),
        "holidays": number(holidays),
        "plans": number(plans),
        "settings": {"1": {"positive_window_school_days": window}} if window else {},
    }


@settings(FIXTURED_PROPERTY, max_examples=60)
@given(
    stored=books(),
    form=st.sampled_from([[], ["--json"], ["--days", "2"], ["--json", "--days", "40"]]),
    today=st.sampled_from([NOW, NOW + timedelta(days=4), NOW - timedelta(days=31)]),
    lang=st.sampled_from(["nl", "en"]),
)
def test_the_quick_neglected_says_what_the_full_command_does(
    stored: dict,
    form: list[str],
    today: datetime,
    lang: str,
    tmp_path: Path,
    said_and_written,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "random.json"
    source.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(cli_commands, "open_book", lambda p: ContactBook(p, clock=lambda: today))
    monkeypatch.setattr(
        cli_neglected, "open_quick_read", lambda p: QuickRead(p, clock=lambda: today)
    )
    seen = []
    for quick in (True, False):
        monkeypatch.setattr(cli, "CONSOLE", quick)
        seen.append(said_and_written(cli.run, ["neglected", *form, "--lang", lang], source))
    assert seen[0] == seen[1]
    assert seen[0][0] == 0


@pytest.mark.parametrize("kept", [False, True], ids=["with", "kept"])
def test_with_colleagues_the_quick_way_leaves_it_to_the_full_command(
    class_file: Path, tmp_path: Path, said_and_written, monkeypatch: pytest.MonkeyPatch, kept: bool
) -> None:
    colleague = tmp_path / "collega.json"
    shutil.copy(class_file, colleague)
    source = tmp_path / "klas.json"
    shutil.copy(class_file, source)
    argv = ["neglected", "--json"]
    if kept:
        ContactBook(source).set_colleague_files([colleague])
    else:
        argv += ["--with", str(colleague)]
    monkeypatch.setattr(cli_neglected, "open_quick_read", lambda p: QuickRead(p, clock=lambda: NOW))
    seen = []
    for quick in (True, False):
        monkeypatch.setattr(cli, "CONSOLE", quick)
        seen.append(said_and_written(cli.run, argv, source))
    assert seen[0] == seen[1]
    assert seen[0][0] == 0 and '"last_positive_by"' in seen[0][1]


def test_a_missing_file_is_said_as_the_full_command_says_it(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "CONSOLE", True)
    assert cli.run(["neglected", "--data", str(tmp_path / "nowhere.json")]) == 1
    assert "nowhere.json" in capsys.readouterr().err


@pytest.mark.parametrize(
    "content",
    ["", "not json", '{"families": {"1": {"name": 5}}}', '{"contacts": {"1": {"at": "x"}}}'],
    ids=["empty", "not-json", "damaged-family", "damaged-contact"],
)
def test_an_empty_or_damaged_file_is_said_as_the_full_command_says_it(
    content: str, tmp_path: Path, said_and_written, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "odd.json"
    source.write_text(content, encoding="utf-8")
    monkeypatch.setattr(cli_neglected, "open_quick_read", lambda p: QuickRead(p, clock=lambda: NOW))
    seen = []
    for quick in (True, False):
        monkeypatch.setattr(cli, "CONSOLE", quick)
        seen.append(said_and_written(cli.run, ["neglected", "--json"], source))
    assert seen[0] == seen[1]
