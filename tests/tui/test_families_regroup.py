"""Families: merge two (ctrl+b twice, asks), split one (ctrl+y, Space, Enter, asks), and
the family form warns before a family added by hand is there twice (`similar_families`)."""

from __future__ import annotations

from test_families_screen import rows
from textual.widgets import DataTable, SelectionList
from tui_support import asked, fill, notes, open_families, open_new_family_form, settle

from storage import Moment, Tone
from tui.screens.families import FamiliesScreen
from tui.screens.family_form import FamilyForm
from tui.screens.regroup import SimilarScreen, SplitScreen

SIZE = (100, 30)


async def cursor_on(screen: FamiliesScreen, pilot, family_id: int) -> None:
    table = screen.query_one("#families-table", DataTable)
    table.focus()
    table.move_cursor(row=table.get_row_index(str(family_id)), animate=False)
    await pilot.pause()


async def families_on(app, pilot, family_id: int) -> FamiliesScreen:
    """The Families screen with the cursor on family `family_id`."""
    screen = await open_families(app, pilot)
    await cursor_on(screen, pilot, family_id)
    return screen


def by_label(book) -> dict[str, int]:
    return {f"{f.name} ({f.child_names})": f.id for f in book.families()}


async def warned_on_adding(app, pilot, name: str, children: str) -> SimilarScreen:
    """A family added by hand on the Families screen (ctrl+n, ctrl+s), warned as there."""
    form = await open_new_family_form(app, pilot)
    await fill(pilot, form, "name", name)
    await fill(pilot, form, "children", children)
    await pilot.press("ctrl+s")
    await settle(app, pilot)
    assert isinstance(app.screen, SimilarScreen)
    return app.screen


async def test_a_family_added_twice_is_warned_and_can_open_the_one_there(class_book, make_app):
    before = len(class_book.families())
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        warning = await warned_on_adding(app, pilot, "ozturk", "Mila 5")
        assert "Öztürk (Mila, Sara)" in warning.query_one("#similar-message").content
        await pilot.press("escape")  # back to the form, with what was typed
        await settle(app, pilot)
        assert isinstance(app.screen, FamilyForm)
        assert app.screen.query_one("#name").value == "ozturk"
        assert len(class_book.families()) == before
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        await pilot.press("o")  # open the family that is there
        await settle(app, pilot)
        assert isinstance(app.screen, FamilyForm)
        assert app.screen.query_one("#name").value == "Öztürk"
        assert len(class_book.families()) == before


async def test_add_anyway_adds(class_book, make_app):
    before = len(class_book.families())
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await warned_on_adding(app, pilot, "Öztürk", "Deniz 1")
        await pilot.press("a")
        await settle(app, pilot)
        assert isinstance(app.screen, FamiliesScreen)
        assert len(class_book.families()) == before + 1


async def test_merge_asks_first_and_moves_the_contacts(class_book, make_app):
    ids = by_label(class_book)
    lucas, noor = ids["de Jong (Lucas)"], ids["de Jong (Noor)"]
    lucas_contacts = len(class_book.contacts(family_id=lucas))
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await families_on(app, pilot, lucas)
        await pilot.press("ctrl+b")
        await cursor_on(screen, pilot, noor)
        assert "de Jong (Lucas)" in (await asked(app, pilot, "ctrl+b")).message
        await pilot.press("n")
        await settle(app, pilot)
        assert len(by_label(class_book)) == 7
        await pilot.press("ctrl+b")  # on Noor: the first pick again
        await cursor_on(screen, pilot, lucas)
        await pilot.press("ctrl+b")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        kept = class_book.family(lucas)
        assert {c.name for c in kept.children} == {"Lucas", "Noor"}
        assert noor not in {f.id for f in class_book.families()}
        assert len(class_book.contacts(family_id=lucas)) >= lucas_contacts
        assert any("joined" in n for n in notes(app))


async def test_split_asks_first_and_makes_a_new_family(class_book, make_app):
    oz = by_label(class_book)["Öztürk (Mila, Sara)"]
    class_book.log(oz, Moment.PICKUP, Tone.POSITIVE)
    contacts = len(class_book.contacts(family_id=oz))
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        screen = await families_on(app, pilot, oz)
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert isinstance(app.screen, SplitScreen)
        await pilot.press("enter")  # nothing picked: says so
        await settle(app, pilot)
        assert isinstance(app.screen, SplitScreen)
        app.screen.query_one(SelectionList).focus()
        await pilot.press("down", "space")  # Sara
        assert "Sara" in (await asked(app, pilot, "enter")).message
        await pilot.press("y")
        await settle(app, pilot)
        labels = by_label(class_book)
        assert "Öztürk (Mila)" in labels and "Öztürk (Sara)" in labels
        assert len(class_book.contacts(family_id=labels["Öztürk (Mila)"])) == contacts
        assert rows(screen).count("Öztürk") == 2
