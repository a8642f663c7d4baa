"""The text table is data: one JSON file an area, `{"key": ["Nederlands", "English"]}`.

A row that is not two strings, a key defined twice (in one file or in two areas), a file
that is not JSON, or an area module in Python brought back by a merge fails with a
sentence naming the file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui import text
from tui.text import TextFileError, TextTable, read_area

FOLDER = Path(text.__file__).parent

PORT = (
    """.venv/bin/python -c 'import json,runpy,sys; a=sys.argv[1]; p=f"tui/text/{a}.json"; """
    """d=json.load(open(p,encoding="utf-8")); """
    """d.update(runpy.run_path(f"tui/text/{a}.py")["TEXT"]); """
    """open(p,"w",encoding="utf-8").write("{\\n"+",\\n".join("""
    """f"  {json.dumps(k,ensure_ascii=False)}: {json.dumps(list(v),ensure_ascii=False)}" """
    """for k,v in d.items())+"\\n}\\n")' AREA && git rm -q tui/text/AREA.py"""
)
"""Appends a leftover `tui/text/AREA.py`'s keys to AREA.json (run from the repository)."""


def render(table: dict[str, tuple[str, str]] | dict[str, list[str]]) -> str:
    """An area's file as it is kept: one key a line, UTF-8 as it reads."""
    rows = (
        f"  {json.dumps(key, ensure_ascii=False)}: {json.dumps(list(row), ensure_ascii=False)}"
        for key, row in table.items()
    )
    return "{\n" + ",\n".join(rows) + "\n}\n"


def area(folder: Path, name: str, rows: dict[str, object]) -> None:
    (folder / f"{name}.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def test_every_area_has_its_file_and_no_python_module() -> None:
    names = {path.stem for path in FOLDER.glob("*.json")}
    assert names == {*text._FIRST, *text._LATER}
    stray = sorted(p.name for p in FOLDER.glob("*.py") if p.name != "__init__.py")
    assert stray == [], f"port each into its JSON file with: {PORT}"


@pytest.mark.parametrize("name", sorted(p.stem for p in FOLDER.glob("*.json")))
def test_each_file_is_kept_one_key_a_line(name: str) -> None:
    raw = (FOLDER / f"{name}.json").read_text(encoding="utf-8")
    assert raw == render(read_area(str(FOLDER / f"{name}.json")))


def test_the_port_one_liner_appends_a_leftover_module(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "tui" / "text"
    folder.mkdir(parents=True)
    area(folder, "week", {"week.a": ["a", "A"]})
    (folder / "week.py").write_text(
        'TEXT = {"week.a": ("a", "A"), "week.b": ("b \\"{n}\\"\\n", "Øyen {n}")}\n',
        encoding="utf-8",
    )
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "add", "."], cwd=tmp_path, check=True)
    commit = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "leftover"]
    subprocess.run(commit, cwd=tmp_path, check=True)
    line = PORT.replace(".venv/bin/python", sys.executable).replace("AREA", "week")
    subprocess.run(["bash", "-c", line], cwd=tmp_path, check=True)
    assert not (folder / "week.py").exists()
    table = read_area(str(folder / "week.json"))
    assert table == {"week.a": ("a", "A"), "week.b": ('b "{n}"\n', "Øyen {n}")}
    assert (folder / "week.json").read_text(encoding="utf-8") == render(table)


@pytest.mark.parametrize(
    "row",
    [["alleen Nederlands"], ["nl", "en", "de"], "nl en", ["nl", 2], ["nl", {"x": "en"}], None],
)
def test_a_row_not_two_strings_fails_naming_the_file(tmp_path: Path, row: object) -> None:
    area(tmp_path, "cli", {"cli.ok": ["ja", "yes"], "cli.bad": row})
    with pytest.raises(TextFileError, match=r"^cli\.json: 'cli\.bad' must be .*two strings"):
        read_area(str(tmp_path / "cli.json"))


def test_a_key_twice_in_one_file_fails(tmp_path: Path) -> None:
    (tmp_path / "cli.json").write_text(
        '{\n  "cli.x": ["a", "A"],\n  "cli.x": ["b", "B"]\n}\n', encoding="utf-8"
    )
    with pytest.raises(TextFileError, match=r"^cli\.json: the key 'cli\.x' is defined twice"):
        read_area(str(tmp_path / "cli.json"))


@pytest.mark.parametrize("raw", [b'{"cli.x": ["a", "A"],}', b'["cli.x"]', b"\xff{}"])
def test_a_file_that_is_no_table_fails_naming_it(tmp_path: Path, raw: bytes) -> None:
    (tmp_path / "cli.json").write_bytes(raw)
    with pytest.raises(TextFileError, match=r"^cli\.json: "):
        read_area(str(tmp_path / "cli.json"))


def test_a_key_in_two_areas_fails_naming_both(tmp_path: Path) -> None:
    area(tmp_path, "words", {"word.a": ["a", "A"]})
    area(tmp_path, "cli", {"cli.a": ["a", "A"], "word.a": ["b", "B"]})
    with pytest.raises(
        TextFileError,
        match=r"^cli\.json: text keys defined twice, here and in words\.json: \['word\.a'\]",
    ):
        TextTable(str(tmp_path), ("words", "cli"), ())


def test_a_key_twice_in_a_later_area_fails_at_its_first_look_up(tmp_path: Path) -> None:
    area(tmp_path, "words", {"word.a": ["a", "A"]})
    area(tmp_path, "cli", {"cli.a": ["a", "A"]})
    area(tmp_path, "app", {"app.a": ["a", "A"]})
    area(tmp_path, "week", {"week.a": ["a", "A"], "cli.a": ["b", "B"]})
    table = TextTable(str(tmp_path), ("words", "cli"), ("app", "week"))
    assert table["cli.a"] == ("a", "A")
    with pytest.raises(TextFileError, match=r"^week\.json: .* here and in cli\.json: \['cli\.a'\]"):
        table["app.a"]
