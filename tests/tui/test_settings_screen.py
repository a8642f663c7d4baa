"""The settings screen: the positive window and the school's holidays change the week at once."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, Input, Static
from tui_support import fill, open_settings, settle

from storage import ContactBook
from tui.screens.settings import SettingsScreen, read_day
from tui.screens.week import WeekScreen


def week_rows(app) -> list[str]:
    screen = app.screen
    assert isinstance(screen, WeekScreen)
    table = screen.query_one("#week-families", DataTable)
    return [table.get_row(key)[1] for key in table.rows]


async def enter(app, pilot, screen: SettingsScreen, **typed: str) -> None:
    """Each `holiday_from="…"` typed into its field `#holiday-from`; Enter; the write done."""
    for field, text in typed.items():
        await fill(pilot, screen, field.replace("_", "-"), text)
    await pilot.press("enter")
    await settle(app, pilot)


def holiday_rows(screen: SettingsScreen) -> list[tuple]:
    table = screen.query_one("#holidays", DataTable)
    return [tuple(table.get_row(key)) for key in table.rows]


async def test_a_longer_window_shortens_the_week_list_at_once(class_book, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        assert len(week_rows(app)) == 5
        screen = await open_settings(app, pilot)
        assert screen.query_one("#window", Input).value == "10"
        await enter(app, pilot, screen, window="30")
        assert class_book.settings().positive_window_school_days == 30
        await pilot.press("f5")
        await pilot.pause()
        # Öztürk (20 d), van der Berg (15 d) and de Jong Lucas (30 d) are within 30 school days.
        assert sorted(week_rows(app)) == ["Nguyễn", "de Jong (Noor)"]
        assert "window: 30 school days" in str(app.screen.query_one("#week-head").render())


async def test_a_window_out_of_range_is_refused_and_nothing_changes(class_book, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_settings(app, pilot)
        for typed in ("0", "500", ""):
            await enter(app, pilot, screen, window=typed)
            assert class_book.settings().positive_window_school_days == 10


async def test_add_a_holiday_and_the_week_is_not_all_red_after_it(class_book, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        assert "Öztürk" in week_rows(app)
        screen = await open_settings(app, pilot)
        assert not holiday_rows(screen)
        assert screen.query_one("#holidays-none", Static).display
        await pilot.press("ctrl+n")
        assert screen.query_one("#holiday-from", Input).has_focus
        await pilot.press(*"9-11-2026")
        await pilot.press("tab", *"2026-11-20", "tab", *"Studieweken", "enter")
        await settle(app, pilot)
        [holiday] = class_book.holidays()
        assert (holiday.start, holiday.end, holiday.name) == (
            date(2026, 11, 9),
            date(2026, 11, 20),
            "Studieweken",
        )
        assert holiday_rows(screen) == [("Mon 9 Nov 2026", "Fri 20 Nov 2026", "Studieweken", "12")]
        assert not screen.query_one("#holidays-none", Static).display
        assert screen.query_one("#holiday-from", Input).value == ""
        await pilot.press("f5")
        await pilot.pause()
        # Ten school days now reach back to Thu 29 Oct: Öztürk (5 Nov) and van der Berg
        # (10 Nov) are fine; de Jong Lucas (26 Oct) still needs a positive contact.
        shown = week_rows(app)
        assert sorted(shown[:2]) == ["Nguyễn", "de Jong (Noor)"]  # never met first
        assert shown[2:] == ["de Jong (Lucas)"]


async def test_a_single_study_day_and_a_bad_date(class_book, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_settings(app, pilot)
        await enter(app, pilot, screen, holiday_from="31-02-2026")
        assert class_book.holidays() == []
        assert screen.query_one("#holiday-from", Input).value == "31-02-2026"  # kept to fix
        await enter(
            app, pilot, screen, holiday_from="30/11/2026", holiday_name="Studiedag Øyen-team"
        )
        [day] = class_book.holidays()
        assert day.start == day.end == date(2026, 11, 30)
        assert day.name == "Studiedag Øyen-team"


async def test_end_before_start_is_refused(class_book, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_settings(app, pilot)
        await enter(app, pilot, screen, holiday_from="23-10-2026", holiday_to="19-10-2026")
        assert class_book.holidays() == []


async def test_remove_a_holiday_from_the_list(class_book, make_app) -> None:
    class_book.add_holiday(date(2026, 10, 19), date(2026, 10, 23), "Herfstvakantie")
    class_book.add_holiday(date(2026, 12, 21), date(2027, 1, 1), "Kerstvakantie")
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_settings(app, pilot)
        assert [row[2] for row in holiday_rows(screen)] == ["Herfstvakantie", "Kerstvakantie"]
        table = screen.query_one("#holidays", DataTable)
        table.focus()
        await pilot.press("down", "delete")
        await settle(app, pilot)
        assert len(class_book.holidays()) == 2  # Delete asks first; Escape keeps it
        await pilot.press("escape", "delete")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert [h.name for h in class_book.holidays()] == ["Herfstvakantie"]
        assert [row[2] for row in holiday_rows(screen)] == ["Herfstvakantie"]


async def test_settings_in_dutch_and_changes_by_another_process(class_book, make_app) -> None:
    app = make_app(class_book, language="nl")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_settings(app, pilot)
        # The CLI (`schoolyard holiday add`) writes the same file; reload shows it.
        other = ContactBook(class_book.path, clock=class_book.now)
        other.add_holiday(date(2026, 12, 21), date(2027, 1, 1), "Kerstvakantie")
        app.reload_screen()
        await pilot.pause()
        assert holiday_rows(screen) == [("ma 21 dec 2026", "vr 1 jan 2027", "Kerstvakantie", "12")]
        titles = [c.title for c in screen.palette_commands()]
        assert titles == ["Venster", "Vakantie toevoegen", "Jaar afsluiten", "Collega"]


def test_read_day_takes_dutch_and_iso_dates() -> None:
    today = date(2026, 11, 25)
    assert read_day("19-10-2026", today) == date(2026, 10, 19)
    assert read_day("2026-10-19", today) == date(2026, 10, 19)
    assert read_day("19.10.2026", today) == date(2026, 10, 19)
    assert read_day("19 okt", today) == date(2026, 10, 19)  # free forms: issue 8
    for bad in ("19 okt 20266", "31-02-2026", "morgenochtend"):
        try:
            read_day(bad, today)
        except ValueError as exc:
            assert str(exc)  # a sentence for the teacher
        else:
            raise AssertionError(bad)


async def test_a_holiday_that_is_there_already_is_refused_as_in_the_cli(
    class_book, make_app
) -> None:
    """Issue 9 item 11: one rule in storage; the app says the same sentence as the CLI."""
    class_book.add_holiday(date(2026, 12, 21), date(2027, 1, 1), "Kerstvakantie")
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_settings(app, pilot)
        await enter(app, pilot, screen, holiday_from="21-12-2026", holiday_to="1-1-2027")
        assert len(class_book.holidays()) == 1
        assert any("there already" in n.message for n in app._notifications)
