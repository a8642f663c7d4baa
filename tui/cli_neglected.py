"""What `schoolyard neglected` says, and its quick form for the everyday case.

The lines and the JSON are made here for both ways of reading: the full command
(tui/cli_commands.py `list_neglected`, ContactBook and its records) and `quick_neglected`,
which reads the documents through storage/actions/quickread.py `QuickRead` and runs the
same rule (storage/rules/insights.py) on plain objects, leaving out the ~10 ms of
importing the records, dataclasses/inspect and every action of the book.

Whatever is not plain goes to the full command, which says what it says now:
`quick_neglected` returns None for colleagues' files (`--with` or kept in the settings)
and for a data file that is not there.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from storage.actions.quickread import QuickRead
from storage.paths import data_file
from storage.rules.insights import needing_positive_contact
from storage.rules.safetext import escape_json, visible
from storage.rules.weeks import plans_ahead

from .text import t, tn

if TYPE_CHECKING:
    import argparse

open_quick_read = QuickRead
"""The book `quick_neglected` reads with; tests replace it to pin the clock."""

KEPT: list[QuickRead] = []
"""The book a `neglected` opened, referenced until the console script's `os._exit`."""


def quick_neglected(args: argparse.Namespace) -> int | None:
    """Say who needs a positive contact (exit 0); None when the full command must."""
    if args.with_files:
        return None
    book = open_quick_read(data_file(args.data))
    if not book.exists():
        return None  # the full command says the file is not there
    KEPT.append(book)
    if book.colleague_files():
        return None
    statuses = needing_positive_contact(book.statuses(school_days=args.days))
    say_neglected(statuses, book.today(), as_json=args.json)
    return 0


def say_neglected(statuses: Sequence[Any], today: date, *, as_json: bool) -> None:
    """The families needing a positive contact, as lines or as JSON, on stdout."""
    if as_json:
        _out(escape_json(indented_json([_status_doc(s) for s in statuses])))
        return
    lines = _family_lines([s.family for s in statuses])
    ahead = plans_ahead(today)
    for line, status in zip(lines, statuses, strict=True):
        _out(f"{line} — {_status_text(status, ahead=ahead)}")


def _out(line: str = "") -> None:
    """As tui/cli_commands.py `_out`: stored text never reaches the terminal raw."""
    print(visible(line, multiline=True))


def _children(family: Any) -> str:
    return ", ".join(
        t("cli.child", name=visible(c.name), group=c.group_label) for c in family.children
    )


def _family_lines(families: Sequence[Any]) -> list[str]:
    """`  3  Yılmaz      Elif (group 5), Emre (group 2)  [archived]`, aligned."""
    id_width = max((len(str(f.id)) for f in families), default=1)
    # Odd characters shown as markers before measuring, so the columns stay aligned.
    names = {f.id: visible(f.name) for f in families}
    name_width = max((len(name) for name in names.values()), default=0)
    lines = []
    for family in families:
        marks = []
        if not family.active:
            marks.append(t("cli.mark.archived"))
        if family.first_contact is None:
            marks.append(t("cli.mark.no_first_contact"))
        line = f"{family.id:>{id_width}}  {names[family.id]:<{name_width}}  {_children(family)}"
        lines.append(" ".join([line.rstrip(), *marks]))
    return lines


def indented_json(value: object) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`; by orjson when the read imported
    it (a school's file), as json indents in pure Python (~5 ms at 400 families)."""
    orjson = sys.modules.get("orjson")
    if orjson is not None:
        try:
            return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
        except orjson.JSONEncodeError:
            pass  # a lone surrogate in a hand-edited file: json writes it, escape_json hides it
    import json

    return json.dumps(value, ensure_ascii=False, indent=2)


def _status_text(status: Any, *, ahead: bool = False) -> str:
    """One family's line; `ahead`: a plan shown on Saturday or Sunday is for the coming week."""
    family = status.family
    if status.days_since_positive is None:
        parts = [t("cli.never_positive")]
    else:
        parts = [
            tn(
                "cli.days_since_positive",
                status.days_since_positive,
                days=status.days_since_positive,
            )
        ]
    if status.concerns_since_positive:
        parts.append(t("cli.concerns_since", count=status.concerns_since_positive))
    if family.channel:
        parts.append(visible(family.channel))
    if family.language:
        parts.append(visible(family.language))
    if family.interpreter:
        parts.append(t("cli.interpreter"))
    if status.planned:
        parts.append(t("cli.planned.ahead" if ahead else "cli.planned"))
    if status.positive_by:
        parts.append(t("colleague.positive_by", name=visible(status.positive_by)))
    return " · ".join(parts)


def _status_doc(status: Any) -> dict:
    family = status.family
    return {
        "id": family.id,
        "name": family.name,
        "children": [child.to_doc() for child in family.children],
        "first_contact": family.first_contact.isoformat() if family.first_contact else None,
        "last_contact": _iso(status.last_contact),
        "last_positive": _iso(status.last_positive),
        "last_positive_by": status.positive_by or None,
        "days_since_positive": status.days_since_positive,
        "concerns_since_positive": status.concerns_since_positive,
        "channel": family.channel,
        "language": family.language,
        "interpreter": family.interpreter,
        "planned": status.planned,
    }


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None
