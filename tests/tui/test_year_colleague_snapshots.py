"""Snapshots at 80×24, Dutch and English: Settings (year, retention, colleagues), Today
with a colleague's contact and a follow-up, Week with both, the timeline with an archived
year. Pinned clock (classbook.NOW)."""

from __future__ import annotations

import pytest
from test_followups_colleagues_in_app import with_colleague, with_followup
from test_timeline_archives_colleagues import with_archive

SIZE = (80, 24)
LANGUAGES = pytest.mark.parametrize("language", ["nl", "en"])


def prepare(book, folder) -> None:
    with_archive(book)
    with_followup(book)
    with_colleague(book, folder)
    book.set_retention(2)
    book.set_colleague_name("meester Kees")


def keys(*pressed: str):
    async def run_before(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for key in pressed:
            await pilot.press(key)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()

    return run_before


@LANGUAGES
def test_settings_year_and_colleagues(snap_compare, class_book, make_app, tmp_path, language):
    prepare(class_book, tmp_path)
    app = make_app(class_book, language=language)
    # ctrl+o: the colleague's file field, which scrolls the year and colleagues into view.
    assert snap_compare(app, terminal_size=SIZE, run_before=keys("f6", "ctrl+o"))


@LANGUAGES
def test_today_with_a_colleague_and_a_followup(
    snap_compare, class_book, make_app, tmp_path, language
):
    prepare(class_book, tmp_path)
    assert snap_compare(
        make_app(class_book, language=language), terminal_size=SIZE, run_before=keys()
    )


@LANGUAGES
def test_week_with_a_colleague_and_a_followup(
    snap_compare, class_book, make_app, tmp_path, language
):
    prepare(class_book, tmp_path)
    app = make_app(class_book, language=language)
    assert snap_compare(app, terminal_size=SIZE, run_before=keys("f5"))


@LANGUAGES
def test_timeline_with_an_archived_year(snap_compare, class_book, make_app, tmp_path, language):
    prepare(class_book, tmp_path)
    app = make_app(class_book, language=language)
    run_before = keys(*"øyen", "ctrl+f", "a", "end")
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
