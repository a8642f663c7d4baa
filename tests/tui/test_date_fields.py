"""The app's date fields: the contact edit, a family's first contact, holidays, History's days.

Absurd dates (year 1, 1900, 9999) are refused in the form with a sentence, never a crash;
Dutch free forms (`ma 8.15`, `24 nov`, `vorige week dinsdag`) are read. The clock is NOW.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from classbook import CET
from textual.widgets import DataTable, Input, Select, Static
from tui_support import (
    open_contact_form,
    open_family_form,
    open_history,
    open_settings,
    settle,
    shown,
    type_into,
)

from storage import ContactBook
from tui.screens.contact_form import ContactForm
from tui.screens.family_form import FamilyForm

SIZE = (100, 30)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("01-01-0001", "more than two years ago"),
        ("0001-01-01 00:00", "more than two years ago"),
        ("1-1-1900 8:00", "more than two years ago"),
        ("31-12-9999 23:59", "in the future"),
        ("9999-12-31T23:59-14:00", "in the future"),
    ],
)
async def test_contact_edit_refuses_absurd_dates_in_its_form(
    class_book: ContactBook, make_app, typed: str, says: str
) -> None:
    """Finding 12: `0001-01-01` in the contact edit was a traceback."""
    before = class_book.path.read_bytes()
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_contact_form(app, pilot)
        form.query_one("#when", Input).value = typed
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.screen is form  # still open, with the reason
        assert says in shown(form.query_one("#contact-error", Static))
        assert form.focused is form.query_one("#when", Input)
        await pilot.press("escape")
        await settle(app, pilot)
    assert class_book.path.read_bytes() == before


async def test_contact_edit_takes_a_dutch_free_form(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        form = await open_contact_form(app, pilot)
        contact = form.contact
        await type_into(pilot, form.query_one("#when", Input), "ma 8.15")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert not isinstance(app.screen, ContactForm)
    assert class_book.contact(contact.id).at == datetime(2026, 11, 23, 8, 15, tzinfo=CET)


async def test_first_contact_refuses_1900_and_reads_24_nov(
    class_book: ContactBook, make_app
) -> None:
    """Finding 12: 1900-01-01 became a family's first contact."""
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_family_form(app, pilot, "Nguyễn")
        error = form.query_one("#family-error", Static)
        for typed in ("01-01-1900", "0001-01-01"):
            form.query_one("#first-contact", Input).value = typed
            await pilot.press("ctrl+s")
            await settle(app, pilot)
            assert app.screen is form
            assert "more than two years ago" in shown(error)
            assert "2024-11-25" in shown(error)
        nguyen = next(f for f in class_book.families() if f.name == "Nguyễn")
        assert nguyen.first_contact is None
        await type_into(pilot, form.query_one("#first-contact", Input), "24 nov")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert not isinstance(app.screen, FamilyForm)
    assert class_book.family(nguyen.id).first_contact == date(2026, 11, 24)


async def test_an_old_stored_first_contact_does_not_block_an_edit(
    class_book: ContactBook, make_app
) -> None:
    """A kennismaking three years back, stored earlier, stays when other fields change."""
    old = date(2023, 9, 4)
    nguyen = next(f for f in class_book.families() if f.name == "Nguyễn")
    class_book.update_family(replace(nguyen, first_contact=old))
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_family_form(app, pilot, "Nguyễn")
        form.query_one("#channel", Input).value = "telefoon"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert not isinstance(app.screen, FamilyForm)
    stored = class_book.family(nguyen.id)
    assert (stored.first_contact, stored.channel) == (old, "telefoon")


async def test_holidays_take_dutch_month_names(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_settings(app, pilot)
        await type_into(pilot, screen.query_one("#holiday-from", Input), "19 dec")
        await type_into(pilot, screen.query_one("#holiday-to", Input), "3 jan 2027")
        await type_into(pilot, screen.query_one("#holiday-name", Input), "Kerstvakantie")
        await pilot.press("enter")
        await settle(app, pilot)
    [holiday] = class_book.holidays()
    assert (holiday.start, holiday.end) == (date(2026, 12, 19), date(2027, 1, 3))


async def test_history_days_take_free_forms(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_history(app, pilot)
        screen.query_one("#history-period", Select).value = "range"
        await pilot.pause()
        screen.query_one("#history-from", Input).value = "vorige week dinsdag"
        screen.query_one("#history-to", Input).value = "ma"
        await pilot.pause()
        await settle(app, pilot)
        table = screen.query_one("#history-table", DataTable)
        days = [str(table.get_row_at(i)[0]).strip() for i in range(table.row_count)]
        assert days == ["ma 23 nov 08:25", "zo 22 nov 12:00", "di 17 nov 16:00"]
