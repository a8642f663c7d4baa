"""Snapshots of the main screen, the log flow and the welcome; pinned clock, 100×30."""

from __future__ import annotations

import pytest
from tui_support import pressing

from storage import Moment, Tone

SIZE = (100, 30)


def prepare(book) -> None:
    """The class book plus a plan, an unanswered call and a marked-for-batch family."""
    ids = {f"{f.name} {f.child_names}": f.id for f in book.families()}
    book.set_planned(ids["Öztürk Mila, Sara"], True)
    book.log(ids["Nguyễn Minh"], Moment.PHONE, Tone.NEUTRAL, reached=False)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_main_screen(snap_compare, class_book, make_app, language: str) -> None:
    prepare(class_book)
    assert snap_compare(
        make_app(class_book, language=language), terminal_size=SIZE, run_before=pressing()
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_log_flow_at_the_tone(snap_compare, class_book, make_app, language: str) -> None:
    """Two marked families (Space), Enter, pick-up chosen, `o` parent started it."""

    run_before = pressing("down", "space", "space", "enter", "o", "1")

    prepare(class_book)
    assert snap_compare(
        make_app(class_book, language=language), terminal_size=SIZE, run_before=run_before
    )


def test_main_screen_searching_at_80x24(snap_compare, class_book, make_app) -> None:
    run_before = pressing(*"jong")

    prepare(class_book)
    assert snap_compare(make_app(class_book), terminal_size=(80, 24), run_before=run_before)


def test_main_screen_without_colour(snap_compare, class_book, make_app, monkeypatch) -> None:
    """NO_COLOR: tones still read as + = - and marks as ✓ and ○."""
    monkeypatch.setenv("NO_COLOR", "1")
    prepare(class_book)
    app = make_app(class_book)
    assert app.no_color
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing())


@pytest.mark.parametrize("language", ["nl", "en"])
def test_welcome(snap_compare, book, make_app, language: str) -> None:
    run_before = pressing("i")

    assert snap_compare(
        make_app(book, language=language), terminal_size=SIZE, run_before=run_before
    )
