"""`schoolyard year …` (archives, close, retention, start, purge) and `schoolyard backup …`.

The storage side is storage/actions/years.py and storage/actions/backups.py; this module
only parses, asks and says. Deleting (purge) and replacing the data file (restore) ask
first, or need `--yes` when no terminal can answer.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from storage.rules.matching import fold

from . import text
from .cli_commands import BadInput, _out, add_step, book_for, err, existing_book
from .text import t

_YES = ("y", "yes", "j", "ja")


def add_year_arguments(year: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    steps = year.add_subparsers(dest="year_command", metavar="list|close|retention|start|purge")
    add_step(steps, common, "list", "cli.h.year_list", list_archives)
    close = add_step(steps, common, "close", "cli.h.year_close", close_year)
    close.add_argument(
        "--archive-families", metavar="GROUPS", default=None, help=t("cli.h.archive_families")
    )
    retention = add_step(steps, common, "retention", "cli.h.year_retention", retention_setting)
    retention.add_argument("years", nargs="?", metavar="N")
    start = add_step(steps, common, "start", "cli.h.year_start", start_setting)
    start.add_argument("day", nargs="?", metavar="MM-DD")
    purge = add_step(steps, common, "purge", "cli.h.year_purge", purge_archives)
    purge.add_argument("--yes", action="store_true", help=t("cli.h.yes"))


def add_backup_arguments(backup: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    steps = backup.add_subparsers(dest="backup_command", metavar="list|restore")
    add_step(steps, common, "list", "cli.h.backup_list", list_backups)
    restore = add_step(steps, common, "restore", "cli.h.backup_restore", restore_backup)
    restore.add_argument("day", metavar="DATE", help=t("cli.h.backup_date"))
    restore.add_argument("--yes", action="store_true", help=t("cli.h.yes"))


def _day_of_year(day: date) -> str:
    return text.format_day(day) + f" {day.year}"


def _confirmed(args: argparse.Namespace, needs_yes: str, prompt: str) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise BadInput(needs_yes)
    try:
        answer = input(t(prompt))
    except EOFError:
        answer = ""
    return fold(answer.strip()) in _YES


# -- year -----------------------------------------------------------------------------------


def list_archives(args: argparse.Namespace) -> int:
    book = existing_book(args)
    lines = [
        t(
            "years.archive_line",
            year=archive.school_year,
            contacts=len(book.archived_contacts(years=[archive.first_year])),
            file=archive.path,
        )
        for archive in book.archives()
    ]
    for line in lines or [t("years.none")]:
        _out(line)
    _retention_line(book.retention())
    return 0


def _retention_line(years: int | None) -> None:
    _out(t("years.retention_unset") if years is None else t("years.retention", years=years))


def _groups(value: str) -> list[int]:
    parts = [p.strip() for p in value.replace("/", ",").replace(";", ",").split(",")]
    if not parts or not all(p.isdigit() and 0 <= int(p) <= 99 for p in parts):
        raise BadInput("years.bad_groups", value=value)
    return [int(p) for p in parts]


def close_year(args: argparse.Namespace) -> int:
    book = existing_book(args)
    groups = _groups(args.archive_families) if args.archive_families is not None else None
    names = {f.id: f.name for f in book.families()}
    closed = book.close_year(archive_families_outside=groups)
    if not closed.files:
        _out(t("years.nothing_to_close", day=_day_of_year(book.school_year_began())))
    for path in closed.files:
        year = path.stem.removeprefix(book.path.stem + "-")
        _out(
            t(
                "years.closed",
                contacts=closed.contacts.get(year, 0),
                plans=closed.plans.get(year, 0),
                reflections=closed.reflections.get(year, 0),
                year=year,
                file=path,
            )
        )
    if groups is not None and closed.families_archived:
        _out(
            t(
                "years.families_archived",
                count=len(closed.families_archived),
                groups=", ".join(str(g) for g in groups),
                names=", ".join(names.get(i, str(i)) for i in closed.families_archived),
            )
        )
    return 0


def retention_setting(args: argparse.Namespace) -> int:
    if args.years is None:
        _retention_line(existing_book(args).retention())
        return 0
    value = str(args.years)
    if not value.isdigit() or not 1 <= int(value) <= 50:
        raise BadInput("years.bad_retention", value=value)
    book = book_for(args)
    book.set_retention(int(value))
    _retention_line(book.retention())
    return 0


def start_setting(args: argparse.Namespace) -> int:
    if args.day is None:
        book = existing_book(args)
    else:
        try:
            month, day = (int(part) for part in str(args.day).split("-"))
            date(2024, month, day)
        except ValueError:
            raise BadInput("years.bad_start", value=args.day) from None
        book = book_for(args)
        book.set_school_year_start(month, day)
    month, day = book.school_year_start()
    _out(t("years.start", day=text.format_day(date(2024, month, day)).split(" ", 1)[1]))
    return 0


def purge_archives(args: argparse.Namespace) -> int:
    book = existing_book(args)
    past = book.archives_past_retention()
    if not past:
        if book.retention() is None:
            _retention_line(None)
        _out(t("years.purge_none"))
        return 0
    _out(t("years.purge_named", years=book.retention()))
    for archive in past:
        _out(f"  {archive.school_year}  {archive.path}")
    if not _confirmed(args, "years.purge_needs_yes", "years.purge_prompt"):
        err(t("years.purge_kept"))
        return 1
    for path in book.purge_archives(past):
        _out(t("years.purged", file=path))
    return 0


# -- backup ---------------------------------------------------------------------------------


def list_backups(args: argparse.Namespace) -> int:
    book = existing_book(args)
    lines = [
        t(
            "backups.line",
            name=backup.path.stem.removeprefix(book.path.stem + "-"),
            size=max(1, round(backup.size / 1024)),
            file=backup.path,
        )
        for backup in book.backups()
    ]
    for line in lines or [t("backups.none")]:
        _out(line)
    return 0


def restore_backup(args: argparse.Namespace) -> int:
    from storage.actions.backups import UnknownBackup

    book = book_for(args)
    try:
        backup = book.find_backup(args.day)
    except UnknownBackup:
        raise BadInput("backups.unknown", value=args.day) from None
    name = backup.path.stem.removeprefix(book.path.stem + "-")
    err(t("backups.restore_warning", name=name))
    if not _confirmed(args, "backups.restore_needs_yes", "backups.restore_prompt"):
        err(t("backups.restore_kept"))
        return 1
    kept = book.restore_backup(backup)
    _out(t("backups.restored", name=name, kept=kept))
    return 0
