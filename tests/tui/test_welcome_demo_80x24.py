"""Issue 9 item 8 at 80×24, in Dutch and English: the welcome's footer and the demo's title
fit; the F-keys the welcome leaves out of its footer still work and F1 lists them."""

from __future__ import annotations

import pytest
from tui_support import opened, screen_lines, settle

from tui import text
from tui.screens.help import HelpScreen
from tui.screens.welcome import WelcomeScreen

SIZE = (80, 24)


def footer_line(app) -> str:
    return screen_lines(app)[-1]


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_the_welcome_footer_fits(book, make_app, language) -> None:
    app = make_app(book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot, WelcomeScreen)
        await settle(app, pilot)
        footer = footer_line(app)
        for key in ("welcome.key.import", "welcome.key.add", "nav.help"):
            assert text.t(key) in footer, footer
        # Nothing cut: each key shown ends in its whole word before the palette.
        shown = footer.split("▏")[0].split()
        assert shown[-1] == text.t("nav.help"), footer
        await pilot.press("ctrl+o")  # the import open: Escape steps back, shown too
        await settle(app, pilot)
        assert f"esc {text.t('welcome.key.back')}" in footer_line(app)
        await pilot.press("f1")  # F1 lists the keys the footer leaves out
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        assert text.t("nav.families") in " ".join(screen_lines(app))
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is screen
        await pilot.press("f3")  # and they still work
        await settle(app, pilot)
        assert app.current_mode == "families"


async def test_only_the_welcome_hides_the_f_keys(class_book, make_app) -> None:
    app = make_app(class_book, language="en")
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(app, pilot)
        assert "f6 Settings" in footer_line(app)


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_the_demo_title_fits_and_says_nothing_is_saved(
    class_book, make_app, language
) -> None:
    app = make_app(class_book, language=language, demo=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        title = screen_lines(app)[0]
        assert "…" not in title, title
        assert text.t("app.demo") in title, title
        assert text.week_label(class_book.today()) in title, title
        await pilot.press("f3")  # every screen says it is the demo
        await settle(app, pilot)
        assert text.t("app.demo") in screen_lines(app)[0]
