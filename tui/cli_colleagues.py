"""`schoolyard colleagues`: the colleagues' files this data file keeps reading, and your name.

The files are kept as a setting of your own data file (the app and every reading
command use them); the colleagues' files themselves are only ever read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

from pathlib import Path

from .cli_commands import BadInput, _out, add_step, book_for, colleague_notes, existing_book
from .text import t


def with_argument(parser: argparse.ArgumentParser) -> None:
    """`--with PATH`, repeatable: a colleague's data file, only ever read."""
    parser.add_argument(
        "--with",
        dest="with_files",
        action="append",
        default=None,
        metavar="PATH",
        help=t("cli.h.with"),
    )


def colleagues_arguments(
    colleagues: argparse.ArgumentParser, common: argparse.ArgumentParser
) -> None:
    """`schoolyard colleagues [add PATH… | remove PATH… | name NAME]`."""
    actions = colleagues.add_subparsers(dest="colleagues_command", metavar="add|remove|name")
    add = add_step(actions, common, "add", "colleague.h.add", add_colleagues)
    add.add_argument("paths", nargs="+", metavar="PATH")
    remove = add_step(actions, common, "remove", "colleague.h.remove", remove_colleagues)
    remove.add_argument("paths", nargs="+", metavar="PATH")
    name = add_step(actions, common, "name", "colleague.h.name", name_yourself)
    name.add_argument("name", nargs="+", metavar="NAME")


def list_colleagues(args: argparse.Namespace) -> int:
    """Your name as colleagues see it, then each kept file: read, or left out and why."""
    from storage.rules.colleagues import match_families

    book = existing_book(args)
    name = book.colleague_name()
    _out(t("colleague.your_name", name=name) if name else t("colleague.no_name"))
    if not book.colleague_paths():
        _out(t("colleague.none"))
        return 0
    ours = book.families()
    for path, colleague, _ in book.colleagues_by_file():
        if colleague is None:
            continue  # named by colleague_notes below
        matched = len(match_families(ours, colleague.families).ours)
        _out(
            t(
                "colleague.file_line",
                file=str(path),
                name=colleague.name,
                families=len(colleague.families),
                matched=matched,
            )
        )
    colleague_notes(book, every=True)
    return 0


def add_colleagues(args: argparse.Namespace) -> int:
    book = book_for(args)
    kept = book.colleague_files()
    for raw in args.paths:
        path = Path(raw).expanduser().absolute()
        if path.resolve() == book.path.resolve():
            raise BadInput("colleague.own_file", file=path)
        if str(path) not in kept:
            kept.append(str(path))
    book.set_colleague_files(kept)
    return list_colleagues(args)


def remove_colleagues(args: argparse.Namespace) -> int:
    book = existing_book(args)
    kept = book.colleague_files()
    gone = {str(Path(raw).expanduser().absolute()) for raw in args.paths} | set(args.paths)
    left = [p for p in kept if p not in gone]
    if len(left) == len(kept):
        raise BadInput("colleague.not_kept", file=" ".join(args.paths))
    book.set_colleague_files(left)
    return list_colleagues(args)


def name_yourself(args: argparse.Namespace) -> int:
    book = book_for(args)
    book.set_colleague_name(" ".join(args.name))
    return list_colleagues(args)
