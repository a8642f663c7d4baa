"""Issue 9 item 8: at 80 columns a footer is cut; the cut falls after a screen's own most
important keys (the F-keys come last and F1 lists everything)."""

from __future__ import annotations

import pytest
from tui_support import screen_lines, settle

from tui import text

SIZE = (80, 24)


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_the_weeks_mix_key_is_in_the_footer_at_80_columns(class_book, make_app, language):
    """Below 96 columns `m` is the only way to the mix: it was the key the cut hid."""
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f5")
        await settle(app, pilot)
        footer = screen_lines(app)[-1].split("▏")[0]
        for key, description in (
            ("^l", "week.key.log"),
            ("^b", "week.key.plan"),
            ("^r", "week.key.reflect"),
            ("m", "week.key.mix"),
        ):
            assert f" {key} {text.t(description)} " in footer, footer
        await pilot.press("m")
        await settle(app, pilot)
        assert app.screen.has_class("-side")


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("key", ["f2", "f3", "f4", "f5", "f6"])
async def test_own_keys_come_before_the_f_keys(class_book, make_app, language, key):
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        await settle(app, pilot)
        words = screen_lines(app)[-1].split("▏")[0].split()
        assert not words[0].startswith("f"), words  # the screen's own key first
        if "f1" in words:
            after = words[words.index("f1") :]
            assert not any(w.startswith("^") for w in after), words


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_own_keys_first_while_the_reflection_is_typed(class_book, make_app, language):
    """A text area binds f6 and ctrl+z itself: the app's keys took its place at the front
    of the footer ("f6 Settings ^z Undo ^r Reflect …") and cut the screen's own."""
    app = make_app(class_book, language=language)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f5")
        await settle(app, pilot)
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        words = screen_lines(app)[-1].split("▏")[0].split()
        assert words[:2] == ["^r", text.t("week.key.reflect")], words
        assert f"esc {text.t('week.key.back')}" in " ".join(words)
