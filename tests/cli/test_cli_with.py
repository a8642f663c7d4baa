"""`--with PATH`: a colleague's file on `neglected` and `export` (the duo, the school view)."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest
from classbook import NOW
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import Child, ContactBook, Family, Moment

summary = pytest.importorskip("storage.rules.summary")
jsonschema = pytest.importorskip("jsonschema")


@pytest.fixture
def duo(book_path: Path, tmp_path: Path, clock) -> tuple[ContactBook, ContactBook]:
    """A (the `--data` book) and B share groep 5; B greeted the Yılmaz family yesterday."""
    a = ContactBook(book_path, clock=clock)
    b = ContactBook(tmp_path / "shared" / "juf-b.json", clock=clock)
    for book in (a, b):
        book.add_family(Family.new("Yılmaz", [Child("Elif", 5)]))
        book.add_family(Family.new("van der Berg", [Child("Daan", 5)]))
    b.add_family(
        Family.new("Nguyễn", [Child("Minh", 7)])
    )  # a family of another group: the school view
    b.set_colleague_name("juf Marieke")
    (yilmaz,) = b.find_families("yilmaz")
    b.log(yilmaz.id, Moment.PICKUP, at=NOW - timedelta(days=1))
    return a, b


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    return {
        str(p): (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode)
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_neglected_without_her_file_lists_the_family(run, duo) -> None:
    result = run("neglected")
    assert result.code == 0
    assert "Yılmaz" in result.out


def test_her_positive_contact_takes_the_family_off_my_list(run, duo) -> None:
    _, b = duo
    before = snapshot(b.path.parent)
    result = run("neglected", "--with", str(b.path))
    assert result.code == 0, result.err
    assert "Yılmaz" not in result.out
    assert "van der Berg" in result.out
    assert "Nguyễn" in result.out  # the school view: her group too, one line
    assert result.out.count("van der Berg") == 1
    assert result.err == ""
    assert snapshot(b.path.parent) == before  # bytes, mtime and no lock file beside it


def test_neglected_json_says_whose_contact(run, duo) -> None:
    _, b = duo
    result = run("neglected", "--json", "--with", str(b.path), "--days", "1")
    assert result.code == 0, result.err
    rows = {row["name"]: row for row in json.loads(result.out)}
    assert rows["Yılmaz"]["last_positive_by"] == "juf Marieke"
    assert rows["van der Berg"]["last_positive_by"] is None


def test_the_summary_says_whose_contact_and_lists_the_school(run, duo) -> None:
    _, b = duo
    result = run("export", "--with", str(b.path))
    assert result.code == 0, result.err
    document = json.loads(result.out)
    schema = json.loads(Path(summary.SCHEMA_PATH).read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(document)
    families = {f["name"]: f for f in document["families"]}
    assert sorted(families) == ["Nguyễn", "Yılmaz", "van der Berg"]
    assert families["Yılmaz"]["needs_positive_contact"] is False
    assert families["Yılmaz"]["last_positive_by"] == "juf Marieke"
    assert families["Yılmaz"]["contacts"] == 1
    assert document["totals"]["families_needing_positive_contact"] == 2


def test_the_school_export_pseudonymized(run, duo) -> None:
    _, b = duo
    result = run("export", "--pseudonymize", "--with", str(b.path))
    assert result.code == 0, result.err
    for name in ("Yılmaz", "Nguyễn", "Elif", "Minh", "Berg"):
        assert name not in result.out
    assert len(json.loads(result.out)["families"]) == 3


def test_export_without_with_is_as_before(run, duo) -> None:
    document = json.loads(run("export").out)
    assert [f["last_positive_by"] for f in document["families"]] == [None, None]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_missing_or_damaged_colleague_file_is_one_line_and_left_out(
    run, duo, tmp_path: Path, lang: str
) -> None:
    _, b = duo
    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(b.path.read_bytes()[:-30])
    missing = tmp_path / "nowhere" / "juf-c.json"
    result = run(
        "--lang", lang, "neglected", "--with", str(b.path), "--with", str(missing),
        "--with", str(damaged),
    )  # fmt: skip
    assert result.code == 0
    assert "Yılmaz" not in result.out  # the good file still counts
    lines = result.err.splitlines()
    assert len(lines) == 2
    assert str(missing) in lines[0] and str(damaged) in lines[1]
    word = {"en": "left out", "nl": "weggelaten"}[lang]
    assert all(word in line for line in lines)
    assert "Traceback" not in result.err
    assert not missing.parent.exists()


def test_a_newer_colleague_file_is_named(run, duo) -> None:
    _, b = duo
    data = json.loads(b.path.read_bytes())
    data["settings"]["1"]["schema"] = 99
    b.path.write_text(json.dumps(data), encoding="utf-8")
    result = run("neglected", "--with", str(b.path))
    assert result.code == 0
    assert "Yılmaz" in result.out
    assert "newer Schoolyard" in result.err and str(b.path) in result.err


def test_a_read_only_colleague_folder_is_fine(run, duo) -> None:
    _, b = duo
    os.chmod(b.path, 0o400)
    os.chmod(b.path.parent, 0o500)
    try:
        result = run("neglected", "--with", str(b.path))
    finally:
        os.chmod(b.path.parent, 0o700)
    assert result.code == 0, result.err
    assert "Yılmaz" not in result.out


def test_an_uncertain_match_is_reported(run, duo, book_path) -> None:
    a, b = duo
    a.add_family(Family.new("de Jong", [Child("Sanne", 5)]))
    a.add_family(Family.new("de Jong", [Child("Sanne", 5), Child("Tim", 6)]))  # cousins, one group
    b.add_family(Family.new("De Jong", [Child("Sanne", 5)]))
    result = run("neglected", "--with", str(b.path))
    assert result.code == 0
    assert "Not sure which family ‘De Jong’ of juf Marieke is" in result.err
    assert result.out.count("Jong") == 3  # never merged by a guess


def test_with_in_a_real_process(duo, make_env, tmp_path: Path) -> None:
    import subprocess
    import sys

    a, b = duo
    command = ["neglected", "--data", str(a.path), "--with", str(b.path)]
    done = subprocess.run(
        [sys.executable, "-m", "tui.cli", *command],
        capture_output=True,
        text=True,
        env=make_env(),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "van der Berg" in done.stdout


def test_colleagues_add_name_and_remove_keep_a_setting(run, duo, book_path: Path) -> None:
    _, b = duo
    before = snapshot(b.path.parent)
    result = run("colleagues", "add", str(b.path))
    assert result.code == 0, result.err
    assert f"{b.path} — juf Marieke: 3 families, 2 the same as here" in result.out
    assert "Yılmaz" not in run("neglected").out  # the kept file counts without --with
    assert "Nguyễn" not in run("neglected").out  # but only the school view lists her group
    assert run("colleagues", "name", "juf", "Anna").code == 0
    assert "Your name as colleagues see it: juf Anna" in run("colleagues").out
    assert run("colleagues", "remove", str(b.path)).code == 0
    assert "Yılmaz" in run("neglected").out
    assert snapshot(b.path.parent) == before


def test_colleagues_add_refuses_your_own_file(run, duo, book_path: Path) -> None:
    result = run("colleagues", "add", str(book_path))
    assert result.code == 2
    assert "your own data file" in result.err
    assert ContactBook(book_path).colleague_files() == []


def test_export_never_writes_over_a_colleagues_file(run, duo) -> None:
    _, b = duo
    before = snapshot(b.path.parent)
    result = run("export", "--with", str(b.path), "--out", str(b.path))
    assert result.code == 2
    assert "a colleague's file, which Schoolyard never writes" in result.err
    assert snapshot(b.path.parent) == before


def test_many_uncertain_matches_are_a_few_lines_and_a_count(run, duo) -> None:
    a, b = duo
    for number in range(9):
        for book in (a, a, b):
            book.add_family(Family.new(f"Jansen {number}", [Child("Sem", 5)]))
    result = run("neglected", "--with", str(b.path))
    assert result.code == 0
    lines = result.err.splitlines()
    assert len(lines) == 6
    assert lines[-1] == "… and 4 more families of colleagues not matched for certain."


def test_every_colleague_text_is_in_both_languages_with_the_same_blanks() -> None:
    import string

    from tui.text import TEXT

    def blanks(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    keys = [key for key in TEXT if key.startswith("colleague.") or key == "cli.h.with"]
    assert len(keys) > 15
    for key in keys:
        dutch, english = TEXT[key]
        assert dutch.strip() and english.strip() and dutch != english, key
        assert blanks(dutch) == blanks(english), key
