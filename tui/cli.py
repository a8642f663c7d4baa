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
from pathlib import Path
from typing import TYPE_CHECKING

from storage import ContactBook, DataFileBusy, DataFileError

from . import cli_admin as admin
from . import cli_commands as commands
from . import cli_families as threads
from . import error_lines, text
from .cli_colleagues import colleagues_arguments, list_colleagues, with_argument
from .cli_commands import BadInput, err, say
from .cli_fast import plain_args
from .text import t

if TYPE_CHECKING:
    import argparse


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
    commands.KEPT_TO_EXIT = []
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
            raise BadInput("cli.demo_with_command")
        return args.run(args)
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    except BadInput as exc:
        err(say(exc.key, exc.values))
        for line in exc.lines:
            err(line)
        return 2
    except commands.NoDataFile as exc:
        err(t("cli.no_data_file", file=exc.path))
        return 1
    except DataFileBusy as exc:
        err(t("cli.busy", file=exc.path))
        return 1
    except DataFileError as exc:
        err(error_lines.data_file_error_line(exc))
        return 1
    except BrokenPipeError:  # `schoolyard neglected | head -3`: the reader had enough
        _silence_stdout()
        return 1
    except commands.Failed as exc:
        err(exc.line)
        return 1
    except OSError as exc:
        err(error_lines.os_error_line(exc, _written_file(args, argv)))
        return 1
    except KeyboardInterrupt:
        err(t("cli.interrupted"))
        return 1
    except Exception as exc:  # noqa: BLE001 - never a traceback: one line and a report
        from .crash import report_line

        err(report_line(exc))
        return 1


def _written_file(args: argparse.Namespace | None, argv: list[str]) -> Path:
    """The file a command writes: `demo --out FILE`, else the data file."""
    if args is not None and getattr(args, "command", None) == "demo":
        return Path(args.out).expanduser()
    data = getattr(args, "data", None) if args is not None else _option_in(argv, "--data")
    return commands.data_path(data)


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


_PLAIN_RUN: dict[str, object] = {
    "log": commands.log_contact,
    "neglected": commands.list_neglected,
}
"""What `build_parser` sets as `run` for the commands tui/cli_fast.py reads."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line, with help in the current language; `only` one sub-command's part."""
    import argparse

    from .cli_parser import _Parser

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
        _demo_arguments(command("demo", commands.write_demo_file))
    if wanted("import"):
        command("import", commands.import_class).add_argument(
            "csv", metavar="CLASS.csv", help=t("cli.h.csv")
        )
    if wanted("families"):
        _families_arguments(command("families", commands.list_families), common)
    if wanted("log"):
        _log_arguments(command("log", commands.log_contact))
    if wanted("neglected"):
        neglected = command("neglected", commands.list_neglected)
        neglected.add_argument(
            "--days", type=_count, default=None, metavar="N", help=t("cli.h.days")
        )
        neglected.add_argument("--json", action="store_true", help=t("cli.h.json"))
        with_argument(neglected)
    if wanted("export"):
        export = command("export", admin.export_summary)
        _export_arguments(export)
        with_argument(export)
    if wanted("forget"):
        forget = command("forget", admin.forget_family)
        forget.add_argument("family", nargs="+", metavar="FAMILY")
        forget.add_argument("--yes", action="store_true", help=t("cli.h.yes"))
    if wanted("holiday"):
        _holiday_arguments(command("holiday", admin.list_holidays), common)
    if wanted("year") or wanted("backup"):
        from . import cli_years  # only for these commands: `log` does not pay its import

        if wanted("year"):
            cli_years.add_year_arguments(command("year", cli_years.list_archives), common)
        if wanted("backup"):
            cli_years.add_backup_arguments(command("backup", cli_years.list_backups), common)
    if wanted("colleagues"):
        colleagues_arguments(command("colleagues", list_colleagues), common)
    if wanted("followups"):
        _followup_arguments(command("followups", threads.list_followups), common)
    return parser


def _families_arguments(families: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    actions = families.add_subparsers(dest="families_command", metavar="merge|split")
    merge = actions.add_parser("merge", parents=[common], help=t("cli.h.families_merge"))
    merge.add_argument("keep", metavar="FAMILY")
    merge.add_argument("other", metavar="OTHER")
    merge.set_defaults(run=threads.merge_families)
    split = actions.add_parser("split", parents=[common], help=t("cli.h.families_split"))
    split.add_argument("family", metavar="FAMILY")
    split.add_argument("children", nargs="+", metavar="CHILD")
    split.set_defaults(run=threads.split_family)


def _followup_arguments(
    followups: argparse.ArgumentParser, common: argparse.ArgumentParser
) -> None:
    followups.add_argument("--json", action="store_true", help=t("cli.h.json"))
    actions = followups.add_subparsers(dest="followup_command", metavar="done")
    done = actions.add_parser("done", parents=[common], help=t("cli.h.followups_done"))
    done.add_argument("id", type=int, metavar="ID")
    done.set_defaults(run=threads.tick_followup)


def _demo_arguments(demo: argparse.ArgumentParser) -> None:
    demo.add_argument("--out", metavar="FILE", required=True, help=t("cli.h.demo_out"))
    demo.add_argument(
        "--families", type=_count, default=28, metavar="N", help=t("cli.h.families_count")
    )
    demo.add_argument("--weeks", type=_count, default=8, metavar="N", help=t("cli.h.weeks"))
    demo.add_argument("--seed", type=int, default=None, metavar="N", help=t("cli.h.seed"))
    demo.add_argument("--force", action="store_true", help=t("cli.h.force"))


def _log_arguments(log: argparse.ArgumentParser) -> None:
    log.add_argument("words", nargs="+", metavar="FAMILY MOMENT [TONE]", help=t("cli.h.log_words"))
    log.usage = (
        "%(prog)s FAMILY MOMENT [TONE] [--note TEXT] [--at WHEN] [--not-reached] [--parent]"
        " [--follow-up] [--data PATH] [--lang {nl,en}]"
    )
    log.add_argument("--note", default="", metavar="TEXT", help=t("cli.h.note"))
    log.add_argument("--at", metavar="WHEN", default=None, help=t("cli.h.at"))
    log.add_argument("--not-reached", action="store_true", help=t("cli.h.not_reached"))
    log.add_argument("--parent", action="store_true", help=t("cli.h.parent"))
    log.add_argument("--follow-up", action="store_true", help=t("cli.h.follow_up"))


def _export_arguments(export: argparse.ArgumentParser) -> None:
    export.add_argument("--out", metavar="FILE", default=None, help=t("cli.h.export_out"))
    export.add_argument("--from", dest="start", metavar="DATE", help=t("cli.h.from"))
    export.add_argument("--to", dest="end", metavar="DATE", help=t("cli.h.to"))
    export.add_argument("--pseudonymize", action="store_true", help=t("cli.h.pseudonymize"))
    export.add_argument("--include-notes", action="store_true", help=t("cli.h.include_notes"))
    export.add_argument("--force", action="store_true", help=t("cli.h.force"))


def _holiday_arguments(holiday: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    days = holiday.add_subparsers(dest="holiday_command", metavar="add|list|remove")
    add = days.add_parser("add", parents=[common], help=t("cli.h.holiday_add"))
    add.add_argument("start", metavar="FROM")
    # [TO] [NAME]: the first word is TO when it reads as a day (tui/cli_admin.py).
    add.add_argument("rest", nargs="*", metavar="[TO] [NAME]")
    add.set_defaults(run=admin.add_holiday)
    days.add_parser("list", parents=[common], help=t("cli.h.holiday_list")).set_defaults(
        run=admin.list_holidays
    )
    remove = days.add_parser("remove", parents=[common], help=t("cli.h.holiday_remove"))
    remove.add_argument("id", type=int, metavar="ID")
    remove.set_defaults(run=admin.remove_holiday)


def _count(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        import argparse

        raise argparse.ArgumentTypeError(t("cli.not_a_count", value=value))
    return int(value)


# -- the TUI --------------------------------------------------------------------------------


def _open_tui(args: argparse.Namespace) -> int:
    if args.demo:
        if args.data:
            raise BadInput("cli.demo_and_data")
        return _open_demo()
    book = commands.book_for(args)
    book.families()  # a damaged file is named here, with exit 1, before the screen opens
    return run_app(book, language=text.language())


def _open_demo() -> int:
    import tempfile

    from storage.demo import write_demo

    with tempfile.TemporaryDirectory(prefix="schoolyard-demo-") as folder:
        path = Path(folder) / "schoolyard-demo.json"
        write_demo(path, families=28, weeks=8, seed=None)
        return run_app(commands.open_book(path), language=text.language(), demo=True)


if __name__ == "__main__":
    sys.exit(main())
