"""The plain `log` and `neglected` are read without argparse (tui/cli_fast.py), and read
exactly as argparse reads them: the same attributes, or None and argparse decides (with
its own messages and exit codes)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from classbook import NOW, make_class
from cli_support import *  # noqa: F403 (the CLI fixtures: said_and_written)
from cli_support import FIXTURED_PROPERTY
from hypothesis import given, settings
from hypothesis import strategies as st

from storage import ContactBook
from tui import cli, cli_commands
from tui.cli_fast import plain_args

ROOT = Path(__file__).resolve().parents[2]

TOKENS = [
    "log", "neglected", "families", "1", "3", "Yılmaz", "yilmaz", "van", "der", "Berg",
    "de Jong", "pickup", "ophalen", "walkin", "+", "-", "=", "zorg", "positief", "",
    "--note", "Øyen zei: -", "-x", "--note=a=b", "--note=", "--at", "gisteren", "15:10",
    "--at=vandaag", "--not-reached", "--parent", "--follow-up", "--follow", "--data",
    "--data=elders.json", "--lang", "nl", "en", "xx", "--lang=en", "--json", "--days", "3",
    "0", "-1", "--days=5", "²", "٣", "--days=²", "--", "-h", "--help", "--demo", "--not-reached=1",
]  # fmt: skip


def argparse_args(argv: list[str]) -> dict[str, object] | None:
    """What argparse makes of `argv` (None: a usage error or --help)."""
    joined = cli._join_at_time(argv)
    try:
        return vars(cli.build_parser(cli._command_in(argv)).parse_args(joined))
    except (cli_commands.BadInput, SystemExit):
        return None


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=9))
def test_the_plain_reading_is_argparse_s_whenever_it_reads(argv: list[str]) -> None:
    for candidate in (argv, ["log", *argv], ["neglected", *argv], ["--data", "f", "log", *argv]):
        plain = plain_args(cli._join_at_time(candidate), cli._PLAIN_RUN)
        if plain is not None:
            assert vars(plain) == argparse_args(candidate), candidate


@pytest.mark.parametrize(
    "argv",
    [
        ["log", "yilmaz", "pickup"],
        ["log", "van", "der", "Berg", "ophalen", "-", "--note", "Zorgen: -x"[:6]],
        ["log", "3", "walkin", "=", "--at", "gisteren", "15:10", "--parent", "--follow-up"],
        ["--lang", "nl", "log", "--not-reached", "Øyen", "phone", "--data=klas.json"],
        ["log", "de Jong", "pickup", "--note=", "--at=vandaag"],
        ["neglected"],
        ["neglected", "--json", "--days", "15", "--data", "klas.json"],
        ["--data", "klas.json", "neglected", "--days=3", "--lang=en"],
    ],
)
def test_the_everyday_forms_skip_argparse(argv: list[str]) -> None:
    plain = plain_args(cli._join_at_time(argv), cli._PLAIN_RUN)
    assert plain is not None
    assert vars(plain) == argparse_args(argv)


@pytest.fixture(scope="module")
def class_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plain") / "klas.json"
    make_class(ContactBook(path, clock=lambda: NOW))
    return path


FORMS = st.lists(st.sampled_from([*TOKENS[:20], "--note", "x", "--json", "--days"]), max_size=6)


@settings(FIXTURED_PROPERTY, max_examples=60)
@given(argv=FORMS)
def test_main_says_and_writes_the_same_either_way(
    argv: list[str], class_file: Path, said_and_written, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = said_and_written(cli.main, ["log", *argv], class_file)
    with monkeypatch.context() as patched:
        patched.setattr(cli, "plain_args", lambda argv, run: None)
        full = said_and_written(cli.main, ["log", *argv], class_file)
    assert fast == full


def test_a_log_never_imports_argparse(class_file: Path, tmp_path: Path) -> None:
    data = tmp_path / "klas.json"
    shutil.copy(class_file, data)
    code = (
        "import sys; from tui.cli import main\n"
        "code = main(['log', 'yilmaz', 'schoolyard', '+', '--data', sys.argv[1]])\n"
        "neglected = main(['neglected', '--json', '--data', sys.argv[1]])\n"
        "print(code, neglected, 'argparse' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(data)], capture_output=True, text=True, cwd=ROOT
    )
    assert done.stdout.splitlines()[-1] == "0 0 False", done.stderr
    assert cli.main(["log", "--help"]) == 0  # argparse still answers everything else
