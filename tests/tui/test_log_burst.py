"""The log flow in one burst: keys typed faster than the screens change are all used.

`pilot.press` waits for the app to be idle after every key, so it cannot show a lost
key; these tests hand the whole burst to the driver at once, as a fast terminal does.
"""

from __future__ import annotations

from textual.widgets import Input
from tui_support import burst, shown, todays

from storage import Moment, Tone
from tui.screens.today import TodayScreen
from tui.widgets.contact_list import ContactList

SIZE = (100, 30)


async def test_name_enter_moment_tone_enter_in_one_burst(class_book, make_app):
    app = make_app(class_book)
    before = len(todays(class_book))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await burst(app, pilot, *"oyen", "enter", "1", "+", "enter")
        contacts = todays(class_book)
        assert len(contacts) == before + 1
        newest = contacts[0]
        assert class_book.family(newest.family_id).name == "Øyen"
        assert (newest.moment, newest.tone, newest.note) == (Moment.PICKUP, Tone.POSITIVE, "")
        assert isinstance(app.screen, TodayScreen)
        first_line = shown(app.screen.query_one(ContactList)).splitlines()[0]
        assert first_line.startswith("15:10 + Øyen · pick-up")
        assert app.screen.query_one("#search", Input).value == ""


async def test_a_burst_with_a_note_and_a_concern(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await burst(app, pilot, *"yilmaz", "enter", "3", "-", *"buikpijn", "enter")
        newest = todays(class_book)[0]
        assert class_book.family(newest.family_id).name == "Yılmaz"
        assert (newest.moment, newest.tone, newest.note) == (
            Moment.WALKIN,
            Tone.CONCERN,
            "buikpijn",
        )


async def test_moment_and_tone_in_one_burst_after_the_flow_is_open(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"nguyen", "enter")
        await burst(app, pilot, "4", "+", "enter")
        newest = todays(class_book)[0]
        assert class_book.family(newest.family_id).name == "Nguyễn"
        assert (newest.moment, newest.tone) == (Moment.SCHOOLYARD, Tone.POSITIVE)
        assert isinstance(app.screen, TodayScreen)
