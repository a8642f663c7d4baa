"""Issue 9 item 4: an attempt where nobody was reached has no tone, in the app as in the CLI.

After `n` the log flow skips the tone step and stores `=`; a tone typed out of habit in a
burst (`5nf-note`) is dropped, never put in the note; `n` right after a tone makes it an
attempt, neutral. History, the timeline and Today's list show no tone for an attempt."""

from __future__ import annotations

import pytest
from test_key_bursts import SPEEDS, keys_of
from textual.widgets import Label
from tui_support import screen_lines, settle, shown

from storage import Child, Family, Moment, Tone
from tui import text
from tui.screens.history import HistoryScreen
from tui.screens.log_contact import LogContactScreen, Step
from tui.screens.timeline import TimelineScreen
from tui.screens.today import TodayScreen
from tui.widgets.contact_list import ContactList

SIZE = (80, 24)


@pytest.fixture
def okafor(class_book):
    class_book.add_family(Family.new("Okafor", [Child("Chidi", 5)]))
    return class_book


def newest(book):
    return book.contacts_on(book.today())[0]


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_after_n_the_tone_step_is_skipped(okafor, make_app, language):
    app = make_app(okafor, language=language)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"okaf", "enter", "5", "n")
        await settle(app, pilot)
        flow = app.screen
        assert isinstance(flow, LogContactScreen)
        assert flow.step is Step.NOTE  # straight on to the note
        assert str(flow.query_one("#step-tone", Label).content) == text.t("log.step.tone.attempt")
        await pilot.press("enter")
        await settle(app, pilot)
    contact = newest(okafor)
    assert (contact.moment, contact.reached, contact.tone, contact.note) == (
        Moment.PHONE,
        False,
        Tone.NEUTRAL,
        "",
    )


async def test_n_before_the_moment_skips_the_tone_too(okafor, make_app):
    app = make_app(okafor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"okaf", "enter", "n", "5", *"voicemail", "enter")
        await settle(app, pilot)
    contact = newest(okafor)
    assert (contact.reached, contact.tone, contact.note) == (False, Tone.NEUTRAL, "voicemail")


async def test_n_right_after_a_tone_makes_it_a_neutral_attempt(okafor, make_app):
    app = make_app(okafor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"okaf", "enter", "5", "-", "n", "enter")
        await settle(app, pilot)
    contact = newest(okafor)
    assert (contact.reached, contact.tone) == (False, Tone.NEUTRAL)


async def test_escape_from_an_attempts_note_goes_back_to_the_moment(okafor, make_app):
    app = make_app(okafor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"okaf", "enter", "5", "n")
        flow = app.screen
        await pilot.press("escape")
        assert flow.step is Step.MOMENT
        await pilot.press("n", "5")  # reached after all: the tone is asked
        assert flow.step is Step.TONE and flow.tone is None
        assert str(flow.query_one("#step-tone", Label).content) == text.t("log.step.tone")
        await pilot.press("+", "enter")
        await settle(app, pilot)
    contact = newest(okafor)
    assert (contact.reached, contact.tone) == (True, Tone.POSITIVE)


@pytest.mark.parametrize("speed", list(SPEEDS))
async def test_a_tone_typed_in_a_burst_after_n_is_dropped(okafor, make_app, speed):
    """`okaf` Enter `5nf-note` Enter, at every speed: the `-` is neither tone nor note."""
    app = make_app(okafor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await SPEEDS[speed](app, pilot, *keys_of("okaf", "enter", "5nf-note", "enter"))
        assert isinstance(app.screen, TodayScreen)
    contact = newest(okafor)
    assert (contact.note, contact.reached, contact.follow_up) == ("note", False, True)
    assert contact.tone is Tone.NEUTRAL


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_no_screen_shows_a_tone_for_an_attempt(class_book, make_app, language):
    nguyen = next(f for f in class_book.families() if f.name == "Nguyễn")
    class_book.log(nguyen.id, Moment.PHONE, Tone.NEUTRAL, reached=False, note="voicemail")
    app = make_app(class_book, language=language)
    neutral = text.tone_name(Tone.NEUTRAL)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        line = shown(app.screen.query_one(ContactList)).splitlines()[0]
        assert "Nguyễn" in line and text.t("word.not_reached") in line
        assert "=" not in line, line
        await pilot.press("f4")
        await settle(app, pilot)
        assert isinstance(app.screen, HistoryScreen)
        row = next(line for line in screen_lines(app) if "Nguyễn" in line)
        assert neutral not in row and "=" not in row, row
        await pilot.press("ctrl+f")
        await settle(app, pilot)
        assert isinstance(app.screen, TimelineScreen)
        entry = next(line for line in screen_lines(app) if text.t("word.not_reached") in line)
        assert neutral not in entry and "=" not in entry, entry
