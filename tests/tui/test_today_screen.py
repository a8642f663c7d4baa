"""The main screen: the family list, whom to greet, today's contacts, language, sizes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.widgets import Input
from tui_support import opened, settle, shown

from storage import Family, Moment, Tone
from tui.screens.log_contact import LogContactScreen
from tui.screens.today import TodayScreen
from tui.widgets.contact_list import ContactList, GreetList
from tui.widgets.family_picker import FamilyTable
from tui.widgets.moment_bar import MomentBar, ToneBar

SIZE = (100, 30)


def rows(table: FamilyTable) -> list[list[str]]:
    return [
        [str(getattr(cell, "plain", cell)) for cell in table.get_row_at(i)]
        for i in range(table.row_count)
    ]


async def test_opens_on_the_search_with_every_family_neediest_first(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot, TodayScreen)
        assert screen.query_one("#search", Input).has_focus
        table = screen.query_one(FamilyTable)
        listed = rows(table)
        # Never met first (○), then the longest without a positive contact.
        assert [r[1] for r in listed] == [
            "○ de Jong",
            "○ Nguyễn",
            "  de Jong",
            "  Öztürk",
            "  van der Berg",
            "  Øyen",
            "  Yılmaz",
        ]
        assert listed[1][3] == "Minh (5)" and listed[1][2] == "! never"
        assert listed[2][3] == "Lucas (5)" and listed[2][2] == "! 30 d"
        assert listed[3][3] == "Mila (5), Sara (3)"
        assert listed[5][2] == "  2 d" and listed[6][2] == "  0 d"
        assert screen.sub_title == "Today · Wed 25 Nov · week 48"


@pytest.mark.parametrize(
    ("typed", "best"),
    [
        ("yilmaz", "Yılmaz"),
        ("elif", "Yılmaz"),
        ("emre", "Yılmaz"),
        ("oyen", "Øyen"),
        ("OYEN", "Øyen"),
        ("nguyen", "Nguyễn"),
        ("ozturk", "Öztürk"),
        ("van der b", "van der Berg"),
        ("berg", "van der Berg"),
        ("noor", "de Jong"),
    ],
)
async def test_search_folds_like_the_cli(class_book, make_app, typed, best):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*typed)
        table = app.screen.query_one(FamilyTable)
        assert table.highlighted().name == best
        assert table.cursor_row == 0


async def test_both_de_jongs_are_found_and_told_apart(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"jong")
        listed = rows(app.screen.query_one(FamilyTable))
        assert sorted(r[3] for r in listed) == ["Lucas (5)", "Noor (4)"]
        await pilot.press("down", "down", "enter")
        title = str(app.screen.query_one("#log-title").content)
        assert "de Jong (" in title


async def test_no_match_says_so_and_enter_does_nothing(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"xyzzy", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert app.screen.query_one(FamilyTable).row_count == 0
        assert "No family found for ‘xyzzy’" in shown(app.screen.query_one("#today-status"))


async def test_greet_panel_shows_channel_language_and_planned(class_book, make_app):
    ids = {f.name: f.id for f in class_book.families()}
    # Öztürk: planned and in need. Øyen: planned, but had a positive contact this Monday.
    class_book.set_planned(ids["Öztürk"], True)
    class_book.set_planned(ids["Øyen"], True)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        greet = shown(app.screen.query_one(GreetList)).splitlines()
        # Planned families first, marked in words; then the neediest.
        # The children beside the name; how to reach them on a line of its own.
        assert greet[0] == "• Öztürk 20 d [planned] · Mila, Sara"
        assert greet[1].strip() == "WhatsApp · Turks"
        assert greet[2] == "○ de Jong never · Noor"
        assert greet[3] == "○ Nguyễn never · Minh"
        assert greet[4].strip() == "telefoon · Vietnamees"
        assert "Øyen" not in "\n".join(greet)
        # A positive contact with Öztürk: it drops off by itself.
        await pilot.press(*"ozturk", "enter", "1", "+", "enter")
        await settle(app, pilot)
        greet = shown(app.screen.query_one(GreetList))
        assert "Öztürk" not in greet
        assert greet.startswith("○ de Jong never")


async def test_a_concern_does_not_take_a_family_off_the_greet_list(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"minh", "enter", "1", "-", "enter")
        await settle(app, pilot)
        assert "Nguyễn" in shown(app.screen.query_one(GreetList))
        await pilot.press(*"minh", "enter", "1", "+", "enter")
        await settle(app, pilot)
        assert "Nguyễn" not in shown(app.screen.query_one(GreetList))
        row = [r for r in rows(app.screen.query_one(FamilyTable)) if "Nguyễn" in r[1]][0]
        # The first contact happened today: no ○ any more, 0 days since positive.
        assert row[1] == "  Nguyễn" and row[2] == "  0 d"


async def test_todays_contacts_newest_first_with_tone_symbols(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = shown(app.screen.query_one(ContactList)).splitlines()
        assert lines == [
            "15:02 + Yılmaz · pick-up — Elif trots op tekening",
            "08:20 = van der Berg · drop-off",
        ]


async def test_the_screen_follows_changes_by_another_process(class_book, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # The CLI beside the TUI logs a contact; the app's poll calls reload().
        other = type(class_book)(class_book.path, clock=class_book.now)
        other.log(class_book.find_families("minh")[0].id, Moment.PHONE, Tone.POSITIVE)
        app.reload_screen()
        await pilot.pause()
        first = shown(app.screen.query_one(ContactList)).splitlines()[0]
        assert first == "15:10 + Nguyễn · phone"


async def test_dutch_labels_and_dates(class_book, make_app):
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.sub_title == "Vandaag · wo 25 nov · week 48"
        assert screen.query_one("#search", Input).placeholder == "Zoek gezin of kind…"
        table = screen.query_one(FamilyTable)
        assert [str(c.label) for c in table.columns.values()][1:] == [
            "Gezin",
            "Laatste +",
            "Kind (groep)",
        ]
        assert rows(table)[0][2] == "! nooit"
        assert "Groet vandaag" in [str(label.content) for label in screen.query(".panel-title")]
        assert shown(screen.query_one(ContactList)).splitlines()[1] == (
            "08:20 = van der Berg · brengen"
        )
        await pilot.press(*"elif", "enter")
        flow = app.screen
        chips = [str(chip.render()) for chip in flow.query_one(MomentBar).children]
        assert "1" in chips[0] and "ophalen" in chips[0]
        assert "anders" in chips[-1] and "0" in chips[-1]
        assert "positief" in str(flow.query_one(ToneBar).children[0].render())
        assert "niet bereikt" in shown(flow.query_one("#flags"))
        await pilot.press("1", "+", "enter")
        await settle(app, pilot)
        assert any(
            n.message == "Bewaard: + ophalen — Yılmaz (Elif, Emre)." for n in app._notifications
        )


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_usable_at_small_and_large_sizes(class_book, make_app, size):
    app = make_app(class_book)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        table = screen.query_one(FamilyTable)
        # The list, the search and both side panels are on the screen.
        for widget in (screen.query_one("#search"), table, screen.query_one(GreetList)):
            assert widget.region.width > 0 and widget.region.height > 0
            assert widget.region.right <= size[0] and widget.region.bottom <= size[1]
        assert table.region.height >= 8
        await pilot.press(*"oyen", "enter")
        dialog = app.screen.query_one("#log-dialog")
        assert dialog.region.right <= size[0] and dialog.region.bottom <= size[1]
        assert app.screen.query_one("#note").region.height > 0
        await pilot.press("2", "=", *"kort", "enter")
        await settle(app, pilot)
    newest = class_book.contacts_on(class_book.today())[0]
    assert (newest.moment, newest.tone, newest.note) == (Moment.DROPOFF, Tone.NEUTRAL, "kort")


async def test_the_flow_is_reusable_for_any_family_list(class_book, make_app):
    """The week screen pushes LogContactScreen itself: it returns a LogChoice."""
    app = make_app(class_book)
    results = []
    async with app.run_test(size=SIZE) as pilot:
        families = class_book.search("jong")
        app.push_screen(LogContactScreen(families), results.append)
        await pilot.pause()
        await pilot.press("8", "=", "enter")
        await pilot.pause()
    (choice,) = results
    assert (choice.moment, choice.tone, choice.reached) == (Moment.HOMEVISIT, Tone.NEUTRAL, True)


async def test_yesterday_does_not_show_as_today(class_book, make_app):
    yesterday = class_book.now() - timedelta(days=1)
    class_book.log(class_book.find_families("minh")[0].id, Moment.MESSAGE, at=yesterday)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Nguyễn" not in shown(app.screen.query_one(ContactList))


async def test_a_refresh_keeps_the_highlighted_family(class_book, make_app):
    """The app polls the file every 2 s: a CLI write must not move the cursor away."""
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "down", "down", "space")
        table = app.screen.query_one(FamilyTable)
        chosen = table.highlighted()
        class_book.log(class_book.find_families("elif")[0].id, Moment.PICKUP)
        app.reload_screen()
        await pilot.pause()
        assert table.highlighted() == chosen and len(table.marked) == 1


@pytest.mark.parametrize(("language", "word"), [("en", "interpreter"), ("nl", "tolk")])
async def test_greet_panel_says_when_an_interpreter_helps(class_book, make_app, language, word):
    from storage import Child

    class_book.add_family(
        Family.new(
            "Kaya", [Child("Yusuf", 4)], language="Turks", channel="WhatsApp", interpreter=True
        )
    )
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        greet = shown(app.screen.query_one(GreetList)).splitlines()
        at = greet.index(f"○ Kaya {'never' if language == 'en' else 'nooit'} · Yusuf")
        assert greet[at + 1].strip() == f"WhatsApp · Turks · {word}"
