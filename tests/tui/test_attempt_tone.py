"""Issue 9 item 4: an attempt where nobody was reached has no tone, in the app as in the CLI.

The decision: an attempt is stored `=`. After `n` the tone step says an attempt has none,
and whichever of + = - is typed there (out of habit, in a burst: `5nf-note`) goes on to
the note and stores `=`; `n` right after a tone makes it a neutral attempt. The step is
not skipped: it is the one key that is not a letter or a digit, so typing (`plan` `12`
Enter) never saves (tests/tui/test_typing_never_writes.py). History, the timeline and
Today's list show no tone for an attempt."""

from __future__ import annotations

import pytest
from test_key_bursts import SPEEDS, keys_of
from textual.widgets import Label, Static
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
@pytest.mark.parametrize("tone", ["+", "=", "-"])
async def test_after_n_any_tone_key_goes_on_and_neutral_is_stored(okafor, make_app, language, tone):
    app = make_app(okafor, language=language)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"okaf", "enter", "5", "n")
        await settle(app, pilot)
        flow = app.screen
        assert isinstance(flow, LogContactScreen)
        assert str(flow.query_one("#step-tone", Label).content) == text.t("log.step.tone.attempt")
        await pilot.press(tone, "enter")
        await settle(app, pilot)
    contact = newest(okafor)
    assert (contact.moment, contact.reached, contact.tone, contact.note) == (
        Moment.PHONE,
        False,
        Tone.NEUTRAL,
        "",
    )


async def test_letters_digits_and_enter_never_save_an_attempt(okafor, make_app):
    """The tone step stays for an attempt: `plan` `12` Enter is typing, not a save."""
    app = make_app(okafor)
    before = okafor.path.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"okaf", "enter", *"plan", "1", "2", "enter")
        await settle(app, pilot)
        flow = app.screen
        assert isinstance(flow, LogContactScreen) and flow.step is Step.TONE
        assert not flow.reached
    assert okafor.path.read_bytes() == before


async def test_n_before_the_moment_makes_a_neutral_attempt_too(okafor, make_app):
    app = make_app(okafor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"okaf", "enter", "n", "5", "+", *"voicemail", "enter")
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


async def test_the_follow_up_flag_on_and_off_keeps_the_tone(okafor, make_app):
    """Only `n` makes an attempt: follow-up (or initiator) switched off keeps the tone.
    (Switched on before the tone, off again through the flags' action.)"""
    app = make_app(okafor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"okaf", "enter", "5", "f", "o", "-")
        flow = app.screen
        assert isinstance(flow, LogContactScreen)
        flow.action_toggle("follow_up")
        flow.action_toggle("initiator")
        await pilot.press("enter")
        await settle(app, pilot)
    contact = newest(okafor)
    assert (contact.reached, contact.tone, contact.follow_up) == (True, Tone.CONCERN, False)


async def test_n_undone_asks_the_tone_again(okafor, make_app):
    app = make_app(okafor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"okaf", "enter", "5", "n")
        flow = app.screen
        await pilot.press("n")  # reached after all: the tone counts again
        assert flow.step is Step.TONE and flow.reached
        assert str(flow.query_one("#step-tone", Label).content) == text.t("log.step.tone")
        await pilot.press("-", "enter")
        await settle(app, pilot)
    contact = newest(okafor)
    assert (contact.reached, contact.tone) == (True, Tone.CONCERN)


@pytest.mark.parametrize("speed", list(SPEEDS))
async def test_a_tone_typed_in_a_burst_after_n_is_stored_neutral(okafor, make_app, speed):
    """`okaf` Enter `5nf-note` Enter, at every speed: the `-` goes on, stored as `=`."""
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


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_deleting_an_attempt_asks_without_a_tone(class_book, make_app, language):
    """History's delete question names an attempt as not reached, not as `neutral`."""
    nguyen = next(f for f in class_book.families() if f.name == "Nguyễn")
    class_book.log(nguyen.id, Moment.PHONE, Tone.NEUTRAL, reached=False, note="voicemail")
    app = make_app(class_book, language=language)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f4")
        await settle(app, pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert app.screen.highlighted().family_id == nguyen.id
        await pilot.press("delete")
        await settle(app, pilot)
        question = str(app.screen.query_one("#confirm-message", Static).content)
    assert "Nguyễn" in question and text.t("word.not_reached") in question
    assert text.tone_name(Tone.NEUTRAL) not in question, question
