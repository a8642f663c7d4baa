"""Key bursts and slow keys through Today → log flow, flags before and after the tone.

A fast terminal hands the app a whole burst before it has handled the first key;
`burst` does the same with public API only (every key posted to the app, as the driver
does, before the app runs). `pilot.press(*keys)` and keys with pauses are the other two
speeds. The rule for the flags: n, o and f switch not-reached, parent's initiative and
follow-up before the moment, between moment and tone, and right after the tone until
the first other key; from then on every letter goes to the note.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest
from textual.widgets import Input
from tui_support import SPEEDS, keys_of, todays

from storage import Child, Contact, Family, Initiator, Moment, Tone
from tui.screens.today import TodayScreen

SIZE = (100, 30)


@pytest.fixture(params=list(SPEEDS))
def speed(request: pytest.FixtureRequest) -> str:
    """Every test at each of the three speeds."""
    return request.param


@asynccontextmanager
async def on_today(app, speed: str) -> AsyncIterator[Callable[..., Awaitable[Contact]]]:
    """The app on Today; yields `log(*parts)`: the keys (`keys_of`) at `speed`, then the
    contact they logged."""
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()

        async def log(*parts: str) -> Contact:
            await SPEEDS[speed](app, pilot, *keys_of(*parts))
            return newest(app.book)

        yield log


@pytest.fixture
def okafor(class_book):
    class_book.add_family(Family.new("Okafor", [Child("Chidi", 5)], guardians=["Ngozi Okafor"]))
    return class_book


def newest(book):
    contacts = todays(book)
    assert contacts, "nothing was logged"
    return contacts[0]


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_flags_between_moment_and_tone_and_a_note(okafor, make_app, speed, language):
    """`okaf` Enter `5nf-` `belde twee keer` Enter: an attempt by phone, follow-up, note.

    An attempt has no tone: the `-` goes on from the tone step, and `=` is stored."""
    app = make_app(okafor, language=language)
    before = len(todays(okafor))
    async with on_today(app, speed) as log:
        contact = await log("okaf", "enter", "5nf-", "belde twee keer", "enter")
        assert len(todays(okafor)) == before + 1
        assert okafor.family(contact.family_id).name == "Okafor"
        assert (contact.moment, contact.tone, contact.note) == (
            Moment.PHONE,
            Tone.NEUTRAL,
            "belde twee keer",
        )
        assert (contact.reached, contact.follow_up) == (False, True)
        assert contact.initiator is Initiator.TEACHER
        assert isinstance(app.screen, TodayScreen)
        assert app.screen.query_one("#search", Input).value == ""


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_flags_right_after_the_tone(okafor, make_app, speed, language):
    """`5-` then `nof voicemail f`: the first word, only flag letters, is the flags."""
    async with on_today(make_app(okafor, language=language), speed) as log:
        contact = await log("okaf", "enter", "5-", "nof voicemail f", "enter")
    assert contact.note == "voicemail f"
    assert (contact.reached, contact.follow_up, contact.tone) == (False, True, Tone.NEUTRAL)
    assert contact.initiator is Initiator.PARENT


async def test_a_note_that_begins_with_a_flag_letter_keeps_it_and_its_tone(okafor, make_app, speed):
    """A tired teacher types the note right after the tone: `nice chat`, `fijn gesprek`,
    `ouders blij` are notes, not flags — the tone and every letter are kept."""
    async with on_today(make_app(okafor), speed) as log:
        first = await log("okaf", "enter", "1+", "nice chat about Elif", "enter")
        second = await log("okaf", "enter", "2=", "fijn gesprek", "enter")
        third = await log("okaf", "enter", "3+", "ouders blij", "enter")
    assert (first.note, first.reached, first.tone) == ("nice chat about Elif", True, Tone.POSITIVE)
    assert (second.note, second.follow_up) == ("fijn gesprek", False)
    assert (third.note, third.initiator) == ("ouders blij", Initiator.TEACHER)


async def test_a_space_or_a_capital_starts_a_note_with_a_flag_letter(okafor, make_app, speed):
    async with on_today(make_app(okafor), speed) as log:
        first = await log("okaf", "enter", "1+", " nog even", "enter")
        second = await log("okaf", "enter", "2=", "Fijn gesprek", "enter")
    assert (first.note, first.reached, first.follow_up) == ("nog even", True, False)
    assert (second.note, second.reached, second.follow_up) == ("Fijn gesprek", True, False)
    assert second.initiator is Initiator.TEACHER


async def test_name_moment_neutral_tone_enter(class_book, make_app, speed):
    """`$'nguyen\\r3=\\r'` stays whole: a walk-in, neutral, no note, back on Today."""
    app = make_app(class_book)
    async with on_today(app, speed) as log:
        contact = await log("nguyen", "enter", "3=", "enter")
        assert class_book.family(contact.family_id).name == "Nguyễn"
        assert (contact.moment, contact.tone, contact.note) == (Moment.WALKIN, Tone.NEUTRAL, "")
        assert contact.reached
        assert isinstance(app.screen, TodayScreen)


async def test_a_note_with_flag_letters_inside(class_book, make_app, speed):
    """`okaf` Enter `5nf-note` Enter: flags n and f, then the note `note` whole."""
    class_book.add_family(Family.new("Okafor", [Child("Chidi", 5)]))
    async with on_today(make_app(class_book), speed) as log:
        contact = await log("okaf", "enter", "5nf-note", "enter")
    assert (contact.note, contact.reached, contact.follow_up) == ("note", False, True)


async def test_two_contacts_in_one_burst(okafor, make_app, speed):
    """`okaf⏎1+fijn gesprek⏎nguyen⏎5-nf belde twee keer⏎` in one go: the keys typed after
    the first flow's Enter belong to Today and the second flow, never to the flow that was
    just saved (tried in tmux: the second Enter reached it after it closed and crashed the
    app)."""
    before = len(todays(okafor))
    app = make_app(okafor)
    async with on_today(app, speed) as log:
        await log("okaf", "enter", "1+", "fijn gesprek", "enter", "nguyen", "enter")
        second = await log("5-", "nf belde twee keer", "enter")
        assert isinstance(app.screen, TodayScreen)
    first = todays(okafor)[1]
    assert len(todays(okafor)) == before + 2
    assert (okafor.family(first.family_id).name, first.tone, first.note) == (
        "Okafor",
        Tone.POSITIVE,
        "fijn gesprek",
    )
    assert okafor.family(second.family_id).name == "Nguyễn"
    assert (second.reached, second.follow_up, second.note) == (False, True, "belde twee keer")
