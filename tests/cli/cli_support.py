"""CLI fixtures: `main([...])` on a tmp_path book with the pinned clock, and real processes.

A helper module, not a conftest.py: a second `conftest` module would shadow tests/conftest.py
for test files that import from it. Test files take these with `from cli_support import *`.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from storage import ContactBook
from tui import cli, cli_commands, text

REPO = Path(__file__).resolve().parents[2]
SHARED_FIXTURES = REPO.parent / "shared" / "fixtures"
SCRIPT = Path(sys.executable).with_name("schoolyard")

__all__ = [
    "FIXTURED_PROPERTY",
    "console_seen",
    "loaded_at_exit",
    "FULL_PATH",
    "Result",
    "english_locale",
    "fixture_path",
    "make_env",
    "process",
    "run",
    "run_command",
    "said_and_written",
    "script",
]


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch):
    """The machine's locale and data file must not leak into a test."""
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "SCHOOLYARD_DATA"):
        monkeypatch.delenv(name, raising=False)
    yield
    text.set_language("en")


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, clock, book_path: Path):
    """`run("log", "yilmaz", "pickup")` → Result; `--data` is the tmp_path book unless given."""
    monkeypatch.setattr(cli_commands, "open_book", lambda path: ContactBook(path, clock=clock))

    def run_cli(*args: str, data: Path | None = book_path) -> Result:
        argv = list(args)
        if data is not None and "--data" not in argv:
            argv += ["--data", str(data)]
        capsys.readouterr()
        code = cli.main(argv)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run_cli


# A property test that takes pytest fixtures: they are made once for all its examples.
FIXTURED_PROPERTY = settings(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def said_and_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, clock, tmp_path: Path
) -> Callable[..., tuple[int, str, str, bytes]]:
    """`said_and_written(cli.main, argv, source)`: the entry run with `--data` a fresh copy
    of `source` (the book's clock pinned): its exit code, what it printed and said (the
    copy's path as DATA), and the file it left."""
    monkeypatch.setattr(cli_commands, "open_book", lambda path: ContactBook(path, clock=clock))
    runs = itertools.count()

    def said(entry: Callable[[list[str]], int], argv: list[str], source: Path):
        data = tmp_path / f"run-{next(runs)}.json"
        shutil.copy(source, data)
        capsys.readouterr()
        code = entry([*argv, "--data", str(data)])
        out, err = capsys.readouterr()
        text.set_language("en")
        return code, out, err.replace(str(data), "DATA"), data.read_bytes()

    return said


def process_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "SCHOOLYARD"))}
    env.update({"LANG": "C.UTF-8", "LANGUAGE": "", "PYTHONIOENCODING": "utf-8"}, **extra)
    return env


def run_command(argv: list[str], env: dict[str, str] | None = None, stdin: str = "") -> Result:
    """A real process in a clean environment (`process_env()` unless given), UTF-8 both ways."""
    done = subprocess.run(
        argv,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env or process_env(),
        timeout=60,
    )
    return Result(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def make_env() -> Callable[..., dict[str, str]]:
    """`make_env(LANG="nl_NL.UTF-8")`: a clean environment for a real process."""
    return process_env


@pytest.fixture
def script() -> Path:
    """The installed `schoolyard` console script of this environment."""
    if not SCRIPT.exists():
        pytest.skip("the schoolyard script is not installed in this environment")
    return SCRIPT


@pytest.fixture
def process() -> Callable[..., Result]:
    """`process("families", "--data", p)`: `python -m tui.cli` as a real process."""

    def run_process(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> Result:
        return run_command([sys.executable, "-m", "tui.cli", *args], env=env, stdin=stdin)

    return run_process


def fixture_file(name: str) -> Path:
    """A shared fixture: the copy in tests/fixtures when there is one, else /work/shared."""
    for folder in (REPO / "tests" / "fixtures", SHARED_FIXTURES):
        if (folder / name).exists():
            return folder / name
    pytest.skip(f"fixture {name} is not there")


@pytest.fixture
def fixture_path() -> Callable[[str], Path]:
    return fixture_file


def console_seen(
    argv: list[str], hook: str, *, then: str = "cli.main()", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `schoolyard ARGV` in a fresh Python as the console script does, with `hook`
    (source run after `from tui import cli`, e.g. replacing `cli._exit_now` to print what
    was imported just before the process ends). Only a fresh process shows which modules a
    command imports."""
    code = (
        f"import sys\nsys.argv = ['schoolyard', *{argv!r}]\nfrom tui import cli\n{hook}\n{then}\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60, env=env
    )


FULL_PATH = (
    "dataclasses",
    "storage.records",
    "storage.book",
    "argparse",
    "inspect",
    "tui.cli_commands",
)
"""What the full commands import and the quick `log` and `neglected` must not."""


def loaded_at_exit(
    argv: list[str], modules: tuple[str, ...], *, env: dict[str, str] | None = None
) -> str:
    """`schoolyard ARGV` run as the console script runs it: its exit code, then those of
    `modules` imported by the time it ends (just before `os._exit`), space-separated."""
    hook = (
        "def seen(code):\n"
        f"    loaded = [m for m in {tuple(modules)!r} if m in sys.modules]\n"
        "    print(code, *loaded, flush=True)\n"
        "cli._exit_now = seen\n"
    )
    done = console_seen(argv, hook, env=env)
    return done.stdout.splitlines()[-1] if done.stdout else done.stderr
