"""`schoolyard log` for the everyday case, without the records and their dataclasses.

A plain log (`log yilmaz pickup +`, with --note, --parent, --not-reached, --follow-up)
names one family and a moment; this module reads it with the words of
storage/rules/words.py, finds the family among the stored documents with the same
matching as `ContactBook.find_families`, and logs through `QuickLog`, which shares
ContactBook's write (storage/actions/logdocs.py). That leaves out the ~25 ms of
importing the records, dataclasses/inspect and every action of the book.

Whatever is not plain goes to the full command (tui/cli_commands.py `log_contact`),
which says what it says now: `quick_log` returns None then, before anything is written
— a time given with --at, a colleague's file, a word that is not a moment or a tone, a
family not found, or several families meant.
"""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from storage.actions.logdocs import QuickLog, UnknownFamily
from storage.paths import data_file
from storage.rules import matching
from storage.rules.safetext import visible
from storage.rules.words import TONE_SYMBOLS, moment_value, tone_value

from . import text
from .text import t

if TYPE_CHECKING:
    import argparse

open_quick = QuickLog
"""The book `quick_log` writes with; tests replace it to pin the clock."""

KEPT: list[QuickLog] = []
"""The book a log opened, referenced until the console script's `os._exit` (tui/cli.py):
a school's parsed file is never freed, as tui/cli_commands.py `KEPT_TO_EXIT` keeps it."""


def quick_log(args: argparse.Namespace) -> int | None:
    """Log the plain case and print its line (exit 0); None when the full command must."""
    if args.at is not None or args.with_files:
        return None
    words = [w for w in args.words if w.strip()]
    # An attempt has no tone: stored neutral, as the app does.
    tone = "neutral" if args.not_reached else "positive"
    if len(words) >= 3:
        try:
            tone = tone_value(words[-1])
            words = words[:-1]
        except ValueError:
            if is_moment(words[-2]) and not is_moment(words[-1]):
                return None  # `log teun pickup +++`: the full command names the tone
    if args.not_reached and tone != "neutral":
        return None  # a tone with an attempt: the full command refuses it
    if len(words) < 2 or not is_moment(words[-1]):
        return None
    moment = moment_value(words[-1])
    query = " ".join(words[:-1])
    if not query.strip():
        return None
    book = open_quick(data_file(args.data))
    KEPT.append(book)
    family = _one_family(book, query)
    if family is None:
        return None
    try:
        doc = book.log_now(
            family.id,
            moment,
            tone,
            note=args.note.strip(),
            initiator="parent" if args.parent else "teacher",
            reached=not args.not_reached,
            follow_up=args.follow_up,
        )
    except UnknownFamily:  # removed since it was found: the full command says so
        return None
    when = datetime.fromisoformat(doc["at"])
    line = logged_line(
        family,
        moment,
        tone,
        text.format_when(when, book.today()),
        reached=doc.get("reached", True) is not False,
        follow_up=bool(doc.get("follow_up")),
    )
    print(visible(line, multiline=True))
    return 0


def logged_line(
    family: Any, moment: str, tone: str, when: str, *, reached: bool, follow_up: bool
) -> str:
    """The line both `log` paths print: family, moment, tone, when, and what to know."""
    parts = [family.name, text.moment_name(moment)]
    if reached:  # an attempt has no tone to show
        parts.append(f"{TONE_SYMBOLS[tone]} {text.tone_name(tone)}")
    parts.append(when)
    if not reached:
        parts.append(t("word.not_reached"))
    elif family.first_contact is None:
        parts.append(t("cli.first_contact"))
    if follow_up:
        parts.append(t("cli.follow_up"))
    return t("cli.logged", contact=" · ".join(parts))


def is_moment(word: str) -> bool:
    try:
        moment_value(word)
    except ValueError:
        return False
    return True


def _one_family(book: QuickLog, query: str) -> Any | None:
    """The one family `query` means, as tui/cli_commands.py `_family(prefer_active=True)`
    finds it; None when it finds none or several (the full command lists them)."""
    families = [_light(doc) for doc in book.family_docs()]
    if query.strip().isdigit():
        wanted = int(query)
        by_id = [f for f in families if f.id == wanted]
        if by_id:
            return by_id[0]
    found = matching.find(query, families)
    active = [f for f in found if f.active]
    if len(active) == 1:
        return active[0]
    return found[0] if len(found) == 1 else None


def _light(doc: Any) -> SimpleNamespace:
    """What matching and the logged line read of a family (storage/records.py `Family`)."""
    return SimpleNamespace(
        id=int(doc.doc_id),
        name=doc.get("name", ""),
        children=tuple(SimpleNamespace(name=c.get("name", "")) for c in doc.get("children", [])),
        active=bool(doc.get("active", True)),
        first_contact=doc.get("first_contact") or None,
    )
