"""A change reaches the screens of every mode: shown ones at once, hidden ones once when shown."""

from __future__ import annotations

from textual.widgets import DataTable

from storage import Moment, Tone

MODES = ("today", "families", "history", "week", "settings")


def count_reloads(screen) -> list[int]:
    calls = [0]
    reload = screen.reload

    def counted() -> None:
        calls[0] += 1
        reload()

    screen.reload = counted
    return calls


def family_id(book, name: str) -> int:
    return next(f.id for f in book.families() if f.name == name)


async def test_a_change_elsewhere_reaches_every_mode_once_when_shown(class_book, make_app):
    ozturk = family_id(class_book, "Öztürk")
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        for key in ("f3", "f4", "f5", "f6", "f2"):
            await pilot.press(key)
            await pilot.pause()
        reloads = {mode: count_reloads(app.get_screen_stack(mode)[0]) for mode in MODES}
        history = app.get_screen_stack("history")[0].query_one("#history-table", DataTable)
        before = history.row_count

        # The CLI (another process) logs a contact; the next tick of the poll sees it.
        class_book.log(ozturk, Moment.PICKUP, Tone.POSITIVE, note="Mila zwaaide")
        app._poll_file()
        await pilot.pause()
        assert {mode: calls[0] for mode, calls in reloads.items()} == {
            "today": 1,
            "families": 0,
            "history": 0,
            "week": 0,
            "settings": 0,
        }

        await pilot.press("f4")
        await pilot.pause()
        assert history.row_count == before + 1
        assert reloads["history"] == [1]

        # Back and forth without a change: nothing is read again.
        for key in ("f2", "f4", "f5", "f6", "f3", "f2"):
            await pilot.press(key)
            await pilot.pause()
        assert {mode: calls[0] for mode, calls in reloads.items()} == dict.fromkeys(MODES, 1)
