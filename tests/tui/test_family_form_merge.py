"""An open family form never overwrites what was saved elsewhere meanwhile.

The form sends only the fields the teacher changed, merged inside the lock with the
family as it is now; a field changed on both sides opens a dialog: back to the form,
keep what is stored, or save mine over it.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input, Static
from tui_support import notes, open_family_form, settle

from storage import Child, ContactBook
from tui.cli import main
from tui.screens.conflict import ConflictScreen
from tui.screens.family_form import FamilyForm

SIZE = (100, 30)


async def retype(pilot, form: FamilyForm, field: str, text: str) -> None:
    box = form.query_one(f"#{field}", Input)
    box.focus()
    box.value = ""
    await pilot.press(*text)


async def test_a_child_imported_while_the_form_is_open_stays(
    class_book: ContactBook, make_app, tmp_path: Path, capsys
) -> None:
    nguyen = class_book.find_families("nguyen")[0]
    csv = tmp_path / "klas.csv"
    csv.write_text("gezin;kind;groep\nNguyễn;Minh;5\nNguyễn;Lan;2\n", encoding="utf-8-sig")
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_family_form(app, pilot, "Nguyễn")
        assert main(["import", str(csv), "--data", str(class_book.path)]) == 0
        assert Child("Lan", 2) in class_book.family(nguyen.id).children
        await retype(pilot, form, "language", "Vietnamees en Nederlands")
        await pilot.press("enter")
        await settle(app, pilot)
    stored = class_book.family(nguyen.id)
    assert stored.language == "Vietnamees en Nederlands"
    assert Child("Lan", 2) in stored.children  # the import's child is still there


async def test_a_first_contact_logged_while_the_form_is_open_stays(
    class_book: ContactBook, make_app, capsys
) -> None:
    nguyen = class_book.find_families("nguyen")[0]
    assert nguyen.first_contact is None
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_family_form(app, pilot, "Nguyễn")
        assert main(["log", "nguyen", "pickup", "--data", str(class_book.path)]) == 0
        await retype(pilot, form, "channel", "WhatsApp")
        await pilot.press("enter")
        await settle(app, pilot)
    stored = class_book.family(nguyen.id)
    assert stored.channel == "WhatsApp"
    assert stored.first_contact is not None  # not set back to null by the form


async def test_a_field_changed_on_both_sides_asks_and_each_choice_holds(
    class_book: ContactBook, make_app
) -> None:
    berg = class_book.find_families("berg")[0]
    outside = ContactBook(class_book.path, clock=class_book._clock)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        # 1. Keep what is stored: the other change made in the form is still saved.
        form = await open_family_form(app, pilot, "van der Berg")
        outside.change_family(berg.id, {"channel": "telefoon"})
        await retype(pilot, form, "channel", "WhatsApp")
        await retype(pilot, form, "language", "Fries")
        await pilot.press("enter")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen)
        message = str(dialog.query_one("#conflict-message", Static).content)
        assert "Preferred channel" in message and "WhatsApp" in message and "telefoon" in message
        assert dialog.focused is dialog.query_one("#conflict-form", Button)
        await pilot.click("#conflict-theirs")
        await settle(app, pilot)
        stored = class_book.family(berg.id)
        assert (stored.channel, stored.language) == ("telefoon", "Fries")

        # 2. Enter alone goes back to the form (nothing saved); then save mine over it.
        form = await open_family_form(app, pilot, "van der Berg")
        outside.change_family(berg.id, {"channel": "brief"})
        await retype(pilot, form, "channel", "e-mail")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        form = app.screen
        assert isinstance(form, FamilyForm)
        assert form.query_one("#channel", Input).value == "e-mail"
        assert class_book.family(berg.id).channel == "brief"
        form.query_one("#name", Input).focus()
        await pilot.press("enter")  # judged against the family as it is now: no conflict
        await settle(app, pilot)
        assert class_book.family(berg.id).channel == "e-mail"
        assert any("saved" in n for n in notes(app))

        # 3. Undo says what it undid and takes the edit back.
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert class_book.family(berg.id).channel == "brief"
        assert "Undone: the change to family van der Berg." in notes(app)
