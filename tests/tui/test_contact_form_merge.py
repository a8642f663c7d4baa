"""An open contact form never overwrites what was saved elsewhere meanwhile.

The History form (ctrl+o) sends only the fields the teacher changed, merged inside the
lock with the contact as it is now; a field changed on both sides opens the conflict
dialog: back to the form, keep what is stored, or save mine over it.
"""

from __future__ import annotations

from textual.widgets import Button, Checkbox, Input, Select, Static
from tui_support import notes, open_contact_form, settle

from storage import ContactBook, Tone
from tui.screens.conflict import ConflictScreen
from tui.screens.contact_form import ContactForm

SIZE = (100, 30)


async def open_form(app, pilot) -> ContactForm:
    """The form of the newest contact: Yılmaz, today, note `Elif trots op tekening`."""
    form = await open_contact_form(app, pilot)
    assert form.contact.note.startswith("Elif trots op tekening")
    return form


def outside(book: ContactBook) -> ContactBook:
    """The same data file, written by another process (the shell, a second window)."""
    return ContactBook(book.path, clock=book._clock)


async def save_against(app, pilot, other, contact_id: int, theirs: str, mine: str) -> None:
    """Edit the note to `mine` while `other` stores `theirs`: the conflict dialog asks."""
    await pilot.press("ctrl+o")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, ContactForm)
    other.change_contact(contact_id, {"note": theirs})
    form.query_one("#note", Input).value = mine
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, ConflictScreen)


async def test_a_note_changed_elsewhere_stays_when_the_form_saves_another_field(
    class_book: ContactBook, make_app
) -> None:
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(app, pilot)
        contact = form.contact
        outside(class_book).change_contact(contact.id, {"note": "Elif trots, ook op de gym"})
        form.query_one("#tone", Select).value = Tone.NEUTRAL.value
        form.query_one("#follow-up", Checkbox).value = True
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, (ContactForm, ConflictScreen))
        assert "Contact with Yılmaz changed." in notes(app)
    stored = class_book.contact(contact.id)
    assert (stored.tone, stored.follow_up) == (Tone.NEUTRAL, True)
    assert stored.note == "Elif trots, ook op de gym"  # not set back by the form


async def test_the_same_field_on_both_sides_asks_and_each_choice_holds(
    class_book: ContactBook, make_app
) -> None:
    other = outside(class_book)
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        # 1. Keep what is stored: the other change made in the form is still saved.
        form = await open_form(app, pilot)
        contact_id = form.contact.id
        other.change_contact(contact_id, {"note": "van de shell"})
        form.query_one("#note", Input).value = "uit het formulier"
        form.query_one("#follow-up", Checkbox).value = True
        await pilot.press("enter")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen)
        message = str(dialog.query_one("#conflict-message", Static).content)
        assert "the contact with Yılmaz" in message
        assert "Note: yours ‘uit het formulier’, stored now ‘van de shell’" in message
        assert "Follow up" not in message  # only the field changed on both sides
        assert dialog.focused is dialog.query_one("#conflict-form", Button)
        await pilot.click("#conflict-theirs")
        await settle(app, pilot)
        stored = class_book.contact(contact_id)
        assert (stored.note, stored.follow_up) == ("van de shell", True)
        assert "Contact with Yılmaz: kept the stored values of Note." in notes(app)

        # 2. Enter alone goes back to the form (nothing saved); saving then keeps mine.
        await save_against(app, pilot, other, contact_id, "weer van de shell", "mijn notitie")
        await pilot.press("enter")
        await settle(app, pilot)
        form = app.screen
        assert isinstance(form, ContactForm)
        assert form.query_one("#note", Input).value == "mijn notitie"
        assert class_book.contact(contact_id).note == "weer van de shell"
        await pilot.press("enter")  # judged against the contact as it is now: no conflict
        await settle(app, pilot)
        assert class_book.contact(contact_id).note == "mijn notitie"

        # 3. Save mine over it.
        await save_against(app, pilot, other, contact_id, "nog eens van de shell", "toch de mijne")
        await pilot.click("#conflict-mine")
        await settle(app, pilot)
        assert class_book.contact(contact_id).note == "toch de mijne"

        # 4. Undo says what it undid and takes the edit back.
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert class_book.contact(contact_id).note == "nog eens van de shell"
        assert "Undone: change to the contact with Yılmaz." in notes(app)


async def test_an_attempt_has_no_tone_in_the_form_either(class_book: ContactBook, make_app) -> None:
    """Issue 9 item 4, in the History form: unticking *reached* stores the contact as an
    attempt with tone =, and the tone field is closed until *reached* is ticked again."""
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(app, pilot)
        contact = form.contact
        assert contact.reached and contact.tone is Tone.POSITIVE
        tone = form.query_one("#tone", Select)
        assert not tone.disabled
        form.query_one("#reached", Checkbox).value = False
        await pilot.pause()
        assert tone.disabled and tone.value == Tone.NEUTRAL.value
        form.query_one("#reached", Checkbox).value = True
        await pilot.pause()
        assert not tone.disabled
        form.query_one("#reached", Checkbox).value = False
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, ContactForm)
        stored = class_book.contact(contact.id)
        assert (stored.reached, stored.tone) == (False, Tone.NEUTRAL)
        await pilot.press("ctrl+o")  # the attempt opened again: its tone cannot be chosen
        await pilot.pause()
        assert app.screen.query_one("#tone", Select).disabled
