"""Saving the log flow's choice: `save_choice` writes it in one `book.log_batch` through
the one write helper (`tui/writing.py`). A failed write reopens the flow with what was
typed, so nothing the teacher entered is lost. Today, Week and the story use
`log_contact(screen, families)`, which opens the flow and saves what it gives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, replace

from textual.screen import Screen

from storage import Contact, Family

from ..text import moment_name, t
from ..writing import schoolyard, write
from .log_contact import LogChoice, LogContactScreen, family_names


def save_choice(
    screen: Screen,
    families: Sequence[Family],
    choice: LogChoice,
    on_saved: Callable[[list[Contact]], None] | None = None,
) -> None:
    """Write `choice` for `families` in one `log_batch`, through the one write helper.

    On success: a short confirmation, `app.reload_screen()`, then `on_saved(contacts)`.
    On failure: the error is shown and the flow reopens with the entry as typed.
    """
    families = tuple(families)
    book = schoolyard(screen).book

    def said(_: list[Contact]) -> str:
        names = family_names(families)
        if choice.reached:
            return t(
                "log.saved",
                tone=choice.tone.symbol,
                moment=moment_name(choice.moment),
                families=names,
            )
        return t("log.saved.attempt", moment=moment_name(choice.moment), families=names)

    def kept(line: str) -> None:
        screen.app.push_screen(
            LogContactScreen(families, replace(choice)),
            lambda again: save_choice(screen, families, again, on_saved) if again else None,
        )

    write(
        screen,
        # A choice's fields are the log's: moment, tone, note, reached, initiator, follow-up.
        lambda: book.log_batch([f.id for f in families], **asdict(choice)),
        said=said,
        then=on_saved,
        kept=kept,
        failure="log.failed",
        timeout=4,
        group="log-contact",
        exclusive=False,
    )


def log_contact(
    screen: Screen,
    families: Sequence[Family],
    on_saved: Callable[[list[Contact]], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> None:
    """Open the flow for `families` and save what the teacher chose."""
    families = tuple(families)

    def done(choice: LogChoice | None) -> None:
        if choice is None:
            if on_cancel is not None:
                on_cancel()
            return
        save_choice(screen, families, choice, on_saved)

    screen.app.push_screen(LogContactScreen(families), done)
