"""The command as a real process: `python -m tui.cli`, the installed script, the environment,
a damaged file, and no Textual for the commands that do not open the app."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cli_support import *  # noqa: F403 (the CLI fixtures)
from cli_support import run_command

from storage import ContactBook
from tui.cli import main


@pytest.fixture
def data(class_book: ContactBook, book_path: Path) -> Path:
    return book_path


def test_log_and_families(process, data: Path) -> None:
    done = process("log", "yilmaz", "ophalen", "-", "--note", "Elif huilde", "--data", str(data))
    assert done.code == 0, done.err
    assert done.out.startswith("Saved: Yılmaz · pick-up · - concern")
    contact = ContactBook(data).contacts(limit=1)[0]
    assert (contact.tone.value, contact.note) == ("concern", "Elif huilde")
    listing = process("families", "--data", str(data))
    assert listing.code == 0
    assert "Øyen" in listing.out and "Nguyễn" in listing.out


def test_gisteren_in_a_process(process, data: Path) -> None:
    done = process("log", "minh", "pickup", "--at", "gisteren", "15:05", "--data", str(data))
    assert done.code == 0, done.err
    assert "yesterday 15:05" in done.out


def test_two_de_jong_in_a_process(process, data: Path) -> None:
    before = data.read_bytes()
    done = process("log", "de jong", "pickup", "--data", str(data))
    assert done.code == 2
    assert "Lucas" in done.err and "Noor" in done.err
    assert "Traceback" not in done.err
    assert data.read_bytes() == before


def test_the_environment_names_the_file(process, data: Path, make_env) -> None:
    done = process("neglected", "--json", env=make_env(SCHOOLYARD_DATA=str(data)))
    assert done.code == 0, done.err
    assert "Nguyễn" in {item["name"] for item in json.loads(done.out)}
    other = data.with_name("other.json")
    done = process("families", "--data", str(other), env=make_env(SCHOOLYARD_DATA=str(data)))
    # --data wins over the environment: the missing file is named, not the one in $SCHOOLYARD_DATA
    assert (done.code, done.out) == (1, "")
    assert str(other) in done.err and str(data) not in done.err


def test_dutch_locale(process, data: Path, make_env) -> None:
    done = process("families", "--data", str(data), env=make_env(LANG="nl_NL.UTF-8"))
    assert "(groep 5)" in done.out
    done = process("log", "oyen", "dansen", "--data", str(data), env=make_env(LANG="nl_NL"))
    assert done.code == 2
    assert "Onbekend moment ‘dansen’" in done.err


def test_forget_without_a_terminal_needs_yes(process, data: Path) -> None:
    before = data.read_bytes()
    assert process("forget", "yilmaz", "--data", str(data)).code == 2
    assert data.read_bytes() == before
    done = process("forget", "yilmaz", "--yes", "--data", str(data))
    assert done.code == 0
    assert "Yılmaz".encode() not in data.read_bytes()


def test_a_damaged_file_in_a_process(process, tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    path.write_bytes(b'{"families": {"1": {"name": "Y\xc4\xb1lmaz"}}, "contacts": {')
    before = path.read_bytes()
    done = process("log", "yilmaz", "pickup", "--data", str(path))
    assert done.code == 1
    assert str(path) in done.err
    assert "Traceback" not in done.err
    assert len(done.err.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_the_installed_script(data: Path, script: Path) -> None:
    done = run_command(
        [str(script), "--lang", "nl", "log", "oyen", "schoolplein", "=", "--data", str(data)]
    )
    assert done.code == 0, done.err
    assert done.out.startswith("Bewaard: Øyen · schoolplein · = neutraal")


NO_TUI = """
import sys
import storage
from tui.cli import main
code = main(sys.argv[1:])
heavy = sorted(({name.split(".")[0] for name in sys.modules} | set(sys.modules)) & {
    "textual", "rich", "platformdirs", "dateutil", "jsonschema", "tui.app"
})
print("HEAVY", heavy, code)
"""


@pytest.mark.parametrize(
    "argv",
    [
        ["families"],
        ["log", "yilmaz", "pickup", "--at", "gisteren 15:00"],
        ["neglected", "--json"],
        ["neglected"],
        ["holiday", "list"],
        ["forget", "nguyen", "--yes"],
    ],
)
def test_non_tui_commands_import_no_textual(data: Path, argv: list[str]) -> None:
    done = run_command([sys.executable, "-c", NO_TUI, *argv, "--data", str(data)])
    assert done.code == 0, done.err
    assert done.out.strip().splitlines()[-1] == "HEAVY [] 0"


def test_import_storage_imports_no_textual() -> None:
    done = run_command(
        [sys.executable, "-c", "import sys, storage, tui.cli; print('textual' in sys.modules)"]
    )
    assert done.out.strip() == "False"


@pytest.mark.parametrize(
    "argv",
    [
        ["families"],
        ["log", "yilmaz", "pickup"],
        ["neglected"],
        ["neglected", "--json"],
        ["export"],
        ["forget", "yilmaz", "--yes"],
        ["holiday", "add", "2026-12-21", "2027-01-01"],
        ["holiday", "list"],
    ],
)
@pytest.mark.parametrize(
    "damage",
    [
        b'{"families": {"1": {"name": "Kaya"}}, "contacts": {"1": {"fam',
        b"\x00\x00\x00\x00",
        b'["not", "a", "schoolyard", "file"]',
        b'{"families": {"1": {"name": "Kaya"}}, "contacts": {"1": {"family": 1, "at": "soon"}}}',
    ],
)
def test_a_damaged_file_is_named_and_left_alone(
    run, book_path: Path, argv: list[str], damage: bytes, capsys
) -> None:
    book_path.write_bytes(damage)
    result = run(*argv)
    assert result.code == 1
    assert str(book_path) in result.err
    assert "left as it is" in result.err
    assert book_path.read_bytes() == damage
    assert main(["--lang", "nl", *argv, "--data", str(book_path)]) == 1
    assert "niet veranderd" in capsys.readouterr().err


def test_the_installed_script_on_a_damaged_file(tmp_path: Path, script: Path, make_env) -> None:
    path = tmp_path / "klas.json"
    path.write_bytes(b'{"families": ')
    done = run_command([str(script), "families", "--data", str(path)], make_env(LANG="nl_NL.UTF-8"))
    assert done.code == 1
    assert str(path) in done.err and "niet veranderd" in done.err
    assert path.read_bytes() == b'{"families": '


def test_the_default_data_file(process, tmp_path: Path, make_env) -> None:
    """No --data, no $SCHOOLYARD_DATA: the user data folder (platformdirs; XDG on Linux)."""
    if sys.platform != "linux":
        pytest.skip("XDG_DATA_HOME is where platformdirs looks on Linux")
    env = make_env(XDG_DATA_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path / "home"))
    done = process("holiday", "add", "2026-12-21", "2027-01-01", "Kerstvakantie", env=env)
    assert done.code == 0, done.err
    path = tmp_path / "xdg" / "schoolyard" / "schoolyard.json"
    assert [h.name for h in ContactBook(path).holidays()] == ["Kerstvakantie"]
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert process("holiday", "list", env=env).out.strip().endswith("Kerstvakantie")
