"""How `schoolyard` stays fast: a class-sized file never imports orjson, and a sub-command
ends with `os._exit` after flushing its output (no teardown of a school's parsed file)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import orjson

from storage import Child, ContactBook, Family, Moment, Tone
from storage.engine import codec
from storage.engine.stamp import is_stamped

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, timeout=60
    )


def _console(path: Path, args: list[str], before: str = "") -> subprocess.CompletedProcess[str]:
    """`schoolyard ARGS --data PATH` as the console script runs it, after `before`."""
    script = (
        f"import sys\n{before}"
        f"sys.argv = ['schoolyard', *{args!r}, '--data', sys.argv[1]]\n"
        "from tui.cli import main\n"
        "sys.exit(main())"
    )
    return _python(script, str(path))


def _class_file(tmp_path: Path) -> Path:
    path = tmp_path / "klas.json"
    book = ContactBook(path)
    for name in ("Yılmaz", "Øyen", "Nguyễn", "van der Berg"):
        family = book.add_family(Family.new(name, children=[Child(f"kind {name}", 6)]))
        book.log(family.id, Moment.PICKUP, Tone.POSITIVE, note="fijn gesprek\nmet 😀")
    return path


def test_a_class_sized_log_never_imports_orjson(tmp_path: Path) -> None:
    path = _class_file(tmp_path)
    done = _python(
        "import sys; from tui.cli import main\n"
        "code = main(['log', 'yilmaz', 'schoolyard', '--data', sys.argv[1]])\n"
        "print(code, 'orjson' in sys.modules)",
        str(path),
    )
    assert done.stdout.splitlines()[-1] == "0 False", done.stderr
    assert len(ContactBook(path).contacts()) == 5
    assert is_stamped(path, path.read_bytes())


def test_json_and_orjson_write_the_same_bytes(tmp_path: Path) -> None:
    data = json.loads(_class_file(tmp_path).read_bytes())
    assert codec.dumps(data) == orjson.dumps(data)
    assert codec.loads(codec.dumps(data)) == data


def test_a_big_file_goes_through_orjson_both_ways() -> None:
    note = "Øyen " * 40
    data = {"contacts": {str(i): {"family": 1, "note": note} for i in range(1, 4001)}}
    raw = codec.dumps(data)
    assert len(raw) > codec.SMALL
    assert raw == orjson.dumps(data) and codec.loads(raw) == data


def test_the_console_script_flushes_then_skips_the_teardown(tmp_path: Path) -> None:
    path = _class_file(tmp_path)
    teardown = "import atexit\natexit.register(lambda: print('teardown', file=sys.stderr))\n"
    done = _console(path, ["neglected", "--json"], before=teardown)
    assert done.returncode == 0, done.stderr
    assert "teardown" not in done.stderr
    assert isinstance(json.loads(done.stdout), (list, dict))  # the whole output, flushed


def test_a_bad_input_still_exits_2_with_its_line(tmp_path: Path) -> None:
    path = _class_file(tmp_path)
    done = _console(path, ["log", "nobody", "pickup"])
    assert done.returncode == 2 and done.stderr.strip()
    assert len(ContactBook(path).contacts()) == 4


def test_called_with_argv_main_returns_and_the_process_goes_on(tmp_path: Path) -> None:
    from tui.cli import main

    assert main(["families", "--data", str(_class_file(tmp_path))]) == 0


def test_the_console_script_never_frees_the_book_it_opened(tmp_path: Path) -> None:
    path = _class_file(tmp_path)
    spy = (
        "import weakref\n"
        "from tui import cli_commands\n"
        "opened = cli_commands.open_book\n"
        "def spy(path):\n"
        "    book = opened(path)\n"
        "    weakref.finalize(book, print, 'freed', file=sys.stderr, flush=True)\n"
        "    return book\n"
        "cli_commands.open_book = spy\n"
    )
    done = _console(path, ["log", "oyen", "walkin"], before=spy)
    assert done.returncode == 0, done.stderr
    assert "freed" not in done.stderr
    assert len(ContactBook(path).contacts()) == 5
