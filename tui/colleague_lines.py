"""The lines said about colleagues' files, the same in the CLI and the app."""

from __future__ import annotations

from collections.abc import Iterator

from storage import ContactBook

from .text import t

SHOWN = 5
"""Uncertain matches named one a line; the rest are counted (`schoolyard colleagues` lists all)."""


def colleague_lines(book: ContactBook, *, limit: int | None = SHOWN) -> Iterator[str]:
    """One line for each colleague's file left out and each match left unmade (the first
    `limit` of those, then a count)."""
    for problem in book.colleague_problems():
        from .error_lines import real_file  # only when a file is left out

        reason = t(problem.key, detail=problem.reason)
        yield t("colleague.left_out", file=real_file(problem.path) or problem.path, reason=reason)
    uncertain = book.colleague_uncertain()
    shown = len(uncertain) if limit is None else limit
    for colleague, unsure in uncertain[:shown]:
        candidates = "; ".join(
            f"{f.name}: {', '.join(c.name for c in f.children)}" for f in unsure.candidates
        )
        yield t(
            "colleague.uncertain",
            family=unsure.theirs.name,
            colleague=colleague,
            candidates=candidates,
        )
    if len(uncertain) > shown:
        yield t("colleague.uncertain_more", count=len(uncertain) - shown)
