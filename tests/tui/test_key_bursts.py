"""Key bursts and slow keys through Today → log flow, flags before and after the tone.

A fast terminal hands the app a whole burst before it has handled the first key;
`burst` does the same with public API only (every key posted to the app, as the driver
does, before the app runs). `pilot.press(*keys)` and keys with pauses are the other two
speeds. The rule for the flags: n, o and f switch not-reached, parent's initiative and
follow-up before the moment, between moment and tone, and right after the tone until
the first other key; from then on every letter goes to the note.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input
from tui_support import CHARACTERS, key_event

from storage import Child, Family, Initiator, Moment, Tone
from tui.screens.today import TodayScreen

SIZE = (100, 30)


def keys_of(*parts: str) -> list[str]:
    """`keys_of("okaf", "enter", "5nf-")` → ['o', 'k', 'a', 'f', 'enter', '5', 'n', 'f', '-']."""
    keys: list[str] = []
    for part in parts:
        keys += [part] if part in CHARACTERS else list(part)
    return keys


async def burst(app, pilot, *keys: str) -> None:
    """Post every key to the app before it handles the first, then let it catch up."""
    for key in keys:
        app.post_message(key_event(key))
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def slowly(app, pilot, *keys: str) -> None:
    """One key every 50 ms, as a teacher types when not in a hurry."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause(0.05)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def pressed(app, pilot, *keys: str) -> None:
    """All keys in one `pilot.press` call."""
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause()


SPEEDS = {"burst": burst, "press": pressed, "slow": slowly}


@pytest.fixture
def okafor(class_book):
    class_book.add_family(Family.new("Okafor", [Child("Chidi", 5)], guardians=["Ngozi Okafor"]))
    return class_book


def newest(book):
    contacts = book.contacts_on(book.today())
    assert contacts, "nothing was logged"
    return contacts[0]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("speed", list(SPEEDS))
async def test_flags_between_moment_and_tone_and_a_note(okafor, make_app, speed, language):
    """`okaf` Enter `5nf-` `belde twee keer` Enter: an attempt by phone, follow-up, note.

    An attempt has no tone: the `-` goes on from the tone step, and `=` is stored."""
    app = make_app(okafor, language=language)
    before = len(okafor.contacts_on(okafor.today()))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await SPEEDS[speed](
            app, pilot, *keys_of("okaf", "enter", "5nf-", "belde twee keer", "enter")
        )
        assert len(okafor.contacts_on(okafor.today())) == before + 1
        contact = newest(okafor)
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
@pytest.mark.parametrize("speed", list(SPEEDS))
async def test_flags_right_after_the_tone(okafor, make_app, speed, language):
    """`5-` then `nof`: still flags; `voicemail f` after that: all note."""
    app = make_app(okafor, language=language)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await SPEEDS[speed](app, pilot, *keys_of("okaf", "enter", "5-nof", "voicemail f", "enter"))
        contact = newest(okafor)
        assert contact.note == "voicemail f"
        assert (contact.reached, contact.follow_up) == (False, True)
        assert contact.initiator is Initiator.PARENT


@pytest.mark.parametrize("speed", list(SPEEDS))
async def test_a_space_or_a_capital_starts_a_note_with_a_flag_letter(okafor, make_app, speed):
    app = make_app(okafor)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await SPEEDS[speed](app, pilot, *keys_of("okaf", "enter", "1+", " nog even", "enter"))
        first = newest(okafor)
        await SPEEDS[speed](app, pilot, *keys_of("okaf", "enter", "2=", "Fijn gesprek", "enter"))
        second = newest(okafor)
    assert (first.note, first.reached, first.follow_up) == ("nog even", True, False)
    assert (second.note, second.reached, second.follow_up) == ("Fijn gesprek", True, False)
    assert second.initiator is Initiator.TEACHER


@pytest.mark.parametrize("speed", list(SPEEDS))
async def test_name_moment_neutral_tone_enter(class_book, make_app, speed):
    """`$'nguyen\\r3=\\r'` stays whole: a walk-in, neutral, no note, back on Today."""
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await SPEEDS[speed](app, pilot, *keys_of("nguyen", "enter", "3=", "enter"))
        contact = newest(class_book)
        assert class_book.family(contact.family_id).name == "Nguyễn"
        assert (contact.moment, contact.tone, contact.note) == (Moment.WALKIN, Tone.NEUTRAL, "")
        assert contact.reached
        assert isinstance(app.screen, TodayScreen)


@pytest.mark.parametrize("speed", list(SPEEDS))
async def test_a_note_with_flag_letters_inside(class_book, make_app, speed):
    """`okaf` Enter `5nf-note` Enter: flags n and f, then the note `note` whole."""
    app = make_app(class_book)
    class_book.add_family(Family.new("Okafor", [Child("Chidi", 5)]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await SPEEDS[speed](app, pilot, *keys_of("okaf", "enter", "5nf-note", "enter"))
        contact = newest(class_book)
        assert (contact.note, contact.reached, contact.follow_up) == ("note", False, True)
