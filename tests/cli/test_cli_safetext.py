"""No CLI command lets stored text reach the terminal raw: real processes, their bytes checked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import process_env
from poisoned import CLIPBOARD, POISON, odd_characters, write_poisoned_file

from storage import ContactBook
from storage.rules.safetext import FORBIDDEN

COMMANDS = {
    "families": ["families"],
    "neglected": ["neglected"],
    "neglected-json": ["neglected", "--json"],
    "export": ["export", "--include-notes"],
    "export-out": ["export", "--include-notes", "--out", "{tmp}/summary.json"],
    "holiday-list": ["holiday", "list"],
    "holiday-add": ["holiday", "add", "2026-10-19", "2026-10-23", "Herfst\x1b[2J\u202e"],
    "ambiguous": ["log", "bakker", "pickup"],
    "log-child": ["log", "sem", "pickup", "--note", "hoi\x1b]52;c;eA==\x07\u202e"],
    "log-unknown": ["log", "\x1b[2Jniemand\u202e", "pickup"],
    "log-moment": ["log", "yilmaz", "\x1b]52;c;eA==\x07"],
    "forget-asks": ["forget", "sem"],
    "forget": ["forget", "sem", "--yes"],
    "import": ["import", "{tmp}/klas.csv"],
    "import-bad-row": ["import", "{tmp}/fout.csv"],
}


def run_bytes(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        env=process_env(),
        timeout=60,
    )


@pytest.mark.parametrize("name", COMMANDS)
def test_no_command_prints_stored_text_raw(name: str, tmp_path: Path):
    data = write_poisoned_file(tmp_path / "book.json")
    (tmp_path / "klas.csv").write_text(
        f'gezin;kind;groep\n"Bakker{CLIPBOARD}\u202e";Sem;5\nVisser\x1b[2J;Jip\x9b2J;3\n',
        encoding="utf-8",
    )
    (tmp_path / "fout.csv").write_text(
        f'gezin;kind;groep\n"Visser{CLIPBOARD}";Jip\u202e;negen\x1b[2J\n', encoding="utf-8"
    )
    args = [a.replace("{tmp}", str(tmp_path)) for a in COMMANDS[name]]
    done = run_bytes([*args, "--data", str(data)])
    for stream in (done.stdout, done.stderr):
        assert b"\x1b" not in stream
        text = stream.decode("utf-8")
        assert odd_characters(text) == []
    assert done.stdout or done.stderr
    assert b"Traceback" not in done.stderr
    summary = tmp_path / "summary.json"
    if summary.exists():
        assert odd_characters(summary.read_text(encoding="utf-8")) == []


def test_odd_text_is_shown_not_hidden(tmp_path: Path):
    """The teacher sees that something is there: markers, not silence."""
    data = write_poisoned_file(tmp_path / "book.json")
    listing = run_bytes(["families", "--data", str(data)]).stdout.decode("utf-8")
    assert "Bakker␛]52;c;ZWNobyBwd25lZA==␇␛[2J\\x9b2J\\u202e\\u2066␀" in listing
    holidays = run_bytes(["holiday", "list", "--data", str(data)]).stdout.decode("utf-8")
    assert "Kerst␛]52;c;" in holidays


@pytest.mark.parametrize("args", [["neglected", "--json"], ["export", "--include-notes"]])
def test_json_output_escapes_and_keeps_the_data(args: list[str], tmp_path: Path):
    data = write_poisoned_file(tmp_path / "book.json")
    done = run_bytes([*args, "--data", str(data)])
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    assert odd_characters(out) == []
    decoded = json.loads(out)
    families = decoded if isinstance(decoded, list) else decoded["families"]
    assert "Bakker" + POISON in [f["name"] for f in families]


def test_log_note_and_holiday_name_are_stored_clean(tmp_path: Path):
    data = write_poisoned_file(tmp_path / "book.json")
    run_bytes(
        ["log", "yilmaz", "pickup", "--note", "hoi\x1b]52;c;eA==\x07\u202e", "--data", str(data)]
    )
    run_bytes(["holiday", "add", "2026-10-19", "2026-10-23", "Herfst\x1b[2J", "--data", str(data)])
    book = ContactBook(data)
    assert "hoi" in [c.note for c in book.contacts()]
    assert "Herfst" in [h.name for h in book.holidays()]
    assert not FORBIDDEN.search("".join(c.note for c in book.contacts() if c.family_id == 3))
