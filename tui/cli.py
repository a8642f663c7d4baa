"""The `schoolyard` command: the TUI, and sub-commands for the shell and for cron.

Only the TUI imports Textual (lazily, in `run_app`); every other command needs no
more than `storage` and the text table, so `schoolyard log` starts fast. Exit codes:
0 done, 2 bad input (one line on stderr, nothing written), 1 anything else.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from storage import (
    ContactBook,
    DataFileBusy,
    DataFileError,
    Family,
    FamilyStatus,
    FutureTime,
    Initiator,
    Moment,
    Tone,
    UnknownFamily,
    data_path,
    parse_moment,
)
from storage.jsonstore import atomic_write
from storage.matching import fold
from storage.when import WhenError, parse_date, parse_when

from . import text
from .text import TEXT, t

MOMENT_NAMES = ", ".join(moment.value for moment in Moment)


class BadInput(Exception):
    """Exit 2: one line for stderr (a text key), maybe followed by candidate lines."""

    def __init__(self, key: str, *, lines: Sequence[str] = (), **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values
        self.lines = lines


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


def open_book(path: Path) -> ContactBook:
    """The book for `path`; tests replace this to pin the clock."""
    return ContactBook(path)


def run_app(book: ContactBook, *, language: str, demo: bool = False) -> int:
    """Open the TUI on `book` (the only place that imports Textual)."""
    from .app import SchoolyardApp

    app = SchoolyardApp(book, language=language, demo=demo)
    app.run()
    return app.return_code or 0


# -- entry point ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        try:  # a name like Yılmaz must not crash a terminal that cannot show it
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    text.set_language(_language_in(argv))
    try:
        args = build_parser(_command_in(argv)).parse_args(_join_at_time(argv))
        if args.demo and args.command:
            raise BadInput("cli.demo_with_command")
        return args.run(args)
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    except BadInput as exc:
        _err(_say(exc.key, exc.values))
        for line in exc.lines:
            _err(line)
        return 2
    except DataFileBusy as exc:
        _err(t("cli.busy", file=exc.path))
        return 1
    except DataFileError as exc:
        _err(t("cli.damaged", file=exc.path, reason=exc.reason))
        return 1
    except OSError as exc:
        _err(t("cli.os_error", file=exc.filename or "", reason=exc.strerror or exc))
        return 1
    except KeyboardInterrupt:
        _err(t("cli.interrupted"))
        return 1


def _language_in(argv: list[str]) -> str | None:
    """`--lang` read before parsing, so even usage errors speak the chosen language."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


COMMANDS = ("demo", "import", "families", "log", "neglected", "export", "forget", "holiday")


def _command_in(argv: list[str]) -> str | None:
    """The sub-command, so only its parser is built (start-up time); None when unclear."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("--data", "--lang"):
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


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line, with help in the current language; `only` one sub-command's part."""
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
    parser.set_defaults(run=_open_tui)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=t("cli.h.commands"))

    def command(name: str, run: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name, parents=[common], help=t(f"cli.cmd.{name}"), description=t(f"cli.cmd.{name}")
        )
        sub.set_defaults(run=run)
        return sub

    def wanted(name: str) -> bool:
        return only is None or only == name

    if wanted("demo"):
        _demo_arguments(command("demo", _demo))
    if wanted("import"):
        command("import", _import).add_argument("csv", metavar="CLASS.csv", help=t("cli.h.csv"))
    if wanted("families"):
        command("families", _families)
    if wanted("log"):
        _log_arguments(command("log", _log))
    if wanted("neglected"):
        neglected = command("neglected", _neglected)
        neglected.add_argument(
            "--days", type=_count, default=None, metavar="N", help=t("cli.h.days")
        )
        neglected.add_argument("--json", action="store_true", help=t("cli.h.json"))
    if wanted("export"):
        _export_arguments(command("export", _export))
    if wanted("forget"):
        forget = command("forget", _forget)
        forget.add_argument("family", nargs="+", metavar="FAMILY")
        forget.add_argument("--yes", action="store_true", help=t("cli.h.yes"))
    if wanted("holiday"):
        _holiday_arguments(command("holiday", _holiday_list), common)
    return parser


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


def _holiday_arguments(holiday: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    days = holiday.add_subparsers(dest="holiday_command", metavar="add|list|remove")
    add = days.add_parser("add", parents=[common], help=t("cli.h.holiday_add"))
    add.add_argument("start", metavar="FROM")
    add.add_argument("end", metavar="TO")
    add.add_argument("name", nargs="*", metavar="NAME")
    add.set_defaults(run=_holiday_add)
    days.add_parser("list", parents=[common], help=t("cli.h.holiday_list")).set_defaults(
        run=_holiday_list
    )
    remove = days.add_parser("remove", parents=[common], help=t("cli.h.holiday_remove"))
    remove.add_argument("id", type=int, metavar="ID")
    remove.set_defaults(run=_holiday_remove)


def _count(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(t("cli.not_a_count", value=value))
    return int(value)


# -- helpers --------------------------------------------------------------------------------


def _out(line: str = "") -> None:
    print(line)


def _err(line: str) -> None:
    print(line, file=sys.stderr)


def _say(key: str, values: dict) -> str:
    """A message from its text key; storage errors may carry keys no one translated yet."""
    return t(key, **values) if key in TEXT else f"{key} {values}"


def _book(args: argparse.Namespace) -> ContactBook:
    return open_book(data_path(args.data))


def _family(book: ContactBook, query: str) -> Family:
    """The one family `query` means; BadInput listing the candidates otherwise."""
    if not query.strip():
        raise BadInput("cli.no_family_given")
    found = book.find_families(query)
    if not found:
        raise BadInput("cli.family_unknown", query=query)
    if len(found) > 1:
        raise BadInput(
            "cli.family_ambiguous", query=query, count=len(found), lines=_family_lines(found)
        )
    return found[0]


def _children(family: Family) -> str:
    return ", ".join(t("cli.child", name=c.name, group=c.group) for c in family.children)


def _family_lines(families: Sequence[Family]) -> list[str]:
    """`  3  Yılmaz      Elif (group 5), Emre (group 2)  [archived]`, aligned."""
    id_width = max((len(str(f.id)) for f in families), default=1)
    name_width = max((len(f.name) for f in families), default=0)
    lines = []
    for family in families:
        marks = []
        if not family.active:
            marks.append(t("cli.mark.archived"))
        if family.first_contact is None:
            marks.append(t("cli.mark.no_first_contact"))
        line = f"{family.id:>{id_width}}  {family.name:<{name_width}}  {_children(family)}"
        lines.append(" ".join([line.rstrip(), *marks]))
    return lines


def _day(text_value: str | None, book: ContactBook):
    if text_value is None:
        return None
    try:
        return parse_date(text_value, book.today())
    except WhenError as exc:
        raise BadInput(exc.key, **exc.values) from None


# -- the TUI --------------------------------------------------------------------------------


def _open_tui(args: argparse.Namespace) -> int:
    if args.demo:
        if args.data:
            raise BadInput("cli.demo_and_data")
        return _open_demo()
    book = _book(args)
    book.families()  # a damaged file is named here, with exit 1, before the screen opens
    return run_app(book, language=text.language())


def _open_demo() -> int:
    import tempfile

    from storage.demo import write_demo

    with tempfile.TemporaryDirectory(prefix="schoolyard-demo-") as folder:
        path = Path(folder) / "schoolyard-demo.json"
        write_demo(path, families=28, weeks=8, seed=None)
        return run_app(open_book(path), language=text.language(), demo=True)


# -- sub-commands ---------------------------------------------------------------------------


def _demo(args: argparse.Namespace) -> int:
    from storage.demo import write_demo

    out = Path(args.out).expanduser()
    if out.is_dir():
        raise BadInput("cli.is_folder", file=out)
    if out.exists() and not args.force:
        raise BadInput("cli.demo_exists", file=out)
    write_demo(out, families=args.families, weeks=args.weeks, seed=args.seed)
    book = open_book(out)
    families = len(book.families(include_archived=True))
    _out(t("cli.demo_written", file=out, families=families, contacts=len(book.contacts())))
    return 0


def _import(args: argparse.Namespace) -> int:
    from storage.classlist import ClassListError, read_classlist

    source = Path(args.csv).expanduser()
    if not source.is_file():
        raise BadInput("cli.no_such_file", file=source)
    try:
        rows = read_classlist(source)
    except ClassListError as exc:
        message = t(exc.key, **exc.values) if exc.key in TEXT else str(exc)
        if "file" in exc.values:  # the message names the file already
            raise BadInput("cli.as_is", message=message) from None
        raise BadInput("cli.import_failed", file=source.name, reason=message) from None
    result = _book(args).import_families(rows)
    _out(
        t(
            "cli.imported",
            file=source.name,
            added=_number(result.added),
            updated=_number(result.updated),
            unchanged=_number(result.unchanged),
        )
    )
    return 0


def _number(value: object) -> int:
    return value if isinstance(value, int) else len(value)  # type: ignore[arg-type]


def _families(args: argparse.Namespace) -> int:
    families = _book(args).families(include_archived=True)
    if not families:
        _err(t("cli.no_families"))
        return 0
    for line in _family_lines(families):
        _out(line)
    return 0


def _log(args: argparse.Namespace) -> int:
    words = [w for w in args.words if w.strip()]
    tone = Tone.POSITIVE
    if len(words) >= 3:
        try:
            tone = Tone.parse(words[-1])
            words = words[:-1]
        except ValueError:
            pass
    if len(words) < 2:
        raise BadInput("cli.log_needs")
    try:
        moment = parse_moment(words[-1])
    except ValueError:
        raise BadInput("cli.moment_unknown", moment=words[-1], moments=MOMENT_NAMES) from None
    book = _book(args)
    family = _family(book, " ".join(words[:-1]))
    at = None
    if args.at is not None:
        try:
            at = parse_when(args.at, book.now())
        except WhenError as exc:
            raise BadInput(exc.key, **exc.values) from None
    try:
        contact = book.log(
            family.id,
            moment,
            tone,
            at=at,
            note=args.note.strip(),
            initiator=Initiator.PARENT if args.parent else Initiator.TEACHER,
            reached=not args.not_reached,
            follow_up=args.follow_up,
        )
    except FutureTime:
        raise BadInput("cli.future", when=args.at) from None
    except UnknownFamily:
        raise BadInput("cli.family_unknown", query=family.name) from None
    parts = [
        family.name,
        text.moment_name(contact.moment),
        f"{contact.tone.symbol} {text.tone_name(contact.tone)}",
        text.format_when(contact.at, book.today()),
    ]
    if not contact.reached:
        parts.append(t("word.not_reached"))
    elif family.first_contact is None:
        parts.append(t("cli.first_contact"))
    if contact.follow_up:
        parts.append(t("cli.follow_up"))
    _out(t("cli.logged", contact=" · ".join(parts)))
    return 0


def _neglected(args: argparse.Namespace) -> int:
    book = _book(args)
    if args.days is not None:
        from storage import Settings

        # The window for this call only; the stored setting stays as it is.
        # TODO(storage): a `school_days` parameter on needing_positive_contact would do this.
        window = Settings(positive_window_school_days=args.days)
        book.settings = lambda: window  # type: ignore[method-assign]
    statuses = book.needing_positive_contact()
    if args.json:
        import json

        _out(json.dumps([_status_doc(s) for s in statuses], ensure_ascii=False, indent=2))
        return 0
    lines = _family_lines([s.family for s in statuses])
    for line, status in zip(lines, statuses, strict=True):
        _out(f"{line} — {_status_text(status)}")
    return 0


def _status_text(status: FamilyStatus) -> str:
    family = status.family
    if status.days_since_positive is None:
        parts = [t("cli.never_positive")]
    else:
        parts = [t("cli.days_since_positive", days=status.days_since_positive)]
    if status.concerns_since_positive:
        parts.append(t("cli.concerns_since", count=status.concerns_since_positive))
    if family.channel:
        parts.append(family.channel)
    if family.language:
        parts.append(family.language)
    if family.interpreter:
        parts.append(t("cli.interpreter"))
    if status.planned:
        parts.append(t("cli.planned"))
    return " · ".join(parts)


def _status_doc(status: FamilyStatus) -> dict:
    family = status.family
    return {
        "id": family.id,
        "name": family.name,
        "children": [{"name": c.name, "group": c.group} for c in family.children],
        "first_contact": family.first_contact.isoformat() if family.first_contact else None,
        "last_contact": _iso(status.last_contact),
        "last_positive": _iso(status.last_positive),
        "days_since_positive": status.days_since_positive,
        "concerns_since_positive": status.concerns_since_positive,
        "channel": family.channel,
        "language": family.language,
        "interpreter": family.interpreter,
        "planned": status.planned,
    }


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def _export(args: argparse.Namespace) -> int:
    import json

    from storage.summary import PeriodError, build_summary

    book = _book(args)
    start, end = _day(args.start, book), _day(args.end, book)
    if start and end and end < start:
        raise BadInput("cli.period_backwards")
    out = Path(args.out).expanduser() if args.out else None
    if out is not None:
        if out.is_dir():
            raise BadInput("cli.is_folder", file=out)
        if out.exists() and out.resolve() == book.path.resolve():
            raise BadInput("cli.out_is_data", file=out)
    try:
        summary = build_summary(
            book,
            start=start,
            end=end,
            pseudonymize=args.pseudonymize,
            include_notes=args.include_notes,
        )
    except PeriodError as exc:
        raise BadInput(exc.key, **exc.values) from None
    payload = json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
    if out is None:
        sys.stdout.write(payload)
        return 0
    atomic_write(out, payload.encode("utf-8"))
    os.chmod(out, 0o600)  # names of children: only the teacher may read it
    _err(t("cli.exported", file=out))
    return 0


def _forget(args: argparse.Namespace) -> int:
    book = _book(args)
    family = _family(book, " ".join(args.family))
    contacts = len(book.contacts(family_id=family.id))
    if not args.yes:
        if not sys.stdin.isatty():
            raise BadInput("cli.forget_needs_yes", family=family.name, contacts=contacts)
        _err(t("cli.forget_warning", family=family.name, contacts=contacts))
        try:
            answer = input(t("cli.forget_prompt"))
        except EOFError:
            answer = ""
        if fold(answer) != fold(family.name):
            _err(t("cli.forget_kept"))
            return 1
    try:
        gone, erased = book.forget(family.id)
    except UnknownFamily:
        raise BadInput("cli.family_unknown", query=family.name) from None
    _out(t("cli.forgotten", family=gone.name, children=gone.child_names or "—", contacts=erased))
    return 0


def _holiday_add(args: argparse.Namespace) -> int:
    book = _book(args)
    start, end = _day(args.start, book), _day(args.end, book)
    if end < start:
        raise BadInput("cli.period_backwards")
    holiday = book.add_holiday(start, end, " ".join(args.name).strip())
    _out(t("cli.holiday_added", holiday=_holiday_line(holiday)))
    return 0


def _holiday_list(args: argparse.Namespace) -> int:
    holidays = _book(args).holidays()
    if not holidays:
        _err(t("cli.no_holidays"))
    for holiday in holidays:
        _out(f"{holiday.id:>3}  {_holiday_line(holiday)}")
    return 0


def _holiday_remove(args: argparse.Namespace) -> int:
    book = _book(args)
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
    return f"{span}  {holiday.name}".rstrip()


if __name__ == "__main__":
    sys.exit(main())
