"""Snapshots of one family's story: 80×24 in Dutch and English, 100×30; pinned clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from classbook import unanswered_call
from tui_support import pressing

from storage import ContactBook, Moment, Tone


def prepare(book: ContactBook) -> None:
    """Lucas de Jong's family with an unanswered call, a follow-up, a long note and a plan."""
    lucas = next(f.id for f in book.families() if "Lucas" in f.child_names)
    unanswered_call(book, lucas, timedelta(hours=2), "Geen gehoor; morgen na schooltijd opnieuw.")
    book.log(
        lucas,
        Moment.MESSAGE,
        Tone.CONCERN,
        at=book.now() - timedelta(days=1, hours=3),
        follow_up=True,
        note="Lucas is de laatste weken vaak moe in de ochtend en valt in de kring stil; "
        "vader vragen hoe het thuis gaat en of hij op tijd naar bed gaat. Over twee weken "
        "samen terugkijken.",
    )
    book.set_planned(lucas, True)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_story_at_80x24(snap_compare, class_book, make_app, language: str) -> None:
    prepare(class_book)
    app = make_app(class_book, language=language)
    assert snap_compare(app, terminal_size=(80, 24), run_before=pressing(*"lucas", "ctrl+f"))


def test_story_at_100x30(snap_compare, class_book, make_app) -> None:
    prepare(class_book)
    app = make_app(class_book, language="nl")
    assert snap_compare(
        app, terminal_size=(100, 30), run_before=pressing(*"lucas", "ctrl+f", "down")
    )


def test_story_of_a_family_never_met(snap_compare, class_book, make_app) -> None:
    """Nguyễn: no contacts yet, tips, and the kind wording about a first contact."""
    app = make_app(class_book, language="nl")

    async def run_before(pilot) -> None:
        await pilot.press(*"minh", "ctrl+f")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
