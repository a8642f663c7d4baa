"""argparse as `schoolyard` uses it, and the arguments of the sub-commands: imported only
when tui/cli.py builds its parser (the plain `log` and `neglected` are read without it,
tui/cli_fast.py)."""

from __future__ import annotations

import argparse
import os

from . import cli_admin as admin
from . import cli_families as threads
from .cli_commands import BadInput
from .text import t


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter without its `import shutil` (~3 ms): width from $COLUMNS or os."""

    def __init__(self, prog: str) -> None:
        try:
            width = int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
        except (ValueError, OSError):
            width = 80
        super().__init__(prog, width=max(width - 2, 40))


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage as BadInput instead of exiting."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise BadInput("cli.usage", prog=self.prog, detail=message)


def families_arguments(families: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    actions = families.add_subparsers(dest="families_command", metavar="merge|split")
    merge = actions.add_parser("merge", parents=[common], help=t("cli.h.families_merge"))
    merge.add_argument("keep", metavar="FAMILY")
    merge.add_argument("other", metavar="OTHER")
    merge.set_defaults(run=threads.merge_families)
    split = actions.add_parser("split", parents=[common], help=t("cli.h.families_split"))
    split.add_argument("family", metavar="FAMILY")
    split.add_argument("children", nargs="+", metavar="CHILD")
    split.set_defaults(run=threads.split_family)


def followup_arguments(followups: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    followups.add_argument("--json", action="store_true", help=t("cli.h.json"))
    actions = followups.add_subparsers(dest="followup_command", metavar="done")
    done = actions.add_parser("done", parents=[common], help=t("cli.h.followups_done"))
    done.add_argument("id", type=int, metavar="ID")
    done.set_defaults(run=threads.tick_followup)


def demo_arguments(demo: argparse.ArgumentParser) -> None:
    demo.add_argument("--out", metavar="FILE", required=True, help=t("cli.h.demo_out"))
    demo.add_argument(
        "--families", type=count, default=28, metavar="N", help=t("cli.h.families_count")
    )
    demo.add_argument("--weeks", type=count, default=8, metavar="N", help=t("cli.h.weeks"))
    demo.add_argument("--seed", type=int, default=None, metavar="N", help=t("cli.h.seed"))
    demo.add_argument("--force", action="store_true", help=t("cli.h.force"))


def log_arguments(log: argparse.ArgumentParser) -> None:
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


def export_arguments(export: argparse.ArgumentParser) -> None:
    export.add_argument("--out", metavar="FILE", default=None, help=t("cli.h.export_out"))
    export.add_argument("--from", dest="start", metavar="DATE", help=t("cli.h.from"))
    export.add_argument("--to", dest="end", metavar="DATE", help=t("cli.h.to"))
    export.add_argument("--pseudonymize", action="store_true", help=t("cli.h.pseudonymize"))
    export.add_argument("--include-notes", action="store_true", help=t("cli.h.include_notes"))
    export.add_argument("--force", action="store_true", help=t("cli.h.force"))


def holiday_arguments(holiday: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
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


def count(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(t("cli.not_a_count", value=value))
    return int(value)
