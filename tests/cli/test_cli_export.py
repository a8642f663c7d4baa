"""`schoolyard export`: the JSON summary on stdout or in a 0600 file, validated by its schema."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook

jsonschema = pytest.importorskip("jsonschema")
summary = pytest.importorskip("storage.rules.summary")

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
    assert run("export", "--out", str(out), "--force").code == 0
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


# -- finding 9: an export is private from its first byte, and leaves no temp behind ----------


def test_an_export_replacing_an_open_file_is_private_from_its_first_byte(
    run, class_book: ContactBook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every state the export passes through on disk is 0600, not only the last one."""
    import os

    from storage.engine import files

    out = tmp_path / "week48.json"
    out.write_text("old")
    out.chmod(0o644)
    modes: list[tuple[str, int]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        mode = os.fstat(fd).st_mode
        if stat.S_ISREG(mode):
            modes.append(("written", stat.S_IMODE(mode)))
        real_fsync(fd)

    def replace(src, dst) -> None:
        if Path(dst) == out:
            modes.append(("renamed", stat.S_IMODE(os.stat(src).st_mode)))
        real_replace(src, dst)
        if Path(dst) == out:
            modes.append(("replaced", stat.S_IMODE(os.stat(dst).st_mode)))

    monkeypatch.setattr(files.os, "fsync", fsync)
    monkeypatch.setattr(files.os, "replace", replace)
    assert run("export", "--out", str(out), "--force").code == 0
    monkeypatch.undo()

    assert ("renamed", 0o600) in modes and ("replaced", 0o600) in modes
    assert all(mode == 0o600 for _, mode in modes), modes
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def stale_temp(folder: Path, name: str, secret: str = "Yılmaz") -> Path:
    """What a killed export leaves: `.name.<12 hex>.tmp` holding the names."""
    tmp = folder / f".{name}.0123456789ab.tmp"
    tmp.write_text(json.dumps({"families": [{"name": secret}]}, ensure_ascii=False))
    return tmp


def test_the_next_export_into_the_folder_sweeps_stale_temps(
    run, class_book: ContactBook, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    assert run("export", "--out", str(folder / "week47.json")).code == 0
    week47 = stale_temp(folder, "week47.json")
    week48 = stale_temp(folder, "week48.json")
    other = folder / ".notes.txt.0123456789ab.tmp"  # not an export of ours: left alone
    other.write_text("x")

    assert run("export", "--out", str(folder / "week48.json")).code == 0
    assert not week48.exists()  # beside the file written now
    assert not week47.exists()  # beside an export written before into this folder
    assert other.exists()
    assert sorted(p.name for p in folder.iterdir()) == [
        ".notes.txt.0123456789ab.tmp",
        "week47.json",
        "week48.json",
    ]


KILLED_EXPORT = """
import os, signal, sys
from storage.engine import files
real_fsync = os.fsync
def fsync(fd):
    real_fsync(fd)
    if "week48" in os.readlink(f"/proc/self/fd/{fd}"):
        os.kill(os.getpid(), signal.SIGKILL)  # the export's temp is written, not yet renamed
files.os.fsync = fsync
from tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_killed_export_leaves_a_temp_that_the_next_export_sweeps(
    class_book: ContactBook, book_path: Path, tmp_path: Path, process, make_env
) -> None:
    import signal
    import subprocess
    import sys

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("the kill point is found through /proc")
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "week48.json"
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            KILLED_EXPORT,
            "export",
            "--out",
            str(out),
            "--data",
            str(book_path),
        ],
        capture_output=True,
        env=make_env(),
        timeout=60,
    )
    assert killed.returncode == -signal.SIGKILL
    (left,) = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert left.name.startswith(".week48.json.")
    assert "Yılmaz" in left.read_text(encoding="utf-8")  # the personal data a kill leaves
    assert stat.S_IMODE(left.stat().st_mode) == 0o600
    assert not out.exists()

    done = process("export", "--out", str(folder / "week49.json"), "--data", str(book_path))
    assert done.code == 0, done.err
    assert sorted(p.name for p in folder.iterdir()) == ["week49.json"]


# -- finding 13: a pseudonymized summary has days, not times, and no groups ------------------


def test_pseudonymized_summaries_hold_days_without_times_or_offsets(
    run, class_book: ContactBook
) -> None:
    import re

    raw = run("export", "--pseudonymize").out
    document = json.loads(raw)
    validate(document)
    assert not re.search(r"\d{2}:\d{2}", raw)  # no clock time and no UTC offset anywhere
    assert '"group"' not in raw
    assert document["generated_at"] == "2026-11-25"
    days = [f["last_contact"] for f in document["families"] if f["last_contact"]]
    assert days and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) for day in days)
    named = json.loads(run("export").out)
    assert any("T" in (f["last_contact"] or "") for f in named["families"])  # names keep times


# -- finding 11: errors name the export file or its folder, translated --------------------------


def assert_one_clear_line(result, *, names: Path, language: str = "en") -> str:
    assert result.code == 1
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    line = lines[0]
    assert str(names) in line
    assert ".tmp" not in line and ".lock" not in line and "Errno" not in line
    assert "Traceback" not in result.err
    return line


def test_an_export_on_a_full_disk(
    run, class_book: ContactBook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lockdown import full_disk

    out = tmp_path / "week48.json"
    full_disk(monkeypatch, only="week48")
    line = assert_one_clear_line(run("export", "--out", str(out)), names=out)
    assert "is full; free some space" in line
    line = assert_one_clear_line(run("--lang", "nl", "export", "--out", str(out)), names=out)
    assert "is vol; maak ruimte vrij" in line
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".week48")] == []


def test_an_export_into_a_read_only_folder(run, class_book: ContactBook, tmp_path: Path) -> None:
    from lockdown import read_only

    folder = tmp_path / "shared"
    folder.mkdir()
    out = folder / "week48.json"
    with read_only(folder):
        result = run("export", "--out", str(out))
        dutch = run("--lang", "nl", "export", "--out", str(out))
    line = assert_one_clear_line(result, names=folder)
    assert "may not write in the folder" in line
    assert "mag niet schrijven in de map" in assert_one_clear_line(
        dutch, names=folder, language="nl"
    )


def test_an_export_over_a_protected_file(run, class_book: ContactBook, tmp_path: Path) -> None:
    from lockdown import read_only

    out = tmp_path / "week48.json"
    out.write_text("old")
    with read_only(out):
        result = run("export", "--out", str(out), "--force")
    line = assert_one_clear_line(result, names=out)
    assert "protected against changes" in line
    assert out.read_text() == "old"


def test_an_export_into_a_missing_folder(run, class_book: ContactBook, tmp_path: Path) -> None:
    out = tmp_path / "nope" / "week48.json"
    line = assert_one_clear_line(run("export", "--out", str(out)), names=out.parent)
    assert line == f"The folder {out.parent} does not exist: {out} was not saved. Check the path."
    assert class_book.exports() == []  # nothing written, nothing remembered
