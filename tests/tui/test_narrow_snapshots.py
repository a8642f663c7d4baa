"""Issue 9 at 80×24, in Dutch and English: History's whole note, the welcome and the demo
title, (NO_COLOR) the panels whose meaning was colour: follow-ups, colleagues' contacts; and
the items that had a snapshot at 100×30 or in one language only."""

from __future__ import annotations

import pytest
from test_history_note import log_long_note
from test_weekend_plans import SUNDAY
from test_year_colleague_snapshots import prepare

from storage import Child, ContactBook, Family
from tui.screens.family_form import FamilyForm

SIZE = (80, 24)


async def settled(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def pressing(*keys: str):
    async def run_before(pilot) -> None:
        await settled(pilot)
        await pilot.press(*keys)
        await settled(pilot)

    return run_before


@pytest.mark.parametrize("language", ["nl", "en"])
def test_history_with_the_whole_note(snap_compare, class_book, make_app, language) -> None:
    """The note column is short; the highlighted note is whole under the table."""
    log_long_note(class_book)
    app = make_app(class_book, language=language)
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing("f4"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_welcome_footer(snap_compare, book, make_app, language) -> None:
    """An empty data file: the welcome's own keys and F1, whole; F2–F6 left to F1."""
    app = make_app(book, language=language)
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing())


@pytest.mark.parametrize("language", ["nl", "en"])
def test_demo_title(snap_compare, class_book, make_app, language) -> None:
    """`--demo`: the title says nothing is saved, and the date and week stay whole."""
    app = make_app(class_book, language=language, demo=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing())


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("key", ["f2", "f5"])
def test_followups_and_colleagues_without_colour(
    snap_compare, class_book, make_app, tmp_path, monkeypatch, language, key
) -> None:
    """NO_COLOR, Today and Week: a follow-up reads by its ⚑, a colleague's contact by her
    name, a tone by its sign, an attempt by ✗ — none by colour alone."""
    monkeypatch.setenv("NO_COLOR", "1")
    prepare(class_book, tmp_path)
    app = make_app(class_book, language=language)
    assert app.no_color
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing(key))


def test_week_mix_without_colour_in_dutch(snap_compare, class_book, make_app, monkeypatch):
    """NO_COLOR in Dutch (the English one is in test_look_snapshots.py): the two series of
    the mix differ by their bars, not by colour."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(class_book, language="nl")
    assert app.no_color
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing("f5", "m"))


# -- the audit of issue 9's items at 80×24 in both languages (what lacked one) ----------


@pytest.mark.parametrize("language", ["nl", "en"])
def test_week_reflection_at_80x24(snap_compare, class_book, make_app, language) -> None:
    """Item 2: the reflection note in view while typing at 80×24."""
    app = make_app(class_book, language=language)
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing("f5", "ctrl+r", *"kort"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_sunday_plan_at_80x24(snap_compare, tmp_path, make_app, language) -> None:
    """Item 3: on Sunday evening a plan is for the coming week, and says so at 80×24."""
    book = ContactBook(tmp_path / "sunday.json", clock=lambda: SUNDAY)
    book.add_family(Family.new("de Vries", [Child("Sanne", 1, 2), Child("Lucas", 5, 6)]))
    app = make_app(book, language=language)
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing("f5", "ctrl+b"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_summary_dialog_at_80x24(snap_compare, class_book, make_app, language) -> None:
    """Item 10: the file name the summary dialog suggests names the school year."""
    app = make_app(class_book, language=language)
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing("f5", "ctrl+s"))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_family_form_with_combination_groups_at_80x24(
    snap_compare, class_book, make_app, language
) -> None:
    """Item 5: combination groups typed and shown back as 1/2 and 5/6 in the form."""
    family = class_book.add_family(
        Family.new("Nguyễn", [Child("Linh", 1, 2), Child("Huy", 5, 6)], channel="app")
    )
    app = make_app(class_book, language=language)

    async def run_before(pilot) -> None:
        await settled(pilot)
        pilot.app.push_screen(FamilyForm(family))
        await settled(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
