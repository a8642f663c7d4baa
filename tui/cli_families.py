"""The sub-commands about families' open threads: `followups`; `families merge/split`.

Split from cli_commands.py (the daily commands); they share its helpers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


from storage import Contact, ContactBook, Refused, UnknownContact, UnknownFamily
from storage.rules.safetext import escape_json, visible

from . import text
from .cli_commands import BadInput, _family, _family_lines, _out, existing_book
from .text import t


def _contact_line(book: ContactBook, contact: Contact, names: dict[int, str]) -> str:
    """`  12  Wed 25 Nov 15:05  Yılmaz  pick-up  - concern  note`."""
    parts = [
        text.format_when(contact.at, book.today()),
        names.get(contact.family_id, "?"),
        text.moment_name(contact.moment),
    ]
    if contact.reached:
        parts.append(f"{contact.tone.symbol} {text.tone_name(contact.tone)}")
    else:  # an attempt has no tone to show
        parts.append(t("word.not_reached"))
    if contact.note:
        parts.append(visible(" ".join(contact.note.split())))
    return "  ".join(parts)


def list_followups(args: argparse.Namespace) -> int:
    book = existing_book(args)
    followups = book.open_followups()
    families = {f.id: f for f in book.families(include_archived=True)}
    if args.json:
        import json

        docs = [
            {
                "id": c.id,
                "family": c.family_id,
                "family_name": families[c.family_id].name if c.family_id in families else "",
                "at": c.at.isoformat(),
                "moment": c.moment.value,
                "tone": c.tone.value,
                "reached": c.reached,
                "note": c.note,
            }
            for c in followups
        ]
        _out(escape_json(json.dumps(docs, ensure_ascii=False, indent=2)))
        return 0
    if not followups:
        from .cli_commands import err

        err(t("followup.none"))
        return 0
    names = {i: visible(f.name) for i, f in families.items()}
    width = max(len(str(c.id)) for c in followups)
    for contact in followups:
        _out(f"{contact.id:>{width}}  {_contact_line(book, contact, names)}")
    return 0


def tick_followup(args: argparse.Namespace) -> int:
    book = existing_book(args)
    if args.id not in {c.id for c in book.open_followups()}:
        try:
            contact = book.contact(args.id)
        except UnknownContact:
            raise BadInput("followup.unknown", id=args.id) from None
        key = "followup.closed" if contact.follow_up else "followup.not_flagged"
        raise BadInput(key, id=args.id)
    try:
        contact = book.tick_followup(args.id)
    except UnknownContact:
        raise BadInput("followup.unknown", id=args.id) from None
    except Refused as exc:
        raise BadInput(exc.key, **exc.values) from None
    names = {f.id: visible(f.name) for f in book.families(include_archived=True)}
    _out(t("followup.ticked", contact=_contact_line(book, contact, names)))
    return 0


# -- families merge / split ----------------------------------------------------------------


def merge_families(args: argparse.Namespace) -> int:
    """`families merge KEEP OTHER`: OTHER's children, contacts and plans join KEEP."""
    book = existing_book(args)
    keep, other = _family(book, args.keep), _family(book, args.other)
    try:
        merged = book.merge_families(keep.id, other.id)
    except Refused as exc:
        raise BadInput(exc.key, **exc.values) from None
    except UnknownFamily:
        raise BadInput("cli.family_unknown", query=args.other) from None
    _out(t("regroup.merged", other=other.id))
    for line in _family_lines([merged]):
        _out(line)
    return 0


def split_family(args: argparse.Namespace) -> int:
    """`families split FAMILY CHILD...`: these children become a family of their own."""
    book = existing_book(args)
    family = _family(book, args.family)
    try:
        kept, new = book.split_family(family.id, args.children)
    except Refused as exc:
        raise BadInput(exc.key, **exc.values) from None
    _out(t("regroup.split"))
    for line in _family_lines([kept, new]):
        _out(line)
    return 0


def import_notes(book: ContactBook, result) -> list[str]:
    """Families an import made by surname alone, or beside a namesake: the teacher checks."""
    lines: list[str] = []
    if not (result.merged_by_name or result.possible_siblings):
        return lines
    families = {f.id: f for f in book.families(include_archived=True)}
    for family_id in result.merged_by_name:
        family = families.get(family_id)
        if family is not None:
            lines.append(
                t(
                    "regroup.check_merged",
                    family=visible(family.name),
                    children=visible(family.child_names),
                    id=family.id,
                    child=visible(family.children[-1].name),
                )
            )
    for ids in result.possible_siblings:
        found = [families[i] for i in ids if i in families]
        if len(found) > 1:
            lines.append(
                t(
                    "regroup.check_siblings",
                    family=visible(found[0].name),
                    children=", ".join(visible(f.child_names) for f in found),
                    ids=" ".join(str(f.id) for f in found[:2]),
                )
            )
    return lines
