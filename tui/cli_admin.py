"""The sub-commands that export, erase or keep the calendar: `export`, `forget`, `holiday`.

Split from cli_commands.py (the daily commands: log, neglected, families, import, demo);
they share its helpers, so a test that swaps `cli_commands.open_book` swaps it here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

import sys
from pathlib import Path

from storage import Refused, UnknownFamily
from storage.rules.matching import fold
from storage.rules.safetext import visible

from . import text
from .cli_commands import BadInput, Failed, _day, _family, _out, book_for, err, existing_book
from .text import t, tn


def export_summary(args: argparse.Namespace) -> int:
    from storage.rules.exports import ExportError
    from storage.rules.summary import PeriodError, encode_summary, summarize, write_summary

    from .error_lines import os_error_line

    book = existing_book(args)
    start, end = _day(args.start, book), _day(args.end, book)
    if start and end and end < start:
        raise BadInput("cli.period_backwards")
    out = Path(args.out).expanduser() if args.out else None
    if out is not None:
        if out.is_dir():
            raise BadInput("cli.is_folder", file=out)
        if out.exists() and out.resolve() == book.path.resolve():
            raise BadInput("cli.out_is_data", file=out)
        if any(out.resolve() == path.resolve() for path in book.colleague_paths()):
            raise BadInput("colleague.out_is_colleague", file=out)
        if out.exists() and not args.force:  # the app asks; the shell needs --force
            raise BadInput("cli.export_exists", file=out)
    try:
        summary = summarize(
            book,
            start=start,
            end=end,
            pseudonymize=args.pseudonymize,
            include_notes=args.include_notes,
        )
    except PeriodError as exc:
        raise BadInput(exc.key, **exc.values) from None
    if out is None:
        sys.stdout.write(encode_summary(summary).decode("utf-8"))
        return 0
    try:
        write_summary(book, out, summary)
    except ExportError as exc:
        raise Failed(os_error_line(exc.error, exc.path)) from None
    err(t("cli.exported", file=out))
    return 0


def forget_family(args: argparse.Namespace) -> int:
    from storage.rules.exports import holding, sweep_known

    book = existing_book(args)
    family = _family(book, " ".join(args.family))
    contacts = len(book.contacts(family_id=family.id))
    if not args.yes:
        if not sys.stdin.isatty():
            raise BadInput("cli.forget_needs_yes", family=family.name, contacts=contacts)
        err(t("cli.forget_warning", family=family.name, contacts=contacts))
        try:
            answer = input(t("cli.forget_prompt"))
        except EOFError:
            answer = ""
        if fold(answer) != fold(family.name):
            err(t("cli.forget_kept"))
            return 1
    exports = holding(book, family.id)
    try:
        done = book.forget_everywhere(family.id)
    except UnknownFamily:
        raise BadInput("cli.family_unknown", query=family.name) from None
    gone, erased = done.family, done.contacts
    sweep_known(book)
    _out(t("cli.forgotten", family=gone.name, children=gone.child_names or "—", contacts=erased))
    _out(t("cli.forget_exports", family=gone.name))
    named = [r for r in exports if not r.pseudonymized]
    if named:
        _out(t("cli.forget_exports_known"))
    for record in named:
        key = "cli.forget_export_line" if record.path.exists() else "cli.forget_export_gone"
        _out(t(key, file=record.path, day=text.format_day(record.day) + f" {record.day.year}"))
    coded = len(exports) - len(named)
    if coded:
        _out(tn("cli.forget_pseudonymized", coded))
    _out(t("cli.forget_files", files=", ".join(str(path) for path in done.files)))
    for path in done.unreadable:
        _out(t("cli.forget_unreadable", file=path))
    return 0


def add_holiday(args: argparse.Namespace) -> int:
    """`holiday add FROM [TO] [NAME]`: TO and NAME optional, as in the app (one day, no name)."""
    from storage.rules.when import WhenError, parse_date

    book = book_for(args)
    start = _day(args.start, book)
    rest = list(args.rest)
    end = None
    if rest:
        try:
            end = parse_date(rest[0], book.today())
            rest = rest[1:]
        except WhenError:
            if _looks_like_a_day(rest[0]):
                end = _day(rest[0], book)  # a mistyped date: its own clear line
    try:
        holiday = book.add_holiday(start, end, " ".join(rest).strip())
    except Refused as exc:
        raise BadInput(exc.key, **exc.values) from None
    _out(t("cli.holiday_added", holiday=_holiday_line(holiday)))
    return 0


def _looks_like_a_day(word: str) -> bool:
    """`2026-13-01` or `31-02-2027` is a date typed wrong, not the start of a name."""
    return any(ch.isdigit() for ch in word) and not any(ch.isalpha() for ch in word)


def list_holidays(args: argparse.Namespace) -> int:
    holidays = existing_book(args).holidays()
    if not holidays:
        err(t("cli.no_holidays"))
    for holiday in holidays:
        _out(f"{holiday.id:>3}  {_holiday_line(holiday)}")
    return 0


def remove_holiday(args: argparse.Namespace) -> int:
    book = existing_book(args)
    holiday = next((h for h in book.holidays() if h.id == args.id), None)
    if holiday is None:
        raise BadInput("cli.holiday_unknown", id=args.id)
    book.remove_holiday(holiday.id)
    _out(t("cli.holiday_removed", holiday=_holiday_line(holiday)))
    return 0


def _holiday_line(holiday) -> str:
    span = text.format_day(holiday.start)
    if holiday.end != holiday.start:
        span += f" {holiday.start.year} – {text.format_day(holiday.end)}"
    span += f" {holiday.end.year}"
    return f"{span}  {visible(holiday.name)}".rstrip()
