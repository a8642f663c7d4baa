"""Help screen: every key of every screen, in the current language, taken from BINDINGS."""

from __future__ import annotations

from io import StringIO

from rich.console import Console
from textual.widgets import Static
from tui_support import opened

from storage import ContactBook, Moment
from tui.screens.help import HelpScreen, key_label

SIZE = (100, 30)


def shown_text(screen: HelpScreen) -> str:
    """Everything the help screen shows, as plain text."""
    out = StringIO()
    console = Console(file=out, width=100, color_system=None)
    for static in screen.query(Static):
        console.print(static.content)
    return out.getvalue()


def test_key_labels() -> None:
    assert key_label("f1") == "F1"
    assert key_label("y,j,enter") == "y / j / Enter"
    assert key_label("slash") == "/"
    assert key_label("ctrl+z") == "ctrl+z"


async def test_help_lists_every_key_in_dutch(class_book: ContactBook, make_app) -> None:
    app = make_app(class_book, language="nl")
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot, HelpScreen, key="f1")
        shown = shown_text(screen)
        # Why, in two lines.
        assert "informeel contact" in shown and "niet alleen over problemen" in shown
        # Every screen has its section.
        for title in ("Overal", "Vandaag (F2)", "Contact loggen", "Gezinnen (F3)"):
            assert title in shown
        for title in ("Geschiedenis (F4)", "Week (F5)", "Instellingen (F6)"):
            assert title in shown
        # The global keys, the moments by digit, the tones, and the screens' own keys.
        for line in ("F1", "Hulp", "ctrl+z", "Ongedaan maken", "ctrl+p", "ctrl+q", "afsluiten"):
            assert line in shown
        for moment in Moment:
            assert moment.digit in shown
        for word in ("ophalen", "huisbezoek", "anders", "positief", "neutraal", "zorg"):
            assert word in shown
        for word in ("Markeren", "Space", "Vergeten", "Archiveren", "Verwijderen", "Periode"):
            assert word in shown
        assert "Sorteren" in shown and "Volgorde omdraaien" in shown  # shown or not in the footer
        assert "Help" not in shown.replace("Hulp", "")  # no English left over
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_help_in_english_from_the_families_screen(class_book: ContactBook, make_app):
    app = make_app(class_book)
    async with app.run_test(size=SIZE) as pilot:
        await app.switch_mode("families")
        await pilot.press("f1")
        await pilot.pause()
        shown = shown_text(app.screen)
        assert "Families (F3)" in shown and "Forget" in shown and "pick-up" in shown
        await pilot.press("f1")  # F1 again does not stack a second help
        await pilot.pause()
        assert len([s for s in app.screen_stack if isinstance(s, HelpScreen)]) == 1
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_mode == "families" and not isinstance(app.screen, HelpScreen)


async def test_help_says_when_the_flag_letters_work(class_book: ContactBook, make_app) -> None:
    """n, o and f after the tone (issue 9 item 4): the rule is in F1, in both languages."""
    for language, words in (
        ("nl", ("na de toon, als eerste woord van de notitie", "blijft heel")),
        ("en", ("after the tone, as the note's first word", "stays whole")),
    ):
        app = make_app(class_book, language=language)
        async with app.run_test(size=(140, 40)) as pilot:
            await pilot.press("f1")
            await pilot.pause()
            shown = " ".join(shown_text(app.screen).split())
            assert "n / o / f" in shown
            for phrase in words:
                assert phrase in shown
