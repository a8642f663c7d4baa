"""The `schoolyard` command line: the TUI, and sub-commands for the shell and for cron.

Only the TUI imports Textual (lazily, in `run_app`); every other command needs no
more than `storage` and the text table, so `schoolyard log` starts fast. Exit codes:
0 done, 2 bad input (one line on stderr, nothing written), 1 anything else. What the
sub-commands do is in tui/cli_commands.py and tui/cli_admin.py.
"""

from __future__ import annotations

import gc
import os
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from storage.engine.lock import DataFileBusy, DataFileError

from . import text
from .cli_fast import plain_args
from .text import t

if TYPE_CHECKING:
    import argparse
    from pathlib import Path
    from types import ModuleType

    from storage import ContactBook

CONSOLE = False
"""Whether this process is the console script running a sub-command (`main()` without
`argv`). Only then does a plain `log` go through tui/cli_quick.py: a call with `argv`
(the tests, which pin the book's clock by replacing `cli_commands.open_book`) takes the
full command."""


def _commands() -> ModuleType:
    """tui/cli_commands.py, imported when a command needs it (not by a plain `log`)."""
    from . import cli_commands

    if CONSOLE and cli_commands.KEPT_TO_EXIT is None:
        cli_commands.KEPT_TO_EXIT = []
    return cli_commands


def run_app(book: ContactBook, *, language: str, demo: bool = False) -> int:
    """Open the TUI on `book` (the only place that imports Textual)."""
    from .app import SchoolyardApp

    app = SchoolyardApp(book, language=language, demo=demo)
    app.run()
    return app.return_code or 0


# -- entry point ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """The console script (`argv` None: this process ends here) or a call with `argv`."""
    if argv is not None:
        return run(list(argv))
    argv = sys.argv[1:]
    if _command_in(argv) is None:  # the TUI (or --help): a normal exit
        return run(argv)
    # A sub-command is a short-lived process holding no cycles worth collecting: no GC
    # pauses while a school's file is decoded, and no freeing of it all at exit (~7 ms at
    # 17k contacts; the books opened are kept referenced to the end for that) — once the
    # output is flushed, `os._exit` ends the process. Every write
    # has been fsynced and renamed into place by then, inside its lock.
    gc.disable()
    global CONSOLE
    CONSOLE = True
    code = run(argv)
    _exit_now(code)
    return code  # not reached


def _exit_now(code: int) -> None:
    """Flush stdout and stderr, then end the process without tearing down the heap."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:
            _silence_stdout()
            code = code or 1
        except (OSError, ValueError):
            code = code or 1
    os._exit(code)


def run(argv: list[str]) -> int:
    """Parse `argv`, run the command, and turn every failure into its exit code."""
    for stream in (sys.stdout, sys.stderr):
        try:  # a name like Yılmaz must not crash a terminal that cannot show it
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    text.set_language(_language_in(argv))
    args: argparse.Namespace | None = None
    try:
        joined = _join_at_time(argv)
        # The plain `log` and `neglected` without argparse (tui/cli_fast.py), else argparse.
        args = plain_args(joined, _PLAIN_RUN) or build_parser(_command_in(argv)).parse_args(joined)
        if args.demo and args.command:
            raise _commands().BadInput("cli.demo_with_command")
        return args.run(args)
    except (SystemExit, KeyboardInterrupt, Exception) as exc:
        return _failed(exc, args, argv)


def _failed(exc: BaseException, args: argparse.Namespace | None, argv: list[str]) -> int:
    """The exit code of a command that raised `exc`, after its line on stderr."""
    commands = _commands()
    from . import error_lines

    err = commands.err
    if isinstance(exc, SystemExit):  # --help
        return exc.code if isinstance(exc.code, int) else 0
    if isinstance(exc, commands.BadInput):
        err(commands.say(exc.key, exc.values))
        for line in exc.lines:
            err(line)
        return 2
    if isinstance(exc, commands.NoDataFile):
        err(t("cli.no_data_file", file=exc.path))
    elif isinstance(exc, DataFileBusy):
        err(t("cli.busy", file=exc.path))
    elif isinstance(exc, DataFileError):
        err(error_lines.data_file_error_line(exc))
    elif isinstance(exc, BrokenPipeError):  # `schoolyard neglected | head -3`: enough read
        _silence_stdout()
    elif isinstance(exc, commands.Failed):
        err(exc.line)
    elif isinstance(exc, OSError):
        err(error_lines.os_error_line(exc, _written_file(args, argv)))
    elif isinstance(exc, KeyboardInterrupt):
        err(t("cli.interrupted"))
    else:  # never a traceback: one line and a report
        from .crash import report_line

        err(report_line(exc))
    return 1


def _written_file(args: argparse.Namespace | None, argv: list[str]) -> Path:
    """The file a command writes: `demo --out FILE`, else the data file."""
    from pathlib import Path

    if args is not None and getattr(args, "command", None) == "demo":
        return Path(args.out).expanduser()
    data = getattr(args, "data", None) if args is not None else _option_in(argv, "--data")
    return _commands().data_path(data)


def _silence_stdout() -> None:
    """Point stdout at devnull, so Python's final flush does not fail on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _language_in(argv: list[str]) -> str | None:
    """`--lang` read before parsing, so even usage errors speak the chosen language."""
    return _option_in(argv, "--lang")


def _option_in(argv: list[str], option: str) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == option and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(option + "="):
            return arg.split("=", 1)[1]
    return None


COMMANDS = (
    "demo",
    "import",
    "families",
    "log",
    "neglected",
    "export",
    "forget",
    "holiday",
    "year",
    "backup",
    "colleagues",
    "followups",
)


def _command_in(argv: list[str]) -> str | None:
    """The sub-command, so only its parser is built (start-up time); None when unclear."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("--data", "--lang", "--with"):
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
        elif arg in ("-h", "--help", "--"):
            return None
    return None


_CLOCK_TIME = r"\d{1,2}[:.]\d{2}"


def _join_at_time(argv: list[str]) -> list[str]:
    """`--at gisteren 15:10` unquoted means `--at "gisteren 15:10"`."""
    out: list[str] = []
    i = 0
    while i < len(argv):
        out.append(argv[i])
        if argv[i] == "--at" and i + 2 < len(argv) and re.fullmatch(_CLOCK_TIME, argv[i + 2]):
            out.append(f"{argv[i + 1]} {argv[i + 2]}")
            i += 3
            continue
        if (
            argv[i].startswith("--at=")
            and i + 1 < len(argv)
            and re.fullmatch(_CLOCK_TIME, argv[i + 1])
        ):
            out[-1] = f"{argv[i]} {argv[i + 1]}"
            i += 2
            continue
        i += 1
    return out


def _quick_or_full(module: str, quick: str, full: str) -> Callable[[argparse.Namespace], int]:
    """A plain command run quickly in the console script (`module`.`quick`: no records,
    no argparse), else in full (`cli_commands`.`full`): `log` and `neglected`."""

    def run(args: argparse.Namespace) -> int:
        if CONSOLE:
            from importlib import import_module

            code = getattr(import_module(f"tui.{module}"), quick)(args)
            if code is not None:
                return code
        return getattr(_commands(), full)(args)

    return run


_log = _quick_or_full("cli_quick", "quick_log", "log_contact")
_neglected = _quick_or_full("cli_neglected", "quick_neglected", "list_neglected")

_PLAIN_RUN: dict[str, object] = {"log": _log, "neglected": _neglected}
"""What `build_parser` sets as `run` for the commands tui/cli_fast.py reads ("": the app,
added below `_open_tui`)."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line, with help in the current language; `only` one sub-command's part."""
    import argparse

    from . import cli_admin as admin
    from . import cli_families as threads
    from . import cli_parser
    from .cli_colleagues import colleagues_arguments, list_colleagues, with_argument
    from .cli_parser import _Parser

    commands = _commands()

    common = _Parser(add_help=False)
    # SUPPRESS: a sub-command's --data must not undo one given before the sub-command.
    common.add_argument("--data", metavar="PATH", default=argparse.SUPPRESS, help=t("cli.h.data"))
    common.add_argument(
        "--lang", choices=("nl", "en"), default=argparse.SUPPRESS, help=t("cli.h.lang")
    )
    parser = _Parser(prog="schoolyard", description=t("cli.h.description"))
    parser.add_argument("--data", metavar="PATH", default=None, help=t("cli.h.data"))
    parser.add_argument("--lang", choices=("nl", "en"), default=None, help=t("cli.h.lang"))
    parser.add_argument("--demo", action="store_true", help=t("cli.h.demo"))
    with_argument(parser)
    parser.set_defaults(run=_open_tui)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title=t("cli.h.commands"))

    def command(name: str, run: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        sub = subparsers.add_parser(
            name, parents=[common], help=t(f"cli.cmd.{name}"), description=t(f"cli.cmd.{name}")
        )
        sub.set_defaults(run=run)
        return sub

    def wanted(name: str) -> bool:
        return only is None or only == name

    if wanted("demo"):
        cli_parser.demo_arguments(command("demo", commands.write_demo_file))
    if wanted("import"):
        command("import", commands.import_class).add_argument(
            "csv", metavar="CLASS.csv", help=t("cli.h.csv")
        )
    if wanted("families"):
        cli_parser.families_arguments(command("families", commands.list_families), common)
    if wanted("log"):
        cli_parser.log_arguments(command("log", _log))
    if wanted("neglected"):
        neglected = command("neglected", _neglected)
        neglected.add_argument(
            "--days", type=cli_parser.count, default=None, metavar="N", help=t("cli.h.days")
        )
        neglected.add_argument("--json", action="store_true", help=t("cli.h.json"))
        with_argument(neglected)
    if wanted("export"):
        export = command("export", admin.export_summary)
        cli_parser.export_arguments(export)
        with_argument(export)
    if wanted("forget"):
        forget = command("forget", admin.forget_family)
        forget.add_argument("family", nargs="+", metavar="FAMILY")
        forget.add_argument("--yes", action="store_true", help=t("cli.h.yes"))
    if wanted("holiday"):
        cli_parser.holiday_arguments(command("holiday", admin.list_holidays), common)
    if wanted("year") or wanted("backup"):
        from . import cli_years  # only for these commands: `log` does not pay its import

        if wanted("year"):
            cli_years.add_year_arguments(command("year", cli_years.list_archives), common)
        if wanted("backup"):
            cli_years.add_backup_arguments(command("backup", cli_years.list_backups), common)
    if wanted("colleagues"):
        colleagues_arguments(command("colleagues", list_colleagues), common)
    if wanted("followups"):
        cli_parser.followup_arguments(command("followups", threads.list_followups), common)
    return parser


# -- the TUI --------------------------------------------------------------------------------


def _open_tui(args: argparse.Namespace) -> int:
    commands = _commands()
    if args.demo:
        if args.data:
            raise commands.BadInput("cli.demo_and_data")
        return _open_demo()
    book = commands.book_for(args)
    book.families()  # a damaged file is named here, with exit 1, before the screen opens
    return run_app(book, language=text.language())


_PLAIN_RUN[""] = _open_tui


def _open_demo() -> int:
    import tempfile
    from pathlib import Path

    from storage.demo import write_demo

    commands = _commands()
    with tempfile.TemporaryDirectory(prefix="schoolyard-demo-") as folder:
        path = Path(folder) / "schoolyard-demo.json"
        write_demo(path, families=28, weeks=8, seed=None)
        return run_app(commands.open_book(path), language=text.language(), demo=True)


if __name__ == "__main__":
    sys.exit(main())
