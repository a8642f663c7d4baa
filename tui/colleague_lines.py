"""The lines said about colleagues' files, the same in the CLI and the app."""

from __future__ import annotations

from collections.abc import Iterator

from storage import ContactBook

from .text import t


def colleague_lines(book: ContactBook) -> Iterator[str]:
    """One line for each colleague's file left out and each match left unmade."""
    from .error_lines import real_file

    for problem in book.colleague_problems():
        reason = t(problem.key, detail=problem.reason)
        yield t("colleague.left_out", file=real_file(problem.path) or problem.path, reason=reason)
    for colleague, unsure in book.colleague_uncertain():
        candidates = "; ".join(
            f"{f.name}: {', '.join(c.name for c in f.children)}" for f in unsure.candidates
        )
        yield t(
            "colleague.uncertain",
            family=unsure.theirs.name,
            colleague=colleague,
            candidates=candidates,
        )
