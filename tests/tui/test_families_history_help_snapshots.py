"""Snapshots of the families, history and help screens; pinned clock, 100×30, nl and en."""

from __future__ import annotations

from datetime import timedelta

import pytest
from classbook import unanswered_call
from tui_support import pressing

from storage import ContactBook, Family, Moment, Tone

SIZE = (100, 30)


def prepare(book: ContactBook) -> None:
    """The class book plus an archived family, an unanswered call and a follow-up."""
    ids = {f"{f.name} {f.child_names}": f.id for f in book.families()}
    unanswered_call(book, ids["Nguyễn Minh"], timedelta(minutes=30), "Geen gehoor, morgen opnieuw")
    book.log(
        ids["de Jong Noor"],
        Moment.MESSAGE,
        Tone.CONCERN,
        at=book.now() - timedelta(days=1, hours=2),
        follow_up=True,
        note="Noor vaak moe in de ochtend; vragen hoe het thuis gaat. " * 3,
    )
    archived = book.add_family(Family.new("Kowalski", [], guardians=["Anna Kowalska"]))
    book.set_active(archived.id, False)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_families_screen(snap_compare, class_book, make_app, language: str) -> None:
    prepare(class_book)
    app = make_app(class_book, language=language)
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing(mode="families"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_history_screen(snap_compare, class_book, make_app, language: str) -> None:
    prepare(class_book)
    app = make_app(class_book, language=language)
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing(mode="history"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_help_screen(snap_compare, class_book, make_app, language: str) -> None:
    app = make_app(class_book, language=language)
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing("f1", mode="families"))


def test_family_form_editing_yilmaz(snap_compare, class_book, make_app) -> None:
    """The form with every field of a family, in Dutch, at 80×24 (the smallest we serve)."""
    app = make_app(class_book, language="nl")
    # ↓ from the search to the list, then to Yılmaz (last by name); ctrl+o edits.
    run_before = pressing(*["down"] * 7, "ctrl+o", mode="families")
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_families_archived_shown_and_forget_asked(snap_compare, class_book, make_app) -> None:
    prepare(class_book)
    app = make_app(class_book)
    run_before = pressing("ctrl+g", "down", "delete", mode="families")  # to the list, then forget
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_history_without_colour(snap_compare, class_book, make_app, monkeypatch) -> None:
    """NO_COLOR: tones still read as + = -, attempts as ✗, follow-ups as ⚑."""
    monkeypatch.setenv("NO_COLOR", "1")
    prepare(class_book)
    app = make_app(class_book)
    assert app.no_color
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing(mode="history"))
