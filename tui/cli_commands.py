"""What each `schoolyard` sub-command does; tui/cli.py parses the command line.

Every function takes the parsed arguments and returns the exit code; bad input is
raised as BadInput (exit 2) before anything is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

import sys
from collections.abc import Sequence
from pathlib import Path

from storage import (
    ContactBook,
    Family,
    FutureTime,
    Initiator,
    Moment,
    Tone,
    UnknownFamily,
    data_path,
    parse_moment,
)
from storage.rules.safetext import visible
from storage.rules.when import WhenError, parse_date, parse_when

from . import text
from .cli_neglected import _family_lines, indented_json, say_neglected  # noqa: F401 (tests)
from .cli_quick import is_moment, logged_line
from .text import TEXT, t, tn

MOMENT_NAMES = ", ".join(moment.value for moment in Moment)


class BadInput(Exception):
    """Exit 2: one line for stderr (a text key), maybe followed by candidate lines."""

    def __init__(self, key: str, *, lines: Sequence[str] = (), **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values
        self.lines = lines


class Failed(Exception):
    """Exit 1 with one line already said in the teacher's words (a failed export write)."""

    def __init__(self, line: str) -> None:
        super().__init__(line)
        self.line = line


class NoDataFile(Exception):
    """Exit 1: a command that only reads was pointed at a data file that is not there."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def open_book(path: Path) -> ContactBook:
    """The book for `path`; tests replace this to pin the clock."""
    return ContactBook(path)


# -- helpers --------------------------------------------------------------------------------


def _out(line: str = "") -> None:
    """Every line for stdout: stored text never reaches the terminal raw (storage/safetext.py)."""
    print(visible(line, multiline=True))


def err(line: str) -> None:
    """Every line for stderr, made as safe as `_out` makes stdout's."""
    print(visible(line, multiline=True), file=sys.stderr)


def say(key: str, values: dict) -> str:
    """A message from its text key; storage errors may carry keys no one translated yet."""
    return t(key, **values) if key in TEXT else f"{key} {values}"


KEPT_TO_EXIT: list[ContactBook] | None = None
"""A list when the console script runs a sub-command (tui/cli.py): every book opened stays
referenced until `os._exit`, so a school's parsed file is never freed (~18 ms at 134k
contacts). None in a process that goes on, such as the tests calling `main(argv)`."""


def add_step(
    steps, common: argparse.ArgumentParser, name: str, help_key: str, run
) -> argparse.ArgumentParser:
    """One step of a sub-command (`year close`, `colleagues add`): its help, what it runs."""
    step = steps.add_parser(name, parents=[common], help=t(help_key))
    step.set_defaults(run=run)
    return step


def book_for(args: argparse.Namespace) -> ContactBook:
    book = open_book(data_path(args.data))
    if getattr(args, "with_files", None):
        book.add_colleagues(args.with_files)
    if KEPT_TO_EXIT is not None:
        KEPT_TO_EXIT.append(book)
    return book


def existing_book(args: argparse.Namespace) -> ContactBook:
    """The book of a command that only reads (or needs what is in it): NoDataFile when missing.

    A reminder job pointed at a wrong path must fail loudly, not list nobody; only
    `import`, `holiday add` and the app's welcome start a new data file (`log` needs a
    family in it: on a missing file it names the file, not "no family matches").
    """
    book = book_for(args)
    if not book.exists():
        book.target()  # a link that leads nowhere is said as such (DataFileError)
        raise NoDataFile(book.path)
    return book


def _family(book: ContactBook, query: str, *, prefer_active: bool = False) -> Family:
    """The one family `query` means; BadInput listing the candidates otherwise.

    With `prefer_active`, one active family among archived namesakes is the one meant,
    as in the app's search, which leaves archived families out.
    """
    if not query.strip():
        raise BadInput("cli.no_family_given")
    if query.strip().isdigit():  # an id, as find_families reads it, without listing them all
        try:
            return book.family(int(query))
        except UnknownFamily:
            pass
    found = book.find_families(query)
    if not found:
        raise BadInput("cli.family_unknown", query=query)
    active = [f for f in found if f.active]
    if prefer_active and len(active) == 1:
        return active[0]
    if len(found) > 1:
        raise BadInput(
            "cli.family_ambiguous", query=query, count=len(found), lines=_family_lines(found)
        )
    return found[0]


def _day(text_value: str | None, book: ContactBook):
    if text_value is None:
        return None
    try:
        return parse_date(text_value, book.today())
    except WhenError as exc:
        raise BadInput(exc.key, **exc.values) from None


# -- the sub-commands ---------------------------------------------------------------------------


def write_demo_file(args: argparse.Namespace) -> int:
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


def import_class(args: argparse.Namespace) -> int:
    from storage.classlists.classlist import ClassListError, read_classlist

    source = Path(args.csv).expanduser()
    if not source.exists():  # a folder or a pipe: read_classlist says what it is
        raise BadInput("cli.no_such_file", file=source)
    try:
        rows = read_classlist(source)
    except ClassListError as exc:
        message = t(exc.key, **exc.values) if exc.key in TEXT else str(exc)
        if "file" in exc.values:  # the message names the file already
            raise BadInput("cli.as_is", message=message) from None
        raise BadInput("cli.import_failed", file=source.name, reason=message) from None
    book = book_for(args)
    result = book.import_families(rows)
    _out(
        tn(
            "cli.imported",
            result.added,
            file=source.name,
            added=result.added,
            updated=result.updated,
            unchanged=result.unchanged,
        )
    )
    from .cli_families import import_notes

    for line in import_notes(book, result):
        _out(line)
    return 0


def list_families(args: argparse.Namespace) -> int:
    families = existing_book(args).families(include_archived=True)
    if not families:
        err(t("cli.no_families"))
        return 0
    for line in _family_lines(families):
        _out(line)
    return 0


def log_contact(args: argparse.Namespace) -> int:
    words = [w for w in args.words if w.strip()]
    tone: Tone | None = None
    if len(words) >= 3:
        try:
            tone = Tone.parse(words[-1])
            words = words[:-1]
        except ValueError:
            if is_moment(words[-2]) and not is_moment(words[-1]):
                # `log teun pickup +++`: a moment, then a word that must be the tone
                raise BadInput("cli.tone_unknown", tone=words[-1]) from None
    if len(words) < 2:
        raise BadInput("cli.log_needs")
    if args.not_reached and tone not in (None, Tone.NEUTRAL):
        # Nobody was reached, so there is no tone to tell (the app skips it as well).
        raise BadInput("cli.attempt_tone", tone=tone.symbol)
    if tone is None:
        # An attempt says nothing good or bad about the contact: it is stored neutral.
        tone = Tone.NEUTRAL if args.not_reached else Tone.POSITIVE
    try:
        moment = parse_moment(words[-1])
    except ValueError:
        raise BadInput("cli.moment_unknown", moment=words[-1], moments=MOMENT_NAMES) from None
    book = existing_book(args)
    family = _family(book, " ".join(words[:-1]), prefer_active=True)
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
    except WhenError as exc:  # the book's rule: more than two years back
        raise BadInput(exc.key, **exc.values) from None
    except UnknownFamily:
        raise BadInput("cli.family_unknown", query=family.name) from None
    when = text.format_when(contact.at, book.today())
    _out(
        logged_line(
            family,
            contact.moment,
            contact.tone,
            when,
            reached=contact.reached,
            follow_up=contact.follow_up,
        )
    )
    return 0


def colleague_notes(book: ContactBook, *, every: bool = False) -> None:
    """One line on stderr for each colleague's file left out and each match left unmade
    (`every`: all of them, not the first few and a count)."""
    from .colleague_lines import SHOWN, colleague_lines

    for line in colleague_lines(book, limit=None if every else SHOWN):
        err(line)


def list_neglected(args: argparse.Namespace) -> int:
    book = existing_book(args)
    # --days is the window for this call only; the stored setting stays as it is.
    # With --with on the command line: the school view, every family of every file.
    statuses = book.needing_positive_contact(school_days=args.days, school=book.with_given)
    colleague_notes(book)
    say_neglected(statuses, book.today(), as_json=args.json)
    return 0
