"""The first run: an empty book opens on the welcome; both ways in lead to the main screen."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Input
from tui_support import notes, opened, settle, shown

from storage import Child, Family, Moment, Tone
from tui.screens.family_form import FamilyForm
from tui.screens.today import TodayScreen
from tui.screens.welcome import WelcomeScreen
from tui.widgets.family_picker import FamilyTable

SIZE = (100, 30)
SHARED_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"  # copies of shared/fixtures


async def import_from(app, pilot, path) -> None:
    """ctrl+o on the welcome screen, the class list's path typed, Enter, and the import done."""
    await pilot.pause()
    await pilot.press("ctrl+o")
    app.screen.query_one("#classlist-path", Input).value = path
    await pilot.press("enter")
    await settle(app, pilot)


async def test_an_empty_book_opens_on_a_kind_welcome(book, make_app):
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot, WelcomeScreen)
        assert str(screen.query_one("#welcome-title").content) == "Welcome to Schoolyard"
        assert "Import a class list" in str(screen.query_one("#import-button").label)
        assert "Add a family by hand" in str(screen.query_one("#add-button").label)
        # The import part opens with `i`: the CSV format and a path prompt.
        await pilot.press("ctrl+o")
        assert not screen.query_one("#welcome-import").has_class("-hidden")
        assert screen.query_one("#classlist-path", Input).has_focus
        fmt = shown(screen.query_one("#csv-format"))
        for word in ("family", "child", "group", "guardians", "language", "channel", "; or ,"):
            assert word in fmt
        assert "family,child,group" in shown(screen.query_one("#csv-example"))
        # Escape folds it away again; nothing was written.
        await pilot.press("escape")
        assert screen.query_one("#welcome-import").has_class("-hidden")
    assert not book.exists() or book.families(include_archived=True) == []


async def test_import_the_shared_class_list_through_the_prompt(book, make_app):
    path = SHARED_FIXTURES / "gezinnen.csv"
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        await import_from(app, pilot, str(path))
        names = sorted(f.name for f in book.families())
        assert {"Mulder", "Kaya", "Asante"} <= set(names)
        mulder = book.find_families("mulder")[0]
        assert sorted(c.name for c in mulder.children) == ["Bram", "Fenna"]
        assert any(m.startswith(f"{len(names)} families added") for m in notes(app))
        # The welcome has gone; the main screen lists the class.
        assert isinstance(app.screen, TodayScreen)
        assert app.screen.query_one(FamilyTable).row_count == len(names)
        assert app.screen.query_one("#search", Input).has_focus
        # And the first contact: the letters of the name plus four keys.
        await pilot.press(*"kaya", "enter", "1", "+", "enter")
        await settle(app, pilot)
    (contact,) = book.contacts()
    assert book.family(contact.family_id).name == "Kaya"
    assert (contact.moment, contact.tone) == (Moment.PICKUP, Tone.POSITIVE)


async def test_import_of_a_dutch_school_export_with_a_bom(book, make_app):
    app = make_app(book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert str(app.screen.query_one("#welcome-title").content) == "Welkom bij Schoolyard"
        await pilot.press("ctrl+o")
        field = app.screen.query_one("#classlist-path", Input)
        assert field.placeholder.startswith("Pad naar de klaslijst")
        field.value = f"'{SHARED_FIXTURES / 'klaslijst-groep-5.csv'}'"  # pasted with quotes
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, TodayScreen)
    names = {f.name for f in book.families()}
    assert {"Visser", "van Dijk", "Öztürk"} <= names


async def test_a_bad_class_list_is_explained_and_nothing_imported(book, make_app, tmp_path):
    bad = tmp_path / "klas.csv"
    bad.write_text("gezin;kind\nKaya;Yusuf\n", encoding="utf-8")
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        await import_from(app, pilot, str(bad))
        assert isinstance(app.screen, WelcomeScreen)
        assert any("no column" in m and "nothing was imported" in m for m in notes(app))
        # The path stays so it can be corrected.
        assert app.screen.query_one("#classlist-path", Input).value == str(bad)
    assert not book.exists() or book.families() == []


async def test_a_missing_file_is_named(book, make_app, tmp_path):
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+o")
        missing = tmp_path / "nergens.csv"
        app.screen.query_one("#classlist-path", Input).value = str(missing)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, WelcomeScreen)
        assert any("nergens.csv" in m for m in notes(app))


async def test_the_welcome_leaves_when_the_cli_adds_a_family(book, make_app):
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        book.add_family(Family.new("Øyen", [Child("Sigrid", 5)]))
        app.reload_screen()
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)
        assert app.screen.query_one(FamilyTable).highlighted().name == "Øyen"


async def new_family_form(app, pilot) -> FamilyForm:
    """ctrl+n on the welcome screen: the form for a first family by hand."""
    await pilot.pause()
    await pilot.press("ctrl+n")
    await pilot.pause()
    assert isinstance(app.screen, FamilyForm)
    return app.screen


async def test_add_a_family_by_hand(book, make_app):
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        form = await new_family_form(app, pilot)
        form.query_one("#name", Input).value = "van der Berg"
        form.query_one("#children", Input).value = "Daan 5, Evi 2"
        form.query_one("#guardians", Input).value = "Sanne van der Berg"
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, TodayScreen)
        assert "Family van der Berg added." in notes(app)
        assert app.screen.query_one(FamilyTable).highlighted().name == "van der Berg"
    (family,) = book.families()
    assert family.name == "van der Berg" and family.guardians == ("Sanne van der Berg",)
    assert family.children == (Child("Daan", 5), Child("Evi", 2))


async def test_cancelling_the_form_stays_on_the_welcome(book, make_app):
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        await new_family_form(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, WelcomeScreen)
    assert not book.exists() or book.families(include_archived=True) == []


async def test_a_failed_import_write_is_shown_and_the_path_kept(book, make_app, monkeypatch):
    def broken(rows):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(book, "import_families", broken)
    path = str(SHARED_FIXTURES / "gezinnen.csv")
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        await import_from(app, pilot, path)
        assert isinstance(app.screen, WelcomeScreen)
        assert f"The disk is full: {book.path} was not saved." in " ".join(notes(app))
        assert app.screen.query_one("#classlist-path", Input).value == path


# -- a file that is not a class list: one line, the app lives on, nothing written ----------

NOT_A_CLASS_LIST = {
    "CR-only and a field over csv's limit": b"gezin;kind;groep\rKaya;" + b"x" * 140_000 + b";4\r",
    "an unclosed quote": b'gezin;kind;groep\rKaya;"Yusuf;4\rBakker;Sem;5\r',
    "a NUL byte": b"gezin;kind;groep\nKa\x00ya;Yusuf;4\n",
    "undecodable bytes": b"gezin;kind;groep\nK\xc3\xa9ya;Yu\xffsuf;4\n",
    "an empty file": b"",
    "a header only": b"gezin;kind;groep\r",
    "a binary file": bytes(range(256)) * 8,
    "far too big": b"gezin;kind;groep\n" + b"Kaya;Yusuf;4\n" * 200_000,
}


async def test_every_unreadable_class_list_is_one_line_and_the_app_lives_on(
    book, make_app, tmp_path
):
    files = []
    for number, content in enumerate(NOT_A_CLASS_LIST.values()):
        path = tmp_path / f"klas-{number}.csv"
        path.write_bytes(content)
        files.append(str(path))
    folder = tmp_path / "klassen"
    folder.mkdir()
    files += [str(folder), str(tmp_path / "klas-0.csv" / "x.csv"), "~geen-gebruiker/klas.csv"]
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pijp.csv")
        files.append(str(tmp_path / "pijp.csv"))
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+o")
        for number, typed in enumerate(files, start=1):
            app.screen.query_one("#classlist-path", Input).value = typed
            await pilot.press("enter")
            await settle(app, pilot)
            assert app.is_running and isinstance(app.screen, WelcomeScreen), typed
            shown_notes = notes(app)
            assert len(shown_notes) == number, (typed, shown_notes)
            assert len(shown_notes[-1].splitlines()) == 1 and len(shown_notes[-1]) < 300, (
                typed,
                shown_notes[-1],
            )
            assert "Traceback" not in shown_notes[-1] and "Kaya;" not in shown_notes[-1]
        # Still answering keys after all of them.
        await pilot.press("escape")
        assert app.screen.query_one("#welcome-import").has_class("-hidden")
    assert not book.exists() or book.families(include_archived=True) == []


async def test_excel_for_mac_line_ends_import_in_the_app(book, make_app, tmp_path):
    path = tmp_path / "klas.csv"
    path.write_bytes("Achternaam;Roepnaam;Groep\rMüller;Zoë;3\rØyen;Sigrid;5\r".encode("cp1252"))
    app = make_app(book)
    async with app.run_test(size=SIZE) as pilot:
        await import_from(app, pilot, str(path))
        assert isinstance(app.screen, TodayScreen)
    assert sorted(f.name for f in book.families()) == ["Müller", "Øyen"]
