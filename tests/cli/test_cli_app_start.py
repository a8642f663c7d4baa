"""`schoolyard` (with at most --data and --lang) opens the app without building argparse:
every sub-command's parser took ~20 ms before the first paint."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import console_seen

from tui import cli
from tui.cli_fast import plain_args

APP_REPLACED = """
def run_app(book, *, language, demo=False):
    print(book.path.name, language, demo, 'argparse' in sys.modules, flush=True)
    return 0
cli.run_app = run_app
"""


def _opened(argv: list[str]) -> str:
    """Run `schoolyard ARGV` with the app replaced: what it was given, and whether
    argparse was imported on the way."""
    done = console_seen(argv, APP_REPLACED, then="print('exit', cli.main())")
    return done.stdout.strip() or done.stderr


@pytest.mark.parametrize(
    "argv",
    [["--data", "{}"], ["--lang", "en", "--data={}"], ["--data", "{}", "--lang=nl"]],
)
def test_the_app_opens_without_argparse(tmp_path: Path, argv: list[str], class_file) -> None:
    argv = [arg.format(class_file) for arg in argv]
    language = "nl" if "--lang=nl" in argv else "en"
    assert _opened(argv).splitlines() == [f"{class_file.name} {language} False False", "exit 0"]


def test_anything_else_still_goes_to_argparse(class_file) -> None:
    for argv in (["--demo"], ["--with", "x.json"], ["-h"], ["--data"], ["--lang", "xx"]):
        assert plain_args(argv, cli._PLAIN_RUN) is None, argv
    # A damaged file is still said by the command line, before the app opens.
    class_file.write_text("{not json", encoding="utf-8")
    assert _opened(["--data", str(class_file)]).splitlines()[-1] == "exit 1"


@pytest.fixture
def class_file(tmp_path: Path) -> Path:
    from classbook import NOW, make_class

    from storage import ContactBook

    path = tmp_path / "klas.json"
    make_class(ContactBook(path, clock=lambda: NOW))
    return path
