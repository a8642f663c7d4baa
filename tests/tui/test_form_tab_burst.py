"""Tab in a fast burst moves to the next field before the next letter is handed out.

The app gives every key to the widget focused when it handles the key; a Tab still
waiting in the name field's queue used to leave the next letters in the name field.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input
from tui_support import key_event, open_new_family_form

from storage import ContactBook
from tui.screens.family_form import FamilyForm

SIZE = (100, 30)


def keys_of(*parts: str) -> list[str]:
    keys: list[str] = []
    for part in parts:
        keys += [part] if part in ("tab", "shift+tab") else list(part)
    return keys


def field(form: FamilyForm, name: str) -> str:
    return form.query_one(f"#{name}", Input).value


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_tab_in_a_burst_puts_each_text_in_its_field(
    class_book: ContactBook, make_app, language
) -> None:
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_new_family_form(app, pilot)
        for key in keys_of("Kaya", "tab", "Yusuf 4, Ela 2", "tab", "Ayla Kaya"):
            app.post_message(key_event(key))
        await pilot.pause()
        await pilot.pause()
        assert field(form, "name") == "Kaya"
        assert field(form, "children") == "Yusuf 4, Ela 2"
        assert field(form, "guardians") == "Ayla Kaya"


@pytest.mark.parametrize("slow", [False, True])
async def test_tab_and_shift_tab_slowly_and_pressed(class_book: ContactBook, make_app, slow):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_new_family_form(app, pilot)
        keys = keys_of("Kaya", "tab", "Yusuf 4", "shift+tab")
        if slow:
            for key in keys:
                await pilot.press(key)
                await pilot.pause(0.05)
        else:
            await pilot.press(*keys)
        await pilot.pause()
        assert (field(form, "name"), field(form, "children")) == ("Kaya", "Yusuf 4")
        assert form.focused is form.query_one("#name", Input)
