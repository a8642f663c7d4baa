"""Families screen: add, edit, archive, forget, sort and filter — in the book and on screen.

Typing filters; the actions are on keys typing never produces (ctrl+n, ctrl+o, ctrl+r,
Delete, ctrl+s, ctrl+t, ctrl+g), and forget asks for the family's name.
"""

from __future__ import annotations

from datetime import date, timedelta

from textual.widgets import Checkbox, DataTable, Input, Static, TextArea
from tui_support import (
    fill,
    on_family,
    open_families,
    open_family_form,
    open_new_family_form,
    opened,
    put_cursor_on,
    settle,
)

from storage import Child, ContactBook, Family, Moment, Tone
from tui.screens.families import FamiliesScreen
from tui.screens.family_form import FamilyForm, parse_children
from tui.screens.forget import ForgetScreen
from tui.widgets.footer import Footer

SIZE = (100, 30)


def rows(screen: FamiliesScreen) -> list[str]:
    """The family column of each row, as shown."""
    table = screen.query_one("#families-table", DataTable)
    return [str(table.get_row_at(i)[1]) for i in range(table.row_count)]


def status(screen) -> str:
    return str(screen.query_one("#families-status", Static).content)


def test_children_line_reads_names_and_groups() -> None:
    assert parse_children("Minh 5, Lan 2") == (Child("Minh", 5), Child("Lan", 2))
    assert parse_children("Anne Marie (3); Bo groep 8") == (Child("Anne Marie", 3), Child("Bo", 8))
    assert parse_children("  ") == ()


async def test_add_a_family_with_two_children(book: ContactBook, make_app) -> None:
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_families(app, pilot)
        assert rows(screen) == []
        assert screen.check_action("edit", ()) is False  # nothing to edit: the key is hidden
        form = await opened(app, pilot, FamilyForm, key="ctrl+n")
        await fill(pilot, form, "name", "Nguyễn")
        await fill(pilot, form, "children", "Minh 5, Lan 2")
        await fill(pilot, form, "guardians", "Thi Lan Nguyễn")
        await fill(pilot, form, "language", "Vietnamees")
        await fill(pilot, form, "channel", "telefoon")
        await fill(pilot, form, "first-contact", "23-11-2026")
        form.query_one("#interpreter", Checkbox).value = True
        form.query_one("#tips", TextArea).text = "Oudste zus vertaalt."
        form.query_one("#first-contact", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)

        assert app.screen is screen
        (family,) = book.families()
        assert family.name == "Nguyễn"
        assert family.children == (Child("Minh", 5), Child("Lan", 2))
        assert family.guardians == ("Thi Lan Nguyễn",)
        assert family.language == "Vietnamees"
        assert family.channel == "telefoon"
        assert family.interpreter is True
        assert family.first_contact == date(2026, 11, 23)
        assert family.tips == "Oudste zus vertaalt."
        assert rows(screen) == ["Nguyễn"]
        table = screen.query_one("#families-table", DataTable)
        assert str(table.get_row_at(0)[2]) == "Minh (5), Lan (2)"


async def test_form_refuses_bad_input_and_stores_nothing(class_book: ContactBook, make_app):
    app = make_app(class_book)
    before = class_book.path.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        form = await open_new_family_form(app, pilot)
        error = form.query_one("#family-error", Static)
        await pilot.press("enter")
        assert isinstance(app.screen, FamilyForm)
        assert "name" in str(error.content)

        await fill(pilot, form, "name", "Kaya")
        await fill(pilot, form, "children", "Yusuf 9")
        await pilot.press("enter")
        assert "1 to 8" in str(error.content)
        assert form.focused is form.query_one("#children")

        await fill(pilot, form, "children", "Yusuf")
        await pilot.press("enter")
        assert "Yusuf 5" not in str(error.content) and "no group" in str(error.content)

        await fill(pilot, form, "children", "Yusuf 4")
        await fill(pilot, form, "first-contact", "26-11-2026")  # tomorrow
        await pilot.press("enter")
        assert "future" in str(error.content)

        await fill(pilot, form, "first-contact", "31-02-2026")
        await pilot.press("enter")
        assert "no such day" in str(error.content)

        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, FamilyForm)
    assert class_book.path.read_bytes() == before


async def test_edit_a_family(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        form = await open_family_form(app, pilot, "Yılmaz")
        screen = app.screen_stack[-2]
        assert isinstance(screen, FamiliesScreen)
        assert form.query_one("#children", Input).value == "Elif 5, Emre 2"
        await fill(pilot, form, "children", "Elif 6, Emre 3")
        await fill(pilot, form, "channel", "telefoon")
        await pilot.press("ctrl+s")
        await settle(app, pilot)

        (yilmaz,) = [f for f in class_book.families() if f.name == "Yılmaz"]
        assert yilmaz.children == (Child("Elif", 6), Child("Emre", 3))
        assert yilmaz.channel == "telefoon"
        assert yilmaz.language == "Turks"  # untouched fields stay
        assert yilmaz.guardians == ("Ayşe Yılmaz",)
        table = screen.query_one("#families-table", DataTable)
        assert str(table.get_row_at(rows(screen).index("Yılmaz"))[2]) == "Elif (6), Emre (3)"


async def test_escape_in_the_form_changes_nothing(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book)
    before = class_book.path.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        screen = await on_family(app, pilot, "Øyen")
        await pilot.press("enter")  # Enter on a row edits it, like ctrl+o
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FamilyForm)
        await fill(pilot, form, "name", "Oyen-Berg")
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is screen
    assert class_book.path.read_bytes() == before


async def test_archive_and_unarchive(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await on_family(app, pilot, "Øyen")
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        (oyen,) = [f for f in class_book.families(include_archived=True) if f.name == "Øyen"]
        assert oyen.active is False
        assert "Øyen" not in rows(screen)
        assert "1 archived hidden" in status(screen)

        await pilot.press("ctrl+g")
        await pilot.pause()
        assert rows(screen)[-1] == "Øyen (archived)"  # dimmed, at the bottom
        await put_cursor_on(screen, pilot, "Øyen (archived)")
        await pilot.pause()
        assert footer_says(screen, "ctrl+r") == "Unarchive"
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert class_book.family(oyen.id).active is True
        assert "Øyen" in rows(screen)
        # The cursor stayed on Øyen: ctrl+z takes the unarchive back and says so.
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert class_book.family(oyen.id).active is False
        assert any("Undone: unarchiving family Øyen" in n.message for n in app._notifications)


async def test_forget_names_what_goes_and_cancel_keeps_it(class_book: ContactBook, make_app):
    family_id = next(f.id for f in class_book.families() if f.name == "Yılmaz")
    for hours in range(1, 12):
        class_book.log(
            family_id, Moment.DROPOFF, Tone.POSITIVE, at=class_book.now() - timedelta(hours=hours)
        )
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        screen = await on_family(app, pilot, "Yılmaz")
        await pilot.press("delete")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ForgetScreen)
        message = str(dialog.query_one("#forget-message", Static).content)
        assert message.startswith(
            "Gezin Yılmaz (Elif, Emre) en 12 contacten worden definitief gewist"
        )
        await pilot.press("enter", "j", "enter", "escape")  # empty, wrong, then kept
        await settle(app, pilot)
        assert app.screen is screen
        assert len(class_book.contacts(family_id=family_id)) == 12
        assert "Yılmaz" in rows(screen)

        await put_cursor_on(screen, pilot, "Yılmaz")
        await pilot.press("delete", *"yilmaz", "enter")  # folded, as the CLI asks
        await settle(app, pilot)
        assert all(f.name != "Yılmaz" for f in class_book.families(include_archived=True))
        assert class_book.contacts(family_id=family_id) == []
        assert "Yılmaz" not in rows(screen)
    raw = class_book.path.read_text(encoding="utf-8")
    assert "Elif" not in raw and "Emre" not in raw


def footer_says(screen, key: str) -> str:
    """The description the footer shows beside `key` (public attributes of its keys)."""
    footer = screen.query_one(Footer)
    [said] = [w.description for w in footer.query("*") if getattr(w, "key", None) == key]
    return said


async def test_sorting_changes_the_first_row(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_families(app, pilot)
        table = screen.query_one("#families-table", DataTable)
        assert rows(screen)[0] == "van der Berg"  # by name: filed under B
        assert "Family ▲" in [str(c.label) for c in table.columns.values()]

        await pilot.press("ctrl+s")  # children: the youngest group first (Emre, groep 2)
        assert rows(screen)[0] == "Yılmaz"
        await pilot.press("ctrl+s")  # last contact: never first (de Jong with Noor, Nguyễn)
        assert rows(screen)[:2] == ["de Jong", "Nguyễn"]
        assert str(table.get_row_at(0)[2]) == "Noor (4)"
        await pilot.press("ctrl+t")  # reversed: the most recent contact first
        assert rows(screen)[0] == "Yılmaz"
        assert "Last contact ▼" in [str(c.label) for c in table.columns.values()]


async def test_filter_with_folding_and_escape_steps_back(class_book: ContactBook, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_families(app, pilot)
        await pilot.press(*"oyen")  # typing filters at once
        await pilot.pause()
        assert rows(screen) == ["Øyen"]
        await pilot.press("enter")  # to the list, the filter stays
        assert rows(screen) == ["Øyen"]
        assert screen.focused is screen.query_one("#families-table")
        await pilot.press("escape")  # back to the search
        await pilot.press("escape")  # clears the filter
        assert len(rows(screen)) == 7
        await pilot.press("escape")  # nothing left to step back from: the today screen
        await pilot.pause()
        assert app.current_mode == "today"


async def test_palette_offers_the_screens_actions(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_families(app, pilot)
        titles = [command.title for command in app.get_system_commands(screen)]
        for title in ("Nieuw", "Wijzigen", "Archiveren", "Vergeten", "Sorteren"):
            assert title in titles


async def test_a_click_on_a_header_sorts_and_a_second_turns_it_round(
    class_book: ContactBook, make_app
) -> None:
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_families(app, pilot)
        table = screen.query_one("#families-table", DataTable)
        columns = list(table.columns.values())
        index = [c.key.value for c in columns].index("month")
        x = sum(c.get_render_width(table) for c in columns[:index]) + 2
        await pilot.click("#families-table", offset=(x, 0))
        await pilot.pause()
        assert screen.sort_column == "month" and not screen.reverse_order
        assert rows(screen)[:2] == ["de Jong", "Nguyễn"]  # no contact this month yet
        assert str(table.get_row_at(0)[2]) == "Noor (4)"
        await pilot.click("#families-table", offset=(x, 0))
        await pilot.pause()
        assert screen.reverse_order
        # Two contacts this month, like van der Berg; reversed, Jong comes before Berg.
        assert rows(screen)[0] == "de Jong"


async def test_names_and_searches_with_brackets_are_text(book: ContactBook, make_app) -> None:
    """A name like `[bold]Kaya` is shown as typed: not read as markup, never a crash."""
    family = book.add_family(Family.new("[bold]Kaya", [Child("Yusuf [4]", 4)]))
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_families(app, pilot)
        assert rows(screen) == ["[bold]Kaya"]
        await pilot.press("ctrl+r")  # the confirmation names the family
        await settle(app, pilot)
        assert book.family(family.id).active is False
        assert any("[bold]Kaya" in n.message for n in app._notifications)
        await pilot.press(*"[/x")
        await pilot.pause()
        assert "[/x" in status(screen)


async def test_the_cursor_stays_on_its_family_when_the_order_or_view_changes(
    class_book: ContactBook, make_app
) -> None:
    """After a sort or showing the archive, ctrl+r archives the family that was highlighted."""
    class_book.set_active(class_book.find_families("nguyen")[0].id, False)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await on_family(app, pilot, "Øyen")
        for key in ("ctrl+s", "ctrl+t", "ctrl+g", "ctrl+s", "ctrl+g"):
            await pilot.press(key)
            await pilot.pause()
            assert screen.highlighted().name == "Øyen", key
        await pilot.press("ctrl+r")
        await settle(app, pilot)
    assert [f.name for f in class_book.families(include_archived=True) if not f.active] == [
        "Nguyễn",
        "Øyen",
    ]


async def test_the_view_follows_its_reactives(class_book: ContactBook, make_app) -> None:
    """Sort column, order and archive view are reactives: setting one refills the table."""
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_families(app, pilot)
        await put_cursor_on(screen, pilot, "Øyen")
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        table = screen.query_one("#families-table", DataTable)
        assert "Øyen" not in rows(screen)
        screen.show_archived = True
        await pilot.pause()
        assert rows(screen)[-1].startswith("Øyen")  # archived families come last
        screen.sort_column = "children"
        await pilot.pause()
        assert str(table.columns["children"].label).endswith("▲")
        assert not str(table.columns["family"].label).endswith(("▲", "▼"))
        screen.reverse_order = True
        await pilot.pause()
        assert str(table.columns["children"].label).endswith("▼")
        await pilot.press("ctrl+s")  # the next column starts in its first order again
        await pilot.pause()
        assert (screen.sort_column, screen.reverse_order) == ("last_contact", False)
        assert str(table.columns["last_contact"].label).endswith("▲")
