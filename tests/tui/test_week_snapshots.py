"""Snapshots of the week screen (and its dialog and settings) at 100×30, pinned clock."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import DataTable
from tui_support import pressing

from storage import Moment, Tone

SIZE = (100, 30)


def prepare(book) -> None:
    """The class book plus a plan, an unanswered call and a reflection note."""
    ids = {f"{f.name} {f.child_names}": f.id for f in book.families()}
    book.set_planned(ids["Öztürk Mila, Sara"], True)
    book.log(ids["Nguyễn Minh"], Moment.PHONE, Tone.POSITIVE, reached=False)
    book.set_reflection("2026-W48", "Vaker op het plein staan.\nNguyễn bellen met de zus erbij.")
    book.add_holiday(date(2026, 10, 19), date(2026, 10, 23), "Herfstvakantie")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_week_screen(snap_compare, class_book, make_app, language: str) -> None:
    prepare(class_book)
    assert snap_compare(
        make_app(class_book, language=language), terminal_size=SIZE, run_before=pressing("f5")
    )


def test_week_screen_on_a_family_with_only_concerns(snap_compare, class_book, make_app) -> None:
    prepare(class_book)

    async def run_before(pilot) -> None:
        await pressing("f5")(pilot)
        table = pilot.app.screen.query_one("#week-families", DataTable)
        table.move_cursor(row=2)  # de Jong (Lucas): two concerns since the last positive
        await pilot.pause()

    assert snap_compare(make_app(class_book), terminal_size=SIZE, run_before=run_before)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_week_reflection(snap_compare, class_book, make_app, language: str) -> None:
    prepare(class_book)

    async def run_before(pilot) -> None:
        await pressing("f5")(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()

    assert snap_compare(
        make_app(class_book, language=language), terminal_size=SIZE, run_before=run_before
    )


def test_save_summary_dialog(snap_compare, class_book, make_app) -> None:
    async def run_before(pilot) -> None:
        await pressing("f5")(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()

    assert snap_compare(
        make_app(class_book, language="nl"), terminal_size=SIZE, run_before=run_before
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_settings_screen(snap_compare, class_book, make_app, language: str) -> None:
    prepare(class_book)

    async def run_before(pilot) -> None:
        await pilot.press("f6")
        await pilot.pause()

    assert snap_compare(
        make_app(class_book, language=language), terminal_size=SIZE, run_before=run_before
    )


def test_week_screen_at_80_by_24(snap_compare, class_book, make_app) -> None:
    prepare(class_book)
    assert snap_compare(make_app(class_book), terminal_size=(80, 24), run_before=pressing("f5"))
